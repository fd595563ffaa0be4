// Dates written in a sentence, resolved against the article's publication
// date where they are relative or lack the year: "il 17 dicembre", "nel
// febbraio 2022", "venerdì", "il mese scorso", "31.12.2021". Output is ISO,
// partial when only part is known (YYYY, YYYY-MM).
import { classOf, LEXICON, type Lexicon } from '../lang/lexicon.ts';
import { alternation } from '../lang/morphology.ts';
import { foldAccents } from './text.ts';

export interface FoundDate {
  date: string;
  start: number;
  end: number;
}

interface Pub {
  year: number;
  month: number | null;
  day: number | null;
}

export function parsePublicationDate(date: string | null): Pub | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date.trim());
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m?: number | null, d?: number | null): string {
  if (!m) return String(y);
  if (!d) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function shiftDays(pub: Pub, days: number): string | null {
  if (!pub.month || !pub.day) return null;
  const t = Date.UTC(pub.year, pub.month - 1, pub.day) + days * 86400000;
  const d = new Date(t);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The year of a day-and-month written without a year: the publication year, or the one before when the month lies well after the publication month. */
function yearFor(month: number, pub: Pub | null): number | null {
  if (!pub) return null;
  if (pub.month !== null && month > pub.month + 1) return pub.year - 1;
  return pub.year;
}

type Pattern = [RegExp, (m: RegExpExecArray, pub: Pub | null) => string | null];
const built = new WeakMap<Lexicon, Pattern[]>();
/** An alternation that matches nothing: a model with no calendar or no date phrases would otherwise match the empty string everywhere. */
const NOTHING = '(?!)';

function patternsFor(lex: Lexicon): Pattern[] {
  let patterns = built.get(lex);
  if (patterns === undefined) {
    const monthAlt = [...lex.months.keys()].join('|') || NOTHING;
    const weekdayAlt = [...lex.weekdays.keys()].map((w) => foldAccents(w)).join('|') || NOTHING;
    patterns = buildPatterns(lex, monthAlt, weekdayAlt);
    built.set(lex, patterns);
  }
  return patterns;
}

function buildPatterns(lex: Lexicon, monthAlt: string, weekdayAlt: string): Pattern[] {
  /** The words of the date phrases (the model's word-classes/dates.txt), each class as a regular-expression alternation. */
  const phrases = (name: string): string => alternation(classOf(lex, 'dates', name)) || NOTHING;
  /** "del" of "17 dicembre del 2021". */
  const DAY_YEAR_LINKS = phrases('day-year-links');
  /** "del", "dello" of "dicembre del 2021". */
  const MONTH_YEAR_LINKS = phrases('month-year-links');
  /** Prepositions before a month alone ("a dicembre", "nel febbraio"). */
  const MONTH_PREPS = phrases('month-preps');
  /** Prepositions before a year alone ("nel 2021", "entro il 2030"). */
  const YEAR_PREPS = phrases('year-preps');
  const LAST_MONTH = phrases('last-month');
  const LAST_YEAR = phrases('last-year');
  const THIS_MONTH = phrases('this-month');
  const YESTERDAY = phrases('yesterday');
  const TODAY = phrases('today');
  return [
    [/\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/g, (m) => iso(Number(m[3]), Number(m[2]), Number(m[1]))],
    [
      new RegExp(`\\b(\\d{1,2})(?:°|º)? (${monthAlt})(?: (?:(?:${DAY_YEAR_LINKS}) )?(\\d{4}))?\\b`, 'g'),
      (m, pub) => {
        const month = lex.months.get(m[2] as string) as number;
        const year = m[3] ? Number(m[3]) : yearFor(month, pub);
        return year === null ? null : iso(year, month, Number(m[1]));
      },
    ],
    [
      new RegExp(`\\b(${monthAlt})(?: (?:(?:${MONTH_YEAR_LINKS}) )?(\\d{4}))\\b`, 'g'),
      (m) => iso(Number(m[2]), lex.months.get(m[1] as string) as number),
    ],
    [
      new RegExp(`\\b(?:${MONTH_PREPS}) (${monthAlt})\\b`, 'g'),
      (m, pub) => {
        const month = lex.months.get(m[1] as string) as number;
        const year = yearFor(month, pub);
        return year === null ? null : iso(year, month);
      },
    ],
    [new RegExp(`\\b(?:${YEAR_PREPS}) ((?:19|20)\\d{2})\\b`, 'g'), (m) => m[1] as string],
    [
      new RegExp(`\\b(?:${LAST_MONTH})\\b`, 'g'),
      (_m, pub) => (pub?.month ? (pub.month === 1 ? iso(pub.year - 1, 12) : iso(pub.year, pub.month - 1)) : null),
    ],
    [new RegExp(`\\b(?:${LAST_YEAR})\\b`, 'g'), (_m, pub) => (pub ? String(pub.year - 1) : null)],
    [new RegExp(`\\b(?:${THIS_MONTH})\\b`, 'g'), (_m, pub) => (pub?.month ? iso(pub.year, pub.month) : null)],
    [new RegExp(`\\b(?:${YESTERDAY})\\b`, 'g'), (_m, pub) => (pub ? shiftDays(pub, -1) : null)],
    [new RegExp(`\\b(?:${TODAY})\\b`, 'g'), (_m, pub) => (pub?.day ? iso(pub.year, pub.month, pub.day) : null)],
    [
      new RegExp(`\\b(${weekdayAlt})\\b`, 'g'),
      (m, pub) => {
        if (!pub?.day || !pub.month) return null;
        const target = lex.weekdays.get([...lex.weekdays.keys()].find((w) => foldAccents(w) === m[1]) ?? '') ?? 0;
        const d = new Date(Date.UTC(pub.year, pub.month - 1, pub.day));
        const dow = ((d.getUTCDay() + 6) % 7) + 1;
        return shiftDays(pub, -((dow - target + 7) % 7));
      },
    ],
  ];
}

/** The folded form of one character past ASCII, as the date patterns read it: one of the same length, or the character itself. */
const FOLDED_CHARS = new Map<string, string>();
const FOLDED_CHARS_MAX = 4096;

function foldedChar(ch: string): string {
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    if (ch === '’' || ch === '‘') folded = "'";
    else {
      const f = foldAccents(ch).toLowerCase();
      folded = f.length === ch.length ? f : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    }
    if (FOLDED_CHARS.size >= FOLDED_CHARS_MAX) FOLDED_CHARS.clear();
    FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}

/** Text lowercased with accents and quote styles folded character by character, so offsets stay aligned with it. */
function foldAligned(raw: string): string {
  let out = '';
  let run = 0;
  let i = 0;
  while (i < raw.length) {
    if (raw.charCodeAt(i) < 128) {
      i++;
      continue;
    }
    const ch = String.fromCodePoint(raw.codePointAt(i) as number);
    out += raw.slice(run, i).toLowerCase() + foldedChar(ch);
    i += ch.length;
    run = i;
  }
  return out + raw.slice(run).toLowerCase();
}

/** All date expressions in text[from, to), in order. */
export function findDates(
  text: string,
  from: number,
  to: number,
  publication: string | null,
  lex: Lexicon = LEXICON,
): FoundDate[] {
  const patterns = patternsFor(lex);
  const pub = parsePublicationDate(publication);
  const slice = foldAligned(text.slice(from, to));
  const out: FoundDate[] = [];
  for (const [re, f] of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const date = f(m, pub);
      const start = from + m.index;
      const end = start + m[0].length;
      // An earlier pattern's date over the same words wins.
      if (date && !out.some((d) => start < d.end && end > d.start)) out.push({ date, start, end });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
