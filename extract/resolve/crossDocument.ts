// Resolution across the batch: one entity per real entity. Entities of
// different articles merge on the same gazetteer entry, the same name or
// transliteration key, a surname (last, or first in East Asian order) that
// names exactly one full name in the batch, or an acronym and the one long form of the batch that it spells; a
// bare first name joins, in its own article only, the one person there whose
// full name the batch knows; then each lands on a known entity of the store
// when its name or an alias matches.
import type { ExtractedEntity, KnownEntity, Mention } from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';
import { entityId } from './ids.ts';
import { classOf, perModel, type Lexicon } from '../lang/lexicon.ts';
import { corefWords, initialsOf, type LocalEntity } from '../stages/coreference.ts';
import { nameKey, normKey } from '../engine/text.ts';

export interface BatchInput {
  documentId: string;
  entities: LocalEntity[];
  /** The language model the article was read with: its words decide how its entities merge. */
  lex: Lexicon;
}

export interface BatchResult {
  entities: ExtractedEntity[];
  /** idOf[doc][localIndex] = global entity id. */
  idOf: string[][];
}

function isWeak(e: LocalEntity): boolean {
  if (e.gazetteer) return false;
  let total = 0;
  for (const v of e.votes.values()) total += v;
  return total / Math.max(1, e.mentions.filter((m) => !m.description).length) < 2;
}

/** An entity its article left Other because nothing typed it (type.lone-unknown-word). */
function untyped(e: LocalEntity): boolean {
  return e.type === 'Other' && e.typedBy === 'nothing';
}

function compatible(a: EntityType, b: EntityType, weakA: boolean, weakB: boolean): boolean {
  return a === b || weakA || weakB;
}

/**
 * A name that is no name of one entity across articles: a bare institution noun ("Procura", "Comune",
 * "governo": each article's own) or a bare first name ("Chiara": many people). It stays in its article.
 */
function articleBound(e: LocalEntity, lex: Lexicon): boolean {
  if (e.generic) return true;
  if (e.gazetteer || /\s/.test(e.name)) return false;
  const key = normKey(e.name);
  if (e.type === 'Organization' || e.type === 'Place')
    return lex.institutions.has(key) || (lex.heads.has(key) && lex.heads.get(key) !== 'Event');
  return e.type === 'Person' && lex.firstNames.has(key);
}

/** Long forms an organization was written with in its article ("Istituto Superiore di Sanità" beside "Iss"). */
function expansions(e: LocalEntity): Set<string> {
  const out = new Set<string>();
  if (e.type !== 'Organization' || e.gazetteer) return out;
  for (const n of [e.name, ...e.aliases]) if (/\s/.test(n)) out.add(normKey(n));
  return out;
}

/** Two organizations each spelled out in their article, differently: one acronym, two bodies. */
function differentBodies(a: LocalEntity, b: LocalEntity): boolean {
  const ea = expansions(a);
  const eb = expansions(b);
  if (ea.size === 0 || eb.size === 0) return false;
  for (const x of ea) if (eb.has(x)) return false;
  return true;
}

const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;

/** Surnames written before the given name (East Asian names: "Zhao" of "Zhao Leqing"), from the coreference words. */
const surnamesFirst = perModel(
  (lex) => new Set(classOf(lex, 'coreference', 'surnames-written-first').map((word) => nameKey(word))),
);

/**
 * One batch's merge, shared by its phases: entities by flat index (doc and local index beside them) and
 * the union-find over them. One object of one shape, so that each phase compiles on its own, small, and
 * none recompiles as closures over the batch come and go.
 */
class MergeState {
  readonly inputs: BatchInput[];
  readonly docOf: number[] = [];
  readonly localOf: number[] = [];
  readonly ents: LocalEntity[] = [];
  readonly parent: number[] = [];
  readonly byKey = new Map<string, number[]>();
  /** Surnames that joined a full name whose first word is a known first name. */
  readonly joinedToFullName = new Set<number>();
  readonly idOf: string[][];
  readonly byId = new Map<string, ExtractedEntity>();

  constructor(inputs: BatchInput[]) {
    this.inputs = inputs;
    this.idOf = [];
    for (let doc = 0; doc < inputs.length; doc++) {
      const entities = (inputs[doc] as BatchInput).entities;
      this.idOf.push(new Array<string>(entities.length).fill(''));
      for (let local = 0; local < entities.length; local++) {
        this.parent.push(this.ents.length);
        this.docOf.push(doc);
        this.localOf.push(local);
        this.ents.push(entities[local] as LocalEntity);
      }
    }
  }
}

/** The language model of the article entity `i` comes from. */
function lexOf(s: MergeState, i: number): Lexicon {
  return (s.inputs[s.docOf[i] as number] as BatchInput).lex;
}

function find(s: MergeState, x: number): number {
  const parent = s.parent;
  while (parent[x] !== x) {
    parent[x] = parent[parent[x] as number] as number;
    x = parent[x] as number;
  }
  return x;
}

function union(s: MergeState, a: number, b: number): void {
  const ra = find(s, a);
  const rb = find(s, b);
  if (ra !== rb) s.parent[Math.max(ra, rb)] = Math.min(ra, rb);
}

function addKey(s: MergeState, k: string, i: number): void {
  let l = s.byKey.get(k);
  if (!l) s.byKey.set(k, (l = []));
  l.push(i);
}

/** The keys an entity merges on: its gazetteer entry, its name, its person name key, its acronyms. */
function collectKeys(s: MergeState): void {
  for (let i = 0; i < s.ents.length; i++) {
    const e = s.ents[i] as LocalEntity;
    if (articleBound(e, lexOf(s, i))) {
      addKey(s, `g|${s.docOf[i] as number}|${normKey(e.name)}`, i);
      continue;
    }
    if (e.gazetteer) addKey(s, `gz|${e.gazetteer.type}|${e.gazetteer.canonical}`, i);
    addKey(s, `n|${normKey(e.name)}`, i);
    if (e.type === 'Person' && e.name.includes(' ')) addKey(s, `p|${nameKey(e.name)}`, i);
    if (e.type === 'Organization') {
      if (ACRONYM.test(e.name)) addKey(s, `a|${e.name}`, i);
      else if (e.name.includes(' ')) addKey(s, `a|${initialsOf(e.name, corefWords(lexOf(s, i)))}`, i);
      for (const a of e.aliases) if (ACRONYM.test(a)) addKey(s, `a|${a}`, i);
    }
  }
}

/**
 * The members an acronym key may join: its short forms, and the long forms that spell it when they are one name.
 * Two long forms of the same initials and no acronym written ("Fondazione Marelli", "Federazione Motonautica") are two
 * bodies; one acronym beside two long forms it may stand for is left to neither.
 */
function acronymMembers(s: MergeState, key: string, list: number[]): number[] {
  const acronym = key.slice(2);
  const shorts: number[] = [];
  const longs: number[] = [];
  const longNames = new Set<string>();
  for (const i of list) {
    const e = s.ents[i] as LocalEntity;
    if (e.name === acronym || e.aliases.has(acronym)) shorts.push(i);
    else {
      longs.push(i);
      longNames.add(normKey(e.name));
    }
  }
  if (shorts.length === 0) return [];
  return longNames.size > 1 ? shorts : list;
}

/** Same gazetteer entry, same name (type-compatible), same person name key, an acronym and its one long form. */
function unionByKeys(s: MergeState): void {
  for (const [key, all] of s.byKey) {
    const list = key.startsWith('a|') ? acronymMembers(s, key, all) : all;
    if (list.length < 2) continue;
    const first = list[0] as number;
    const a = s.ents[first] as LocalEntity;
    for (let j = 1; j < list.length; j++) {
      const i = list[j] as number;
      const b = s.ents[i] as LocalEntity;
      if (compatible(a.type, b.type, isWeak(a), isWeak(b)) && !differentBodies(a, b)) union(s, first, i);
    }
  }
}

/** Surname-only persons join the single full name in the batch with that surname. */
function joinSurnames(s: MergeState): void {
  const fullBySurname = new Map<string, Set<number>>();
  for (let i = 0; i < s.ents.length; i++) {
    const e = s.ents[i] as LocalEntity;
    if (e.type !== 'Person' || !e.name.includes(' ')) continue;
    const words = e.name.split(/\s+/);
    const opening = nameKey(words[0] as string);
    const surnames = [nameKey(words[words.length - 1] as string)];
    if (surnamesFirst(lexOf(s, i)).has(opening)) surnames.push(opening);
    for (const surname of surnames) {
      let set = fullBySurname.get(surname);
      if (!set) fullBySurname.set(surname, (set = new Set()));
      set.add(find(s, i));
    }
  }
  for (let i = 0; i < s.ents.length; i++) {
    const e = s.ents[i] as LocalEntity;
    if (articleBound(e, lexOf(s, i)) || e.name.includes(' ') || (e.type !== 'Person' && !isWeak(e))) continue;
    const set = fullBySurname.get(nameKey(e.name));
    if (!set) continue;
    let root = -1;
    let single = true;
    for (const x of set) {
      const r = find(s, x);
      if (root === -1) root = r;
      else if (r !== root) single = false;
    }
    if (!single) continue;
    union(s, root, i);
    const given = normKey((s.ents[root] as LocalEntity).name.split(/\s+/)[0] ?? '');
    if (lexOf(s, root).firstNames.has(given)) s.joinedToFullName.add(i);
  }
}

/**
 * A bare first name stays in its article, and there it is the one person of that article whose full name, read
 * anywhere in the batch, opens with it: "Marco" beside "Ferrandi" when another article wrote "Marco Ferrandi".
 */
function joinFirstNamesInArticle(s: MergeState): void {
  const givenByRoot = new Map<number, Set<string>>();
  for (let i = 0; i < s.ents.length; i++) {
    const e = s.ents[i] as LocalEntity;
    if (e.type !== 'Person' || !e.name.includes(' ')) continue;
    const root = find(s, i);
    let given = givenByRoot.get(root);
    if (!given) givenByRoot.set(root, (given = new Set()));
    given.add(normKey(e.name.split(/\s+/)[0] as string));
  }
  for (let start = 0; start < s.ents.length;) {
    let end = start;
    while (end < s.ents.length && s.docOf[end] === s.docOf[start]) end++;
    const personsByGiven = new Map<string, Set<number>>();
    for (let i = start; i < end; i++) {
      const root = find(s, i);
      for (const given of givenByRoot.get(root) ?? []) {
        let roots = personsByGiven.get(given);
        if (!roots) personsByGiven.set(given, (roots = new Set()));
        roots.add(root);
      }
    }
    for (let i = start; i < end; i++) {
      const e = s.ents[i] as LocalEntity;
      if (e.type !== 'Person' || e.gazetteer || /\s/.test(e.name)) continue;
      const key = normKey(e.name);
      if (!lexOf(s, i).firstNames.has(key)) continue;
      const roots = personsByGiven.get(key);
      const [root] = roots ?? [];
      if (roots?.size !== 1 || root === undefined || root === find(s, i)) continue;
      union(s, root, i);
      e.trace = [...(e.trace ?? []), 'type.first-name-of-person-in-article'];
    }
    start = end;
  }
}

function groupsOf(s: MergeState): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < s.ents.length; i++) {
    const r = find(s, i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  }
  return groups;
}

function documentOf(s: MergeState, i: number): string {
  return (s.inputs[s.docOf[i] as number] as BatchInput).documentId;
}

/** The type a group's votes give, its gazetteer entry's when that has at least half the winner's votes. */
function groupType(
  s: MergeState,
  members: number[],
  locals: LocalEntity[],
  gazetteer: LocalEntity['gazetteer'],
): EntityType {
  const votes = new Map<EntityType, number>();
  for (let k = 0; k < locals.length; k++) {
    const l = locals[k] as LocalEntity;
    // A surname its article left Other for want of evidence is the person named in full elsewhere in the batch.
    if (untyped(l) && s.joinedToFullName.has(members[k] as number)) continue;
    for (const [t, v] of l.votes) votes.set(t, (votes.get(t) ?? 0) + v);
    if (l.votes.size === 0) votes.set(l.type, (votes.get(l.type) ?? 0) + 1);
  }
  let type: EntityType = locals[0]?.type ?? 'Other';
  let best = -1;
  for (const [t, v] of votes)
    if (v > best) {
      type = t;
      best = v;
    }
  for (const l of locals) if (l.type === 'Event') type = 'Event';
  if (gazetteer && (votes.get(gazetteer.type) ?? 0) >= best / 2) type = gazetteer.type;
  return type;
}

/** The gazetteer entry of the group's first entity that has one (votes skipped for untyped surnames do not matter). */
function groupGazetteer(s: MergeState, members: number[], locals: LocalEntity[]): LocalEntity['gazetteer'] {
  for (let k = 0; k < locals.length; k++) {
    const l = locals[k] as LocalEntity;
    if (untyped(l) && s.joinedToFullName.has(members[k] as number)) continue;
    if (l.gazetteer) return l.gazetteer;
  }
  return null;
}

function collectMentions(s: MergeState, members: number[], name: string, aliases: Set<string>): Mention[] {
  const mentions: Mention[] = [];
  for (const i of members) {
    const l = s.ents[i] as LocalEntity;
    const document = documentOf(s, i);
    if (l.name !== name) aliases.add(l.name);
    for (const a of l.aliases) aliases.add(a);
    for (const m of l.mentions)
      mentions.push({
        document,
        start: m.start,
        end: m.end,
        text: m.text,
        // Always present, undefined when absent: one shape for every mention (JSON leaves it out).
        reading: m.reading ? { type: m.reading.type, rule: m.reading.rule } : undefined,
      });
  }
  return mentions;
}

function everyWeak(locals: LocalEntity[]): boolean {
  for (const l of locals) if (!isWeak(l)) return false;
  return true;
}

function knownMatch(
  knownByKey: Map<string, KnownEntity>,
  name: string,
  aliases: Set<string>,
  type: EntityType,
  locals: LocalEntity[],
): KnownEntity | undefined {
  for (const n of [name, ...aliases]) {
    const k = knownByKey.get(normKey(n));
    if (k && (k.type === type || everyWeak(locals))) return k;
  }
  return undefined;
}

/** One group of batch entities becomes one entity (or joins the one of its id). */
function mergeGroup(s: MergeState, members: number[], knownByKey: Map<string, KnownEntity>): void {
  const locals: LocalEntity[] = [];
  for (const i of members) locals.push(s.ents[i] as LocalEntity);
  const gazetteer = groupGazetteer(s, members, locals);
  let type = groupType(s, members, locals, gazetteer);
  const name = gazetteer ? gazetteer.canonical : bestName(locals);
  const aliases = new Set<string>();
  const mentions = collectMentions(s, members, name, aliases);
  // The standard names the lexicon knows (Italian and English forms, acronyms) are aliases too.
  if (gazetteer) for (const f of gazetteer.forms) if (f !== name) aliases.add(f);
  // An unqualified institution is the one of its article: its id says which.
  let allBound = true;
  for (const i of members) if (!articleBound(s.ents[i] as LocalEntity, lexOf(s, i))) allBound = false;
  const genericDoc = allBound ? documentOf(s, members[0] as number) : null;
  let id = genericDoc ? `${entityId(type, name)}@${genericDoc.slice(0, 8)}` : entityId(type, name);
  let finalName = name;
  // An article's own institution is new with its article: no known entity can be it.
  const match = genericDoc ? undefined : knownMatch(knownByKey, name, aliases, type, locals);
  if (match) {
    id = match.id;
    if (match.name !== name) aliases.add(name);
    finalName = match.name;
    type = match.type;
  }
  aliases.delete(finalName);
  let out = s.byId.get(id);
  if (!out) {
    out = { id, name: finalName, type, aliases: [], mentions: [], trace: undefined };
    s.byId.set(id, out);
  }
  // The rules that typed it: those of its articles' entities of the type it has.
  for (const l of locals)
    if (l.type === out.type)
      for (const rule of l.trace ?? []) if (!out.trace?.includes(rule)) (out.trace ??= []).push(rule);
  for (const a of aliases) if (!out.aliases.includes(a) && a !== out.name) out.aliases.push(a);
  // A loop, not push(...): an article naming one entity 125,000 times would overflow the stack.
  for (const mention of mentions) out.mentions.push(mention);
  for (const i of members) (s.idOf[s.docOf[i] as number] as string[])[s.localOf[i] as number] = id;
}

function compareIds(a: ExtractedEntity, b: ExtractedEntity): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Entities by id, their mentions in batch order without repeats, their aliases sorted. */
function finish(s: MergeState): ExtractedEntity[] {
  const docOrder = new Map<string, number>();
  for (let i = 0; i < s.inputs.length; i++) docOrder.set((s.inputs[i] as BatchInput).documentId, i);
  const entities = [...s.byId.values()].sort(compareIds);
  const byMention = (a: Mention, b: Mention): number =>
    (docOrder.get(a.document) ?? 0) - (docOrder.get(b.document) ?? 0) || a.start - b.start || a.end - b.end;
  for (const e of entities) {
    e.mentions.sort(byMention);
    const kept: Mention[] = [];
    let prev: Mention | undefined;
    for (const m of e.mentions) {
      if (!prev || !(prev.document === m.document && prev.start === m.start && prev.end === m.end)) kept.push(m);
      prev = m;
    }
    e.mentions = kept;
    e.aliases.sort();
  }
  return entities;
}

export function mergeBatch(inputs: BatchInput[], known: KnownEntity[] = []): BatchResult {
  const s = new MergeState(inputs);
  collectKeys(s);
  unionByKeys(s);
  joinSurnames(s);
  joinFirstNamesInArticle(s);
  const knownByKey = knownEntitiesByName(known);
  for (const members of groupsOf(s).values()) mergeGroup(s, members, knownByKey);
  return { entities: finish(s), idOf: s.idOf };
}

/**
 * Known entities by each of their names and aliases, for new mentions to land on. Left out:
 * a name two known entities answer to (the batch would pick one of them by chance: a lone
 * "Rossi" when the store knows Mario and Luca Rossi stays apart, as it does within a batch),
 * and the unqualified institutions of stored articles ("il governo" of one article is not
 * the one of the next). So what an article resolves to does not depend on which articles
 * happened to be stored before it.
 */
export function knownEntitiesByName(known: KnownEntity[]): Map<string, KnownEntity> {
  const byKey = new Map<string, KnownEntity | null>();
  for (const k of known) {
    if (k.id.includes('@')) continue;
    for (const n of new Set([k.name, ...k.aliases].map(normKey))) {
      const seen = byKey.get(n);
      byKey.set(n, seen === undefined || seen?.id === k.id ? k : null);
    }
  }
  const out = new Map<string, KnownEntity>();
  for (const [n, k] of byKey) if (k) out.set(n, k);
  return out;
}

function bestName(locals: LocalEntity[]): string {
  const counts = new Map<string, number>();
  for (const l of locals) counts.set(l.name, (counts.get(l.name) ?? 0) + l.mentions.length);
  let best = locals[0]?.name ?? '';
  let score = -1;
  for (const [n, c] of counts) {
    const initials = /^\p{Lu}\.\s/u.test(n) ? 0 : 1;
    const acronym = /^[\p{Lu}\d.]+$/u.test(n) ? 0 : 1;
    const s = initials * 1e6 + acronym * 1e5 + n.split(/\s+/).length * 1000 + c;
    if (s > score || (s === score && n < best)) [best, score] = [n, s];
  }
  return best;
}
