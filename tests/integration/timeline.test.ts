// GET /api/statements/timeline over a real embedded store filled with the small
// hand-written extraction: statements counted per date, dates ascending.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
