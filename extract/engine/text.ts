// String helpers shared by the extraction stages: accent folding, comparison
// keys, slugs. All linear in the input length.
import { Buffer } from 'node:buffer';

const COMBINING = /\p{M}+/gu;
const CURLY_SINGLE = /[‘’‚‛′`´]/g;
const CURLY_DOUBLE = /[“”„‟«»″]/g;
const SPACES = /\s+/g;

export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(COMBINING, '');
}

/** Comparison key: accents and quote styles folded, lowercase, single spaces, no space after an apostrophe or around a hyphen. */
const PLAIN = /^[A-Za-z0-9]*$/;
const NON_ASCII = /[^ -~]/;

// Folding table for the characters Italian text is full of, so the common case avoids Unicode normalization.
const FOLD_MAP: Record<string, string> = {};
for (const [from, to] of [
  ['àáâãäå', 'a'],
  ['èéêë', 'e'],
  ['ìíîï', 'i'],
  ['òóôõö', 'o'],
  ['ùúûü', 'u'],
  ['ýÿ', 'y'],
  ['ç', 'c'],
  ['ñ', 'n'],
  ['ÀÁÂÃÄÅ', 'a'],
  ['ÈÉÊË', 'e'],
  ['ÌÍÎÏ', 'i'],
  ['ÒÓÔÕÖ', 'o'],
  ['ÙÚÛÜ', 'u'],
  ['Ç', 'c'],
  ['Ñ', 'n'],
  ['’‘‚‛′`´', "'"],
  ['“”„‟«»″', '"'],
] as const) {
  for (const ch of from) FOLD_MAP[ch] = to;
}
const FOLD_RE = new RegExp(`[${Object.keys(FOLD_MAP).join('')}]`, 'g');
const FOLD_CODES = new Map(Object.entries(FOLD_MAP).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));
const SPACE_CHAR = /\s/;

const BACKTICK = 96;
const APOSTROPHE = 39;
const HYPHEN = 45;
const SPACE = 32;

/** Longest string keyed in one pass over its characters (the buffer the key is built in). */
const QUICK_MAX_LENGTH = 4096;
// Every character of a quick key is printable ASCII, so the key is built in bytes and read back as
// Latin-1: a native copy, several times cheaper than String.fromCharCode over a sentence's codes.
const QUICK_BUFFER = Buffer.alloc(QUICK_MAX_LENGTH);

/**
 * The key of a string of printable ASCII, whitespace and the characters of FOLD_MAP in one pass, or undefined
 * for any other string. Same result as the replacements of computeNormKey: a whitespace run becomes one space,
 * dropped at either end, after an apostrophe and beside a hyphen.
 */
function quickNormKey(s: string): string | undefined {
  if (s.length > QUICK_MAX_LENGTH) return undefined;
  let n = 0;
  let pendingSpace = false;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === BACKTICK) c = APOSTROPHE;
    else if (c === SPACE || (c >= 9 && c <= 13)) {
      pendingSpace = true;
      continue;
    } else if (c < 32 || c > 126) {
      const folded = FOLD_CODES.get(c);
      if (folded === undefined) {
        if (c > 126 && SPACE_CHAR.test(s[i] as string)) {
          pendingSpace = true;
          continue;
        }
        return undefined;
      }
      c = folded;
    }
    if (pendingSpace) {
      if (n > 0 && last !== APOSTROPHE && last !== HYPHEN && c !== HYPHEN) QUICK_BUFFER[n++] = SPACE;
      pendingSpace = false;
    }
    QUICK_BUFFER[n++] = c;
    last = c;
  }
  return QUICK_BUFFER.toString('latin1', 0, n);
}

/** Memo of normKey and nameKey for short strings (names, words, phrases recur across an article and a batch); cleared when full. */
const MEMO_MAX_ENTRIES = 100_000;
const MEMO_MAX_LENGTH = 80;
const NORM_MEMO = new Map<string, string>();
const NAME_MEMO = new Map<string, string>();

function memoized(memo: Map<string, string>, s: string, compute: (s: string) => string): string {
  if (s.length > MEMO_MAX_LENGTH) return compute(s);
  let v = memo.get(s);
  if (v === undefined) {
    v = compute(s);
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    memo.set(s, v);
  }
  return v;
}

export function normKey(s: string): string {
  return memoized(NORM_MEMO, s, computeNormKey);
}

/** normKey of a string met once (a line, a sentence): kept out of the memo, where it would push out the recurring words. */
export function normKeyOnce(s: string): string {
  return computeNormKey(s);
}

function computeNormKey(s: string): string {
  if (PLAIN.test(s)) return s.toLowerCase();
  const quick = quickNormKey(s);
  if (quick !== undefined) return quick;
  return slowNormKey(s);
}

function slowNormKey(s: string): string {
  const quick = s.replace(FOLD_RE, (ch) => FOLD_MAP[ch] ?? ch);
  if (!NON_ASCII.test(quick.replace(/\s/g, ' '))) {
    return quick.toLowerCase().replace(SPACES, ' ').replace(/' /g, "'").replace(/ ?- ?/g, '-').trim();
  }
  if (s.length === 1)
    return s === '’' || s === '‘' || s === '`'
      ? "'"
      : s === '“' || s === '”' || s === '«' || s === '»'
        ? '"'
        : s.toLowerCase();
  if (!NON_ASCII.test(s)) {
    return s.replace(/`/g, "'").toLowerCase().replace(SPACES, ' ').replace(/' /g, "'").replace(/ ?- ?/g, '-').trim();
  }
  return foldAccents(s)
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .toLowerCase()
    .replace(SPACES, ' ')
    .replace(/' /g, "'")
    .replace(/ ?- ?/g, '-')
    .trim();
}

export function slug(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Key that makes transliterations of the same (mostly Slavic) name equal:
 * Dmitrij/Dmitry/Dmitri, Sergej/Sergei/Sergey, Aleksej/Alexei, Jurij/Yuri,
 * Zelenskyj/Zelensky, Naval'nyj/Navalny.
 */
export function nameKey(s: string): string {
  return memoized(NAME_MEMO, s, computeNameKey);
}

function computeNameKey(s: string): string {
  return normKey(s)
    .replace(/'/g, '')
    .split(' ')
    .map((w) =>
      w
        .replace(/ks/g, 'x')
        .replace(/kh/g, 'h')
        .replace(/ch/g, 'h')
        .replace(/j/g, 'y')
        .replace(/w/g, 'v')
        .replace(/(ii|iy|yy|yi|ij)$/g, 'y')
        .replace(/(ei|ey)$/g, 'ey')
        .replace(/([^aeiou])i$/g, '$1y')
        .replace(/yy/g, 'y'),
    )
    .join(' ');
}

// ASCII is answered from the character code: most calls are, and case mapping allocates a string.
export function isUpperLetter(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
  }
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerLetter(ch: string): boolean {
  if (ch.length === 1) {
    const c = ch.charCodeAt(0);
    if (c < 128) return c >= 97 && c <= 122;
  }
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A set of comparison keys (normKey of each word), to test token keys against. */
export function keySet(words: readonly string[]): Set<string> {
  return new Set(words.map(normKey));
}
