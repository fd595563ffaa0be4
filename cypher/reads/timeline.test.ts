import { describe, expect, it } from 'vitest';
import type { Run } from './decode.ts';
import { statementTimeline } from './timeline.ts';

describe('statementTimeline', () => {
  it('sorts the dates, keeps partial ones as stored, and counts the undated apart', async () => {
    const asked: [string, unknown][] = [];
    const run: Run = async (queryName, params) => {
      asked.push([queryName, params]);
      return [
        { date: '2025-01-02', statements: 3 },
        { date: null, statements: 4 },
        { date: '2024-11', statements: 1 },
        { date: '2024-12-31', statements: 2 },
      ];
    };
    expect(await statementTimeline(run)).toStrictEqual({
      dates: [
        { date: '2024-11', statements: 1 },
        { date: '2024-12-31', statements: 2 },
        { date: '2025-01-02', statements: 3 },
      ],
      undated: 4,
    });
    expect(asked).toStrictEqual([['statements/timeline', {}]]);
  });
});
