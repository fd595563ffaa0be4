// Segmentation: tokens, quotes and sentences of one article text, with
// UTF-16 offsets. Every scan here is a single left-to-right pass (no
// backtracking regexes), so 100k-character sentences, unbalanced quotes,
// emoji and RTL text cost linear time.
import { classOf as wordClassOf, LEXICON, perModel, type Lexicon } from '../lang/lexicon.ts';
import { normKey, normKeyOnce, isUpperLetter } from './text.ts';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** normKey(text): folded, lowercase. */
  key: string;
  kind: TokenKind;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Two or more letters, all uppercase (acronym). */
  upper: boolean;
  /** Starts a sentence, a quote, a paragraph or follows a colon: capitalization says nothing there. */
  initial: boolean;
  /** Index of the sentence holding it. */
  sentence: number;
  /** Whitespace (or nothing) before it: true when separated from the previous token. */
  spaceBefore: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  paragraph: number;
  /** Page chrome ("Torna in alto"): nothing is extracted from it. */
  boilerplate: boolean;
}

export interface Quote {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** Inner text offsets [start, end). */
  start: number;
  end: number;
  depth: number;
}

export interface Segmentation {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  quotes: Quote[];
  /** 1 where the token lies inside a quote. */
  tokenInQuote: Uint8Array;
  /** Quotes opening in each sentence, in order. */
  sentenceQuotes: Quote[][];
  /** Offsets of closing quote marks. */
  quoteCloses: Set<number>;
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAtOrAfter(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the tokenizer reads, in order of precedence at each position (the scan in tokenize follows it
 * character by character, without a match object per token): a number with inner . , : separators;
 * initials with their points ("U.S.A."); a word with inner apostrophes and a final one; any other
 * character but whitespace, alone.
 */
export const TOKEN_PATTERN =
  /(\p{N}+(?:[.,:]\p{N}+)*)|((?:\p{Lu}\.){2,})|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*['’]?)|[^\s\p{L}\p{M}\p{N}]/gu;

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const UPPER = 8;
const SPACE = 16;
const CLASS_KNOWN = 32;
const WORD_PART = LETTER | MARK | NUMBER;
const FULL_STOP = 46;
const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Unicode classes of each character of the Basic Multilingual Plane, computed when first met. */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function computeClass(ch: string): number {
  return (
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\s/u.test(ch) ? SPACE : 0)
  );
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = BMP_CLASSES[cp] as number;
    if (c === 0) {
      c = computeClass(String.fromCharCode(cp)) | CLASS_KNOWN;
      BMP_CLASSES[cp] = c;
    }
    return c;
  }
  let c = ASTRAL_CLASSES.get(cp);
  if (c === undefined) {
    c = computeClass(String.fromCodePoint(cp));
    ASTRAL_CLASSES.set(cp, c);
  }
  return c;
}

/** The end of the run of characters of `classes` starting at `i`. */
function runEnd(text: string, i: number, classes: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if ((classOf(cp) & classes) === 0) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Whether the character at `i` is of `classes`. */
function isClassAt(text: string, i: number, classes: number): boolean {
  return i < text.length && (classOf(text.codePointAt(i) as number) & classes) !== 0;
}
const GLUED = /\p{Ll}\p{Lu}/u;

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/** The segmenter's words in a model (word-classes/segment.txt): elided words and abbreviations, built once per model. */
const segmentWords = perModel((lex) => ({
  elision: new Set(wordClassOf(lex, 'segment', 'elision')),
  /** Endings split off a word after its apostrophe: the English possessive ("Labour's" is "Labour" and "'s"). */
  possessive: new Set(wordClassOf(lex, 'segment', 'possessive')),
  abbreviations: new Set(wordClassOf(lex, 'segment', 'abbreviations')),
}));
const OPEN_QUOTES = new Set(['«', '“', '„', '‘', '"', '‹']);

/**
 * Longest sentence kept whole, in UTF-16 units. Real news sentences, quotes
 * spanning sentences included, stay well below it; text with no sentence end
 * (a dump, a list without full stops) would otherwise make one sentence that
 * every statement in it copies. A longer run is cut at the last clause mark
 * (; : , – — ) ») in its second half, else at the last word boundary that
 * keeps it under the maximum; a single token longer than that stays whole.
 */
export const MAX_SENTENCE_CHARS = 2000;
const CLAUSE_MARKS = new Set([';', ':', ',', '–', '—', ')', '»', '”']);

function makeToken(text: string, start: number, kind: TokenKind, spaceBefore: boolean): Token {
  const first = text[0] ?? '';
  const cap = kind === 'word' && isUpperLetter(first);
  let upper = false;
  if (kind === 'word' && cap) {
    let letters = 0;
    upper = true;
    for (const ch of text) {
      if (ch === "'" || ch === '’' || ch === '.') continue;
      if (ch >= '0' && ch <= '9') continue;
      letters++;
      if (!isUpperLetter(ch)) {
        upper = false;
        break;
      }
    }
    if (letters < 2) upper = false;
  }
  return {
    start,
    end: start + text.length,
    text,
    key: tokenKey(text),
    kind,
    cap,
    upper,
    initial: false,
    sentence: 0,
    spaceBefore,
  };
}

/** normKey of a token's text, memoized: the same few thousand word forms make up most of any news text. */
const TOKEN_KEYS = new Map<string, string>();
const TOKEN_KEYS_MAX = 200_000;
function tokenKey(text: string): string {
  // ASCII letters and digits only: normKey lowercases them and changes nothing else, so a token already
  // in lowercase is its own key; the others skip the memo, which then holds the words that need folding.
  let plain = true;
  let lower = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) lower = false;
    else {
      plain = false;
      break;
    }
  }
  if (plain) return lower ? text : text.toLowerCase();
  let key = TOKEN_KEYS.get(text);
  if (key === undefined) {
    key = normKey(text);
    if (TOKEN_KEYS.size >= TOKEN_KEYS_MAX) TOKEN_KEYS.clear();
    TOKEN_KEYS.set(text, key);
  }
  return key;
}

/** Whether a lowercase letter is followed by an uppercase one from the third character on: the cheap test before the glued-sentence check. */
function hasInnerUpper(text: string): boolean {
  for (let i = 3; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) return true;
    if (c > 127) {
      const ch = text[i] as string;
      if (isUpperLetter(ch)) return true;
    }
  }
  return false;
}

/** Splits "dell'Ucraina" into "dell'" + "Ucraina", "noi’" into "noi" + "’", "UcrainaUn" into "Ucraina" + "Un". */
function pushWord(
  out: Token[],
  text: string,
  start: number,
  spaceBefore: boolean,
  lex: Lexicon,
  glued: Set<number>,
  ELISION: ReadonlySet<string>,
  POSSESSIVE: ReadonlySet<string>,
): void {
  const a1 = text.indexOf("'");
  const a2 = text.indexOf('’');
  const apo = a1 < 0 ? a2 : a2 < 0 ? a1 : Math.min(a1, a2);
  if (apo > 0) {
    const prefix = text.slice(0, apo);
    if (POSSESSIVE.size > 0 && POSSESSIVE.has(text.slice(apo + 1).toLowerCase())) {
      out.push(makeToken(prefix, start, 'word', spaceBefore));
      out.push(makeToken(text.slice(apo), start + apo, 'punct', false));
      return;
    }
    if (ELISION.has(prefix.toLowerCase())) {
      out.push(makeToken(text.slice(0, apo + 1), start, 'word', spaceBefore));
      if (apo + 1 < text.length)
        pushWord(out, text.slice(apo + 1), start + apo + 1, false, lex, glued, ELISION, POSSESSIVE);
      return;
    }
    if (apo === text.length - 1) {
      out.push(makeToken(prefix, start, 'word', spaceBefore));
      out.push(makeToken(text.slice(apo), start + apo, 'punct', false));
      return;
    }
  }
  // A lowercase→uppercase junction followed by a function word marks two glued sentences ("UcrainaUn alto funzionario").
  if (text.length > 4 && hasInnerUpper(text) && GLUED.test(text))
    for (let i = 3; i < text.length - 1; i++) {
      const a = text[i - 1] ?? '';
      const b = text[i] ?? '';
      if (a !== a.toUpperCase() && isUpperLetter(b)) {
        const rest = text.slice(i);
        if (rest.length >= 2 && lex.functionWords.has(normKey(rest)) && /^\p{Lu}\p{Ll}+$/u.test(rest)) {
          out.push(makeToken(text.slice(0, i), start, 'word', spaceBefore));
          glued.add(out.length);
          out.push(makeToken(rest, start + i, 'word', false));
          return;
        }
      }
    }
  out.push(makeToken(text, start, 'word', spaceBefore));
}

export function tokenize(text: string, lex: Lexicon = LEXICON): { tokens: Token[]; glued: Set<number> } {
  const tokens: Token[] = [];
  const glued = new Set<number>();
  const { elision, possessive } = segmentWords(lex);
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if (cls & SPACE) {
      i += width;
      continue;
    }
    const start = i;
    const spaceBefore = start === 0 || start > prevEnd;
    let end: number;
    let kind: 'num' | 'initials' | 'word' | 'punct';
    if (cls & NUMBER) {
      end = runEnd(text, i + width, NUMBER);
      for (;;) {
        const sep = text.charCodeAt(end);
        if ((sep === 46 || sep === 44 || sep === 58) && isClassAt(text, end + 1, NUMBER))
          end = runEnd(text, end + 1, NUMBER);
        else break;
      }
      kind = 'num';
    } else {
      let initials = 0;
      end = i;
      if (cls & UPPER) {
        let j = i;
        while (j < n) {
          const c = text.codePointAt(j) as number;
          const w = c > 0xffff ? 2 : 1;
          if ((classOf(c) & UPPER) === 0 || text.charCodeAt(j + w) !== FULL_STOP) break;
          j += w + 1;
          initials++;
        }
        if (initials >= 2) end = j;
      }
      if (initials >= 2) kind = 'initials';
      else if (cls & (LETTER | MARK)) {
        end = runEnd(text, i + width, WORD_PART);
        for (;;) {
          const apo = text.charCodeAt(end);
          if (apo !== APOSTROPHE && apo !== RIGHT_SINGLE_QUOTE) break;
          if (isClassAt(text, end + 1, WORD_PART)) end = runEnd(text, end + 1, WORD_PART);
          else {
            end++;
            break;
          }
        }
        kind = 'word';
      } else {
        end = i + width;
        kind = 'punct';
      }
    }
    const t = text.slice(start, end);
    prevEnd = end;
    i = end;
    if (kind === 'num') tokens.push(makeToken(t, start, 'num', spaceBefore));
    else if (kind === 'initials') tokens.push(makeToken(t, start, 'word', spaceBefore));
    else if (kind === 'word') pushWord(tokens, t, start, spaceBefore, lex, glued, elision, possessive);
    else tokens.push(makeToken(t, start, 'punct', spaceBefore));
  }
  return { tokens, glued };
}

/** Whether text[from, to) holds a line break, without cutting it out. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * At a paragraph end (`at`, a newline or the text's end), a « left open runs to it when the next paragraph
 * opens with « (Italian typesetting opens each paragraph of a long quote with « and closes only the last)
 * or when no sentence ends inside it (a quote cut off with its paragraph). Other unclosed marks are dropped.
 */
function closeParagraph(text: string, at: number, stack: { ch: string; pos: number }[], pairs: Quote[]): void {
  const open = stack.find((o) => o.ch === '«');
  stack.length = 0;
  if (open === undefined) return;
  const goesOn = /^\s*«/.test(text.slice(at, at + 8));
  if (!goesOn && /[.!?]\s+\p{Lu}/u.test(text.slice(open.pos, at))) return;
  let end = at;
  while (end > open.pos + 1 && /\s/.test(text[end - 1] as string)) end--;
  if (end > open.pos + 1) pairs.push({ open: open.pos, close: at, start: open.pos + 1, end, depth: 0 });
}

/**
 * Pairs quote marks paragraph by paragraph with a small stack. A straight "
 * closes when it follows a non-space and precedes a space or punctuation,
 * otherwise opens; ’ closes only an open ‘ and is an apostrophe otherwise.
 * A « still open at the paragraph end closes there; other unclosed marks are dropped.
 */
export function findQuotes(text: string): Quote[] {
  const pairs: Quote[] = [];
  const stack: { ch: string; pos: number }[] = [];
  const MAX_DEPTH = 8;
  const marks = /[«»“”„‘’"‹›\n]/g;
  for (let mk = marks.exec(text); mk !== null; mk = marks.exec(text)) {
    const i = mk.index;
    const ch = mk[0];
    if (ch === '\n') {
      closeParagraph(text, i, stack, pairs);
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    const prevSpace = prev === undefined || /\s/.test(prev);
    const nextSpace = next === undefined || /\s/.test(next);
    const close = (pred: (open: string) => boolean): boolean => {
      for (let k = stack.length - 1; k >= 0; k--) {
        const o = stack[k] as { ch: string; pos: number };
        if (pred(o.ch)) {
          pairs.push({ open: o.pos, close: i, start: o.pos + 1, end: i, depth: 0 });
          stack.length = k;
          return true;
        }
      }
      return false;
    };
    if (ch === '«' || ch === '“' || ch === '„' || ch === '‹') {
      if (ch === '“' && !prevSpace && nextSpace && stack.some((o) => o.ch === '„')) {
        close((o) => o === '„');
        continue;
      }
      if (stack.length < MAX_DEPTH) stack.push({ ch, pos: i });
    } else if (ch === '»' || ch === '›') {
      close((o) => o === '«' || o === '‹');
    } else if (ch === '”') {
      if (!close((o) => o === '“' || o === '„')) close((o) => o === '"');
    } else if (ch === '‘') {
      if (!isWordChar(prev) && stack.length < MAX_DEPTH) stack.push({ ch, pos: i });
    } else if (ch === '’') {
      if (!isWordChar(next)) close((o) => o === '‘');
    } else if (ch === '"') {
      const closer = !prevSpace && (nextSpace || !isWordChar(next));
      if (closer && stack.length > 0) {
        if (!close((o) => o === '"')) close(() => true);
      } else if (!nextSpace && stack.length < MAX_DEPTH) {
        stack.push({ ch, pos: i });
      }
    }
  }
  closeParagraph(text, text.length, stack, pairs);
  pairs.sort((a, b) => a.open - b.open || b.close - a.close);
  const open: Quote[] = [];
  for (const q of pairs) {
    while (open.length > 0 && (open[open.length - 1] as Quote).close < q.open) open.pop();
    q.depth = open.length;
    open.push(q);
  }
  return pairs;
}

/** Prefix rules indexed by their first word, so a line is compared only with the rules that can match it. */
const PREFIX_INDEX = new WeakMap<Lexicon, Map<string, string[]>>();
function prefixRules(lex: Lexicon): Map<string, string[]> {
  let index = PREFIX_INDEX.get(lex);
  if (!index) {
    index = new Map();
    for (const p of lex.boilerplate.prefix) {
      const first = p.split(' ')[0] as string;
      const list = index.get(first) ?? [];
      list.push(p);
      index.set(first, list);
    }
    PREFIX_INDEX.set(lex, index);
  }
  return index;
}

function matchesPrefix(key: string, lex: Lexicon, exactToo: boolean): boolean {
  const space = key.indexOf(' ');
  const candidates = prefixRules(lex).get(space < 0 ? key : key.slice(0, space));
  if (!candidates) return false;
  for (const p of candidates) if ((exactToo && key === p) || (key.startsWith(p) && key[p.length] === ' ')) return true;
  return false;
}

/** A credit line is short: the phrase and a few names ("Foto Ansa / Mario Rossi"). */
const CREDIT_MAX_WORDS = 6;

function isCredit(key: string, lex: Lexicon): boolean {
  // The phrase first: few lines start with one, and counting words cuts the line up.
  let phrase = false;
  for (const c of lex.boilerplate.credit)
    if (
      (key.startsWith(c) && (key.length === c.length || key[c.length] === ' ' || key[c.length] === ':')) ||
      (key[0] === '(' && key.startsWith(c, 1) && key[c.length + 1] === ' ')
    ) {
      phrase = true;
      break;
    }
  if (!phrase) return false;
  const words = key.split(/[\s/:|,()-]+/).filter(Boolean);
  return words.length <= CREDIT_MAX_WORDS;
}

/** The "contains" rules as one alternation: a line is scanned once, not once per phrase. Null when there are none. */
const CONTAINS_RULES = new WeakMap<Lexicon, RegExp | null>();
function containsRule(lex: Lexicon): RegExp | null {
  let rule = CONTAINS_RULES.get(lex);
  if (rule === undefined) {
    const phrases = lex.boilerplate.contains;
    rule =
      phrases.length === 0
        ? null
        : new RegExp(phrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    CONTAINS_RULES.set(lex, rule);
  }
  return rule;
}

/** Marks a boilerplate line may end with, besides whitespace. */
const TRAILING_MARKS = new Set(['.', ',', ';', ':', '!', '?', '…', '·', '|', '>', '»', '-']);
const WHITESPACE = /\s/;

function withoutTrailingMarks(key: string): string {
  let end = key.length;
  while (end > 0) {
    const ch = key[end - 1] as string;
    if (!TRAILING_MARKS.has(ch) && !WHITESPACE.test(ch)) break;
    end--;
  }
  return end === key.length ? key : key.slice(0, end);
}

function isBoilerplate(line: string, lex: Lexicon): boolean {
  if (line.length > 300) {
    // Long lines can only match a prefix rule.
    return matchesPrefix(normKeyOnce(line.slice(0, 120)), lex, false);
  }
  const key = withoutTrailingMarks(normKeyOnce(line));
  if (!key) return false;
  const rules = lex.boilerplate;
  if (rules.exact.has(key)) return true;
  if (matchesPrefix(key, lex, true)) return true;
  if (isCredit(key, lex)) return true;
  if (key.length < 300) return containsRule(lex)?.test(key) ?? false;
  return false;
}

/** Where to cut a run of tokens [first, last) that starts at `first` and is too long: the index of the first token after the cut. */
function cutPoint(tokens: Token[], first: number, last: number): number {
  const start = (tokens[first] as Token).start;
  let fits = first + 1;
  while (fits < last && (tokens[fits] as Token).end - start <= MAX_SENTENCE_CHARS) fits++;
  if (fits >= last) return last;
  for (let k = fits; k > first + 1 && (tokens[k - 1] as Token).end - start > MAX_SENTENCE_CHARS / 2; k--) {
    if (CLAUSE_MARKS.has((tokens[k - 1] as Token).text)) return k;
  }
  for (let k = fits; k > first + 1; k--) if ((tokens[k] as Token).spaceBefore) return k;
  return fits;
}

/** Cuts every sentence longer than MAX_SENTENCE_CHARS into pieces under it (token offsets untouched) and renumbers the tokens' sentences. */
function splitLongSentences(tokens: Token[], sentences: Sentence[]): void {
  const pieces: Sentence[] = [];
  for (const s of sentences) {
    let first = s.first;
    while (first < s.last) {
      const last =
        s.end - (tokens[first] as Token).start > MAX_SENTENCE_CHARS ? cutPoint(tokens, first, s.last) : s.last;
      pieces.push({ ...s, start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end, first, last });
      first = last;
    }
  }
  sentences.length = 0;
  pieces.forEach((piece, index) => {
    sentences.push(piece);
    for (let k = piece.first; k < piece.last; k++) (tokens[k] as Token).sentence = index;
  });
}

/**
 * Sentences: split after . ! ? … when the next token starts with a capital,
 * digit or quote, except after abbreviations (sig., dott.) and initials
 * (D. Peskov, Harry S. Truman); never inside a quote (a quote that spans
 * sentences stays in one); always at a line break; and wherever a sentence
 * would outgrow MAX_SENTENCE_CHARS.
 */
/**
 * The sentence split's state, one object of one shape for its phases: so that each compiles small and on
 * its own, with no closures over the loop's variables.
 */
class SentenceSplit {
  readonly text: string;
  readonly tokens: Token[];
  readonly glued: Set<number>;
  readonly lex: Lexicon;
  readonly abbreviations: ReadonlySet<string>;
  /** Depth-0 quote ranges, to keep a quote inside one sentence. */
  readonly topQuotes: Quote[];
  readonly closingMarks: Set<number>;
  /** The first depth-0 quote that may still hold a later position. */
  qi = 0;
  readonly sentences: Sentence[] = [];
  paragraph = 0;
  sentFirst = 0;
  markInitial = true;

  constructor(text: string, tokens: Token[], glued: Set<number>, quotes: Quote[], lex: Lexicon) {
    this.text = text;
    this.tokens = tokens;
    this.glued = glued;
    this.lex = lex;
    this.abbreviations = segmentWords(lex).abbreviations;
    this.topQuotes = quotes.filter((q) => q.depth === 0);
    this.closingMarks = new Set(quotes.map((q) => q.close));
  }
}

function isClosing(st: SentenceSplit, t: Token): boolean {
  return t.text === '"' || t.text === '’' || t.text === '»' || t.text === '”'
    ? st.closingMarks.has(t.start)
    : t.text === ')';
}

/** Positions only grow across one split, so the quote cursor only moves forward. */
function insideQuote(st: SentenceSplit, pos: number): boolean {
  const topQuotes = st.topQuotes;
  while (st.qi < topQuotes.length && (topQuotes[st.qi] as Quote).close < pos) st.qi++;
  const q = topQuotes[st.qi];
  return q !== undefined && q.open < pos && pos < q.close;
}

function closeSentence(st: SentenceSplit, last: number): void {
  if (last <= st.sentFirst) return;
  const first = st.tokens[st.sentFirst] as Token;
  const lastTok = st.tokens[last - 1] as Token;
  st.sentences.push({
    start: first.start,
    end: lastTok.end,
    first: st.sentFirst,
    last,
    paragraph: st.paragraph,
    boilerplate: false,
  });
  st.sentFirst = last;
}

/**
 * After the end mark at token i: where the sentence ends (the index of the last token kept in it), or -1
 * when it does not end there (an abbreviation, an initial, a lowercase word next, an open quote).
 */
function sentenceEndAfter(st: SentenceSplit, i: number): number {
  const { tokens, text } = st;
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  // Skip further closing punctuation (."), ...) to find the next real token.
  let j = i + 1;
  while (
    j < tokens.length &&
    (tokens[j] as Token).kind === 'punct' &&
    (SENTENCE_END.has((tokens[j] as Token).text) || isClosing(st, tokens[j] as Token))
  )
    j++;
  const next = tokens[j];
  const abbreviation =
    before !== undefined &&
    before.kind === 'word' &&
    !t.spaceBefore &&
    t.text === '.' &&
    st.abbreviations.has(before.key);
  const initialLetter =
    before !== undefined &&
    before.kind === 'word' &&
    before.text.length === 1 &&
    before.cap &&
    t.text === '.' &&
    next !== undefined &&
    next.cap &&
    !st.lex.functionWords.has(next.key);
  const startsNew =
    next === undefined ||
    next.cap ||
    next.kind === 'num' ||
    OPEN_QUOTES.has(next.text) ||
    hasNewline(text, t.end, next.start);
  if (abbreviation || initialLetter || !startsNew) return -1;
  st.markInitial = true;
  if (next === undefined || insideQuote(st, t.end)) return -1;
  // Closing punctuation right after the end mark stays with this sentence.
  let k = i + 1;
  while (k < j && !hasNewline(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start)) k++;
  for (let m = i + 1; m < k; m++) (tokens[m] as Token).sentence = st.sentences.length;
  closeSentence(st, k);
  return k - 1;
}

function splitSentences(st: SentenceSplit): void {
  const { tokens, text } = st;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const lineBreak = prev !== undefined && hasNewline(text, prev.end, t.start);
    if (prev && (lineBreak || st.glued.has(i))) {
      closeSentence(st, i);
      if (lineBreak) st.paragraph++;
      st.markInitial = true;
    }
    t.sentence = st.sentences.length;
    if (st.markInitial && t.kind !== 'punct') {
      t.initial = true;
      st.markInitial = false;
    }
    if (t.kind !== 'punct') continue;
    if (OPEN_QUOTES.has(t.text) && (t.spaceBefore || !prev || prev.kind === 'punct')) st.markInitial = true;
    if (t.text === ':' || t.text === '–' || t.text === '—') st.markInitial = true;
    if (SENTENCE_END.has(t.text)) {
      const last = sentenceEndAfter(st, i);
      if (last >= 0) i = last;
    }
  }
  closeSentence(st, tokens.length);
}

/** Sentences of page chrome: on a line that is chrome, or themselves chrome on a longer line. */
function markBoilerplate(text: string, sentences: Sentence[], lex: Lexicon): void {
  // Line-level boilerplate.
  let lineStart = 0;
  const chromeRanges: [number, number][] = [];
  /** Lines already checked whole: a sentence that is a whole line needs no second check. */
  const checkedLines = new Set<number>();
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (isBoilerplate(text.slice(lineStart, lineEnd), lex)) chromeRanges.push([lineStart, lineEnd]);
    else if (lineEnd - lineStart <= 300) checkedLines.add(lineStart);
    lineStart = lineEnd + 1;
  }
  if (chromeRanges.length > 0) {
    for (const s of sentences) {
      for (const [a, b] of chromeRanges) if (s.start >= a && s.end <= b) s.boilerplate = true;
    }
  }
  // Sentences that hold only a piece of page chrome but sit on a longer line (e.g. "Premi ESC per annullare." after a search hint).
  for (const s of sentences) {
    if (s.boilerplate || s.end - s.start >= 100) continue;
    const wholeLine = checkedLines.has(s.start) && (s.end === text.length || text[s.end] === '\n');
    if (!wholeLine && isBoilerplate(text.slice(s.start, s.end), lex)) s.boilerplate = true;
  }
}

function tokensInQuotes(tokens: Token[], quotes: Quote[]): Uint8Array {
  const tokenInQuote = new Uint8Array(tokens.length);
  for (const q of quotes) {
    if (q.depth > 0) continue;
    for (let k = tokenAtOrAfter(tokens, q.start); k < tokens.length && (tokens[k] as Token).start < q.end; k++)
      tokenInQuote[k] = 1;
  }
  return tokenInQuote;
}

function quotesBySentence(sentences: Sentence[], quotes: Quote[]): Quote[][] {
  const sentenceQuotes: Quote[][] = sentences.map(() => []);
  let si = 0;
  for (const q of quotes) {
    while (si < sentences.length && (sentences[si] as Sentence).end <= q.open) si++;
    if (
      si < sentences.length &&
      (sentences[si] as Sentence).start <= q.open &&
      q.close < (sentences[si] as Sentence).end + 1
    )
      (sentenceQuotes[si] as Quote[]).push(q);
  }
  return sentenceQuotes;
}

export function segment(text: string, lex: Lexicon = LEXICON): Segmentation {
  const { tokens, glued } = tokenize(text, lex);
  const quotes = findQuotes(text);
  const st = new SentenceSplit(text, tokens, glued, quotes, lex);
  splitSentences(st);
  const sentences = st.sentences;
  if (sentences.some((x) => x.end - x.start > MAX_SENTENCE_CHARS)) splitLongSentences(tokens, sentences);
  markBoilerplate(text, sentences, lex);
  const tokenInQuote = tokensInQuotes(tokens, quotes);
  const sentenceQuotes = quotesBySentence(sentences, quotes);
  return {
    text,
    tokens,
    sentences,
    quotes,
    tokenInQuote,
    sentenceQuotes,
    quoteCloses: new Set(quotes.map((q) => q.close)),
  };
}
