// `newsgraph query` past its timeout: the message that the query was stopped comes only
// once the engine work is gone. The test watches the command's query processes
// (cypher/engines/queryWorker.ts, found in /proc by the data folder in their environment) while
// the command runs, and, at the moment the message arrives, checks that none of them is
// still there, not even as a zombie. Ordered by events (output, exit), never by sleeps.

import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../../../cypher/engines/grafeo.ts';
import { processAlive } from '../../../cypher/owner.ts';
import { smallGraph } from '../../../server/testing/smallGraph.ts';
import { cliChild } from './cli.ts';

// Several CLI runs per test, each a Node start: generous on a loaded machine.
const SPAWN_TIMEOUT = 240_000;

// Seconds of engine work: far past the 300 ms timeout below.
const HEAVY = 'UNWIND range(1, 3000) AS x UNWIND range(1, 3000) AS y RETURN sum(x * y) AS total';

let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-query-timeout-'));
  const store = new GrafeoStore({ dbPath: path.join(dataDir, 'newsgraph.grafeo') });
  await store.init();
  await store.writeExtraction(smallGraph());
  await store.close();
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** Pids of query processes whose environment names this data folder (Linux /proc). */
function queryProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!command.includes('queryWorker.ts')) continue;
      const environment = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      if (environment.includes(`NEWSGRAPH_DATA=${dataDir}`)) found.push(Number(entry));
    } catch {
      // The process ended while it was read.
    }
  }
  return found;
}

describe.skipIf(process.platform !== 'linux')('newsgraph query past its --timeout', () => {
  it('says it was stopped only once its query process is gone, and exits 1', { timeout: SPAWN_TIMEOUT }, async () => {
    const command = cliChild(dataDir, ['query', HEAVY, '--timeout', '300']);
    const seen = new Set<number>();
    let stderr = '';
    let stdout = '';
    /** The query processes still there when the message arrived, and whether any was seen before. */
    let atMessage: { alive: number[]; seenBefore: number } | null = null;
    const watch = setInterval(() => {
      for (const pid of queryProcesses()) seen.add(pid);
    }, 5);
    command.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    command.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (atMessage === null && stderr.includes('was stopped')) {
        const seenBefore = seen.size;
        for (const pid of queryProcesses()) seen.add(pid);
        atMessage = { alive: [...seen].filter(processAlive), seenBefore };
      }
    });
    const code = await new Promise<number | null>((resolve) => command.once('close', resolve));
    clearInterval(watch);

    expect([code, stdout, stderr]).toStrictEqual([
      1,
      '',
      'newsgraph: The query ran longer than 300 ms and was stopped.\n',
    ]);
    const message = atMessage as { alive: number[]; seenBefore: number } | null;
    expect(message?.alive).toStrictEqual([]);
    // The query process (and the one kept started for the next query) ran before the message.
    expect((message?.seenBefore ?? 0) > 0).toBe(true);
  });

  it(
    'refuses a --timeout that is not a positive integer, before opening the store',
    { timeout: SPAWN_TIMEOUT },
    async () => {
      const command = cliChild(dataDir, ['query', 'RETURN 1', '--timeout', '0']);
      let stderr = '';
      command.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      const code = await new Promise<number | null>((resolve) => command.once('close', resolve));
      expect([code, stderr]).toStrictEqual([2, 'newsgraph: --timeout must be a positive integer (milliseconds)\n']);
    },
  );
});
