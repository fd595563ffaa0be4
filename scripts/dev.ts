// `npm run dev`: the API server (port 8321 unless NEWSGRAPH_PORT says otherwise) and the
// Vite dev server, with /api proxied to wherever the API server actually listens.
// Stops both on Ctrl+C.

import { createServer } from 'vite';
import { ConfigError } from '../server/config.ts';
import { startServer } from '../server/main.ts';

function describe(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') {
    return `${(error as Error).message}: another server uses that port (stop it, or set NEWSGRAPH_PORT)`;
  }
  if (error instanceof Error && error.name === 'StoreUnavailableError') return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<void> {
  const api = await startServer({ handleSignals: false, logLevel: 'warn' });
  const vite = await createServer({
    server: { host: '127.0.0.1', proxy: { '/api': { target: api.url } } },
  });
  await vite.listen();
  process.stderr.write(`newsgraph API: ${api.url}\n`);
  vite.printUrls();

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled([vite.close(), api.close()]);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`newsgraph dev: ${describe(error)}\n`);
  process.exit(1);
});
