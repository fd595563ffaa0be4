// A throwaway Neo4j Community for newsgraph's tests and benchmarks (scripts/withNeo4j.ts).
//
//   java -cp target/classes:target/lib/* newsgraph.Launcher [--home DIR]
//       starts Neo4j embedded in this JVM with only the Bolt connector, on a free loopback
//       port, auth disabled (loopback only), prints "bolt://127.0.0.1:PORT" on stdout once it
//       answers, and shuts down cleanly when stdin closes or on SIGTERM. DIR (a fresh temporary
//       folder by default, deleted on exit) may hold a database made by the importer below.
//   java -cp ... newsgraph.Launcher admin database import full ...
//       Neo4j's own neo4j-admin (org.neo4j.cli.AdminTool), from the same jars; NEO4J_HOME and
//       NEO4J_CONF come from the environment as with the shipped script.
//
// stdout carries the URI line and nothing else; Neo4j's own logging goes to DIR/logs.

package newsgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.neo4j.cli.AdminTool;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("admin")) {
            AdminTool.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path home = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home") && i + 1 < args.length) home = Path.of(args[++i]);
            else {
                System.err.println("usage: Launcher [--home DIR] | Launcher admin ARGS...");
                System.exit(2);
            }
        }
        boolean temporary = home == null;
        Path root = temporary ? Files.createTempDirectory("newsgraph-neo4j-") : home.toAbsolutePath();

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(root)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .build();

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (!stopped.compareAndSet(false, true)) return;
            dbms.shutdown();
            if (temporary) deleteTree(root);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-stop"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        waitUntilAvailable(db);
        var ports = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        var address = ports.getLocalAddress(ConnectorType.BOLT);
        System.out.println("bolt://127.0.0.1:" + address.getPort());
        System.out.flush();

        // Parent gone (stdin closed) means stop: a crashed test runner leaves no Neo4j behind.
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // Input is ignored; only its end matters.
        }
        stop.run();
        System.exit(0);
    }

    private static void waitUntilAvailable(GraphDatabaseService db) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!db.isAvailable(1000)) {
            if (System.nanoTime() > deadline) {
                System.err.println("Neo4j did not become available within 2 minutes");
                System.exit(1);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }
}
