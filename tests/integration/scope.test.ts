// The scope routes over a real embedded store filled with the small hand-written
// extraction: outlets with counts, what an outlet or a publication-date range contains,
// statements by id, and their bad input.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementView } from '../../contract/api.ts';
import { IDS } from '../../server/testing/smallGraph.ts';
import { openSmallGraphApp, type SmallGraphApp } from './smallGraphApp.ts';

let fixture: SmallGraphApp;

async function get(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fixture.app.inject({ method: 'GET', url });
  return { status: response.statusCode, body: JSON.parse(response.body) as Record<string, unknown> };
}

async function post(url: string, payload: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fixture.app.inject({ method: 'POST', url, payload: payload as object });
  return { status: response.statusCode, body: JSON.parse(response.body) as Record<string, unknown> };
}

beforeAll(async () => {
  fixture = await openSmallGraphApp('scope');
});

afterAll(async () => {
  await fixture?.close();
});

describe('GET /api/scope/outlets', () => {
  it('lists the domain of each URL, and "-" for articles with neither URL nor source name, with counts', async () => {
    expect(await get('/api/scope/outlets')).toStrictEqual({
      status: 200,
      body: {
        outlets: [
          { outlet: '-', name: null, articles: 1, statements: 1 },
          { outlet: 'example.org', name: null, articles: 1, statements: 1 },
        ],
      },
    });
  });
});

describe('GET /api/scope', () => {
  it('what one outlet contains', async () => {
    expect(await get('/api/scope?outlet=example.org')).toStrictEqual({
      status: 200,
      body: {
        articleIds: ['art-1'],
        entityIds: [IDS.bianchi, IDS.rossi, IDS.roma, IDS.ue].sort(),
        statementIds: ['stmt-1'],
      },
    });
    expect(await get('/api/scope?outlet=-')).toStrictEqual({
      status: 200,
      body: {
        articleIds: ['art-2'],
        entityIds: [IDS.azione, IDS.bianchi, IDS.ricci, IDS.ue].sort(),
        statementIds: ['stmt-2'],
      },
    });
  });

  it('what a publication-date range contains, partial dates inclusive', async () => {
    expect((await get('/api/scope?from=2024-04&to=2024-04')).body).toStrictEqual({
      articleIds: ['art-2'],
      entityIds: [IDS.azione, IDS.bianchi, IDS.ricci, IDS.ue].sort(),
      statementIds: ['stmt-2'],
    });
    expect((await get('/api/scope?from=2024')).body.articleIds).toStrictEqual(['art-1', 'art-2']);
    expect((await get('/api/scope?outlet=example.org&from=2024-04-01')).body).toStrictEqual({
      articleIds: [],
      entityIds: [],
      statementIds: [],
    });
    expect((await get('/api/scope?outlet=nowhere.example')).body.articleIds).toStrictEqual([]);
  });

  it('refuses a range that ends before it starts, and malformed values', async () => {
    expect(await get('/api/scope?from=2024-05&to=2024-04-30')).toStrictEqual({
      status: 400,
      body: { error: '"from" (2024-05) is after "to" (2024-04-30)', code: 'BAD_REQUEST' },
    });
    expect((await get('/api/scope?from=yesterday')).status).toBe(400);
    expect((await get('/api/scope?outlet=a%0Ab')).status).toBe(400);
    expect((await get('/api/scope?outlet=')).status).toBe(400);
  });
});

describe('POST /api/statements/by-id', () => {
  it('answers the statements named, with their sentences, unknown ids left out', async () => {
    const answer = await post('/api/statements/by-id', { ids: ['stmt-2', 'nope', 'stmt-1'] });
    expect(answer.status).toBe(200);
    const statements = answer.body.statements as StatementView[];
    expect(
      statements.map((s) => [s.id, s.speaker?.id, s.about.map((a) => a.id), s.sentence, s.article.title]),
    ).toStrictEqual([
      [
        'stmt-1',
        IDS.rossi,
        [IDS.ue],
        "«Serve più coraggio sull'Europa», ha detto Rossi.",
        'Vertice a Roma sul bilancio europeo',
      ],
      [
        'stmt-2',
        IDS.bianchi,
        [IDS.ue],
        "Anna Bianchi, portavoce di Azione Civica, ha dichiarato: «L'Unione Europea deve cambiare».",
        'Azione Civica chiede riforme',
      ],
    ]);
  });

  it('refuses an empty list, too many ids, and other fields', async () => {
    expect((await post('/api/statements/by-id', { ids: [] })).status).toBe(400);
    expect((await post('/api/statements/by-id', { ids: Array.from({ length: 501 }, (_, i) => `s${i}`) })).status).toBe(
      400,
    );
    expect((await post('/api/statements/by-id', { ids: ['stmt-1'], extra: 1 })).status).toBe(400);
    expect((await post('/api/statements/by-id', { ids: 'stmt-1' })).status).toBe(400);
  });
});
