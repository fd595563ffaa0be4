import { describe, expect, it } from 'vitest';
import { timelineOf, unitFor } from './buckets.ts';

describe('unitFor', () => {
  it('draws short spans by day, a year by week, longer by month', () => {
    expect([unitFor(1), unitFor(62), unitFor(63), unitFor(366), unitFor(367)]).toStrictEqual([
      'day',
      'day',
      'week',
      'week',
      'month',
    ]);
  });
});

describe('timelineOf', () => {
  it('counts per day with the empty days between', () => {
    expect(
      timelineOf([
        { date: '2025-02-27', statements: 2 },
        { date: '2025-03-02', statements: 1 },
      ]),
    ).toStrictEqual({
      unit: 'day',
      buckets: [
        { start: '2025-02-27', end: '2025-02-27', statements: 2 },
        { start: '2025-02-28', end: '2025-02-28', statements: 0 },
        { start: '2025-03-01', end: '2025-03-01', statements: 0 },
        { start: '2025-03-02', end: '2025-03-02', statements: 1 },
      ],
      unplaced: 0,
    });
  });

  it('counts per week from Monday over a few months, partial and missing dates apart', () => {
    const timeline = timelineOf(
      [
        { date: '2025-01-01', statements: 1 },
        { date: '2025-01-05', statements: 2 },
        { date: '2025-03-10', statements: 4 },
        { date: '2025-02', statements: 5 },
      ],
      3,
    );
    expect([timeline.unit, timeline.unplaced, timeline.buckets.length]).toStrictEqual(['week', 8, 11]);
    expect(timeline.buckets[0]).toStrictEqual({ start: '2024-12-30', end: '2025-01-05', statements: 3 });
    expect(timeline.buckets.at(-1)).toStrictEqual({ start: '2025-03-10', end: '2025-03-16', statements: 4 });
  });

  it('counts per month over years', () => {
    const timeline = timelineOf([
      { date: '2023-11-30', statements: 1 },
      { date: '2025-02-01', statements: 2 },
    ]);
    expect([timeline.unit, timeline.buckets.length]).toStrictEqual(['month', 16]);
    expect([timeline.buckets[0], timeline.buckets.at(-1)]).toStrictEqual([
      { start: '2023-11-01', end: '2023-11-30', statements: 1 },
      { start: '2025-02-01', end: '2025-02-28', statements: 2 },
    ]);
  });

  it('places month dates by month when no date is full, or when the span asks for months', () => {
    expect(
      timelineOf(
        [
          { date: '2021-12', statements: 2 },
          { date: '2022-02', statements: 1 },
          { date: '2022', statements: 4 },
        ],
        1,
      ),
    ).toStrictEqual({
      unit: 'month',
      buckets: [
        { start: '2021-12-01', end: '2021-12-31', statements: 2 },
        { start: '2022-01-01', end: '2022-01-31', statements: 0 },
        { start: '2022-02-01', end: '2022-02-28', statements: 1 },
      ],
      unplaced: 5,
    });
    expect(
      timelineOf([
        { date: '2023-01-01', statements: 1 },
        { date: '2024-06-30', statements: 1 },
        { date: '2023-02', statements: 3 },
      ]).buckets[1],
    ).toStrictEqual({ start: '2023-02-01', end: '2023-02-28', statements: 3 });
    expect(
      timelineOf([
        { date: '2025-01-02', statements: 1 },
        { date: '2025-01', statements: 3 },
      ]).unplaced,
    ).toBe(3);
  });

  it('has no bucket without a day or month date', () => {
    expect(timelineOf([{ date: '2024', statements: 2 }], 1)).toStrictEqual({
      unit: 'month',
      buckets: [],
      unplaced: 3,
    });
  });
});
