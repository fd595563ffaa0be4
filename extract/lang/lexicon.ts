// Loads a language model's lexicon, the files under extract/lang/<code>/ (and its borrowed/
// folder), once per model, and indexes them for the stages; no model reads another's folder.
// Every file starts with a header line ("# …", where it comes from); blank lines and "#" lines
// are skipped.
import { conjugate } from './conjugate.ts';
import { endingPatternIn, endingsIn, morphologyOf } from './morphology.ts';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { EntityType, RelationType, SpeechAct } from '../../contract/graph.ts';
import { RELATION_TYPES, SPEECH_ACTS } from '../../contract/graph.ts';
import { normKey } from '../engine/text.ts';
import {
  BORROWED_DIR,
  dataLines,
  DEFAULT_LANGUAGE,
  LEXICON_DIR,
  modelLines,
  readSections,
} from '../engine/dataFile.ts';

/** say: reports words; announce: makes known a decision or plan; deny, accuse, ask: stance verbs with an object. */
export type CueClass = 'say' | 'announce' | 'deny' | 'accuse' | 'ask';
export type EventKind = 'call' | 'meeting' | 'other';

export interface Office {
  type: RelationType;
  /** Canonical name of the target entity. */
  target: string;
  role: string;
}

export interface GazetteerEntry {
  canonical: string;
  type: EntityType;
  /** Country a seat of government stands for (Cremlino → Russia). */
  country: string | null;
  offices: Office[];
  /** Every surface form, canonical first. */
  forms: string[];
}

export interface BoilerplateRules {
  exact: Set<string>;
  prefix: string[];
  contains: string[];
  /** Phrases that open a short credit line ("Foto Ansa", "Photo: Reuters"). */
  credit: string[];
}

export interface Lexicon {
  functionWords: Set<string>;
  commonCapitalized: Set<string>;
  firstNames: Set<string>;
  gazetteer: Map<string, GazetteerEntry>;
  gazetteerMaxTokens: number;
  /** Key of the first token of every gazetteer form: a cheap test before trying a match. */
  gazetteerFirst: Set<string>;
  /** Every prefix of every gazetteer key: a match is extended only while it is still a prefix. */
  gazetteerPrefixes: Set<string>;
  demonyms: Map<string, string>;
  titles: Map<string, RelationType | null>;
  titleMaxTokens: number;
  /** Names of one office (title-synonyms.txt), each as its word keys: a name's key → every name of its office. */
  titleSynonyms: Map<string, readonly (readonly string[])[]>;
  /** Adjectives that stay part of a role phrase after its title (title-modifiers.txt). */
  titleModifiers: Set<string>;
  speechCues: Map<string, CueClass>;
  relationVerbs: Map<string, RelationType>;
  /** Forms of the reporting verbs whose noun-phrase object is what was said (object-cues.txt). */
  objectCues: Set<string>;
  /** Infinitives of the reporting verbs (dire, ribadire): "continua a dire che …". */
  speechInfinitives: Map<string, CueClass>;
  /** Nouns that name something said, with its source after "di" (la replica di X, lo sfogo del ministro). */
  speechNouns: Set<string>;
  /** The speech act of a reporting verb's form or a speech noun when it is not its class's (act-verbs.txt, act-nouns.txt, en/act-cues.txt). */
  speechActs: Map<string, SpeechAct>;
  /** Phrases that deny, as word keys ("non è vero", "è falso"): said with a plain "ha detto", they make a denial. */
  denialPhrases: readonly (readonly string[])[];
  /** Forms of the reporting verbs whose object may follow "di" (ha parlato di un complotto, si lamentava della riforma). */
  objectCuesOf: Map<string, 'any' | 'claim'>;
  /** Forms of the stance verbs whose object is a judgement with its adjective first ("ritiene inaccettabile la riforma"). */
  predicativeCues: Set<string>;
  /** Forms of the verbs that give an estimate ("stima in 300 i feriti"). */
  estimateCues: Set<string>;
  /** Stance nouns an object cue takes with no article (ha espresso soddisfazione …): stance-nouns.txt. */
  stanceNouns: Set<string>;
  /** Laws, rules and agreements: with no named source, what they provide is not a statement (legal-texts.txt). */
  legalTexts: Set<string>;
  /** Words opening a time phrase between a subject and its verb (dopo aver visto …): time-prepositions.txt. */
  timePreps: Set<string>;
  heads: Map<string, EntityType>;
  /** How a head joins the name after it: join, alone, none (see heads.txt). */
  headJoin: Map<string, 'join' | 'join-cap' | 'alone' | 'none'>;
  eventNouns: Map<string, EventKind>;
  eventNounMaxTokens: number;
  eventNounFirst: Set<string>;
  unnamedSources: Set<string>;
  sourceNouns: Set<string>;
  /** Words that mark first-person speech (io, noi, abbiamo …): speech after a colon without quote marks. */
  firstPerson: Set<string>;
  portfolios: Set<string>;
  /** City and town names (typing hint only). */
  cities: Set<string>;
  /** English and Italian words that mark an organization's name (typing hint). */
  orgWords: Set<string>;
  /** Italian nouns that introduce an organization's name in apposition ("la società X", "il quotidiano X"). */
  orgCues: Set<string>;
  /** Words that end a company's or club's name ("S.p.A.", "Srl", "Calcio"). */
  orgSuffixes: Set<string>;
  /** Openings of compound names of associations and companies ("Asso-", "Feder-", "Conf-"); `vowel`: also before a vowel. */
  orgPrefixes: { prefix: string; vowel: boolean }[];
  /** English words that end an event's name (typing hint). */
  eventWords: Set<string>;
  /** Words that end ("Baker Street", "Salsomaggiore Terme") or start ("Lake Placid") a place's name: a typing hint. */
  placeWordsEnd: Set<string>;
  placeWordsStart: Set<string>;
  /** Nouns that introduce a person's name in apposition ("il pugile X", "la moglie X"): a typing hint. */
  personNouns: Set<string>;
  /** Nouns that describe a place in apposition after its name ("X, la capitale di …"): place-nouns.txt. */
  placeNouns: Set<string>;
  /** Nouns whose "di X" names an organization (il portavoce di X): member-nouns.txt. */
  memberNouns: Set<string>;
  /** Lowercase nouns naming an institution ("polizia", "governo"). */
  institutions: Set<string>;
  institutionFirst: Set<string>;
  /** Surnames of the people in the gazetteer (typing hint for a surname alone). */
  knownSurnames: Set<string>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  boilerplate: BoilerplateRules;
  /** Finite verb forms and gerunds (Morph-it!): never a name by themselves, never an adjective after a head. */
  verbFinite: Set<string>;
  /** Infinitives and participles (Morph-it!). */
  verbNonfinite: Set<string>;
  /** Verbs, adverbs, adjectives, determiners, pronouns, numerals… the UD treebanks never tag as proper nouns. */
  commonWords: Set<string>;
  /** Noun and adjective forms (Morph-it!) that are no name the lexicons or the UD treebanks know: only for a sentence's opening word. */
  commonNouns: Set<string>;
  /** Capitalized cardinal numbers that name a decade after "anni" ("gli anni Quaranta"). */
  decades: Set<string>;
  /** The closed word classes each stage tests, keyed "<stage>/<class>": see wordClass. */
  wordClasses: ReadonlyMap<string, readonly string[]>;
  /** The model's morphology classes (morphology.txt, then its borrowed one): see endingPatternIn. */
  morphology: ReadonlyMap<string, readonly string[]>;
}

function wordSet(code: string, file: string): Set<string> {
  const set = new Set<string>();
  for (const line of modelLines(code, file)) for (const w of line.split(/\s+/)) if (w) set.add(normKey(w));
  return set;
}

/** A large list already written as lookup keys (see scripts/buildWordForms.ts): split, not normalized. */
function keyList(code: string, file: string): Set<string> {
  const full = path.join(LEXICON_DIR, code, file);
  if (!existsSync(full)) return new Set();
  const text = readFileSync(full, 'utf8');
  const body = text.startsWith('#') ? text.slice(text.indexOf('\n') + 1) : text;
  return new Set(body.split(/\s+/).filter(Boolean));
}

/** The word keys of a phrase as the tokenizer cuts it, punctuation left out: "ministro dell'Interno" → ministro, dell', interno. */
export function phraseWords(text: string): string[] {
  return normKey(text).match(/[\p{L}\p{N}]+'?/gu) ?? [];
}

/**
 * The closed word classes of every stage (articles, prepositions, auxiliaries…): the model's files
 * word-classes/<stage>.txt, in "[class]" sections of one entry per line, then those of its
 * borrowed/ folder. Entries are kept as written (a stage makes keys of them or not).
 */
function loadWordClasses(code: string): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  for (const folder of [path.join(code, 'word-classes'), path.join(code, BORROWED_DIR, 'word-classes')]) {
    const dir = path.join(LEXICON_DIR, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const stage = file.slice(0, -'.txt'.length);
      readSections(dataLines(path.join(LEXICON_DIR, folder, file)), `${folder}/${file}`, (name) => {
        const key = `${stage}/${name}`;
        const words = classes.get(key) ?? [];
        classes.set(key, words);
        return words;
      });
    }
  }
  return classes;
}

/** The entries of a stage's word class in the default model; a name it does not list is an error, not an empty class. */
export function wordClass(stage: string, name: string): string[] {
  const words = LEXICON.wordClasses.get(`${stage}/${name}`);
  if (words === undefined) throw new Error(`no word class [${name}] in ${DEFAULT_LANGUAGE}/word-classes/${stage}.txt`);
  return [...words];
}

/** A stage's word class in the model of `lex`, empty when that model lists none: for a stage that reads its words per document. */
export function classOf(lex: Lexicon, stage: string, name: string): readonly string[] {
  return lex.wordClasses.get(`${stage}/${name}`) ?? [];
}

/** A stage's record of words built once per model from its lexicon: reading it per document costs a lookup. */
export function perModel<T>(build: (lex: Lexicon) => T): (lex: Lexicon) => T {
  const built = new WeakMap<Lexicon, T>();
  return (lex) => {
    let record = built.get(lex);
    if (record === undefined) {
      record = build(lex);
      built.set(lex, record);
    }
    return record;
  };
}

/** relationClass in the model of `lex`: empty when that model lists no such class. */
export function relationClassOf(lex: Lexicon, stage: string, name: string): Map<string, RelationType> {
  return relationEntries(classOf(lex, stage, name), stage, name);
}

/** The one entry of a stage's word class (a word the stage writes into its output, like a cue); not one entry is an error. */
export function oneWord(stage: string, name: string): string {
  const words = wordClass(stage, name);
  if (words.length !== 1) throw new Error(`word-classes/${stage}.txt [${name}] holds ${words.length} entries, not one`);
  return words[0] as string;
}

/** oneWord in the model of `lex`: "" when that model lists no such class, an error when it lists more than one entry. */
export function oneWordOf(lex: Lexicon, stage: string, name: string): string {
  const words = classOf(lex, stage, name);
  if (words.length > 1) throw new Error(`word-classes/${stage}.txt [${name}] holds ${words.length} entries, not one`);
  return words[0] ?? '';
}

/** A word class of "word | RELATION_TYPE" entries (the contact nouns of relations.ts): word → type; a type the graph model lacks is an error. */
export function relationClass(stage: string, name: string): Map<string, RelationType> {
  return relationEntries(wordClass(stage, name), stage, name);
}

function relationEntries(entries: readonly string[], stage: string, name: string): Map<string, RelationType> {
  const map = new Map<string, RelationType>();
  for (const entry of entries) {
    const bar = entry.lastIndexOf('|');
    const type = bar < 0 ? null : relationType(entry.slice(bar + 1).trim());
    if (type === null) throw new Error(`word-classes/${stage}.txt [${name}]: "${entry}" is not "word | relation type"`);
    map.set(entry.slice(0, bar).trim(), type);
  }
  return map;
}

function pairs(code: string, file: string): [string, string][] {
  return modelLines(code, file).map((l) => {
    const i = l.lastIndexOf('|');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()] as [string, string];
  });
}

const RELATION_SET = new Set<string>(RELATION_TYPES);
function relationType(s: string): RelationType | null {
  return RELATION_SET.has(s) ? (s as RelationType) : null;
}

function tokenCount(s: string): number {
  return (
    normKey(s)
      .split(/[\s'-]+/)
      .filter(Boolean).length + (s.match(/['’-]/g)?.length ?? 0)
  );
}

function buildGazetteer(code: string): { map: Map<string, GazetteerEntry>; max: number } {
  const map = new Map<string, GazetteerEntry>();
  let max = 1;
  const byCanonical = new Map<string, GazetteerEntry>();
  const add = (folder: string, file: string, type: EntityType) => {
    for (const line of dataLines(path.join(LEXICON_DIR, folder, file))) {
      const fields = line.split('|').map((f) => f.trim());
      const names = fields.filter((f) => !f.startsWith('>') && !f.startsWith('@'));
      const country = fields.find((f) => f.startsWith('>'))?.slice(1) ?? null;
      const offices: Office[] = [];
      for (const f of fields.filter((x) => x.startsWith('@'))) {
        const [t, target, role] = f.slice(1).split(':');
        const rt = relationType(t ?? '');
        if (rt && target) offices.push({ type: rt, target, role: role ?? '' });
      }
      if (!names[0]) continue;
      // A line naming something already listed (by any of its forms) adds to that entry.
      const existing = names.map((n) => map.get(normKey(n))).find((e) => e !== undefined && e.type === type);
      const canonical = existing?.canonical ?? names[0];
      const ckey = `${type}|${normKey(canonical)}`;
      let entry = existing ?? byCanonical.get(ckey);
      if (!entry) {
        entry = { canonical, type, country, offices, forms: [] };
        byCanonical.set(ckey, entry);
      } else {
        if (country && !entry.country) entry.country = country;
        entry.offices.push(...offices);
      }
      for (const n of names) {
        const k = normKey(n);
        if (!entry.forms.includes(n)) entry.forms.push(n);
        if (!map.has(k)) map.set(k, entry);
        max = Math.max(max, tokenCount(n));
      }
    }
  };
  // The model's own names first, then its borrowed ones: a borrowed line adds forms to an entry, never renames it.
  for (const folder of [code, path.join(code, BORROWED_DIR)]) {
    add(folder, 'places.txt', 'Place');
    add(folder, 'countries.txt', 'Place');
    add(folder, 'organizations.txt', 'Organization');
    add(folder, 'people.txt', 'Person');
  }
  return { map, max };
}

function loadBoilerplate(code: string): BoilerplateRules {
  const rules: BoilerplateRules = { exact: new Set(), prefix: [], contains: [], credit: [] };
  for (const line of modelLines(code, 'boilerplate.txt')) {
    const i = line.indexOf(':');
    if (i < 0) continue;
    const kind = line.slice(0, i);
    const phrase = normKey(line.slice(i + 1));
    if (!phrase) continue;
    if (kind === 'exact') rules.exact.add(phrase);
    else if (kind === 'prefix') rules.prefix.push(phrase);
    else if (kind === 'contains') rules.contains.push(phrase);
    else if (kind === 'credit') rules.credit.push(phrase);
  }
  return rules;
}

/** Key of the first token of a name as the tokenizer cuts it ("l'aia" → "l'", "u.s.a." whole). */
export function firstWordKey(key: string): string {
  const acronym = /^(?:\p{L}\.){2,}/u.exec(key);
  if (acronym) return acronym[0];
  const m = /^[\p{L}\p{M}\p{N}]+/u.exec(key);
  if (!m) return key;
  const rest = key.slice(m[0].length);
  return rest.startsWith("'") && rest.length > 1 ? `${m[0]}'` : m[0];
}

function load(code: string): Lexicon {
  const morphology = morphologyOf(code);
  const withEncliticSi = encliticSi(morphology);
  const { map: gazetteer, max: gazetteerMaxTokens } = buildGazetteer(code);
  const demonyms = new Map<string, string>();
  for (const [place, forms] of pairs(code, 'demonyms.txt'))
    for (const f of forms.split(',')) demonyms.set(normKey(f), place);
  const titles = new Map<string, RelationType | null>();
  let titleMaxTokens = 1;
  for (const [form, t] of pairs(code, 'titles.txt')) {
    titles.set(normKey(form), t === '-' ? null : relationType(t));
    titleMaxTokens = Math.max(titleMaxTokens, tokenCount(form));
  }
  const titleSynonyms = new Map<string, readonly (readonly string[])[]>();
  for (const line of modelLines(code, 'title-synonyms.txt')) {
    const names = line.split('|').map((n) => phraseWords(n));
    for (const name of names) if (name.length > 0) titleSynonyms.set(name.join(' '), names);
  }
  const speechCues = new Map<string, CueClass>();
  // Verbs by lemma first (their class is the finer one), then the forms and expressions listed one by one.
  for (const line of modelLines(code, 'speech-verbs.txt')) {
    const [lemma, cueClass, extra] = line.split('|').map((f) => f.trim());
    if (!lemma || !cueClass) continue;
    for (const form of withEncliticSi(conjugate(lemma, (extra ?? '').split(/\s+/).filter(Boolean), morphology)))
      speechCues.set(normKey(form), cueClass as CueClass);
  }
  const irregular = new Map<string, string[]>();
  const speechInfinitives = new Map<string, CueClass>();
  for (const line of modelLines(code, 'speech-verbs.txt')) {
    const [lemma, cueClass, extra] = line.split('|').map((f) => f.trim());
    if (!lemma || !cueClass) continue;
    irregular.set(lemma, (extra ?? '').split(/\s+/).filter(Boolean));
    speechInfinitives.set(normKey(lemma), cueClass as CueClass);
  }
  const objectCues = new Set<string>();
  const objectCuesOf = new Map<string, 'any' | 'claim'>();
  const predicativeCues = new Set<string>();
  const estimateCues = new Set<string>();
  for (const line of modelLines(code, 'object-cues.txt')) {
    const [lemma, prep] = line.split('|').map((f) => f.trim());
    if (!lemma) continue;
    if (prep === 'pred' || prep === 'estimate') {
      const into = prep === 'pred' ? predicativeCues : estimateCues;
      for (const form of conjugate(lemma, irregular.get(lemma) ?? [], morphology)) into.add(normKey(form));
      continue;
    }
    for (const form of withEncliticSi(conjugate(lemma, irregular.get(lemma) ?? [], morphology))) {
      objectCues.add(normKey(form));
      if (prep === 'di' || prep === 'di-claim') objectCuesOf.set(normKey(form), prep === 'di' ? 'any' : 'claim');
    }
  }
  const speechActs = new Map<string, SpeechAct>();
  const act = (value: string, file: string): SpeechAct => {
    const found = SPEECH_ACTS.find((a) => a === value);
    if (found === undefined) throw new Error(`${file}: "${value}" is not a speech act (${SPEECH_ACTS.join(', ')})`);
    return found;
  };
  for (const line of modelLines(code, 'act-verbs.txt')) {
    const [lemma, value, extra] = line.split('|').map((f) => f.trim());
    if (!lemma || !value) continue;
    for (const form of conjugate(lemma, (extra ?? '').split(/\s+/).filter(Boolean), morphology))
      speechActs.set(normKey(form), act(value, 'act-verbs.txt'));
  }
  for (const [form, value] of [...pairs(code, 'act-nouns.txt'), ...pairs(code, 'act-cues.txt')])
    speechActs.set(normKey(form), act(value, 'act-nouns.txt / act-cues.txt'));
  const denialPhrases = modelLines(code, 'denial-phrases.txt').map((phrase) => phraseWords(phrase));
  for (const [form, c] of pairs(code, 'speech-cues.txt'))
    if (!speechCues.has(normKey(form))) speechCues.set(normKey(form), c as CueClass);
  const relationVerbs = new Map<string, RelationType>();
  for (const [form, t] of pairs(code, 'relation-verbs.txt')) {
    const rt = relationType(t);
    if (rt && !relationVerbs.has(normKey(form))) relationVerbs.set(normKey(form), rt);
  }
  const heads = new Map<string, EntityType>();
  const headJoin = new Map<string, 'join' | 'join-cap' | 'alone' | 'none'>();
  for (const line of modelLines(code, 'heads.txt')) {
    const [w, t, j] = line.split('|').map((f) => f.trim());
    if (!w || !t) continue;
    heads.set(normKey(w), t as EntityType);
    headJoin.set(normKey(w), j === 'alone' || j === 'none' || j === 'join-cap' ? j : 'join');
  }
  const eventNouns = new Map<string, EventKind>();
  let eventNounMaxTokens = 1;
  for (const [w, k] of pairs(code, 'event-nouns.txt')) {
    eventNouns.set(normKey(w), k as EventKind);
    eventNounMaxTokens = Math.max(eventNounMaxTokens, tokenCount(w));
  }
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  for (const [w, n] of pairs(code, 'calendar.txt')) {
    if (n.startsWith('w')) weekdays.set(normKey(w), Number(n.slice(1)));
    else months.set(normKey(w), Number(n));
  }
  const gazetteerFirst = new Set<string>();
  const gazetteerPrefixes = new Set<string>();
  for (const k of gazetteer.keys()) {
    gazetteerFirst.add(firstWordKey(k));
    for (let i = 1; i <= k.length; i++) gazetteerPrefixes.add(k.slice(0, i));
  }
  const eventNounFirst = new Set<string>();
  for (const k of eventNouns.keys()) eventNounFirst.add(firstWordKey(k));
  return {
    gazetteerFirst,
    gazetteerPrefixes,
    eventNounFirst,
    functionWords: wordSet(code, 'function-words.txt'),
    commonCapitalized: wordSet(code, 'common-capitalized.txt'),
    firstNames: wordSet(code, 'first-names.txt'),
    gazetteer,
    gazetteerMaxTokens,
    demonyms,
    titles,
    titleMaxTokens,
    titleSynonyms,
    titleModifiers: wordSet(code, 'title-modifiers.txt'),
    speechCues,
    objectCues,
    objectCuesOf,
    predicativeCues,
    estimateCues,
    stanceNouns: wordSet(code, 'stance-nouns.txt'),
    legalTexts: wordSet(code, 'legal-texts.txt'),
    timePreps: wordSet(code, 'time-prepositions.txt'),
    speechActs,
    denialPhrases,
    speechInfinitives,
    speechNouns: new Set(modelLines(code, 'speech-nouns.txt').map(normKey)),
    relationVerbs,
    heads,
    headJoin,
    eventNouns,
    eventNounMaxTokens,
    unnamedSources: wordSet(code, 'unnamed-sources.txt'),
    sourceNouns: wordSet(code, 'source-nouns.txt'),
    firstPerson: wordSet(code, 'first-person.txt'),
    portfolios: new Set(modelLines(code, 'portfolios.txt').map(normKey)),
    cities: new Set(modelLines(code, 'cities.txt').map(normKey)),
    orgWords: wordSet(code, 'org-words.txt'),
    ...loadOrgCues(code),
    eventWords: wordSet(code, 'event-words.txt'),
    personNouns: wordSet(code, 'person-nouns.txt'),
    memberNouns: wordSet(code, 'member-nouns.txt'),
    placeNouns: wordSet(code, 'place-nouns.txt'),
    ...loadPlaceWords(code),
    institutions: new Set(modelLines(code, 'institutions.txt').map(normKey)),
    institutionFirst: new Set(modelLines(code, 'institutions.txt').map((l) => firstWordKey(normKey(l)))),
    knownSurnames: new Set(
      [...gazetteer.values()]
        .filter((e) => e.type === 'Person')
        .flatMap((e) => e.forms.filter((f) => f.includes(' ')).map((f) => normKey(f.split(/\s+/).pop() ?? ''))),
    ),
    months,
    weekdays,
    boilerplate: loadBoilerplate(code),
    verbFinite: keyList(code, 'verb-finite.txt'),
    verbNonfinite: keyList(code, 'verb-nonfinite.txt'),
    commonWords: keyList(code, 'ud-common-words.txt'),
    commonNouns: keyList(code, 'common-nouns.txt'),
    decades: wordSet(code, 'decades.txt'),
    wordClasses: loadWordClasses(code),
    morphology,
  };
}

function loadOrgCues(code: string): {
  orgCues: Set<string>;
  orgSuffixes: Set<string>;
  orgPrefixes: { prefix: string; vowel: boolean }[];
} {
  const orgCues = new Set<string>();
  const orgSuffixes = new Set<string>();
  const orgPrefixes: { prefix: string; vowel: boolean }[] = [];
  for (const line of modelLines(code, 'org-cues.txt')) {
    if (line.startsWith('prefix:')) {
      for (const w of line.slice('prefix:'.length).split(/\s+/))
        if (w) orgPrefixes.push({ prefix: normKey(w.replace('*', '')), vowel: w.endsWith('*') });
      continue;
    }
    const suffix = line.startsWith('suffix:');
    for (const w of (suffix ? line.slice('suffix:'.length) : line).split(/\s+/))
      if (w) (suffix ? orgSuffixes : orgCues).add(normKey(w));
  }
  return { orgCues, orgSuffixes, orgPrefixes };
}

function loadPlaceWords(code: string): { placeWordsEnd: Set<string>; placeWordsStart: Set<string> } {
  const placeWordsEnd = new Set<string>();
  const placeWordsStart = new Set<string>();
  for (const line of modelLines(code, 'place-words.txt')) {
    const start = line.startsWith('start:');
    const words = line.slice(line.indexOf(':') + 1).split(/\s+/);
    for (const w of words) if (w) (start ? placeWordsStart : placeWordsEnd).add(normKey(w));
  }
  return { placeWordsEnd, placeWordsStart };
}

const loaded = new Map<string, Lexicon>();

/** The lexicon of one model, read from its folder the first time it is asked for. */
export function lexiconOf(code: string): Lexicon {
  let lexicon = loaded.get(code);
  if (lexicon === undefined) {
    lexicon = load(code);
    loaded.set(code, lexicon);
  }
  return lexicon;
}

/** The default model's lexicon: what a stage reads when it is given none. */
export const LEXICON: Lexicon = lexiconOf(DEFAULT_LANGUAGE);

/**
 * What adds to a list of forms each gerund also written with the model's enclitic "si"
 * ("lamentandosi", "dichiarandosi"); a model with no such enclitic adds none.
 */
function encliticSi(morphology: ReadonlyMap<string, readonly string[]>): (forms: readonly string[]) => string[] {
  const enclitic = endingsIn(morphology, 'gerund-enclitic');
  if (enclitic.length > 1)
    throw new Error(`morphology class [gerund-enclitic] holds ${enclitic.length} entries, not one`);
  const suffix = enclitic[0];
  if (suffix === undefined) return (forms) => [...forms];
  const gerund = endingPatternIn(morphology, 'gerund');
  return (forms) => [...forms, ...forms.filter((form) => gerund.test(form)).map((form) => `${form}${suffix}`)];
}
