// Statement search on real Grafeo stores: on the sample extraction, words of the quote without
// case or accents, kinds, acts, cue, paging; on six one-statement articles written here, every
// sort key in both directions (empty keys last), the sentence, speaker and date filters.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../engines/grafeo.ts';
import type { Run } from './decode.ts';
import type { ExtractedEntity, ExtractedStatement, ExtractionResult } from '../../contract/extraction.ts';
import type { SpeechAct, StatementKind } from '../../contract/graph.ts';
import {
  DEFAULT_STATEMENT_SORT,
  STATEMENT_SORT_KEYS,
  type StatementSearchRequest,
} from '../../contract/statementTable.ts';
import { QUOTE_FOLDS, searchStatements } from './statementSearch.ts';
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

type Search = Partial<StatementSearchRequest>;

function request(search: Search): StatementSearchRequest {
  return { text: '', within: 'quote', kinds: [], acts: [], ...DEFAULT_STATEMENT_SORT, offset: 0, limit: 10, ...search };
}

function openStore(prefix: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = new GrafeoStore({ dbPath: path.join(dir, 'search.grafeo') });
  const run: Run = (name, params) => store.run(name, params);
  const found = async (search: Search) => {
    const page = await searchStatements(run, request(search));
    return { ids: page.statements.map((statement) => statement.id), total: page.total, truncated: page.truncated };
  };
  const close = async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { store, run, found, close };
}

describe('searchStatements on the sample extraction', () => {
  const { store, run, found, close } = openStore('newsgraph-statement-search-');

  beforeAll(async () => {
    await store.init();
    await store.writeExtraction(sampleExtraction());
  });

  afterAll(close);

  it('finds words of the quote whatever their case and accents', async () => {
    expect(await found({ text: 'CITTA sia' })).toStrictEqual({ ids: ['st-4'], total: 1, truncated: false });
    expect(await found({ text: 'città' })).toStrictEqual({ ids: ['st-4'], total: 1, truncated: false });
    expect(await found({ text: 'non e il' })).toStrictEqual({ ids: ['st-3'], total: 1, truncated: false });
    expect(await found({ text: '  Serve   PRUDENZA ' })).toStrictEqual({ ids: ['st-2'], total: 1, truncated: false });
    expect(await found({ text: 'prudenza serve' })).toStrictEqual({ ids: [], total: 0, truncated: false });
  });

  it('finds words of the sentence around the quote when asked to', async () => {
    const inSentence = { within: 'sentence' } as const;
    expect(await found({ text: 'ha dichiarato giorgia', ...inSentence })).toStrictEqual({
      ids: ['st-3'],
      total: 1,
      truncated: false,
    });
    expect(await found({ text: 'SI DICE CHE', ...inSentence })).toStrictEqual({
      ids: ['st-4'],
      total: 1,
      truncated: false,
    });
    expect(await found({ text: 'città', ...inSentence })).toStrictEqual({ ids: ['st-4'], total: 1, truncated: false });
    expect(await found({ text: 'ha dichiarato giorgia' })).toStrictEqual({ ids: [], total: 0, truncated: false });
  });

  it('returns the whole statement, speaker, targets and article included', async () => {
    const { statements } = await searchStatements(run, request({ text: 'commissione europea deve', limit: 5 }));
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
    expect(await found({})).toStrictEqual({ ids: ['st-3', 'st-4', 'st-1', 'st-2'], total: 4, truncated: false });
    expect((await found({ kinds: ['indirect'] })).ids).toStrictEqual(['st-4']);
    expect((await found({ kinds: ['direct', 'partial'] })).ids).toStrictEqual(['st-3', 'st-1', 'st-2']);
    expect((await found({ text: 'la', kinds: ['direct'] })).ids).toStrictEqual(['st-1']);
    expect((await found({ cue: 'HA  detto' })).ids).toStrictEqual(['st-1']);
    expect((await found({ text: 'prudenza', cue: 'ha detto' })).ids).toStrictEqual([]);
  });

  it('filters by speech act, a statement stored without one counting as a claim', async () => {
    expect((await found({ acts: ['request'] })).ids).toStrictEqual(['st-1']);
    expect((await found({ acts: ['claim'] })).ids).toStrictEqual(['st-3', 'st-4', 'st-2']);
    expect((await found({ acts: ['denial', 'request'], kinds: ['indirect'] })).ids).toStrictEqual([]);
    expect((await found({ acts: ['denial'] })).ids).toStrictEqual([]);
  });

  it('pages: the total counts every page, truncated says whether more follow', async () => {
    expect(await found({ limit: 2 })).toStrictEqual({ ids: ['st-3', 'st-4'], total: 4, truncated: true });
    expect(await found({ limit: 2, offset: 2 })).toStrictEqual({ ids: ['st-1', 'st-2'], total: 4, truncated: false });
    expect(await found({ limit: 2, offset: 9 })).toStrictEqual({ ids: [], total: 4, truncated: false });
  });
});

interface Written {
  id: string;
  date: string | null;
  url: string | null;
  source: string;
  sourceName?: string;
  title: string | null;
  speaker: { id: string; name: string } | null;
  speakerText: string | null;
  quote: string;
  act?: SpeechAct;
  kind: StatementKind;
}

/** Six articles of one statement each, whose every column sorts differently. */
const WRITTEN: Written[] = [
  {
    id: 'd1',
    date: '2025-03-02',
    url: 'https://abc.zeit.de/a',
    source: 'https://abc.zeit.de/a',
    title: 'Zebra',
    speaker: { id: 'person:emile-zola', name: 'Émile Zola' },
    speakerText: 'Zola',
    quote: 'Non è vero',
    act: 'denial',
    kind: 'direct',
  },
  {
    id: 'd2',
    date: '2025-03-01',
    url: 'https://www.corriere.it/b',
    source: 'notes/b.txt',
    title: null,
    speaker: null,
    speakerText: 'un portavoce',
    quote: 'tutto bene',
    kind: 'indirect',
  },
  {
    id: 'd3',
    date: null,
    url: null,
    source: 'https://news.bbc.co.uk/c',
    title: 'alpha',
    speaker: { id: 'person:boris', name: 'Boris' },
    speakerText: 'Boris',
    quote: 'Basta così',
    act: 'accusation',
    kind: 'partial',
  },
  {
    id: 'd4',
    date: '2025-03-03',
    url: null,
    source: 'feed.json[3]',
    sourceName: 'Corriere della Sera',
    title: 'Beta',
    speaker: { id: 'person:anna', name: 'Anna' },
    speakerText: 'Anna',
    quote: 'le accuse sono assolutamente false',
    act: 'denial',
    kind: 'direct',
  },
  {
    id: 'd5',
    date: '2025-02-28',
    url: 'http://192.168.1.10/x',
    source: 'C:\\data\\e.txt',
    title: '  ',
    speaker: null,
    speakerText: null,
    quote: 'Ci sarà un piano',
    act: 'promise',
    kind: 'direct',
  },
  {
    id: 'd6',
    date: '2025-03-02',
    url: null,
    source: 'f.txt',
    title: null,
    speaker: null,
    speakerText: 'Zeta ufficio',
    quote: 'Attenzione al ponte',
    act: 'warning',
    kind: 'indirect',
  },
];

function writtenExtraction(): ExtractionResult {
  const entities: ExtractedEntity[] = [];
  const statements: ExtractedStatement[] = [];
  const documents = WRITTEN.map((article) => {
    const who = article.speakerText ?? 'Qualcuno';
    const text = `${who} ha detto: «${article.quote}».`;
    const start = text.indexOf(article.quote);
    if (article.speaker) {
      entities.push({
        ...article.speaker,
        type: 'Person',
        aliases: [],
        mentions: [{ document: article.id, start: 0, end: who.length, text: who }],
      });
    }
    statements.push({
      id: `st-${article.id}`,
      document: article.id,
      speaker: article.speaker?.id ?? null,
      speakerText: article.speakerText,
      quote: article.quote,
      kind: article.kind,
      ...(article.act ? { act: article.act } : {}),
      cue: 'ha detto',
      about: [],
      sentence: text,
      start,
      end: start + article.quote.length,
      confidence: 0.9,
    });
    return {
      id: article.id,
      source: article.source,
      ...(article.sourceName ? { sourceName: article.sourceName } : {}),
      title: article.title,
      date: article.date,
      url: article.url,
      language: 'it',
      errors: [],
      text,
    };
  });
  return { documents, entities, statements, relations: [] };
}

describe('searchStatements sorting and filtering six articles', () => {
  const { store, found, close } = openStore('newsgraph-statement-sort-');
  const order = async (search: Search) => (await found(search)).ids.map((id) => id.replace('st-', ''));

  beforeAll(async () => {
    await store.init();
    await store.writeExtraction(writtenExtraction());
  });

  afterAll(close);

  it('sorts by every key both ways, rows with an empty key last, ties newest first', async () => {
    const expected: Record<(typeof STATEMENT_SORT_KEYS)[number], { asc: string[]; desc: string[] }> = {
      date: { asc: ['d5', 'd2', 'd1', 'd6', 'd4', 'd3'], desc: ['d4', 'd1', 'd6', 'd2', 'd5', 'd3'] },
      // Accents folded: Émile sorts with the e's; the statement with no speaker at all goes last.
      speaker: { asc: ['d4', 'd3', 'd1', 'd2', 'd6', 'd5'], desc: ['d6', 'd2', 'd1', 'd3', 'd4', 'd5'] },
      act: { asc: ['d3', 'd2', 'd4', 'd1', 'd5', 'd6'], desc: ['d6', 'd5', 'd4', 'd1', 'd2', 'd3'] },
      kind: { asc: ['d4', 'd1', 'd5', 'd6', 'd2', 'd3'], desc: ['d3', 'd6', 'd2', 'd4', 'd1', 'd5'] },
      quote: { asc: ['d6', 'd3', 'd5', 'd4', 'd1', 'd2'], desc: ['d2', 'd1', 'd4', 'd5', 'd3', 'd6'] },
      // 192.168.1.10, bbc.co.uk (from a source that is a URL), the declared "Corriere della
      // Sera", corriere.it (www.corriere.it), zeit.de (abc.zeit.de); f.txt has no outlet.
      outlet: { asc: ['d5', 'd3', 'd4', 'd2', 'd1', 'd6'], desc: ['d1', 'd2', 'd4', 'd3', 'd5', 'd6'] },
      // alpha, b.txt, Beta, e.txt (a blank title: the file's name), f.txt, Zebra.
      article: { asc: ['d3', 'd2', 'd4', 'd5', 'd6', 'd1'], desc: ['d1', 'd6', 'd5', 'd4', 'd2', 'd3'] },
    };
    for (const sort of STATEMENT_SORT_KEYS) {
      expect({ sort, asc: await order({ sort, dir: 'asc' }), desc: await order({ sort, dir: 'desc' }) }).toStrictEqual({
        sort,
        ...expected[sort],
      });
    }
  });

  it('pages a sorted search', async () => {
    expect(await found({ sort: 'speaker', dir: 'asc', offset: 2, limit: 3 })).toStrictEqual({
      ids: ['st-d1', 'st-d2', 'st-d6'],
      total: 6,
      truncated: true,
    });
    expect(await found({ sort: 'speaker', dir: 'asc', offset: 5, limit: 3 })).toStrictEqual({
      ids: ['st-d5'],
      total: 6,
      truncated: false,
    });
  });

  it('filters by words of the sentence, speaker and dates', async () => {
    expect(await order({ text: 'PORTAVOCE', within: 'sentence' })).toStrictEqual(['d2']);
    expect(await order({ text: 'PORTAVOCE' })).toStrictEqual([]);
    expect(await order({ text: 'e vero' })).toStrictEqual(['d1']);
    expect(await order({ speaker: 'person:anna' })).toStrictEqual(['d4']);
    expect(await order({ speaker: 'person:nobody' })).toStrictEqual([]);
    expect(await order({ from: '2025-03', to: '2025-03-02' })).toStrictEqual(['d1', 'd6', 'd2']);
    expect(await order({ to: '2025-02' })).toStrictEqual(['d5']);
    expect(await order({ from: '2025-03-03' })).toStrictEqual(['d4']);
    expect(await found({ acts: ['denial'], sort: 'speaker', dir: 'asc' })).toStrictEqual({
      ids: ['st-d4', 'st-d1'],
      total: 2,
      truncated: false,
    });
  });
});
