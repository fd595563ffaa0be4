// The timeline's histogram: statements per day, week (from Monday) or month, the unit chosen
// from the span so that the strip holds a readable number of bars. Buckets are consecutive,
// empty ones included, so a gap in the news shows as a gap. Full dates (YYYY-MM-DD) choose
// the unit; month dates (YYYY-MM) are placed when the unit is the month (the only unit when
// no date is full); statements with a coarser date or none are counted apart.

export type BucketUnit = 'day' | 'week' | 'month';

export interface Bucket {
  /** First and last day of the bucket, inclusive (YYYY-MM-DD). */
  start: string;
  end: string;
  statements: number;
}

export interface Timeline {
  unit: BucketUnit;
  buckets: Bucket[];
  /** Statements whose date is partial or missing: not on the strip. */
  unplaced: number;
}

const DAY_MS = 86_400_000;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DATE = /^\d{4}-\d{2}$/;
/** Spans up to this many days are drawn by day, then by week up to MAX_WEEK_SPAN, then by month. */
export const MAX_DAY_SPAN = 62;
export const MAX_WEEK_SPAN = 366;

const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function unitFor(spanDays: number): BucketUnit {
  if (spanDays <= MAX_DAY_SPAN) return 'day';
  if (spanDays <= MAX_WEEK_SPAN) return 'week';
  return 'month';
}

/** The first day of the bucket holding `ms`. */
function bucketStart(ms: number, unit: BucketUnit): number {
  const day = new Date(ms);
  if (unit === 'day') return ms;
  if (unit === 'week') return ms - ((day.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
}

function nextStart(ms: number, unit: BucketUnit): number {
  if (unit === 'day') return ms + DAY_MS;
  if (unit === 'week') return ms + 7 * DAY_MS;
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
}

export function timelineOf(dates: readonly { date: string; statements: number }[], undated = 0): Timeline {
  const full = dates.filter(({ date }) => FULL_DATE.test(date) && !Number.isNaN(toDay(date)));
  const days = full.map(({ date }) => toDay(date));
  const unit = days.length > 0 ? unitFor(Math.round((Math.max(...days) - Math.min(...days)) / DAY_MS) + 1) : 'month';
  let unplaced = undated;
  const placed: { ms: number; statements: number }[] = [];
  for (const { date, statements } of dates) {
    const day = FULL_DATE.test(date) ? date : unit === 'month' && MONTH_DATE.test(date) ? `${date}-01` : null;
    const ms = day ? toDay(day) : NaN;
    if (Number.isNaN(ms)) unplaced += statements;
    else placed.push({ ms, statements });
  }
  if (placed.length === 0) return { unit, buckets: [], unplaced };
  const first = Math.min(...placed.map((p) => p.ms));
  const last = Math.max(...placed.map((p) => p.ms));
  const buckets: Bucket[] = [];
  const index = new Map<number, number>();
  for (let start = bucketStart(first, unit); start <= last; start = nextStart(start, unit)) {
    index.set(start, buckets.length);
    buckets.push({ start: isoDay(start), end: isoDay(nextStart(start, unit) - DAY_MS), statements: 0 });
  }
  for (const { ms, statements } of placed) buckets[index.get(bucketStart(ms, unit))!]!.statements += statements;
  return { unit, buckets, unplaced };
}
