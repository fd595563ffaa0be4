import { describe, expect, it } from 'vitest';
import type { StatementView } from './api.ts';
import { parseCsv } from './csv.ts';
import {
  parseStatementSearch,
  statementSearchQueryString,
  TABLE_CSV_COLUMNS,
  TABLE_CSV_HEAD,
  tableCsvLine,
  tableRow,
  type StatementSearchRequest,
} from './statementTable.ts';

const DEFAULTS: StatementSearchRequest = {
  text: '',
  within: 'quote',
  kinds: [],
  acts: [],
  sort: 'date',
  dir: 'desc',
  offset: 0,
  limit: 20,
};

const refusal = (query: Record<string, unknown>, paged = true) => {
  const result = parseStatementSearch(query, { paged });
  return result.ok ? null : result.error;
};

describe('parseStatementSearch', () => {
  it('reads an empty query as every statement, newest first, the first 20', () => {
    expect(parseStatementSearch({})).toStrictEqual({ ok: true, search: DEFAULTS });
  });

  it('reads every parameter, lists in the contract order', () => {
    expect(
      parseStatementSearch({
        q: 'non è vero',
        in: 'sentence',
        kinds: 'partial,direct',
        acts: 'denial,claim',
        cue: 'ha detto',
        speaker: 'person:dmitry-peskov',
        from: '2025-03',
        to: '2025-03-18',
        sort: 'outlet',
        dir: 'asc',
        offset: '50',
        limit: '50',
      }),
    ).toStrictEqual({
      ok: true,
      search: {
        text: 'non è vero',
        within: 'sentence',
        kinds: ['direct', 'partial'],
        acts: ['claim', 'denial'],
        cue: 'ha detto',
        speaker: 'person:dmitry-peskov',
        from: '2025-03',
        to: '2025-03-18',
        sort: 'outlet',
        dir: 'asc',
        offset: 50,
        limit: 50,
      },
    });
  });

  it('refuses what it cannot honour, saying why', () => {
    expect(refusal({ sort: 'colour' })).toBe(
      '"sort" must be one of date, speaker, act, kind, quote, outlet, article, got "colour"',
    );
    expect(refusal({ dir: 'ASC' })).toBe('"dir" must be asc or desc, got "ASC"');
    expect(refusal({ offset: '-50' })).toBe('"offset" must be a whole number from 0 to 10000000, got "-50"');
    expect(refusal({ offset: '10000001' })).toBe('"offset" must be from 0 to 10000000, got 10000001');
    expect(refusal({ limit: '201' })).toBe('"limit" must be from 1 to 200, got 201');
    expect(refusal({ limit: '2.5' })).toBe('"limit" must be a whole number from 1 to 200, got "2.5"');
    expect(refusal({ kinds: 'direct,lie' })).toBe('"kinds" holds "lie": each must be one of direct, partial, indirect');
    expect(refusal({ acts: '' })).toBe(
      '"acts" holds "": each must be one of claim, denial, accusation, criticism, praise, promise, warning, request, announcement, other',
    );
    expect(refusal({ cue: '  ' })).toBe('"cue" must hold 1 to 100 characters, not only spaces');
    expect(refusal({ speaker: '' })).toBe('"speaker" must be an entity id of 1 to 512 characters');
    expect(refusal({ to: '18/03/2025' })).toBe('"to" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "18/03/2025"');
    expect(refusal({ from: '2025-04', to: '2025-03-31' })).toBe('"from" (2025-04) is after "to" (2025-03-31)');
    expect(refusal({ q: 'x'.repeat(201) })).toBe('"q" is longer than 200 characters');
    expect(refusal({ sort: ['date', 'speaker'] })).toBe('"sort" must be given once');
    expect(refusal({ page: '2' })).toBe(
      'unknown parameter "page"; this route takes q, in, kinds, acts, cue, speaker, from, to, sort, dir, offset, limit',
    );
  });

  it('refuses paging for the CSV, which holds every row', () => {
    expect(refusal({ limit: '50' }, false)).toBe(
      'unknown parameter "limit"; this route takes q, in, kinds, acts, cue, speaker, from, to, sort, dir',
    );
    expect(parseStatementSearch({ sort: 'speaker' }, { paged: false })).toStrictEqual({
      ok: true,
      search: { ...DEFAULTS, sort: 'speaker' },
    });
  });
});

describe('statementSearchQueryString', () => {
  it('writes what parseStatementSearch reads back, defaults left out', () => {
    const search: StatementSearchRequest = {
      text: 'assolutamente false',
      within: 'sentence',
      kinds: ['indirect'],
      acts: ['denial', 'accusation'],
      speaker: 'person:dmitry-peskov',
      from: '2025',
      sort: 'speaker',
      dir: 'asc',
      offset: 100,
      limit: 50,
    };
    const query = statementSearchQueryString(search);
    expect(query).toBe(
      '?q=assolutamente+false&in=sentence&kinds=indirect&acts=denial%2Caccusation&speaker=person%3Admitry-peskov&from=2025&sort=speaker&dir=asc&offset=100&limit=50',
    );
    expect(parseStatementSearch(Object.fromEntries(new URLSearchParams(query)))).toStrictEqual({
      ok: true,
      search,
    });
    expect(statementSearchQueryString({ text: '' })).toBe('');
    expect(statementSearchQueryString({ text: '', cue: '', speaker: '', from: '', to: '', kinds: [], acts: [] })).toBe(
      '',
    );
  });
});

const statement: StatementView = {
  id: 'stmt-1',
  articleId: 'art-1',
  article: {
    id: 'art-1',
    title: null,
    date: '2025-03-18',
    url: 'https://milano.corriere.it/x',
    source: '/home/me/news/x.txt',
    sourceName: null,
  },
  speaker: null,
  speakerText: 'un portavoce',
  quote: '=1+1',
  kind: 'indirect',
  act: null,
  cue: 'ha detto',
  about: [
    { id: 'person:a', name: 'Anna', type: 'Person' },
    { id: 'org:b', name: 'Banca, "B"', type: 'Organization' },
  ],
  sentence: 'Un portavoce ha detto =1+1.',
  start: 22,
  end: 26,
  sentenceStart: 0,
  sentenceEnd: 27,
  date: null,
  confidence: 0.5,
  trace: ['statement.cue', 'speaker.subject'],
};

describe('a statement as a row of the table and of its CSV', () => {
  it('shows the speaker as written, a claim for no act, the article date, the outlet domain, the file name', () => {
    expect(tableRow(statement)).toStrictEqual({
      statement,
      speaker: 'un portavoce',
      act: 'claim',
      quote: '=1+1',
      about: 'Anna; Banca, "B"',
      date: '2025-03-18',
      outlet: 'corriere.it',
      article: 'x.txt',
    });
  });

  it('writes one CRLF line under the head, formula-like cells escaped, quotes doubled', () => {
    const line = tableCsvLine(tableRow(statement));
    expect(TABLE_CSV_HEAD).toBe(`\uFEFF${TABLE_CSV_COLUMNS.join(',')}\r\n`);
    expect(line.endsWith('\r\n')).toBe(true);
    expect(parseCsv(line.slice(0, -2))).toStrictEqual([
      [
        'un portavoce',
        'claim',
        "'=1+1",
        'Anna; Banca, "B"',
        '2025-03-18',
        'corriere.it',
        'x.txt',
        'indirect',
        'ha detto',
        'https://milano.corriere.it/x',
        'Un portavoce ha detto =1+1.',
        'art-1',
        '22',
        '26',
        'stmt-1',
        'statement.cue > speaker.subject',
      ],
    ]);
  });
});
