// Bad input at scale: a folder of valid articles mixed with empty, binary, truncated JSON,
// over-the-limit and mis-encoded files. Every valid article is stored, every bad file is
// reported by name, and the exit status says something went wrong.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../bench/corpus.ts';
import { seededRandom } from '../../../contract/seededRandom.ts';
import { openStore } from '../../../cypher/open.ts';
import { cli, ingestedLine } from './cli.ts';

const LONG = process.env.NEWSGRAPH_LONG === '1';
const VALID = LONG ? 1000 : 150;
const MAX_BYTES = 16 * 1024;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bad-input-'));

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Writes the bad files; returns their names. */
function writeBadFiles(folder: string): string[] {
  const random = seededRandom(13);
  const bytes = (length: number) => Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
  const article = 'Vertice a Roma\n\nIl ministro Mario Rossi ha detto che il governo sosterrà il piano.';
  const bad: Record<string, string | Buffer> = {
    'empty.txt': '',
    'empty.md': '',
    'empty.json': '',
    'whitespace-only.txt': ' \n\n\t\n',
    'binary.txt': Buffer.concat([bytes(2000), Buffer.from([0])]),
    'binary.html': Buffer.concat([Buffer.from('<html><body>'), Buffer.from([0, 0, 1, 2]), bytes(500)]),
    'png-renamed.md': Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      bytes(300),
    ]),
    'truncated.json': JSON.stringify({ title: 'Vertice', text: article }).slice(0, 40),
    'truncated-array.json': `[${JSON.stringify({ title: 'Vertice', text: article })}, {"title": "Secondo`,
    'not-an-article.json': JSON.stringify({ hello: 'world' }),
    'too-large.txt': `Troppo lungo\n\n${'Il ministro Mario Rossi ha detto che il governo sosterrà il piano. '.repeat(Math.ceil((MAX_BYTES * 2) / 70))}`,
    'too-large.json': JSON.stringify({ title: 'Grande', text: 'parola '.repeat(MAX_BYTES) }),
    'windows-1252.md': Buffer.from([
      ...Buffer.from('# Titolo\n\nIl ministro ha detto '),
      0x93,
      ...Buffer.from('sì'),
      0x94,
      0x2e,
    ]),
    'odd-utf16.txt': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Il ministro ha detto', 'utf16le'),
      Buffer.from([0x41]),
    ]),
    // UTF-8 ("è") mixed with a stray Latin-1 byte: either reading would garble part of it.
    'broken-utf8.txt': Buffer.concat([
      Buffer.from('Il ministro Mario Rossi ha detto che è '),
      Buffer.from([0xe8, 0x28]),
      Buffer.from(' il piano va bene.'),
    ]),
  };
  for (const [name, content] of Object.entries(bad)) writeFileSync(path.join(folder, name), content);
  return Object.keys(bad).sort();
}

describe('bad input at scale', () => {
  it(
    'stores every valid article and reports every bad file by name',
    { timeout: LONG ? 900_000 : 180_000 },
    async () => {
      const folder = path.join(tmp, 'mixed');
      mkdirSync(folder);
      const valid = writeCorpus(path.join(folder, 'valid'), generateCorpus({ articles: VALID, words: 150, seed: 77 }));
      const badNames = writeBadFiles(folder);
      // A Latin-1 file is not refused: it is read as Windows-1252, with a notice naming it.
      const latin1 = path.join(folder, 'latin1.txt');
      writeFileSync(
        latin1,
        Buffer.from('Vertice a Roma\n\nIl portavoce ha detto: \xabperch\xe9 no\xbb, ha aggiunto.', 'latin1'),
      );
      const data = path.join(tmp, 'store');

      const run = cli(data, ['ingest', folder], { NEWSGRAPH_MAX_BYTES: String(MAX_BYTES) });
      expect(run.code).toBe(1);
      const reported = run.stderr
        .split('\n')
        .filter((line) => line.startsWith('error: '))
        .map((line) => line.slice('error: '.length));
      expect(reported.map((line) => path.basename(line.split(':')[0] as string)).sort()).toStrictEqual(badNames);
      expect(reported.find((line) => line.includes('too-large.txt'))).toMatch(
        /file too large \(\d+ bytes, limit 16384\)/,
      );
      expect(
        run.stderr.split('\n').filter((line) => line.startsWith('notice: ') && line.includes('latin1.txt')),
      ).toHaveLength(1);
      expect(ingestedLine(run)).toStrictEqual({ written: VALID + 1, stored: 0, errors: badNames.length });

      const store = openStore({ dataDir: data });
      await store.init();
      try {
        const sources = await store.readOnly('MATCH (a:Article) RETURN a.source AS source', {}, { rowCap: 100_000 });
        expect(sources.rows.map((row) => String(row[0])).sort()).toStrictEqual([...valid, latin1].sort());
      } finally {
        await store.close();
      }

      // Running it again stores nothing new and reports the same files.
      const again = cli(data, ['ingest', folder], { NEWSGRAPH_MAX_BYTES: String(MAX_BYTES) });
      expect(ingestedLine(again)).toStrictEqual({ written: 0, stored: VALID + 1, errors: badNames.length });
    },
  );
});
