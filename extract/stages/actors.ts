// Actors: the noun phrases that can say something or do something to someone
// — a named entity, a role phrase (with or without its name), a publication
// of an outlet ("il rapporto del WSJ"), an unnamed source ("una fonte
// governativa"). Statements and relations pick subjects and objects among them.
import { classOf, LEXICON, perModel, type Lexicon } from '../lang/lexicon.ts';
import type { MentionCandidate } from './mentions.ts';
import type { DocEntities } from './coreference.ts';
import type { RolePhrase } from './roles.ts';
import type { Segmentation, Token } from '../engine/segment.ts';
import { keySet } from '../engine/text.ts';

export interface Actor {
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  /** Local entity index, or null for an unnamed or unresolved source. */
  entity: number | null;
  /** The phrase as written ("il portavoce del Cremlino Dmitry Peskov", "una fonte governativa"). */
  text: string;
  kind: 'name' | 'role' | 'source' | 'unnamed';
  /** Token index of the name inside the phrase (for relations). */
  head: number;
}

export interface ActorIndex {
  byFirst: Map<number, Actor>;
  byLast: Map<number, Actor>;
  bySentence: Actor[][];
}

export function indexActors(actors: Actor[], sentences: number): ActorIndex {
  const byFirst = new Map<number, Actor>();
  const byLast = new Map<number, Actor>();
  const bySentence: Actor[][] = Array.from({ length: sentences }, () => []);
  for (const a of actors) {
    if (!byFirst.has(a.first)) byFirst.set(a.first, a);
    byLast.set(a.last, a);
    bySentence[a.sentence]?.push(a);
  }
  return { byFirst, byLast, bySentence };
}

/** The actors stage's words in a model (word-classes/actors.txt), built once per model. */
export const actorWords = perModel((lex) => ({
  prepositions: new Set(classOf(lex, 'actors', 'prepositions')),
  indefinite: new Set(classOf(lex, 'actors', 'indefinite')),
  /** Articles that open a new noun phrase and connectives that close a clause's subject. */
  newPhrase: keySet(classOf(lex, 'actors', 'new-phrase')),
  unnamedModifiers: new Set(classOf(lex, 'actors', 'unnamed-modifiers')),
  ofOrNear: classOf(lex, 'actors', 'of-or-near'),
  /** "di", "del", "della", "dell'": "la fonte del ministero". */
  sourceOf: keySet(classOf(lex, 'actors', 'source-of')),
  /** Source nouns that stand for the last outlet named ("il rapporto dice…"). */
  publicationNouns: keySet(classOf(lex, 'actors', 'publication-nouns')),
  /** Verbs and "che" that end an unnamed source's phrase ("fonti vicine al governo hanno detto"). */
  sourceEnders: keySet(classOf(lex, 'actors', 'source-enders')),
  /** "è", as written (not the conjunction "e"). */
  isText: new Set(classOf(lex, 'actors', 'is-text')),
}));

export function buildActors(
  seg: Segmentation,
  mentions: MentionCandidate[],
  roles: RolePhrase[],
  ents: DocEntities,
  lex: Lexicon = LEXICON,
): Actor[] {
  const { tokens, text } = seg;
  const {
    prepositions: PREPOSITIONS,
    indefinite: INDEFINITE,
    newPhrase: NEW_PHRASE,
    unnamedModifiers: UNNAMED_MODIFIERS,
    ofOrNear: OF_OR_NEAR,
    sourceOf: SOURCE_OF,
    publicationNouns: PUBLICATION_NOUNS,
    sourceEnders: SOURCE_ENDERS,
    isText: IS_TEXT,
  } = actorWords(lex);
  const actors: Actor[] = [];
  const covered = new Set<number>();
  const add = (first: number, last: number, entity: number | null, kind: Actor['kind'], head: number) => {
    const a = tokens[first] as Token;
    const b = tokens[last - 1] as Token;
    actors.push({
      first,
      last,
      start: a.start,
      end: b.end,
      sentence: a.sentence,
      entity,
      text: text.slice(a.start, b.end),
      kind,
      head,
    });
    for (let k = first; k < last; k++) covered.add(k);
  };
  for (const r of roles) {
    const entity = ents.ofRole.get(r) ?? null;
    if (r.person !== null && !r.personBefore) {
      const p = mentions[r.person] as MentionCandidate;
      add(r.first, p.last, entity, 'role', p.first);
    } else if (r.person === null) {
      add(r.first, r.last, entity, 'role', r.first);
    }
  }
  let lastSource: number | null = null;
  mentions.forEach((m, i) => {
    if (covered.has(m.first)) return;
    const entity = ents.ofMention[i] ?? null;
    const prep = tokens[m.first - 1];
    const noun = tokens[m.first - 2];
    if (prep && noun && SOURCE_OF.has(prep.key) && lex.sourceNouns.has(noun.key)) {
      let first = m.first - 2;
      const det = tokens[first - 1];
      if (det && INDEFINITE.has(det.key)) first--;
      add(first, m.last, entity, 'source', m.first);
      lastSource = entity;
      return;
    }
    add(m.first, m.last, entity, 'name', m.first);
  });
  const mentionAt = new Map(mentions.map((m) => [m.first, m]));
  // Unnamed sources and bare publications ("Il rapporto dice…" refers to the last outlet named).
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const isUnnamed = lex.unnamedSources.has(t.key);
    const isSource = lex.sourceNouns.has(t.key) && PUBLICATION_NOUNS.has(t.key);
    if (!isUnnamed && !isSource) continue;
    let first = i;
    while (
      first > 0 &&
      (UNNAMED_MODIFIERS.has((tokens[first - 1] as Token).key) || INDEFINITE.has((tokens[first - 1] as Token).key)) &&
      !covered.has(first - 1) &&
      i - first < 3
    )
      first--;
    let last = i + 1;
    // Adjectives and "di/del X" complements: "fonte governativa", "funzionario della difesa degli Stati Uniti".
    let steps = 0;
    while (last < tokens.length && steps < 8) {
      const n = tokens[last] as Token;
      if (n.sentence !== t.sentence || n.kind !== 'word') break;
      if (
        lex.speechCues.has(n.key) ||
        // A new noun phrase ("gli esperti il virus …") or a sentence connective ends the source.
        (NEW_PHRASE.has(n.key) && !PREPOSITIONS.has((tokens[last - 1] as Token).key)) ||
        SOURCE_ENDERS.has(n.key) ||
        IS_TEXT.has(n.text)
      )
        break;
      if (PREPOSITIONS.has(n.key) && !OF_OR_NEAR.includes(n.key)) break;
      last++;
      steps++;
      if (n.cap) {
        const m = mentionAt.get(last - 1);
        if (m) last = m.last;
      }
    }
    if (isSource) {
      add(first, last, lastSource, 'source', i);
    } else add(first, last, null, 'unnamed', i);
    i = last - 1;
  }
  actors.sort((a, b) => a.first - b.first);
  return actors;
}
