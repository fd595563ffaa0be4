// GET /api/statements/timeline over a real embedded store filled with the small
// hand-written extraction: statements counted per date, dates ascending.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_1 } from '../../server/testing/smallGraph.ts';
import { openSmallGraphApp, type SmallGraphApp } from './smallGraphApp.ts';

let fixture: SmallGraphApp;

beforeAll(async () => {
  fixture = await openSmallGraphApp('timeline');
});

afterAll(async () => {
  await fixture?.close();
});

describe('GET /api/statements/timeline', () => {
  it('counts the statements of each date, oldest first', async () => {
    const response = await fixture.app.inject({ method: 'GET', url: '/api/statements/timeline' });
    expect([response.statusCode, JSON.parse(response.body)]).toStrictEqual([
      200,
      {
        dates: [
          { date: '2024-03-05', statements: 1 },
          { date: '2024-04-10', statements: 1 },
        ],
        undated: 0,
      },
    ]);
  });
});

describe('GET /api/statements/timeline under the view filters', () => {
  const timeline = async (query: string) => {
    const response = await fixture.app.inject({ method: 'GET', url: `/api/statements/timeline?${query}` });
    return [response.statusCode, JSON.parse(response.body)];
  };
  const only = (date: string) => [200, { dates: [{ date, statements: 1 }], undated: 0 }];
  const none = [200, { dates: [], undated: 0 }];

  it("counts only one outlet's statements", async () => {
    expect(await timeline('outlet=example.org')).toStrictEqual(only('2024-03-05'));
    expect(await timeline('outlet=-')).toStrictEqual(only('2024-04-10'));
    expect(await timeline('outlet=Nessuna%20Testata')).toStrictEqual(none);
  });

  it('counts only the statements of articles published in a range, or of one article', async () => {
    expect(await timeline('pubFrom=2024-04')).toStrictEqual(only('2024-04-10'));
    expect(await timeline('pubTo=2024-03')).toStrictEqual(only('2024-03-05'));
    expect(await timeline(`article=${encodeURIComponent(ARTICLE_1.id)}`)).toStrictEqual(only('2024-03-05'));
    // an article outside the outlet chosen: nothing
    expect(await timeline(`article=${encodeURIComponent(ARTICLE_1.id)}&outlet=-`)).toStrictEqual(none);
  });

  it('refuses a range that ends before it starts, and a malformed outlet or date', async () => {
    expect(await timeline('pubFrom=2024-05&pubTo=2024-01')).toStrictEqual([
      400,
      { error: '"pubFrom" (2024-05) is after "pubTo" (2024-01)', code: 'BAD_REQUEST' },
    ]);
    expect((await timeline('outlet=a%0Ab'))[0]).toBe(400);
    expect((await timeline('pubFrom=2024-13'))[0]).toBe(400);
  });
});
