// Role phrases: a title with its qualifier ("il portavoce del Cremlino",
// "il ministro degli Esteri russo", "l'ex presidente del Brasile") and the
// person it is attached to, by apposition before the name ("… Dmitry Peskov")
// or after it ("Vladimir Putin, il presidente della Russia"). A role phrase
// with no name attached is a description, resolved later to a person the
// article has named.
import type { RelationType } from '../../contract/graph.ts';
import { classOf, LEXICON, perModel, type Lexicon } from '../lang/lexicon.ts';
import type { MentionCandidate } from './mentions.ts';
import { isWord, mentionWords } from './mentions.ts';
import type { Segmentation, Token } from '../engine/segment.ts';
import { keySet } from '../engine/text.ts';

export interface RolePhrase {
  /** Offsets of the description, determiner included ("il portavoce del Cremlino"). */
  start: number;
  end: number;
  first: number;
  last: number;
  sentence: number;
  /** The title as written, portfolio included ("ministro degli Esteri"). */
  title: string;
  /** Normalized title key of the head ("portavoce", "ministro"). */
  titleKey: string;
  relType: RelationType | null;
  /** Country named by a nationality adjective ("russo" → Russia). */
  qualifierPlace: string | null;
  /** Mention index of the qualifying entity ("del Cremlino", "dietro SpaceX"). */
  qualifierMention: number | null;
  /** A nested role that qualifies this one ("l'assistente del presidente russo"). */
  qualifierRole: RolePhrase | null;
  /** Mention index of the named person it is attached to, if any. */
  person: number | null;
  /** The person is named before the title (", il presidente della Russia"). */
  personBefore: boolean;
}

/** The roles stage's words in a model (word-classes/roles.txt, and the first words of its titles), built once per model. */
const roleWords = perModel((lex) => {
  const titleFirstWords = new Set<string>();
  for (const k of lex.titles.keys()) titleFirstWords.add((k.split(/[\s']/)[0] ?? k).replace(/\.$/, ''));
  return {
    determiners: new Set(classOf(lex, 'roles', 'determiners')),
    articles: new Set(classOf(lex, 'roles', 'articles')),
    preModifiers: new Set(classOf(lex, 'roles', 'pre-modifiers')),
    copula: keySet(classOf(lex, 'roles', 'copula')),
    ownerPreps: new Set(classOf(lex, 'roles', 'owner-preps')),
    /** "dietro": "la mente dietro il ministero" names who stands behind, not a qualifier. */
    behind: new Set(classOf(lex, 'roles', 'behind')),
    titleFirstWords,
    /** The mentions stage's connectors ("di", "del"): a qualifier follows them. */
    connectors: mentionWords(lex).connectors,
  };
});

export interface RoleContext {
  seg: Segmentation;
  mentions: MentionCandidate[];
  /** Token index → index of the mention starting there. */
  mentionAt: Map<number, number>;
  /** Token index → index of the mention ending just before it. */
  mentionEndingAt: Map<number, number>;
  lex: Lexicon;
  /** The words of the document's model. */
  words: ReturnType<typeof roleWords>;
}

export function mentionStartIndex(mentions: MentionCandidate[]): Map<number, number> {
  const map = new Map<number, number>();
  mentions.forEach((m, k) => map.set(m.first, k));
  return map;
}

function matchTitle(ctx: RoleContext, i: number): { key: string; last: number; relType: RelationType | null } | null {
  const { tokens, text } = ctx.seg;
  const first = tokens[i];
  if (!isWord(first)) return null;
  for (let n = Math.min(ctx.lex.titleMaxTokens + 1, tokens.length - i); n >= 1; n--) {
    const lastTok = tokens[i + n - 1] as Token;
    if (lastTok.kind === 'punct' && lastTok.text !== '.') continue;
    const key = text
      .slice(first.start, lastTok.end)
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/' /g, "'")
      .replace(/\s+/g, ' ');
    if (ctx.lex.titles.has(key)) return { key, last: i + n, relType: ctx.lex.titles.get(key) ?? null };
  }
  return null;
}

function isPersonish(m: MentionCandidate | undefined): boolean {
  return m !== undefined && m.type === 'Person' && (m.gazetteer === null || m.gazetteer.type === 'Person');
}

/**
 * Parses a role phrase whose title starts at token i. With attachPerson, a
 * name right after the qualifier (or after a comma) becomes the person.
 */
function parseAt(ctx: RoleContext, i: number, attachPerson: boolean, depth: number): RolePhrase | null {
  const { tokens } = ctx.seg;
  const {
    determiners: DETERMINERS,
    articles: ARTICLES,
    preModifiers: PRE_MODIFIERS,
    copula: COPULA,
    ownerPreps: OWNER_PREPS,
    behind: BEHIND,
    connectors: CONNECTORS,
  } = ctx.words;
  const title = matchTitle(ctx, i);
  if (!title) return null;
  const titleTok = tokens[i] as Token;
  // Walk back over modifiers to the determiner.
  let first = i;
  while (first > 0) {
    const p = tokens[first - 1] as Token;
    if (p.sentence !== titleTok.sentence) break;
    if (PRE_MODIFIERS.has(p.key)) {
      first--;
      continue;
    }
    if (ARTICLES.has(p.key)) first--;
    break;
  }
  const phrase: RolePhrase = {
    start: (tokens[first] as Token).start,
    end: (tokens[title.last - 1] as Token).end,
    first,
    last: title.last,
    sentence: titleTok.sentence,
    title: ctx.seg.text.slice(titleTok.start, (tokens[title.last - 1] as Token).end),
    titleKey: title.key,
    relType: title.relType,
    qualifierPlace: null,
    qualifierMention: null,
    qualifierRole: null,
    person: null,
    personBefore: false,
  };
  let pos = title.last;
  let steps = 0;
  while (pos < tokens.length && steps < 6) {
    steps++;
    const t = tokens[pos] as Token;
    if (t.sentence !== phrase.sentence) break;
    const demonym = ctx.lex.demonyms.get(t.key);
    if (!t.cap && demonym) {
      phrase.qualifierPlace ??= demonym;
      pos++;
      phrase.last = pos;
      continue;
    }
    if (!t.cap && ctx.lex.titleModifiers.has(t.key)) {
      pos++;
      phrase.last = pos;
      continue;
    }
    if (CONNECTORS.has(t.key) || BEHIND.has(t.key)) {
      const n = tokens[pos + 1];
      if (isWord(n) && ctx.lex.portfolios.has(n.key) && phrase.qualifierMention === null) {
        // "ministro degli Esteri": part of the title; a mention there is the portfolio, not an entity.
        let end = pos + 2;
        while (
          isWord(tokens[end]) &&
          (tokens[end] as Token).cap &&
          ctx.lex.portfolios.has(`${n.key} ${(tokens[end] as Token).key}`)
        )
          end++;
        phrase.title = ctx.seg.text.slice(titleTok.start, (tokens[end - 1] as Token).end);
        pos = end;
        phrase.last = pos;
        continue;
      }
      const m = ctx.mentionAt.get(pos + 1);
      if (
        m !== undefined &&
        phrase.qualifierMention === null &&
        phrase.qualifierRole === null &&
        OWNER_PREPS.has(t.key)
      ) {
        phrase.qualifierMention = m;
        pos = (ctx.mentions[m] as MentionCandidate).last;
        phrase.last = pos;
        continue;
      }
      if (
        depth === 0 &&
        phrase.qualifierMention === null &&
        phrase.qualifierRole === null &&
        n !== undefined &&
        CONNECTORS.has(t.key)
      ) {
        // "dello staff di Putin", "del presidente russo": a nested title or a lowercase noun before "di X".
        let k = pos + 1;
        while (
          k < tokens.length &&
          (DETERMINERS.has((tokens[k] as Token).key) || PRE_MODIFIERS.has((tokens[k] as Token).key))
        )
          k++;
        const inner = parseAt(ctx, k, false, depth + 1);
        if (inner) {
          phrase.qualifierRole = inner;
          pos = inner.last;
          phrase.last = pos;
          continue;
        }
      }
      break;
    }
    break;
  }
  phrase.end = (tokens[phrase.last - 1] as Token).end;
  if (attachPerson) {
    // "il portavoce del comitato, Andrea Ferri": a common-noun qualifier is part of the phrase
    // when the name in apposition follows it.
    const qualified =
      phrase.qualifierMention === null && phrase.qualifierRole === null ? commonQualifierEnd(ctx, phrase.last) : null;
    if (qualified !== null && (tokens[qualified] as Token | undefined)?.text === ',') {
      const m = ctx.mentionAt.get(qualified + 1);
      if (
        m !== undefined &&
        isPersonish(ctx.mentions[m]) &&
        (ctx.mentions[m] as MentionCandidate).sentence === phrase.sentence
      ) {
        phrase.last = qualified;
        phrase.end = (tokens[qualified - 1] as Token).end;
      }
    }
    let p = phrase.last;
    if ((tokens[p] as Token | undefined)?.text === ',') p++;
    const m = ctx.mentionAt.get(p);
    if (
      m !== undefined &&
      isPersonish(ctx.mentions[m]) &&
      (ctx.mentions[m] as MentionCandidate).sentence === phrase.sentence
    ) {
      phrase.person = m;
    } else {
      // Name before: "Vladimir Putin, il presidente della Russia" / "Kiriyenko, che rimane un alto funzionario".
      let b = phrase.first - 1;
      let guard = 0;
      while (b >= 0 && guard < 4 && COPULA.has((tokens[b] as Token).key)) {
        b--;
        guard++;
      }
      if (b >= 0 && (tokens[b] as Token).text === ',') {
        const prevTok = tokens[b - 1];
        if (prevTok) {
          const k = ctx.mentionEndingAt.get(b) ?? -1;
          if (
            k >= 0 &&
            isPersonish(ctx.mentions[k]) &&
            (ctx.mentions[k] as MentionCandidate).sentence === phrase.sentence
          ) {
            phrase.person = k;
            phrase.personBefore = true;
          }
        }
      }
    }
  }
  return phrase;
}

/**
 * The end of a common-noun qualifier starting at token `pos` ("del comitato", "della società
 * sportiva"): "di" with its article, one lower-case noun and at most one adjective. Null when
 * there is none.
 */
function commonQualifierEnd(ctx: RoleContext, pos: number): number | null {
  const { tokens } = ctx.seg;
  const { ownerPreps: OWNER_PREPS, behind: BEHIND, articles: ARTICLES } = ctx.words;
  const of = tokens[pos];
  if (of === undefined || !OWNER_PREPS.has(of.key) || BEHIND.has(of.key)) return null;
  let k = pos + 1;
  if (ARTICLES.has((tokens[k] as Token | undefined)?.key ?? '')) k++;
  const common = (t: Token | undefined): t is Token =>
    t !== undefined && t.kind === 'word' && !t.cap && !ctx.lex.functionWords.has(t.key) && !ctx.mentionAt.has(k);
  if (!common(tokens[k])) return null;
  k++;
  if (common(tokens[k])) k++;
  return k;
}

/** All role phrases of the article, left to right. */
export function findRolePhrases(seg: Segmentation, mentions: MentionCandidate[], lex: Lexicon = LEXICON): RolePhrase[] {
  const mentionEndingAt = new Map<number, number>();
  mentions.forEach((m, k) => mentionEndingAt.set(m.last, k));
  const ctx: RoleContext = {
    seg,
    mentions,
    mentionAt: mentionStartIndex(mentions),
    mentionEndingAt,
    lex,
    words: roleWords(lex),
  };
  const covered = new Set<number>();
  for (const m of mentions) for (let k = m.first; k < m.last; k++) covered.add(k);
  const out: RolePhrase[] = [];
  let i = 0;
  while (i < seg.tokens.length) {
    const t = seg.tokens[i] as Token;
    if (t.kind === 'word' && !covered.has(i) && startsTitle(ctx.words.titleFirstWords, t.key)) {
      const sentence = seg.sentences[t.sentence];
      if (sentence && !sentence.boilerplate) {
        const phrase = parseAt(ctx, i, true, 0);
        if (phrase) {
          out.push(phrase);
          i = Math.max(i + 1, phrase.last);
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

function startsTitle(titleFirstWords: ReadonlySet<string>, key: string): boolean {
  return titleFirstWords.has(key.endsWith("'") ? key.slice(0, -1) : key);
}
