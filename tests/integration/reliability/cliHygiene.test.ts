// What the command line prints about hostile inputs: file names with escape sequences or
// line breaks are shown escaped (a name cannot forge an error line or recolour the
// terminal), special files in an input folder (a named pipe, a link to /dev/zero) are
// named and skipped, and a reader that stops early (`newsgraph stats | head`) ends the
// command quietly with status 0.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, cli, cliEnv, ROOT } from './cli.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-cli-hygiene-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('file names in messages', () => {
  it('escapes control characters, so a name cannot forge a line or an escape sequence', () => {
    const folder = path.join(tmp, 'names');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a\nerror: forged.txt'), '');
    writeFileSync(path.join(folder, 'b\u001b[31mred.txt'), '');
    writeFileSync(path.join(folder, 'c\r\u0007\u2028.txt'), '');
    const run = cli(path.join(tmp, 'unused'), ['extract', folder]);
    expect(run.stderr.split('\n')).toStrictEqual([
      `error: ${folder}/a\\nerror: forged.txt: empty file`,
      `error: ${folder}/b\\x1b[31mred.txt: empty file`,
      `error: ${folder}/c\\r\\x07\\u2028.txt: empty file`,
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('escapes them in a file named on the command line', () => {
    const missing = path.join(tmp, 'gone\n\u001b[2J.txt');
    const run = cli(path.join(tmp, 'unused'), ['extract', missing]);
    expect(run.stderr).toBe(`error: ${tmp}/gone\\n\\x1b[2J.txt: no such file or directory\n`);
  });
});

describe('special files in an input folder', () => {
  it('names a named pipe and a link to /dev/zero with an error line, and reads the rest', () => {
    const folder = path.join(tmp, 'special');
    mkdirSync(folder);
    expect(spawnSync('mkfifo', [path.join(folder, 'pipe.txt')]).status).toBe(0);
    symlinkSync('/dev/zero', path.join(folder, 'zero.txt'));
    writeFileSync(path.join(folder, 'real.txt'), 'Titolo\n\nMario Rossi ha parlato a Roma.');
    const run = cli(path.join(tmp, 'unused'), ['extract', folder], {}, 60_000);
    expect(run.stderr.split('\n')).toStrictEqual([
      `error: ${folder}/pipe.txt: not a regular file (a named pipe)`,
      `error: ${folder}/zero.txt: not a regular file (a character device)`,
      '',
    ]);
    expect(run.stdout.split('\n')[0]).toMatch(/^1 documents, /);
    expect(run.code).toBe(1);
  });
});

describe('a reader that stops early', () => {
  it('ends `newsgraph stats` quietly with status 0 when its standard output closes', async () => {
    const child = spawn(process.execPath, [BIN, 'stats'], {
      cwd: ROOT,
      env: cliEnv(path.join(tmp, 'stats-store')),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Closed before the command can have written anything: its first write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect([code, stderr]).toStrictEqual([0, '']);
  });
});
