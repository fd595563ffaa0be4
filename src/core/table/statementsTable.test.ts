import { describe, expect, it } from 'vitest';
import type { StatementView } from '../../../contract/api.ts';
import { parseCsv } from '../../../contract/csv.ts';
import { statementView } from '../testing/factories.ts';
import {
  DEFAULT_TABLE,
  pageOf,
  sortedBy,
  TABLE_PAGE_ROWS,
  tableCsv,
  tableRow,
  tableRows,
  type StatementsTableView,
} from './statementsTable.ts';

const article = (
  id: string,
  url: string | null,
  title: string | null,
  date: string | null,
  sourceName: string | null = null,
) => ({
  id,
  title,
  date,
  url,
  source: `${id}.txt`,
  sourceName,
});

const anna = statementView('s1', 'anna', ['bruno'], {
  quote: 'Non è vero niente',
  act: 'denial',
  kind: 'direct',
  date: '2024-03-02',
  articleId: 'a1',
  article: article('a1', 'https://www.giornale.example/x', 'Il vertice', '2024-03-02'),
  start: 40,
});
const bruno = statementView('s2', 'bruno', [], {
  quote: 'Costruiremo il ponte',
  act: 'promise',
  kind: 'indirect',
  date: '2024-03-05',
  articleId: 'a2',
  article: article('a2', null, null, '2024-03-05'),
  start: 10,
});
const carla = statementView('s3', 'carla', ['anna', 'bruno'], {
  quote: 'Così non si può andare avanti',
  act: null,
  kind: 'partial',
  date: null,
  articleId: 'a3',
  article: article('a3', null, 'Senza data', null),
  start: 5,
});
const earlier = statementView('s4', 'anna', ['carla'], {
  quote: 'Perché aspettare?',
  act: 'request',
  date: '2024-03-02',
  articleId: 'a1',
  article: article('a1', 'https://www.giornale.example/x', 'Il vertice', '2024-03-02'),
  start: 12,
});
const ALL: StatementView[] = [anna, bruno, carla, earlier];

const ids = (view: Partial<StatementsTableView>) =>
  tableRows(ALL, { ...DEFAULT_TABLE, ...view }).map((r) => r.statement.id);

describe('statements table rows', () => {
  it('shows speaker, act, quote, targets, date, outlet and article; no act reads as a claim', () => {
    const { statement, ...cells } = tableRow(anna);
    expect(statement).toBe(anna);
    expect(cells).toStrictEqual({
      speaker: 'ANNA',
      act: 'denial',
      quote: 'Non è vero niente',
      about: 'BRUNO',
      date: '2024-03-02',
      outlet: 'giornale.example',
      article: 'Il vertice',
    });
    // the outlet's declared name when the article has one; a subdomain is its registrable domain
    const named = statementView('s9', 'anna', [], {
      article: article('a9', 'https://milano.giornale.example/y', 'T', null, 'Il Giornale di Prova'),
    });
    expect(tableRow(named).outlet).toBe('Il Giornale di Prova');
    const local = statementView('s8', 'anna', [], {
      article: article('a8', 'https://milano.giornale.example/y', 'T', null),
    });
    expect(tableRow(local).outlet).toBe('giornale.example');
    const { statement: _carla, ...carlaCells } = tableRow(carla);
    expect(carlaCells).toStrictEqual({
      speaker: 'CARLA',
      act: 'claim',
      quote: 'Così non si può andare avanti',
      about: 'ANNA; BRUNO',
      date: null,
      outlet: null,
      article: 'Senza data',
    });
    expect(tableRow(bruno).article).toBe('a2.txt');
  });

  it('sorts newest first by default, ties by article and position, undated rows last', () => {
    expect(ids({})).toStrictEqual(['s2', 's4', 's1', 's3']);
    expect(ids({ descending: false })).toStrictEqual(['s4', 's1', 's2', 's3']);
  });

  it('sorts by speaker, by act in the order acts are listed, and by quote', () => {
    expect(ids({ sort: 'speaker', descending: false })).toStrictEqual(['s4', 's1', 's2', 's3']);
    expect(ids({ sort: 'speaker', descending: true })).toStrictEqual(['s3', 's2', 's4', 's1']);
    expect(ids({ sort: 'act', descending: false })).toStrictEqual(['s3', 's1', 's2', 's4']);
    expect(ids({ sort: 'quote', descending: false })).toStrictEqual(['s3', 's2', 's1', 's4']);
    expect(ids({ sort: 'outlet', descending: true })).toStrictEqual(['s4', 's1', 's2', 's3']);
    // Rows about no one go last either way.
    expect(ids({ sort: 'about', descending: false })).toStrictEqual(['s3', 's1', 's4', 's2']);
    expect(ids({ sort: 'about', descending: true })).toStrictEqual(['s4', 's1', 's3', 's2']);
  });

  it('filters by words anywhere in the row (case and accents ignored), by act and by kind', () => {
    expect(ids({ text: 'PERCHE' })).toStrictEqual(['s4']);
    expect(ids({ text: 'giornale anna' })).toStrictEqual(['s4', 's1']);
    expect(ids({ text: 'bruno' })).toStrictEqual(['s2', 's1', 's3']);
    expect(ids({ acts: ['denial'] })).toStrictEqual(['s1']);
    expect(ids({ acts: ['claim', 'promise'] })).toStrictEqual(['s2', 's3']);
    expect(ids({ kinds: ['direct'] })).toStrictEqual(['s4', 's1']);
    expect(ids({ kinds: ['direct'], acts: ['request'], text: 'aspettare' })).toStrictEqual(['s4']);
    expect(ids({ acts: ['praise'] })).toStrictEqual([]);
  });

  it('a click on a header sorts by it, again reverses, and goes back to the first page', () => {
    const bySpeaker = sortedBy({ ...DEFAULT_TABLE, page: 3 }, 'speaker');
    expect(bySpeaker).toStrictEqual({ ...DEFAULT_TABLE, sort: 'speaker', descending: false, page: 0 });
    expect(sortedBy(bySpeaker, 'speaker')).toStrictEqual({ ...bySpeaker, descending: true });
    expect(sortedBy(bySpeaker, 'date')).toStrictEqual(DEFAULT_TABLE);
    expect(sortedBy(DEFAULT_TABLE, 'date')).toStrictEqual({ ...DEFAULT_TABLE, descending: false });
  });
});

describe('statements table pages', () => {
  const many = Array.from({ length: TABLE_PAGE_ROWS * 2 + 5 }, (_, index) =>
    tableRow(statementView(`m${index}`, 'anna', [], { start: index })),
  );

  it('cuts the rows into pages, clamping a page past the end', () => {
    const second = pageOf(many, 1);
    expect([second.page, second.pages, second.first, second.rows.length]).toStrictEqual([
      1,
      3,
      TABLE_PAGE_ROWS,
      TABLE_PAGE_ROWS,
    ]);
    expect(second.rows[0]?.statement.id).toBe(`m${TABLE_PAGE_ROWS}`);
    const last = pageOf(many, 9);
    expect([last.page, last.first, last.rows.length]).toStrictEqual([2, TABLE_PAGE_ROWS * 2, 5]);
    const empty = pageOf([], 4);
    expect([empty.page, empty.pages, empty.rows]).toStrictEqual([0, 1, []]);
  });
});

describe('statements table CSV', () => {
  it('holds exactly the rows given, in their order, with the columns shown and their provenance', () => {
    const rows = tableRows(ALL, { ...DEFAULT_TABLE, acts: ['denial', 'claim'], sort: 'speaker', descending: true });
    const csv = tableCsv(rows);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').length).toBe(4);
    expect(parseCsv(csv)).toStrictEqual([
      [
        'speaker',
        'act',
        'quote',
        'about',
        'date',
        'outlet',
        'article',
        'kind',
        'cue',
        'url',
        'sentence',
        'articleId',
        'start',
        'end',
        'statementId',
        'rules',
      ],
      [
        'CARLA',
        'claim',
        'Così non si può andare avanti',
        'ANNA; BRUNO',
        undefined,
        undefined,
        'Senza data',
        'partial',
        'ha detto',
        undefined,
        'q',
        'a3',
        '5',
        '1',
        's3',
        'statement.quote-then-cue > speaker.subject-after-cue',
      ],
      [
        'ANNA',
        'denial',
        'Non è vero niente',
        'BRUNO',
        '2024-03-02',
        'giornale.example',
        'Il vertice',
        'direct',
        'ha detto',
        'https://www.giornale.example/x',
        'q',
        'a1',
        '40',
        '1',
        's1',
        'statement.quote-then-cue > speaker.subject-after-cue',
      ],
    ]);
  });

  it('escapes a quote a spreadsheet would run as a formula', () => {
    const formula = tableRow(statementView('f', 'anna', [], { quote: '=1+1' }));
    expect(parseCsv(tableCsv([formula]))[1]?.[2]).toBe("'=1+1");
  });
});
