// The extractor on random and adversarial text: no crash, no hang, output that follows the
// extraction contract, offsets inside the text. The extraction runs in a child process
// with a generous time limit, so a hang fails the test instead of blocking the suite.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzCases } from './fuzzCases.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const SHARED = path.resolve(process.env.NEWSGRAPH_SHARED ?? path.join(ROOT, '..', 'shared'));
const LONG = process.env.NEWSGRAPH_LONG === '1';
const SEED = 20_240;
const RANDOM_CASES = LONG ? 2000 : 150;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-fuzz-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('extractor fuzz', () => {
  it('survives random and adversarial text with valid, in-range output', { timeout: LONG ? 700_000 : 90_000 }, () => {
    const out = path.join(tmp, 'results.json');
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(HERE, 'fuzzChild.ts'), String(SEED), String(RANDOM_CASES), SHARED, out],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: LONG ? 600_000 : 60_000,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const last = run.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('case ') || line === 'batch')
      .pop();
    expect([run.signal, run.status], `stopped at: ${last}\n${run.stderr.slice(-2000)}`).toStrictEqual([null, 0]);

    const report = JSON.parse(readFileSync(out, 'utf8')) as { cases: number; problems: string[] };
    expect(report.cases).toBe(fuzzCases(SEED, RANDOM_CASES).length);
    expect(report.problems).toStrictEqual([]);
  });
});
