// Statement search on a real Grafeo store filled with the sample extraction: words of the
// quote without case or accents, kinds, cue, limit.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../engines/grafeo.ts';
import type { Run } from './decode.ts';
import { QUOTE_FOLDS, searchStatements, type StatementSearch } from './statementSearch.ts';
import { foldText } from '../text.ts';
import { sampleExtraction } from '../testing.ts';

describe('QUOTE_FOLDS', () => {
  it('folds as foldText does, one lower-case character at a time', () => {
    for (const [from, to] of QUOTE_FOLDS) {
      if (from.trim() === '') expect(to).toBe(' ');
      else expect(foldText(from)).toBe(to);
      expect(from.toLowerCase()).toBe(from);
    }
    const table = new Map(QUOTE_FOLDS);
    expect(['à', 'è', 'é', 'ì', 'ò', 'ù', 'ç', '\u2019', '\u2013'].map((char) => table.get(char))).toStrictEqual([
      'a',
      'e',
      'e',
      'i',
      'o',
      'u',
      'c',
      "'",
      '-',
    ]);
    expect(table.has('É')).toBe(false);
    expect(table.has('a')).toBe(false);
  });
});

describe('searchStatements on Grafeo', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-statement-search-'));
  const store = new GrafeoStore({ dbPath: path.join(dir, 'search.grafeo') });
  const run: Run = (name, params) => store.run(name, params);
  const found = async (search: Omit<StatementSearch, 'limit'> & { limit?: number }) => {
    const hits = await searchStatements(run, { limit: 10, ...search });
    return { ids: hits.statements.map((statement) => statement.id), truncated: hits.truncated };
  };

  beforeAll(async () => {
    await store.init();
    await store.writeExtraction(sampleExtraction());
  });

  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds words of the quote whatever their case and accents', async () => {
    expect(await found({ text: 'CITTA sia' })).toStrictEqual({ ids: ['st-4'], truncated: false });
    expect(await found({ text: 'città' })).toStrictEqual({ ids: ['st-4'], truncated: false });
    expect(await found({ text: 'non e il' })).toStrictEqual({ ids: ['st-3'], truncated: false });
    expect(await found({ text: '  Serve   PRUDENZA ' })).toStrictEqual({ ids: ['st-2'], truncated: false });
    expect(await found({ text: 'prudenza serve' })).toStrictEqual({ ids: [], truncated: false });
  });

  it('returns the whole statement, speaker, targets and article included', async () => {
    const { statements } = await searchStatements(run, { text: 'commissione europea deve', limit: 5 });
    expect(
      statements.map((s) => [s.id, s.speaker, s.kind, s.act, s.cue, s.quote, s.about, s.article.id, s.article.title]),
    ).toStrictEqual([
      [
        'st-1',
        { id: 'person:mario-draghi', name: 'Mario Draghi', type: 'Person' },
        'direct',
        'request',
        'ha detto',
        'La Commissione europea deve agire',
        [{ id: 'org:commissione-europea', name: 'Commissione europea', type: 'Organization' }],
        'art-1',
        'Draghi incontra Meloni a Roma',
      ],
    ]);
  });

  it('filters by kind and cue, with or without words, newest first', async () => {
    expect(await found({ text: '' })).toStrictEqual({ ids: ['st-3', 'st-4', 'st-1', 'st-2'], truncated: false });
    expect(await found({ text: '', kinds: ['indirect'] })).toStrictEqual({ ids: ['st-4'], truncated: false });
    expect(await found({ text: '', kinds: ['direct', 'partial'] })).toStrictEqual({
      ids: ['st-3', 'st-1', 'st-2'],
      truncated: false,
    });
    expect(await found({ text: 'la', kinds: ['direct'] })).toStrictEqual({ ids: ['st-1'], truncated: false });
    expect(await found({ text: '', cue: 'HA  detto' })).toStrictEqual({ ids: ['st-1'], truncated: false });
    expect(await found({ text: 'prudenza', cue: 'ha detto' })).toStrictEqual({ ids: [], truncated: false });
  });

  it('filters by speech act, a statement stored without one counting as a claim', async () => {
    expect(await found({ text: '', acts: ['request'] })).toStrictEqual({ ids: ['st-1'], truncated: false });
    expect(await found({ text: '', acts: ['claim'] })).toStrictEqual({
      ids: ['st-3', 'st-4', 'st-2'],
      truncated: false,
    });
    expect(await found({ text: '', acts: ['denial', 'request'], kinds: ['indirect'] })).toStrictEqual({
      ids: [],
      truncated: false,
    });
    expect(await found({ text: '', acts: ['denial'] })).toStrictEqual({ ids: [], truncated: false });
  });

  it('says when more statements matched than the limit', async () => {
    expect(await found({ text: '', limit: 2 })).toStrictEqual({ ids: ['st-3', 'st-4'], truncated: true });
    expect(await found({ text: '', limit: 4 })).toStrictEqual({
      ids: ['st-3', 'st-4', 'st-1', 'st-2'],
      truncated: false,
    });
  });
});
