// Resolution across the batch: one entity per real entity. Entities of
// different articles merge on the same gazetteer entry, the same name or
// transliteration key, a surname that names exactly one full name in the
// batch, or an acronym that spells an organization's long form; then each
// lands on a known entity of the store when its name or an alias matches.
import type { ExtractedEntity, KnownEntity, Mention } from '../../contract/extraction.ts';
import type { EntityType } from '../../contract/graph.ts';
import { entityId } from './ids.ts';
import { LEXICON, type Lexicon } from '../lang/lexicon.ts';
import { initialsOf, type LocalEntity } from '../stages/coreference.ts';
import { nameKey, normKey } from '../engine/text.ts';

export interface BatchInput {
  documentId: string;
  entities: LocalEntity[];
}

export interface BatchResult {
  entities: ExtractedEntity[];
  /** idOf[doc][localIndex] = global entity id. */
  idOf: string[][];
}

interface Ref {
  doc: number;
  local: number;
}

function isWeak(e: LocalEntity): boolean {
  if (e.gazetteer) return false;
  let total = 0;
  for (const v of e.votes.values()) total += v;
  return total / Math.max(1, e.mentions.filter((m) => !m.description).length) < 2;
}

/** An entity its article left Other because nothing typed it (type.lone-unknown-word). */
function untyped(e: LocalEntity): boolean {
  return e.type === 'Other' && e.trace?.[0] === 'type.lone-unknown-word';
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

export function mergeBatch(inputs: BatchInput[], known: KnownEntity[] = [], lex: Lexicon = LEXICON): BatchResult {
  const refs: Ref[] = [];
  inputs.forEach((d, doc) => d.entities.forEach((_, local) => refs.push({ doc, local })));
  const ent = (r: Ref) => (inputs[r.doc] as BatchInput).entities[r.local] as LocalEntity;
  const parent = refs.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x] as number] as number;
      x = parent[x] as number;
    }
    return x;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // Same gazetteer entry, same name (type-compatible), same person name key.
  const byKey = new Map<string, number[]>();
  const addKey = (k: string, i: number) => {
    let l = byKey.get(k);
    if (!l) byKey.set(k, (l = []));
    l.push(i);
  };
  refs.forEach((r, i) => {
    const e = ent(r);
    if (articleBound(e, lex)) {
      addKey(`g|${r.doc}|${normKey(e.name)}`, i);
      return;
    }
    if (e.gazetteer) addKey(`gz|${e.gazetteer.type}|${e.gazetteer.canonical}`, i);
    addKey(`n|${normKey(e.name)}`, i);
    if (e.type === 'Person' && e.name.includes(' ')) addKey(`p|${nameKey(e.name)}`, i);
    if (e.type === 'Organization') {
      if (/^[\p{Lu}\d]{2,6}$/u.test(e.name)) addKey(`a|${e.name}`, i);
      else if (e.name.includes(' ')) addKey(`a|${initialsOf(e.name)}`, i);
      for (const a of e.aliases) if (/^[\p{Lu}\d]{2,6}$/u.test(a)) addKey(`a|${a}`, i);
    }
  });
  for (const list of byKey.values()) {
    const first = list[0] as number;
    for (const i of list.slice(1)) {
      const a = ent(refs[first] as Ref);
      const b = ent(refs[i] as Ref);
      if (compatible(a.type, b.type, isWeak(a), isWeak(b)) && !differentBodies(a, b)) union(first, i);
    }
  }
  // Surname-only persons join the single full name in the batch with that surname.
  const joinedToFullName = new Set<number>();
  const fullBySurname = new Map<string, Set<number>>();
  refs.forEach((r, i) => {
    const e = ent(r);
    if (e.type !== 'Person' || !e.name.includes(' ')) return;
    const s = nameKey(e.name.split(/\s+/).pop() ?? '');
    let set = fullBySurname.get(s);
    if (!set) fullBySurname.set(s, (set = new Set()));
    set.add(find(i));
  });
  refs.forEach((r, i) => {
    const e = ent(r);
    if (articleBound(e, lex) || e.name.includes(' ') || (e.type !== 'Person' && !isWeak(e))) return;
    const set = fullBySurname.get(nameKey(e.name));
    if (!set) return;
    const roots = new Set([...set].map(find));
    if (roots.size !== 1) return;
    const root = [...roots][0] as number;
    union(root, i);
    const given = normKey(ent(refs[root] as Ref).name.split(/\s+/)[0] ?? '');
    if (lex.firstNames.has(given)) joinedToFullName.add(i);
  });
  // Group.
  const groups = new Map<number, number[]>();
  refs.forEach((_, i) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  });
  const knownByKey = knownEntitiesByName(known);
  const idOf: string[][] = inputs.map((d) => new Array(d.entities.length).fill(''));
  const byId = new Map<string, ExtractedEntity>();
  for (const members of groups.values()) {
    const locals = members.map((i) => ent(refs[i] as Ref));
    const votes = new Map<EntityType, number>();
    let gazetteer = null as LocalEntity['gazetteer'];
    for (const [k, l] of locals.entries()) {
      // A surname its article left Other for want of evidence is the person named in full elsewhere in the batch.
      if (untyped(l) && joinedToFullName.has(members[k] as number)) continue;
      for (const [t, v] of l.votes) votes.set(t, (votes.get(t) ?? 0) + v);
      if (l.gazetteer && !gazetteer) gazetteer = l.gazetteer;
      if (l.votes.size === 0) votes.set(l.type, (votes.get(l.type) ?? 0) + 1);
    }
    let type: EntityType = locals[0]?.type ?? 'Other';
    let best = -1;
    for (const [t, v] of votes) if (v > best) [type, best] = [t, v];
    if (locals.some((l) => l.type === 'Event')) type = 'Event';
    if (gazetteer && (votes.get(gazetteer.type) ?? 0) >= best / 2) type = gazetteer.type;
    const name = gazetteer ? gazetteer.canonical : bestName(locals);
    const aliases = new Set<string>();
    const mentions: Mention[] = [];
    for (const i of members) {
      const r = refs[i] as Ref;
      const l = ent(r);
      const document = (inputs[r.doc] as BatchInput).documentId;
      if (l.name !== name) aliases.add(l.name);
      for (const a of l.aliases) aliases.add(a);
      for (const m of l.mentions)
        mentions.push({
          document,
          start: m.start,
          end: m.end,
          text: m.text,
          ...(m.reading ? { reading: { type: m.reading.type, rule: m.reading.rule } } : {}),
        });
    }
    // The standard names the lexicon knows (Italian and English forms, acronyms) are aliases too.
    if (gazetteer) for (const f of gazetteer.forms) if (f !== name) aliases.add(f);
    // An unqualified institution is the one of its article: its id says which.
    const genericDoc = locals.every((l) => articleBound(l, lex))
      ? (inputs[(refs[members[0] as number] as Ref).doc] as BatchInput).documentId
      : null;
    let id = genericDoc ? `${entityId(type, name)}@${genericDoc.slice(0, 8)}` : entityId(type, name);
    let finalName = name;
    // An article's own institution is new with its article: no known entity can be it.
    const match = genericDoc
      ? undefined
      : [name, ...aliases]
          .map((n) => knownByKey.get(normKey(n)))
          .find((k) => k && (k.type === type || locals.every(isWeak)));
    if (match) {
      id = match.id;
      if (match.name !== name) aliases.add(name);
      finalName = match.name;
      type = match.type;
    }
    aliases.delete(finalName);
    let out = byId.get(id);
    if (!out) {
      out = { id, name: finalName, type, aliases: [], mentions: [] };
      byId.set(id, out);
    }
    // The rules that typed it: those of its articles' entities of the type it has.
    for (const l of locals)
      if (l.type === out.type)
        for (const rule of l.trace ?? []) if (!out.trace?.includes(rule)) (out.trace ??= []).push(rule);
    for (const a of aliases) if (!out.aliases.includes(a) && a !== out.name) out.aliases.push(a);
    // A loop, not push(...): an article naming one entity 125,000 times would overflow the stack.
    for (const mention of mentions) out.mentions.push(mention);
    for (const i of members) {
      const r = refs[i] as Ref;
      (idOf[r.doc] as string[])[r.local] = id;
    }
  }
  const docOrder = new Map(inputs.map((d, i) => [d.documentId, i]));
  const entities = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const e of entities) {
    e.mentions.sort(
      (a, b) => (docOrder.get(a.document) ?? 0) - (docOrder.get(b.document) ?? 0) || a.start - b.start || a.end - b.end,
    );
    e.mentions = e.mentions.filter(
      (m, i, arr) =>
        i === 0 || !(arr[i - 1]?.document === m.document && arr[i - 1]?.start === m.start && arr[i - 1]?.end === m.end),
    );
    e.aliases.sort();
  }
  return { entities, idOf };
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
