// Resolution inside one article: groups mentions into entities. Surnames
// join the full name (Putin → Vladimir Putin), initials join it (D. Peskov),
// transliterations join (Dmitrij/Dmitry), acronyms join their long form
// (WSJ ↔ Wall Street Journal, "… in Europa (OSCE)"), and role descriptions
// ("il portavoce del Cremlino", "il leader russo") join the person the article
// has named in that role.
import type { EntityType, RelationType } from '../../contract/graph.ts';
import { CLUB_TYPING_RULES, type EntityRuleId, type MentionRuleId } from '../../contract/rules.ts';
import { classOf, LEXICON, perModel, type GazetteerEntry, type Lexicon } from '../lang/lexicon.ts';
import { countryNames, type MentionCandidate } from './mentions.ts';
import type { RolePhrase } from './roles.ts';
import type { Segmentation, Token } from '../engine/segment.ts';
import { nameKey, normKey } from '../engine/text.ts';
import { acronymShape, sportsWords } from './typing.ts';
import { tier } from './typingPrecedence.ts';

/** Tiers of the typing precedence (TYPE_PRECEDENCE, contract/rules.ts) that the rules below compare a mention's strength with. */
const BARE_NAME = tier('bare-name');
const CONTEXT = tier('context');
/** Whitespace anywhere in a mention: a name of more than one word. */
const WHITESPACE = /\s/;

export interface LocalMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** A role description ("il leader russo"), not a name. */
  description: boolean;
  /** How the mention reads where it differs from the entity's type (a country acting). */
  reading?: { type: EntityType; rule: EntityRuleId };
}

export interface LocalEntity {
  index: number;
  type: EntityType;
  name: string;
  gazetteer: GazetteerEntry | null;
  mentions: LocalMention[];
  aliases: Set<string>;
  votes: Map<EntityType, number>;
  /** An unqualified institution ("la polizia"): kept to its article. */
  generic?: boolean;
  /** The rules that gave the type (the strongest mention's of that type, then a resolution rule), then those that drew a mention's bounds. */
  trace?: (EntityRuleId | MentionRuleId)[];
  /**
   * What settled the type, for the rules after the one that set it to read (the trace is for people); absent on an
   * entity no mention named.
   */
  typedBy?: TypeBasis;
}

/**
 * What settled an entity's type: the mentions' evidence; what the thing is (a make or a model after an indefinite
 * article, Other whatever its list says); a surname several persons of the article share (a person, however lone);
 * or nothing (a lone word no rule typed, left Other: another article may type it).
 */
export type TypeBasis = 'evidence' | 'kind' | 'namesakes' | 'nothing';

export interface DocEntities {
  entities: LocalEntity[];
  /** Mention candidate index → entity index. */
  ofMention: number[];
  /** Role phrase → entity index of the person it names or describes (null when unresolved). */
  ofRole: Map<RolePhrase, number | null>;
  /** Resolves any role phrase, nested ones included ("del presidente russo"). */
  describe: (r: RolePhrase) => number | null;
}

/** The coreference stage's words in a model (word-classes/coreference.txt), built once per model. */
export const corefWords = perModel((lex) => ({
  listSeparators: new Set([',', ...classOf(lex, 'coreference', 'list-separators')]),
  stopInitials: new Set(classOf(lex, 'coreference', 'stop-initials')),
  /** Connectors whose initial Italian acronyms keep: "Guardia di Finanza" → GdF, "Consiglio dei ministri" → CdM. */
  ofConnectors: new Set(classOf(lex, 'coreference', 'of-connectors')),
  /** The words that open a stage name or an alias ("in arte", "alias", "noto come"), each as its keys. */
  aliasMarkers: classOf(lex, 'coreference', 'alias-markers')
    .map((p) => p.split(' ').map(normKey))
    // Longest first: "also known as" before the "known as" it ends with.
    .sort((a, b) => b.length - a.length),
  /** The last word of each alias marker: most mentions have none of them before, and need no closer look. */
  aliasMarkerEnds: new Set(classOf(lex, 'coreference', 'alias-markers').map((p) => normKey(p.split(' ').pop() ?? ''))),
  /** Articles an alias may take after its marker ("nota come la Bionda"). */
  aliasArticles: new Set(classOf(lex, 'coreference', 'alias-articles').map(normKey)),
  /** Articles, bare or joined to a preposition, that a body's short name takes and a man's surname does not. */
  bodyArticles: new Set(classOf(lex, 'coreference', 'body-articles').map(normKey)),
  /** Words after a name that say which generation bears it ("senior", "jr"): another person than the name alone. */
  generationWords: new Set(classOf(lex, 'coreference', 'generation-words').map(normKey)),
  /** A saint's title abbreviated ("S." of "S. Eusebia"), as the word before its dot. */
  saintAbbreviations: new Set(classOf(lex, 'coreference', 'saint-abbreviations').map(normKey)),
  /** A saint's title spelled out ("San", "Sant'"): the abbreviated one stands for it. */
  saintTitles: new Set(classOf(lex, 'coreference', 'saint-titles').map(normKey)),
  /** Words offering a second alias after the first ("nota come la Bionda o Bionda Rossa"). */
  aliasAlternatives: new Set(classOf(lex, 'coreference', 'alias-alternatives').map(normKey)),
  /** Particles that belong to a surname: "Di Maio", "De Luca", "La Russa", "Van Basten". */
  surnameParticles: new Set(classOf(lex, 'coreference', 'surname-particles')),
  seatConnectors: new Set(classOf(lex, 'coreference', 'seat-connectors')),
  /** Nouns for a town's mayor: "il sindaco di X" names the town whose council "il Comune" is. */
  mayorNouns: new Set(classOf(lex, 'coreference', 'mayor-nouns').map(normKey)),
  /** A town's council written as a head alone ("il Comune"). */
  councilHeads: new Set(classOf(lex, 'coreference', 'council-heads').map(normKey)),
  /** Both initials of a name, computed once per name string: the acronym checks compare every one-word mention against every multiword organization. */
  initialsMemo: new Map<string, readonly [string, string]>(),
}));
export type CorefWords = ReturnType<typeof corefWords>;

/**
 * Lists are homogeneous: in "a Savona, Marsiglia e Barcellona" a name nothing
 * typed takes the type its neighbours in the list agree on.
 */
function propagateThroughLists(
  seg: Segmentation,
  mentions: MentionCandidate[],
  entities: LocalEntity[],
  ofMention: number[],
  w: CorefWords,
): void {
  const { tokens } = seg;
  const LIST_SEPARATORS = w.listSeparators;
  const typeAt = (k: number): EntityType | null => {
    const e = entities[ofMention[k] as number];
    return e && e.type !== 'Other' && e.type !== 'Event' ? e.type : null;
  };
  for (let k = 0; k < mentions.length; k++) {
    const e = entities[ofMention[k] as number] as LocalEntity;
    // A product is Other by what it is, not for want of evidence: its list does not retype it.
    if (e.type !== 'Other' || e.gazetteer || e.typedBy === 'kind') continue;
    const m = mentions[k] as MentionCandidate;
    const votes = new Map<EntityType, number>();
    const prev = mentions[k - 1];
    if (
      prev &&
      prev.sentence === m.sentence &&
      prev.last === m.first - 1 &&
      LIST_SEPARATORS.has((tokens[prev.last] as Token).key)
    ) {
      const t = typeAt(k - 1);
      if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
    const next = mentions[k + 1];
    if (
      next &&
      next.sentence === m.sentence &&
      next.first === m.last + 1 &&
      LIST_SEPARATORS.has((tokens[m.last] as Token).key)
    ) {
      const t = typeAt(k + 1);
      if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
    }
    if (votes.size === 1) {
      const [t] = [...votes.keys()] as [EntityType];
      e.type = t;
      e.votes = new Map([[t, 1.5]]);
      e.trace = ['type.list-shares-type'];
      e.typedBy = 'evidence';
    }
  }
}

/** Initials of a multiword name's content words: "Wall Street Journal" → WSJ, "Organizzazione per la sicurezza e la cooperazione in Europa" → OSCE. */
export function initialsOf(name: string, w: CorefWords): string {
  const STOP_INITIALS = w.stopInitials;
  return name
    .split(/[\s'’-]+/)
    .filter((w) => w && !STOP_INITIALS.has(w.toLowerCase()))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

/** Initials with the "di"-connectors kept: "Guardia di Finanza" → GDF. */
export function initialsWithConnectors(name: string, w: CorefWords): string {
  const { stopInitials: STOP_INITIALS, ofConnectors: OF_CONNECTORS } = w;
  return name
    .split(/[\s'’-]+/)
    .filter((w) => w && (!STOP_INITIALS.has(w.toLowerCase()) || OF_CONNECTORS.has(w.toLowerCase())))
    .map((w) => (w[0] ?? '').toUpperCase())
    .join('');
}

const INITIALS_MEMO_MAX = 20_000;
/** Lowercase words an organization's name may run on for beyond its mention ("… pescatori artigiani"). */
const MAX_LOWERCASE_TAIL = 6;

function initialsPair(name: string, w: CorefWords): readonly [string, string] {
  const INITIALS_MEMO = w.initialsMemo;
  let pair = INITIALS_MEMO.get(name);
  if (pair === undefined) {
    pair = [initialsOf(name, w), initialsWithConnectors(name, w)];
    if (INITIALS_MEMO.size >= INITIALS_MEMO_MAX) INITIALS_MEMO.clear();
    INITIALS_MEMO.set(name, pair);
  }
  return pair;
}

let lastShort = '';
let lastAcronym = '';

/** Whether a short form spells a long form's initials, whatever its case ("Bce", "BCE", "Gdf", "G.d.F."). */
export function spellsInitials(short: string, long: string, w: CorefWords): boolean {
  // The callers hold one short form against many long ones: its acronym is kept from the call before.
  if (short !== lastShort) {
    lastShort = short;
    lastAcronym = short.replace(/\./g, '').toUpperCase();
  }
  const acronym = lastAcronym;
  if (acronym.length < 2) return false;
  const [plain, withConnectors] = initialsPair(long, w);
  return plain === acronym || withConnectors === acronym;
}

function surnameOf(name: string, w: CorefWords): string {
  const SURNAME_PARTICLES = w.surnameParticles;
  const parts = name.split(/\s+/);
  const last = parts[parts.length - 1] ?? name;
  const before = parts[parts.length - 2];
  if (parts.length >= 3 && before !== undefined && SURNAME_PARTICLES.has(before.toLowerCase()))
    return `${before} ${last}`;
  return last;
}

/** A surname written alone with its particle: "Di Maio", "De Luca". */
function isParticleSurname(words: string[], w: CorefWords): boolean {
  return (
    words.length === 2 &&
    w.surnameParticles.has((words[0] as string).toLowerCase()) &&
    /^\p{Lu}/u.test(words[0] as string)
  );
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r] as number;
    while (this.parent[x] !== r) {
      const n = this.parent[x] as number;
      this.parent[x] = r;
      x = n;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Two or three words, each a capital then lowercase letters: the shape of a person's name ("Pak Tong-su"), no "Zefiro II". */
function personShaped(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 3 && words.every((word) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word));
}

function isInitialForm(text: string): boolean {
  return /^\p{Lu}\.\s*\p{Lu}/u.test(text);
}

export function countryOf(name: string, lex: Lexicon): string | null {
  return lex.gazetteer.get(normKey(name))?.country ?? null;
}

/** Whether two target names denote the same office holder's domain (Cremlino stands for Russia). */
export function sameDomain(a: string, b: string, lex: Lexicon): boolean {
  const ka = normKey(a);
  const kb = normKey(b);
  if (ka === kb) return true;
  const ga = lex.gazetteer.get(ka);
  const gb = lex.gazetteer.get(kb);
  const ca = normKey(ga?.country ?? ga?.canonical ?? a);
  const cb = normKey(gb?.country ?? gb?.canonical ?? b);
  return ca === cb;
}

/** Target of a role phrase: its qualifier entity's name or the country of its nationality adjective. */
export function roleTargetName(
  r: RolePhrase,
  mentions: MentionCandidate[],
  entities: LocalEntity[],
  ofMention: number[],
): string | null {
  if (r.qualifierMention !== null) {
    const e = entities[ofMention[r.qualifierMention] as number];
    return e ? e.name : (mentions[r.qualifierMention] as MentionCandidate).text;
  }
  return r.qualifierPlace;
}

/** A mention's identity in its article: its gazetteer entry, or its name with the seat or the generation it was named with. */
function mentionKey(
  m: MentionCandidate,
  i: number,
  seats: Map<number, MentionCandidate>,
  generations: Map<number, Generation>,
): string {
  const generation = generations.get(i);
  if (generation !== undefined) return `gen|${normKey(generation.name)}`;
  if (m.gazetteer) return `gz|${m.gazetteer.type}|${m.gazetteer.canonical}`;
  const seat = seats.get(i);
  return seat === undefined ? `s|${normKey(m.text)}` : `s|${normKey(m.text)}|${normKey(seat.text)}`;
}

/** A name with the generation word after it: the person's name, and where the mention with that word ends. */
interface Generation {
  name: string;
  end: number;
}

/**
 * "Ferrandi senior", "Bianchi jr.": a name a generation word follows is another person than the name alone, father
 * or son. Mention index → the name with that word, which names the person and is the mention.
 */
function generationsOf(seg: Segmentation, mentions: MentionCandidate[], w: CorefWords): Map<number, Generation> {
  const generations = new Map<number, Generation>();
  if (w.generationWords.size === 0) return generations;
  const { tokens } = seg;
  mentions.forEach((m, i) => {
    const word = tokens[m.last];
    if (word === undefined || word.sentence !== m.sentence || !w.generationWords.has(word.key)) return;
    if (m.type !== 'Person' && m.type !== 'Other') return;
    const dot = tokens[m.last + 1];
    const end = dot?.text === '.' && !dot.spaceBefore ? dot.end : word.end;
    generations.set(i, { name: seg.text.slice(m.start, end).replace(/\s+/g, ' '), end });
  });
  return generations;
}

/** Mentions of one key are one entity; a bare institution is the one seated in the article when only one seat is named. */
function joinSameNames(
  mentions: MentionCandidate[],
  seats: Map<number, MentionCandidate>,
  generations: Map<number, Generation>,
  uf: UnionFind,
): void {
  const firstByKey = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const k = mentionKey(mentions[i] as MentionCandidate, i, seats, generations);
    const f = firstByKey.get(k);
    if (f === undefined) firstByKey.set(k, i);
    else uf.union(f, i);
  }
  // "la Procura di Genova … la Procura".
  const seatedByHead = new Map<string, Set<string>>();
  for (const i of seats.keys()) {
    const m = mentions[i] as MentionCandidate;
    const head = normKey(m.text);
    seatedByHead.set(head, (seatedByHead.get(head) ?? new Set()).add(mentionKey(m, i, seats, generations)));
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionCandidate;
    if (m.gazetteer || seats.has(i)) continue;
    const seated = seatedByHead.get(normKey(m.text));
    if (seated?.size !== 1) continue;
    const [key] = seated;
    const f = key === undefined ? undefined : firstByKey.get(key);
    if (f !== undefined && (mentions[f] as MentionCandidate).type === m.type) uf.union(f, i);
  }
}

/** "la protezione civile" after "la Protezione Civile": in one article, a lowercase institution is the one written big. */
function joinLowercaseInstitutions(mentions: MentionCandidate[], uf: UnionFind): void {
  const capitalizedByKey = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionCandidate;
    if (m.text !== m.text.toLowerCase() && m.type === 'Organization') capitalizedByKey.set(normKey(m.text), i);
  }
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionCandidate;
    if (m.text !== m.text.toLowerCase() || m.type !== 'Organization') continue;
    const big = capitalizedByKey.get(normKey(m.text));
    if (big !== undefined) uf.union(big, i);
  }
}

/** Votes per group, to know which groups are persons: gazetteer mentions count tenfold. */
function groupVotes(mentions: MentionCandidate[], uf: UnionFind): Map<number, Map<EntityType, number>> {
  const votes = new Map<number, Map<EntityType, number>>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionCandidate;
    const r = uf.find(i);
    let v = votes.get(r);
    if (!v) votes.set(r, (v = new Map()));
    // Each mention votes with the weight of its typing rule's tier (a known name ten times over).
    v.set(m.type, (v.get(m.type) ?? 0) + m.strength * (m.gazetteer ? 10 : 1));
  }
  return votes;
}

/** The type with most votes, the first of a tie; a group without votes is a person. */
function topType(v: Map<EntityType, number> | undefined): EntityType {
  let best: EntityType = 'Person';
  let score = -1;
  if (v)
    for (const [t, s] of v)
      if (s > score) {
        best = t;
        score = s;
      }
  return best;
}

export function resolveDocument(
  seg: Segmentation,
  mentions: MentionCandidate[],
  roles: RolePhrase[],
  lex: Lexicon = LEXICON,
): DocEntities {
  const n = mentions.length;
  const uf = new UnionFind(n);
  const w = corefWords(lex);
  const { stopInitials: STOP_INITIALS } = w;
  const seats = seatsOf(seg, mentions, lex);
  const generations = generationsOf(seg, mentions, w);
  joinSameNames(mentions, seats, generations, uf);
  joinLowercaseInstitutions(mentions, uf);
  // Votes per group, to know which groups are persons.
  let votes = groupVotes(mentions, uf);
  // Groups a surname was joined to: persons, whatever the surname alone looked like.
  const forcePerson = new Set<number>();
  // "Rossi" in an article that names Anna Rossi and Piero Rossi: which of them it is stays open, but it is a person.
  const surnameOfSeveral = new Set<number>();
  // Full person names by transliteration key; surnames and initials join them.
  const fullByKey = new Map<string, number>();
  const fullBySurname = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    if (topType(votes.get(r)) !== 'Person') return;
    if (!WHITESPACE.test(m.text) || isInitialForm(m.text)) return;
    // A father and a son of one full name: both hold the surname, so that it alone joins neither.
    if (!generations.has(i)) {
      const k = nameKey(m.text);
      const f = fullByKey.get(k);
      if (f === undefined) fullByKey.set(k, i);
      else uf.union(f, i);
    }
    const sk = nameKey(surnameOf(m.text, w));
    let s = fullBySurname.get(sk);
    if (!s) fullBySurname.set(sk, (s = new Set()));
    s.add(uf.find(i));
  });
  // Gazetteer persons' surnames ("Zelensky" for "Volodymyr Zelensky").
  mentions.forEach((m, i) => {
    if (m.gazetteer?.type !== 'Person') return;
    const sk = nameKey(surnameOf(m.gazetteer.canonical, w));
    let s = fullBySurname.get(sk);
    if (!s) fullBySurname.set(sk, (s = new Set()));
    s.add(uf.find(i));
  });
  const groupSize = new Map<number, number>();
  mentions.forEach((_, i) => groupSize.set(uf.find(i), (groupSize.get(uf.find(i)) ?? 0) + 1));
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    const type = topType(votes.get(r));
    if (m.gazetteer && m.gazetteer.type !== 'Person') return;
    // A place only by hints (a town list, a preposition) may still be a surname: "Preston" after "Mark Preston".
    if (
      type !== 'Person' &&
      type !== 'Organization' &&
      !(type === 'Place' && (votes.get(r)?.get('Place') ?? 0) / (groupSize.get(r) ?? 1) < 3)
    )
      return;
    if (generations.has(i)) return;
    const words = m.text.split(/\s+/);
    let surname: string | null = null;
    let initial: string | null = null;
    if (words.length === 1 && !m.text.includes('.') && !(m.text.length <= 5 && m.text === m.text.toUpperCase()))
      surname = m.text;
    else if (isParticleSurname(words, w)) surname = m.text;
    else if (isInitialForm(m.text)) {
      initial = m.text[0] ?? null;
      surname = surnameOf(m.text, w);
    }
    if (!surname) return;
    const cands = [...(fullBySurname.get(nameKey(surname)) ?? [])].map((x) => uf.find(x));
    const unique = [...new Set(cands)].filter((c) => {
      if (!initial) return true;
      const full = mentions[c] as MentionCandidate;
      const fullName = full.gazetteer?.canonical ?? full.text;
      return nameKey(fullName[0] ?? '') === nameKey(initial);
    });
    if (unique.length === 1 && unique[0] !== r) {
      uf.union(unique[0] as number, i);
      forcePerson.add(unique[0] as number);
    } else if (unique.length > 1 && words.length === 1 && type !== 'Organization' && !unique.includes(r))
      surnameOfSeveral.add(i);
  });
  joinPlaceNamedSurnames(seg, mentions, uf, votes, lex, forcePerson, surnameOfSeveral);
  votes = groupVotes(mentions, uf);
  const longForms = new Map<number, string>();
  // Acronyms: "(OSCE)" after its long form, or initials of an organization named in the article.
  const { tokens } = seg;
  // "Organizzazione Mondiale della Sanità (Who)": one word in brackets right after an organization's name, no
  // place nor person the lexicon knows, is that organization's short form, though it spells the name in another
  // language or no acronym shows in its case.
  const bracketedShortForm = (i: number) => {
    const m = mentions[i] as MentionCandidate;
    if (
      m.last - m.first !== 1 ||
      tokens[m.first - 1]?.text !== '(' ||
      tokens[m.last]?.text !== ')' ||
      m.gazetteer !== null ||
      m.type === 'Place' ||
      lex.firstNames.has(normKey(m.text)) ||
      lex.cities.has(normKey(m.text))
    )
      return;
    // Mentions come in text order: the name before the bracket is the mention before.
    const named = mentions[i - 1];
    if (
      named !== undefined &&
      named.last === m.first - 1 &&
      named.last - named.first >= 2 &&
      topType(votes.get(uf.find(i - 1))) === 'Organization'
    )
      uf.union(i - 1, i);
  };
  mentions.forEach((m, i) => {
    const acronymLike = (tokens[m.first] as Token).upper || acronymShape(m.text, lex);
    if (m.last - m.first === 1 && !acronymLike) bracketedShortForm(i);
    if (!(m.last - m.first === 1 && acronymLike)) return;
    const before = tokens[m.first - 1];
    if (before?.text === '(') {
      // Long form: the nearest preceding span whose content-word initials spell the acronym.
      const acronym = m.text.replace(/\./g, '');
      const endTok = tokens[m.first - 2];
      let spelled = false;
      if (endTok) {
        for (let s = m.first - 2; s >= Math.max(0, m.first - 16); s--) {
          const st = tokens[s] as Token;
          if (!st.cap || st.sentence !== m.sentence) continue;
          const longText = seg.text.slice(st.start, endTok.end);
          if (spellsInitials(acronym, longText, w)) {
            const inside = mentions.findIndex((o) => o.start === st.start && o.end === endTok.end);
            const overlapping = mentions.findIndex((o) => o.start <= st.start && o.end >= endTok.end);
            if (inside >= 0) uf.union(inside, i);
            else if (overlapping < 0) {
              // The long form was not a mention (lowercase words inside): record it as an alias, and
              // the mention that opens it ("Istituto superiore" of "Istituto superiore di sanità") is the same body.
              longForms.set(i, longText);
              const opening = mentions.findIndex((o) => o.start === st.start && o.end < endTok.end);
              if (opening >= 0 && topType(votes.get(uf.find(opening))) === 'Organization') uf.union(opening, i);
            }
            spelled = true;
            break;
          }
        }
      }
      if (!spelled) bracketedShortForm(i);
    }
    // The one organization of the article it spells: of two, the acronym says not which.
    const spelling = new Set<number>();
    for (let j = 0; j < n; j++) {
      const o = mentions[j] as MentionCandidate;
      if (o.last - o.first < 2 || topType(votes.get(uf.find(j))) !== 'Organization') continue;
      if (
        spellsInitials(m.text, o.gazetteer?.canonical ?? o.text, w) ||
        (o.gazetteer !== null && spellsInitials(m.text, o.text, w))
      )
        spelling.add(uf.find(j));
    }
    const [spelled] = spelling;
    if (spelling.size === 1 && spelled !== undefined) uf.union(spelled, i);
  });
  // A lone word spelling the initials of the one organization of the article named in several words
  // ("l'Anpa" beside "l'Associazione Nazionale Pescatori Amatoriali"), or its first word ("Veltrix" beside
  // "Veltrix Communications"): a short form of that organization.
  const forceOrganization = new Set<number>();
  const multiwordOrgs = new Set<number>();
  mentions.forEach((m, i) => {
    if (m.last - m.first >= 2 && m.text !== m.text.toLowerCase() && topType(votes.get(uf.find(i))) === 'Organization')
      multiwordOrgs.add(i);
  });
  // "l'Unione nazionale pescatori artigiani": an organization's name may go on in lowercase words the mention left
  // out; each such longer reading is a long form a short one may spell. Read once, for the organizations only.
  // By the initials each reading spells (content words, then with "di" kept), so that a short form looks its up.
  const spelledOut = new Map<string, { j: number; text: string }[]>();
  mentions.forEach((o, j) => {
    if (o.gazetteer || !(tokens[o.first] as Token).cap) return;
    if (topType(votes.get(uf.find(j))) !== 'Organization') return;
    for (const text of lowercaseTails(seg, o))
      for (const initials of new Set(initialsPair(text, w))) {
        let readings = spelledOut.get(initials);
        if (!readings) spelledOut.set(initials, (readings = []));
        readings.push({ j, text });
      }
  });
  mentions.forEach((m, i) => {
    if (m.last - m.first !== 1 || m.gazetteer || lex.firstNames.has(normKey(m.text))) return;
    const t = tokens[m.first] as Token;
    if (!t.cap || t.text.length < 3) return;
    const roots = new Set<number>();
    for (const j of multiwordOrgs) {
      const o = mentions[j] as MentionCandidate;
      const firstWord = (tokens[o.first] as Token).key;
      // A word the text makes a place ("il sindaco di Brenvik") is the town an organization is named after, not it.
      const firstWordOf = firstWord === t.key && !lex.heads.has(t.key) && m.type !== 'Place';
      if (spellsInitials(m.text, o.text, w) || firstWordOf) roots.add(uf.find(j));
    }
    let longText: string | null = null;
    for (const { j, text } of spelledOut.get(m.text.replace(/\./g, '').toUpperCase()) ?? []) {
      roots.add(uf.find(j));
      longText ??= text;
    }
    const [root] = roots;
    if (roots.size !== 1 || root === undefined || root === uf.find(i)) return;
    uf.union(root, i);
    forceOrganization.add(i);
    if (longText !== null) longForms.set(i, longText);
  });
  // "la Ferrantini" beside "l'Università Ferrantini", "la Popolare di Valsusa" beside "la Banca Popolare di Valsusa": what
  // follows an organization's head noun, written without it, is that organization: no place, person nor surname of
  // the article's people, and no known person's surname ("Fondazione Ferrandi" leaves "Ferrandi" alone).
  const byNameAfterHead = new Map<string, Set<number>>();
  for (const j of multiwordOrgs) {
    const o = mentions[j] as MentionCandidate;
    const next = tokens[o.first + 1] as Token;
    const head = (tokens[o.first] as Token).key;
    // "Marina Rossi": a head noun that is also a given name may open a person's name.
    if (lex.heads.get(head) !== 'Organization' || lex.firstNames.has(head) || !next.cap) continue;
    const name = normKey(seg.text.slice(next.start, o.end));
    byNameAfterHead.set(name, (byNameAfterHead.get(name) ?? new Set()).add(uf.find(j)));
  }
  if (byNameAfterHead.size > 0)
    mentions.forEach((m, i) => {
      const roots = byNameAfterHead.get(normKey(m.text));
      const [root] = roots ?? [];
      if (roots?.size !== 1 || root === undefined || root === uf.find(i)) return;
      // Typed a person by what it does ("X ha detto"): the person a foundation or a firm is named after.
      if (m.gazetteer || m.type === 'Place' || (m.type === 'Person' && m.strength >= CONTEXT)) return;
      // A body takes an article ("la Ferrantini", "della Popolare"), a man named after it does not ("Ferrantini disse").
      const before = tokens[m.first - 1];
      if (before === undefined || !w.bodyArticles.has(before.key)) return;
      const key = normKey(m.text);
      if (lex.firstNames.has(key) || lex.cities.has(key) || lex.knownSurnames.has(key)) return;
      if (fullBySurname.has(nameKey(m.text))) return;
      uf.union(root, i);
      forceOrganization.add(i);
    });
  joinClubTowns(seg, mentions, uf, forceOrganization, lex);
  // "Carinzia" beside "Carinzia del Nord": a lone word nothing typed that opens the one place of the article named in
  // several words, with a connector after its first, is a short form of that place.
  const multiwordPlaces = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    const connector = tokens[m.first + 1];
    if (m.last - m.first < 3 || connector === undefined || connector.cap || !STOP_INITIALS.has(connector.key)) return;
    if (topType(votes.get(uf.find(i))) !== 'Place') return;
    const firstWord = (tokens[m.first] as Token).key;
    multiwordPlaces.set(firstWord, (multiwordPlaces.get(firstWord) ?? new Set()).add(uf.find(i)));
  });
  mentions.forEach((m, i) => {
    if (m.last - m.first !== 1 || m.gazetteer || forceOrganization.has(i)) return;
    if (m.strength > BARE_NAME && !(m.type === 'Place' && m.strength <= CONTEXT)) return;
    const t = tokens[m.first] as Token;
    if (!t.cap || t.upper || lex.firstNames.has(t.key) || lex.heads.has(t.key)) return;
    const roots = multiwordPlaces.get(t.key);
    const [root] = roots ?? [];
    if (roots?.size !== 1 || root === undefined || root === uf.find(i)) return;
    uf.union(root, i);
  });
  // "l'Istituto nazionale" beside "l'Istituto nazionale di cartografia": the opening words of the one organization
  // of the article named at more length are that organization.
  mentions.forEach((m, i) => {
    if (!multiwordOrgs.has(i)) return;
    const opening = `${normKey(m.text)} `;
    const roots = new Set<number>();
    for (const j of multiwordOrgs) {
      const o = mentions[j] as MentionCandidate;
      if (o.last - o.first > m.last - m.first && normKey(o.text).startsWith(opening)) roots.add(uf.find(j));
    }
    const [root] = roots;
    if (roots.size !== 1 || root === undefined || root === uf.find(i)) return;
    uf.union(root, i);
  });
  // A first name alone ("Chiara ha aggiunto") is the one person of the article named in full with it.
  const fullByFirstName = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    if (!WHITESPACE.test(m.text)) return;
    const words = m.text.split(/\s+/);
    if (topType(votes.get(uf.find(i))) !== 'Person' || !lex.firstNames.has(normKey(words[0] as string))) return;
    const k = normKey(words[0] as string);
    let set = fullByFirstName.get(k);
    if (!set) fullByFirstName.set(k, (set = new Set()));
    set.add(uf.find(i));
  });
  mentions.forEach((m, i) => {
    if (m.gazetteer?.type === 'Person' || /\s/.test(m.text) || !lex.firstNames.has(normKey(m.text))) return;
    const roots = [...new Set([...(fullByFirstName.get(normKey(m.text)) ?? [])].map((x) => uf.find(x)))];
    if (roots.length !== 1 || roots[0] === uf.find(i)) return;
    // "Leonardo" beside "Leonardo da Vinci": the given name, not the company or the town the gazetteer knows by it.
    m.gazetteer = null;
    uf.union(roots[0] as number, i);
    forcePerson.add(roots[0] as number);
  });
  // "Zhao" beside "Zhao Leqing", "Abdou" beside "Abdou Ndiaye": a lone word no first name the lexicon knows, that
  // opens the one person's full name of the article and ends none, is that person: a surname written first, as East
  // Asian names are, or a given name the lexicon lacks.
  const fullByOpening = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    const opening = tokens[m.first] as Token;
    if (m.last - m.first < 2 || !opening.cap || !personShaped(m.text)) return;
    if (topType(votes.get(uf.find(i))) !== 'Person') return;
    fullByOpening.set(opening.key, (fullByOpening.get(opening.key) ?? new Set()).add(i));
  });
  const openedNames = new Set<number>();
  mentions.forEach((m, i) => {
    const t = tokens[m.first] as Token;
    if (m.last - m.first !== 1 || m.gazetteer || !t.cap || t.upper || lex.firstNames.has(t.key)) return;
    const full = fullByOpening.get(t.key);
    if (full === undefined || fullBySurname.has(nameKey(m.text))) return;
    const type = topType(votes.get(uf.find(i)));
    if (type !== 'Person' && type !== 'Other') return;
    const roots = new Set([...full].map((x) => uf.find(x)));
    const [root] = roots;
    if (roots.size !== 1 || root === undefined || root === uf.find(i)) return;
    uf.union(root, i);
    forcePerson.add(root);
    openedNames.add(i);
  });
  // "Federico Lucia, in arte Fedez", "Anna Rossi alias Lady Blu", "Ada Neri, nota anche come la Bionda o Biondina":
  // a stage name or an alias, and each alternative offered with it, is the same person.
  mentions.forEach((m, i) => {
    const j = aliasedPerson(tokens, mentions, m, w);
    if (j < 0 || topType(votes.get(uf.find(j))) !== 'Person') return;
    uf.union(j, i);
    forcePerson.add(j);
    for (let a = i; a + 1 < n; a++) {
      const alias = mentions[a] as MentionCandidate;
      const next = mentions[a + 1] as MentionCandidate;
      const between = tokens[alias.last] as Token;
      if (next.first !== alias.last + 1 || next.sentence !== m.sentence || !w.aliasAlternatives.has(between.key)) break;
      uf.union(j, a + 1);
    }
  });
  const saintNamed = joinAbbreviatedSaints(seg, mentions, uf, votes, w);
  votes = groupVotes(mentions, uf);
  const forcedRoots = new Set([...forcePerson].map((x) => uf.find(x)));
  const organizationRoots = new Set([...forceOrganization].map((x) => uf.find(x)));
  const saintRoots = new Map([...saintNamed].map(([i, type]) => [uf.find(i), type]));
  const openedRoots = new Set([...openedNames].map((x) => uf.find(x)));
  const severalRoots = new Set([...surnameOfSeveral].map((x) => uf.find(x)));
  // Build entities.
  const rootIndex = new Map<number, number>();
  const entities: LocalEntity[] = [];
  const ofMention: number[] = new Array(n).fill(-1);
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    let e = rootIndex.get(r);
    if (e === undefined) {
      e = entities.length;
      rootIndex.set(r, e);
      // A group a surname joined is a person: its votes say so, so that the batch keeps the type.
      const groupVotesOf = votes.get(r) ?? new Map<EntityType, number>();
      // A group a short form of an organization joined is that organization, however its lone words voted.
      // A group an abbreviated saint's name joined has the type of the name spelled out ("S. Eusebia": no initial).
      const forced =
        forcedRoots.has(r) || severalRoots.has(r)
          ? 'Person'
          : organizationRoots.has(r)
            ? 'Organization'
            : (saintRoots.get(r) ?? null);
      const entityVotes =
        forced !== null
          ? new Map<EntityType, number>([[forced, [...groupVotesOf.values()].reduce((a, b) => a + b, 0)]])
          : groupVotesOf;
      entities.push({
        index: e,
        type: forced ?? topType(groupVotesOf),
        name: m.text,
        gazetteer: null,
        mentions: [],
        aliases: new Set(),
        votes: entityVotes,
        // Set below, for every entity: here so that all entities have one shape from the start.
        generic: undefined,
        trace:
          forced === 'Person'
            ? [
                openedRoots.has(r)
                  ? 'type.opening-word-of-full-name'
                  : forcedRoots.has(r)
                    ? 'type.surname-of-full-name'
                    : 'type.surname-of-several-persons',
              ]
            : forced === 'Organization' && organizationRoots.has(r)
              ? ['type.short-form-of-organization']
              : forced !== null
                ? ['type.abbreviated-saint']
                : [],
        typedBy: forced === 'Person' && !openedRoots.has(r) && !forcedRoots.has(r) ? 'namesakes' : 'evidence',
      });
    }
    const ent = entities[e] as LocalEntity;
    if (m.gazetteer && !ent.gazetteer) ent.gazetteer = m.gazetteer;
    const generation = generations.get(i);
    ent.mentions.push({
      start: m.start,
      end: generation?.end ?? m.end,
      text: generation === undefined ? m.text : seg.text.slice(m.start, generation.end),
      sentence: m.sentence,
      description: false,
      // Present on every mention, undefined when it reads as its entity: one shape for all of them.
      reading: m.reading ?? undefined,
    });
    ofMention[i] = e;
  });
  const longFormOf = new Map<LocalEntity, string>();
  for (const [i, longText] of longForms) {
    const e = entities[ofMention[i] as number];
    if (e) longFormOf.set(e, longText.replace(/\s+/g, ' '));
  }
  mentions.forEach((m, i) => {
    const e = entities[ofMention[i] as number] as LocalEntity;
    e.generic = (e.generic ?? true) && m.generic;
  });
  const generationName = new Map<LocalEntity, string>();
  for (const [i, { name }] of generations) {
    const e = entities[ofMention[i] as number] as LocalEntity;
    if (!generationName.has(e)) generationName.set(e, name);
  }
  // An institution named with its seat is that one body ("Tribunale di Milano"): named so, it is no article's own.
  const seatedName = new Map<LocalEntity, string>();
  for (const [i, seat] of seats) {
    const e = entities[ofMention[i] as number] as LocalEntity;
    if (!seatedName.has(e)) seatedName.set(e, seg.text.slice((mentions[i] as MentionCandidate).start, seat.end));
    e.generic = false;
  }
  const mayorsTown = councilTown(seg, mentions, w);
  if (mayorsTown !== null)
    mentions.forEach((m, i) => {
      const e = entities[ofMention[i] as number] as LocalEntity;
      if (
        e.type !== 'Organization' ||
        seatedName.has(e) ||
        e.mentions.some((x) => !w.councilHeads.has(normKey(x.text)))
      )
        return;
      seatedName.set(e, `${m.text} ${mayorsTown.connector} ${mayorsTown.town}`);
      e.generic = false;
      e.trace = [...(e.trace ?? []), 'type.council-of-mayors-town'];
    });
  // "isola di Capraia", "lago di Garda", "monti del Matese": the name a lowercase place noun introduces is a place's name.
  const placeNames = new Set<string>();
  for (const m of mentions) {
    const head = tokens[m.first] as Token;
    const name = tokens[m.last - 1] as Token;
    if (m.headType !== 'Place' || head.cap || m.last - m.first < 3 || !name.cap) continue;
    if (!STOP_INITIALS.has((tokens[m.first + 1] as Token).key)) continue;
    placeNames.add(normKey(seg.text.slice((tokens[m.first + 2] as Token).start, m.end)));
  }
  for (const e of entities) {
    // A lone capitalized word typed Person by default, never joined to a full name nor titled: news introduce people by full name, so nothing says what it is.
    // A generation word says a person ("Rossi senior"), and so does a surname two persons of the article share.
    const lone =
      e.type === 'Person' &&
      !e.gazetteer &&
      !generationName.has(e) &&
      e.typedBy !== 'namesakes' &&
      e.mentions.every((m) => !/\s/.test(m.text));
    const total = [...e.votes.values()].reduce((a, b) => a + b, 0);
    if (lone && total / e.mentions.length <= 1 && e.mentions.every((m) => placeNames.has(normKey(m.text)))) {
      e.type = 'Place';
      e.votes = new Map([[e.type, total]]);
      e.trace = ['type.named-after-place-noun'];
    } else if (lone && total / e.mentions.length <= 1) {
      e.type = 'Other';
      e.votes = new Map([[e.type, total]]);
      e.trace = ['type.lone-unknown-word'];
      e.typedBy = 'nothing';
    }
  }
  for (const e of entities) {
    e.name = seatedName.get(e)?.replace(/\s+/g, ' ') ?? generationName.get(e) ?? pickName(e);
    if (generationName.has(e)) e.trace = [...(e.trace ?? []), 'type.generation-word'];
    // The spelled-out form of an acronym names the body when a mention only opened it ("Istituto superiore").
    const longForm = longFormOf.get(e);
    if (longForm !== undefined && e.mentions.some((m) => longForm.startsWith(`${m.text} `))) e.name = longForm;
    else if (longForm !== undefined) e.aliases.add(longForm);
    if (e.gazetteer && e.gazetteer.type !== e.type && (e.votes.get(e.gazetteer.type) ?? 0) >= 30)
      e.type = e.gazetteer.type;
    for (const m of e.mentions) if (m.text !== e.name) e.aliases.add(m.text);
  }
  // The trace of a type the mentions gave: the rule of the strongest mention of that type.
  const strongestOf = new Map<LocalEntity, MentionCandidate>();
  mentions.forEach((m, i) => {
    const e = entities[ofMention[i] as number] as LocalEntity;
    const best = strongestOf.get(e);
    if (m.type === e.type && (best === undefined || m.strength > best.strength)) strongestOf.set(e, m);
  });
  for (const [e, m] of strongestOf) {
    e.trace = [m.rule, ...(e.trace ?? []).filter((rule) => rule !== m.rule)];
    // A mention that read the lone word as Other typed it; one that read a product says what the thing is.
    if (m.typedByKind) e.typedBy = 'kind';
    else if (e.typedBy === 'nothing') e.typedBy = 'evidence';
  }
  propagateThroughLists(seg, mentions, entities, ofMention, w);
  const { ofRole, describe } = resolveDescriptions(seg, mentions, roles, entities, ofMention, lex);
  traceBounds(mentions, entities, ofMention);
  return { entities, ofMention, ofRole, describe };
}

/**
 * A mention whose span a boundary rule drew (a company form kept, a parent body cut off) names that rule in its entity's
 * trace, after the rules that typed it, so a reader can ask why the name ends where it does.
 */
function traceBounds(mentions: MentionCandidate[], entities: LocalEntity[], ofMention: number[]): void {
  mentions.forEach((m, i) => {
    if (m.bound === null) return;
    const e = entities[ofMention[i] as number] as LocalEntity;
    if (e.trace === undefined) e.trace = [m.bound];
    else if (!e.trace.includes(m.bound)) e.trace.push(m.bound);
  });
}

/**
 * "Verona" beside "Anna Verona": a town the lexicon knows, alone, that ends the one full name of the article a known
 * first name opens, with no lowercase word inside ("Andrea di Verona" leaves the town alone), is that person's surname;
 * ending several such names, it is a person of that surname. A country stays a country. The town's entry is dropped, so
 * that the person does not merge with the town across articles.
 */
function joinPlaceNamedSurnames(
  seg: Segmentation,
  mentions: MentionCandidate[],
  uf: UnionFind,
  votes: Map<number, Map<EntityType, number>>,
  lex: Lexicon,
  forcePerson: Set<number>,
  surnameOfSeveral: Set<number>,
): void {
  const { tokens } = seg;
  let fullBySurname: Map<string, Set<number>> | null = null;
  mentions.forEach((m, i) => {
    if (m.gazetteer?.type !== 'Place' || m.last - m.first !== 1 || countryNames(lex).has(m.gazetteer.canonical)) return;
    if (fullBySurname === null) {
      fullBySurname = new Map();
      mentions.forEach((full, j) => {
        if (full.last - full.first < 2 || topType(votes.get(uf.find(j))) !== 'Person') return;
        if (!lex.firstNames.has((tokens[full.first] as Token).key)) return;
        for (let k = full.first; k < full.last; k++) if (!(tokens[k] as Token).cap) return;
        const surname = (tokens[full.last - 1] as Token).key;
        fullBySurname?.set(surname, (fullBySurname.get(surname) ?? new Set()).add(uf.find(j)));
      });
    }
    const roots = fullBySurname.get((tokens[m.first] as Token).key);
    const [root] = roots ?? [];
    if (roots === undefined || root === undefined || roots.has(uf.find(i))) return;
    m.gazetteer = null;
    if (roots.size > 1) surnameOfSeveral.add(i);
    else {
      uf.union(root, i);
      forcePerson.add(root);
    }
  });
}

/**
 * Institutions written apart from their seat ("Tribunale" + "Milano", "Procura" + "Genova": KIND and the heads lexicon
 * cut the name there): mention index → the place mention right after "di". The seat tells two courts apart.
 */
function seatsOf(seg: Segmentation, mentions: MentionCandidate[], lex: Lexicon): Map<number, MentionCandidate> {
  const SEAT_CONNECTORS = corefWords(lex).seatConnectors;
  const seats = new Map<number, MentionCandidate>();
  const { tokens } = seg;
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (next === undefined || m.gazetteer || m.type !== 'Organization' || next.first !== m.last + 1) return;
    const connector = tokens[m.last] as Token;
    if (!SEAT_CONNECTORS.has(connector.key) || connector.sentence !== m.sentence) return;
    const key = normKey(m.text);
    const head = (tokens[m.first] as Token).key;
    if (!lex.institutions.has(key) && !(m.headType === 'Organization' && lex.heads.get(head) === 'Organization'))
      return;
    if (next.type !== 'Place' && next.gazetteer?.type !== 'Place') return;
    seats.set(i, next);
  });
  return seats;
}

/**
 * "Il sindaco di Castelvetro … il Comune ha deciso": the one town whose mayor the article names, as the seat of a council
 * written big with no seat of its own; null when the article names no mayor's town or the mayors of several towns.
 */
function councilTown(
  seg: Segmentation,
  mentions: MentionCandidate[],
  w: CorefWords,
): { town: string; connector: string } | null {
  const { tokens } = seg;
  let found: { town: string; connector: string } | null = null;
  for (const m of mentions) {
    if (m.type !== 'Place' && m.gazetteer?.type !== 'Place') continue;
    const connector = tokens[m.first - 1];
    const noun = tokens[m.first - 2];
    if (connector === undefined || noun === undefined || noun.cap || noun.sentence !== m.sentence) continue;
    if (!w.seatConnectors.has(connector.key) || !w.mayorNouns.has(noun.key)) continue;
    const town = m.text.replace(/\s+/g, ' ');
    if (found !== null && normKey(found.town) !== normKey(town)) return null;
    found = { town, connector: connector.text };
  }
  return found;
}

const CLUB_RULES: ReadonlySet<string> = new Set(CLUB_TYPING_RULES);

/**
 * "Cremona" beside "la Pro Cremona", in an article about a sport: a town written alone, with no preposition nor
 * article before it, that ends the name of the one club of the article is that club, as sports news shorten a club's
 * name to its town ("la federazione ha scelto Cremona"). "a Cremona", "di Cremona" stay the town. The town's entry is
 * dropped, so that the club does not merge with the town across articles.
 */
function joinClubTowns(
  seg: Segmentation,
  mentions: MentionCandidate[],
  uf: UnionFind,
  forceOrganization: Set<number>,
  lex: Lexicon,
): void {
  const { tokens } = seg;
  const clubsByTown = new Map<string, Set<number>>();
  mentions.forEach((m, j) => {
    if (m.last - m.first < 2 || !CLUB_RULES.has(m.rule)) return;
    const town = (tokens[m.last - 1] as Token).key;
    if (!lex.cities.has(town)) return;
    clubsByTown.set(town, (clubsByTown.get(town) ?? new Set()).add(uf.find(j)));
  });
  // A text about a competition ("partita", "campionato"): there a club may be named by its town.
  const { sports } = sportsWords(lex);
  if (clubsByTown.size === 0 || !tokens.some((t) => !t.cap && sports.has(t.key))) return;
  mentions.forEach((m, i) => {
    if (m.last - m.first !== 1 || m.type !== 'Place') return;
    const t = tokens[m.first] as Token;
    const roots = clubsByTown.get(t.key);
    const [root] = roots ?? [];
    if (roots?.size !== 1 || root === undefined || root === uf.find(i) || t.upper) return;
    const before = tokens[m.first - 1];
    if (before !== undefined && before.sentence === m.sentence && !before.cap && lex.functionWords.has(before.key))
      return;
    m.gazetteer = null;
    uf.union(root, i);
    forceOrganization.add(i);
  });
}

/** The longer readings of a mention through the lowercase words after it, up to a punctuation mark or a capital. */
function lowercaseTails(seg: Segmentation, m: MentionCandidate): string[] {
  const { tokens } = seg;
  const texts: string[] = [];
  for (let k = m.last; k < m.last + MAX_LOWERCASE_TAIL; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || t.cap || t.sentence !== m.sentence) break;
    texts.push(seg.text.slice(m.start, t.end));
  }
  return texts;
}

/**
 * "S. Eusebia" beside "Sant'Eusebia", "S. Callimaco" beside "San Callimaco" or "convento di San Callimaco": an abbreviated
 * saint's title before a name the article also writes after the title spelled out is that one place or body, not a
 * person's initial. Joins each such mention to the one spelled-out group and returns, by mention index, the type that
 * group has.
 */
function joinAbbreviatedSaints(
  seg: Segmentation,
  mentions: MentionCandidate[],
  uf: UnionFind,
  votes: Map<number, Map<EntityType, number>>,
  w: CorefWords,
): Map<number, EntityType> {
  const named = new Map<number, EntityType>();
  if (w.saintAbbreviations.size === 0) return named;
  const { tokens } = seg;
  const spelledByName = new Map<string, Set<number>>();
  mentions.forEach((m, j) => {
    // The saint's name opens the mention ("Sant'Eusebia") or ends a place named after it ("convento di Sant'Eusebia").
    let title = m.first;
    if (!w.saintTitles.has((tokens[title] as Token).key))
      for (let k = m.first + 2; k < m.last - 1; k++)
        if (w.saintTitles.has((tokens[k] as Token).key) && w.ofConnectors.has((tokens[k - 1] as Token).key)) {
          title = k;
          break;
        }
    if (m.last - title < 2 || !w.saintTitles.has((tokens[title] as Token).key)) return;
    const name = normKey(seg.text.slice((tokens[title + 1] as Token).start, m.end));
    spelledByName.set(name, (spelledByName.get(name) ?? new Set()).add(j));
  });
  if (spelledByName.size === 0) return named;
  mentions.forEach((m, i) => {
    if (m.last - m.first < 3 || !w.saintAbbreviations.has((tokens[m.first] as Token).key)) return;
    if ((tokens[m.first + 1] as Token).text !== '.') return;
    const spelled = spelledByName.get(normKey(seg.text.slice((tokens[m.first + 2] as Token).start, m.end)));
    const roots = new Set([...(spelled ?? [])].map((j) => uf.find(j)));
    const [root] = roots;
    if (roots.size !== 1 || root === undefined || root === uf.find(i)) return;
    const type = topType(votes.get(root));
    if (type === 'Person') return;
    uf.union(root, i);
    named.set(i, type);
  });
  return named;
}

/** The mention an alias marker before `m` gives `m` as a second name to ("X, in arte m"; "X, noto come il m"), or -1. */
function aliasedPerson(tokens: Token[], mentions: MentionCandidate[], m: MentionCandidate, w: CorefWords): number {
  const before = tokens[m.first - 1];
  const beforeArticle = tokens[m.first - 2];
  if (
    (before === undefined || !w.aliasMarkerEnds.has(before.key)) &&
    (beforeArticle === undefined || !w.aliasMarkerEnds.has(beforeArticle.key))
  )
    return -1;
  let end = m.first;
  const article = tokens[end - 1];
  if (article !== undefined && w.aliasArticles.has(article.key)) end--;
  let marker = w.aliasMarkers.find((words) => words.every((x, n) => tokens[end - words.length + n]?.key === x));
  if (marker === undefined && end !== m.first) {
    end = m.first;
    marker = w.aliasMarkers.find((words) => words.every((x, n) => tokens[end - words.length + n]?.key === x));
  }
  if (marker === undefined) return -1;
  let k = end - 1 - marker.length;
  if (tokens[k]?.text === ',') k--;
  return mentions.findIndex((o) => o.last === k + 1 && o.sentence === m.sentence);
}

function pickName(e: LocalEntity): string {
  if (e.gazetteer) return e.gazetteer.canonical;
  const counts = new Map<string, number>();
  for (const m of e.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = e.mentions[0]?.text ?? '';
  let bestScore = -1;
  for (const [text, c] of counts) {
    const words = text.split(/\s+/).length;
    const initials = isInitialForm(text) ? 0 : 1;
    const acronym = /^[\p{Lu}\d.]+$/u.test(text) && e.type === 'Organization' ? 0 : 1;
    const score = initials * 1000 + acronym * 500 + words * 10 + c;
    if (score > bestScore) [best, bestScore] = [text, score];
  }
  return best;
}

/**
 * Joins descriptions ("il portavoce del Cremlino") to the person that holds
 * the described role in this article: named in an apposition with the same
 * role, or known from the office-holder lexicon. The nearest preceding such
 * person wins; with none named, the description stays unresolved.
 */
function resolveDescriptions(
  seg: Segmentation,
  mentions: MentionCandidate[],
  roles: RolePhrase[],
  entities: LocalEntity[],
  ofMention: number[],
  lex: Lexicon,
): { ofRole: Map<RolePhrase, number | null>; describe: (r: RolePhrase) => number | null } {
  const ofRole = new Map<RolePhrase, number | null>();
  interface Holder {
    entity: number;
    relType: RelationType | null;
    target: string | null;
    titleKey: string;
  }
  const holders: Holder[] = [];
  for (const r of roles) {
    if (r.person === null) continue;
    const entity = ofMention[r.person] as number;
    ofRole.set(r, entity);
    holders.push({
      entity,
      relType: r.relType,
      target: roleTargetName(r, mentions, entities, ofMention),
      titleKey: r.titleKey,
    });
  }
  for (const e of entities) {
    if (e.type !== 'Person' || !e.gazetteer) continue;
    for (const o of e.gazetteer.offices)
      holders.push({ entity: e.index, relType: o.type, target: o.target, titleKey: '' });
  }
  // Loops, not Math.min(...)/Math.max(...): an entity named 125,000 times would overflow the stack.
  const firstMentionAt = (e: number): number => {
    let first = Infinity;
    for (const m of (entities[e] as LocalEntity).mentions) if (!m.description && m.start < first) first = m.start;
    return first;
  };
  const lastMentionBefore = (e: number, at: number): number | null => {
    let last: number | null = null;
    for (const m of (entities[e] as LocalEntity).mentions)
      if (!m.description && m.start < at && (last === null || m.start > last)) last = m.start;
    return last;
  };
  const resolveOne = (r: RolePhrase): number | null => {
    if (ofRole.has(r)) return ofRole.get(r) ?? null;
    const target = r.qualifierRole ? null : roleTargetName(r, mentions, entities, ofMention);
    const matches = new Set<number>();
    for (const h of holders) {
      if ((entities[h.entity] as LocalEntity).type !== 'Person') continue;
      if (target !== null) {
        if (h.relType === null || h.target === null) continue;
        if (!sameRole(h.relType, r.relType)) continue;
        if (!sameDomain(h.target, target, lex)) continue;
        matches.add(h.entity);
      } else if (h.titleKey && h.titleKey === r.titleKey && r.qualifierRole === null && r.relType !== null) {
        matches.add(h.entity);
      }
    }
    if (matches.size === 0) return null;
    // Nearest person named before the description; otherwise the first named after it.
    let best: number | null = null;
    let bestPos = -Infinity;
    for (const e of matches) {
      const pos = lastMentionBefore(e, r.start) ?? -1e12 + firstMentionAt(e) * -1;
      if (pos > bestPos) [best, bestPos] = [e, pos];
    }
    return best;
  };
  for (const r of roles) {
    if (r.person !== null) continue;
    // A bare title ("il presidente") is too vague; owners ("il miliardario") are named by what they own elsewhere.
    if (r.qualifierMention === null && r.qualifierPlace === null && r.qualifierRole === null && r.relType !== 'OWNS')
      continue;
    const e = resolveOne(r);
    ofRole.set(r, e);
    if (e === null) continue;
    const ent = entities[e] as LocalEntity;
    const text = seg.text.slice(r.start, r.end);
    ent.mentions.push({
      start: r.start,
      end: r.end,
      text,
      sentence: r.sentence,
      description: true,
      reading: undefined,
    });
    ent.aliases.add(text);
    const bare = descriptionWithoutArticle(seg, r);
    if (bare) ent.aliases.add(bare);
  }
  return { ofRole, describe: resolveOne };
}

function sameRole(a: RelationType, b: RelationType | null): boolean {
  return a === b;
}

/** "del leader russo" → "il leader russo"/"leader russo" forms for aliases. */
function descriptionWithoutArticle(seg: Segmentation, r: RolePhrase): string | null {
  const first = seg.tokens[r.first] as Token;
  const titleStart = seg.text.indexOf(r.title, first.start);
  if (titleStart <= first.start) return null;
  return seg.text.slice(titleStart, r.end);
}
