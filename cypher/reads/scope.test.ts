// The scope reads (outlets, content of an outlet or a publication-date range, statements
// by id) on a real Grafeo store filled with the sample extraction.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GrafeoStore } from '../engines/grafeo.ts';
import { contentScope, NO_OUTLET, outlets, statementsByIds, type Run } from './scope.ts';
import { sampleExtraction } from '../testing.ts';

describe('scope reads on Grafeo', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-scope-'));
  const store = new GrafeoStore({ dbPath: path.join(dir, 'scope.grafeo') });
  const run: Run = (name, params) => store.run(name, params);

  beforeAll(async () => {
    await store.init();
    const sample = sampleExtraction();
    // One article from another outlet's local edition, with its declared name; one from a file without URL.
    sample.documents[0] = {
      ...sample.documents[0]!,
      url: 'https://milano.other.example/a1',
      sourceName: 'Other Daily',
    };
    sample.documents[1] = { ...sample.documents[1]!, url: null };
    await store.writeExtraction(sample);
  });

  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every scope query answers on the sample', async () => {
    expect(await run('scope/articles', { from: null, toBefore: null })).toStrictEqual([
      {
        id: 'art-1',
        url: 'https://milano.other.example/a1',
        source: 'art-1.txt',
        sourceName: 'Other Daily',
        date: '2024-03-05',
        statements: 2,
      },
      { id: 'art-2', url: null, source: 'art-2.txt', sourceName: null, date: '2024-04-10', statements: 2 },
    ]);
    expect(await run('scope/articles', { from: '2024-04', toBefore: '2024-04\uffff' })).toStrictEqual([
      { id: 'art-2', url: null, source: 'art-2.txt', sourceName: null, date: '2024-04-10', statements: 2 },
    ]);
    expect(await run('scope/entities', { ids: ['art-2'] })).toStrictEqual([
      { id: 'event:vertice-bruxelles' },
      { id: 'org:commissione-europea' },
      { id: 'person:giorgia-meloni' },
      { id: 'place:bruxelles' },
    ]);
    expect(await run('scope/statements', { ids: ['art-2'] })).toStrictEqual([
      { id: 'st-3', speakerId: 'person:giorgia-meloni' },
      { id: 'st-4', speakerId: null },
    ]);
    const rows = await run('scope/statements-by-id', { ids: ['st-2', 'nope'] });
    expect(rows.map((row) => [row.id, row.speakerId, row.about])).toStrictEqual([
      ['st-2', 'person:giorgia-meloni', [{ id: 'person:mario-draghi', name: 'Mario Draghi', type: 'Person' }]],
    ]);
  });

  it('lists outlets with their articles and statements', async () => {
    expect(await outlets(run)).toStrictEqual([
      { outlet: NO_OUTLET, name: null, articles: 1, statements: 2 },
      { outlet: 'other.example', name: 'Other Daily', articles: 1, statements: 2 },
    ]);
  });

  it('scopes one outlet, one publication-date range, or both', async () => {
    expect(await contentScope(run, { outlet: 'other.example' })).toStrictEqual({
      articleIds: ['art-1'],
      entityIds: ['org:commissione-europea', 'person:giorgia-meloni', 'person:mario-draghi', 'place:roma'],
      statementIds: ['st-1', 'st-2'],
    });
    expect(await contentScope(run, { from: '2024-04', to: '2024-12-31' })).toStrictEqual({
      articleIds: ['art-2'],
      entityIds: ['event:vertice-bruxelles', 'org:commissione-europea', 'person:giorgia-meloni', 'place:bruxelles'],
      statementIds: ['st-3', 'st-4'],
    });
    expect(await contentScope(run, { outlet: 'other.example', to: '2024-03-04' })).toStrictEqual({
      articleIds: [],
      entityIds: [],
      statementIds: [],
    });
    expect((await contentScope(run, { to: '2024-03' })).articleIds).toStrictEqual(['art-1']);
  });

  it('reads statements by id with their sentence, unknown ids left out', async () => {
    const found = await statementsByIds(run, ['st-3', 'missing', 'st-1', 'st-3']);
    expect(
      found.map((s) => [s.id, s.speaker?.id ?? null, s.about.map((a) => a.id), s.quote, s.article.id, s.date]),
    ).toStrictEqual([
      [
        'st-1',
        'person:mario-draghi',
        ['org:commissione-europea'],
        'La Commissione europea deve agire',
        'art-1',
        '2024-03-05',
      ],
      ['st-3', 'person:giorgia-meloni', ['org:commissione-europea'], 'Non è il momento', 'art-2', '2024-04-10'],
    ]);
    expect(found[1]!.sentence).toBe('«Non è il momento», ha dichiarato Giorgia Meloni.');
    expect(await statementsByIds(run, [])).toStrictEqual([]);
  });
});
