// Mention detection: finds the spans that name a person, organization, place,
// event or work (capitalized runs, acronyms, gazetteer names, names with
// connectors such as "di", "del", "della"), before typing. Sentence-initial
// words count as names only when the lexicon or the rest of the article
// says so ("Nella", "Queste", "Il" never do).
import type { EntityType } from '../../contract/graph.ts';
import type { EntityRuleId, MentionRuleId, TypingRuleId } from '../../contract/rules.ts';
import { classOf, LEXICON, perModel, type GazetteerEntry, type Lexicon } from '../lang/lexicon.ts';
import { endingPatternIn } from '../lang/morphology.ts';
import { tokenAtOrAfter, type Segmentation, type Token } from '../engine/segment.ts';
import { keySet, normKey } from '../engine/text.ts';
import { sentenceTags, taggedNotName, taggedProperNoun, type SentenceTags } from './taggedNames.ts';
import { RULE_STRENGTH } from './typingPrecedence.ts';

export interface MentionCandidate {
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  text: string;
  sentence: number;
  type: EntityType;
  /** Weight of the typing evidence: the weight of the tier of `rule` in TYPE_PRECEDENCE (contract/rules.ts). */
  strength: number;
  gazetteer: GazetteerEntry | null;
  /** The first token is a head noun ("Dipartimento", "università"). */
  headType: EntityType | null;
  /** A lowercase institution ("la polizia", "il governo"): the institution of the place in context. */
  generic: boolean;
  /** The rule that gave `type` at this `strength`. */
  rule: EntityRuleId;
  /**
   * `rule` read what the thing is (a make or a model after an indefinite article), not that evidence for another type
   * is lacking: coreference keeps the entity's type whatever a list says. Follows `rule`: set with it, cleared with it.
   */
  typedByKind: boolean;
  /** The rule that drew this mention's bounds where the words of a name alone would not, if any. */
  bound: MentionRuleId | null;
  /** How this one mention reads where it differs from its entity's type (a country acting: an Organization), and why. */
  reading?: { type: EntityType; rule: EntityRuleId };
}

/** Dashes that join two towns into a route ("Milano - Bergamo"). */
export const ROUTE_DASHES = new Set(['-', '–', '—']);
/** The mentions stage's words in one model, built once per model lexicon: read once per call, never per token. */
export const mentionWords = perModel((lex: Lexicon) => ({
  connectors: new Set(classOf(lex, 'mentions', 'connectors')),
  headConnectors: new Set(classOf(lex, 'mentions', 'head-connectors')),
  lowerHeadConnectors: new Set(classOf(lex, 'mentions', 'lower-head-connectors')),
  /** Lowercase heads that start a name ("provincia di Cuneo", "università di Oxford"); others ("l'azienda di Carla Fontana") do not. */
  lowerHeads: new Set(classOf(lex, 'mentions', 'lower-heads')),
  standaloneHeads: new Set(classOf(lex, 'mentions', 'standalone-heads')),
  /** Lowercase words for a natural feature or a structure, written right before its name ("fiume Hudson", "aeroporto Fiumicino"). */
  placeFeatureHeads: new Set(classOf(lex, 'mentions', 'place-feature-heads')),
  /** Articles of a masculine noun starting with s + consonant: "dello Stato", "allo Stato" name the state, "è stato" is a verb. */
  loArticles: new Set(classOf(lex, 'mentions', 'lo-articles')),
  subjectVerbs: new Set(classOf(lex, 'mentions', 'subject-verbs')),
  emergencyNumbers: new Set(classOf(lex, 'mentions', 'emergency-numbers')),
  townPaperHeads: new Set(classOf(lex, 'mentions', 'town-paper-heads')),
  numberServiceArticles: new Set(classOf(lex, 'mentions', 'number-service-articles')),
  surnameParticles: new Set(classOf(lex, 'mentions', 'surname-particles')),
  directions: new Set(classOf(lex, 'mentions', 'directions')),
  /** Direction adjectives written small after a place: "centrale", "settentrionale", "nordorientale". */
  directionAdjectives: new Set(classOf(lex, 'mentions', 'direction-adjectives')),
  /** Adjectives of Italian regions no adjective ending tells: "il consiglio regionale umbro", "la giunta lombarda". */
  regionalAdjectives: new Set(classOf(lex, 'mentions', 'regional-adjectives')),
  /** Words for a law that its number follows: "la legge 318", "il decreto 57". */
  lawHeads: new Set(classOf(lex, 'mentions', 'law-heads')),
  /** "nazionale": an adjective that, after a feminine article, is the noun for a country's team ("la nazionale italiana"). */
  teamNouns: new Set(classOf(lex, 'mentions', 'team-nouns')),
  /** Feminine singular articles, alone or joined to a preposition: "la", "della", "alla". */
  feminineArticles: new Set(classOf(lex, 'mentions', 'feminine-articles')),
  particles: new Set(classOf(lex, 'mentions', 'particles')),
  arabicArticles: new Set(classOf(lex, 'mentions', 'arabic-articles')),
  nameArticles: new Set(classOf(lex, 'mentions', 'name-articles')),
  /** Words for a broadcaster written big before its name: "Radio …", "TV …". */
  broadcasterNouns: new Set(classOf(lex, 'mentions', 'broadcaster-nouns')),
  /** "per": a body's name goes on past it and an article ("Agenzia per le Risorse Idriche"). */
  bodyPurpose: new Set(classOf(lex, 'mentions', 'body-purpose')),
  /** "e": a body's name goes on past it and "di" joined to an article ("Ministero del Turismo e dei Trasporti"). */
  bodyCoordinators: new Set(classOf(lex, 'mentions', 'body-coordinators')),
  streetHeads: new Set(classOf(lex, 'mentions', 'street-heads')),
  /** "stato": the state, though mostly a verb form. */
  stateNouns: new Set(classOf(lex, 'mentions', 'state-nouns')),
  /** "repubblica": the state a body belongs to ("Procura della Repubblica"). */
  republicNouns: new Set(classOf(lex, 'mentions', 'republic-nouns')),
  /** "don": a priest's title, written as part of his name. */
  priestTitles: new Set(classOf(lex, 'mentions', 'priest-titles')),
  /** "anni": a decade's name after it is not a name ("gli anni Quaranta"). */
  decadeNouns: new Set(classOf(lex, 'mentions', 'decade-nouns')),
  /** "pubblico ministero": a prosecutor, not a ministry; each phrase as its keys. */
  prosecutorPhrases: classOf(lex, 'mentions', 'prosecutor-phrases').map((p) => p.split(' ').map(normKey)),
  /** The bare preposition "di" before a lowercase complement of a portfolio ("ministro di grazia e giustizia"). */
  of: new Set(classOf(lex, 'mentions', 'of')),
  /** Street heads that are also prepositions or adverbs ("via": "in via Roma", "portato via"). */
  prepositionStreetHeads: new Set(classOf(lex, 'mentions', 'preposition-street-heads')),
  /** Company forms written with dots ("S.p.A."), each with the key of the token it opens with. */
  dottedCompanyForms: classOf(lex, 'mentions', 'dotted-company-forms').map((form) => ({
    form,
    key: normKey(form.split('.')[0] ?? ''),
  })),
  /** Club suffixes ("Calcio"): unlike a company form, they do not close the name. */
  clubSuffixes: new Set(classOf(lex, 'mentions', 'club-suffixes')),
  /** English connectors inside an organization's name ("Council of Europe", "Centers for Disease Control"). */
  nameOf: new Set(classOf(lex, 'mentions', 'name-of')),
  /** The English article after such a connector ("Institute for the Study of …"). */
  nameArticlesAfterOf: new Set(classOf(lex, 'mentions', 'name-articles-after-of')),
  /** The English "and" an English name goes on past. */
  nameAnd: new Set(classOf(lex, 'mentions', 'name-and')),
  /** Particles joined to a name by a hyphen: "al-Assad", "bin-Salman". */
  hyphenedNameParticles: new Set(classOf(lex, 'mentions', 'hyphened-name-particles')),
  /** Connectors joining two unknown names: "Santiago de Compostela", "Roccalta del Sasso". */
  nameJoiners: new Set(classOf(lex, 'mentions', 'name-joiners')),
  /** Words before a street's "via": "in via Roma", "della via Emilia", "e via Verdi". */
  streetViaBefore: new Set(classOf(lex, 'mentions', 'street-via-before')),
  /** Object and reflexive pronouns written onto an infinitive, a gerund or an imperative ("ridurlo", "dicendogli", "darglielo"), longest first. */
  clitics: classOf(lex, 'mentions', 'clitics'),
  titleCaseWords: new Set(classOf(lex, 'mentions', 'title-case-words')),
  /** cliticVerb's answers by key: a word recurs, and each answer slices and looks up a stem per clitic. */
  cliticVerbKeys: new Map<string, boolean>(),
  /** Words naming the holder of a portfolio ("ministro", "ministero"): a portfolio after them is part of their title. */
  portfolioBodies: new Set(classOf(lex, 'mentions', 'portfolio-bodies')),
  /** A saint's title written before the saint's names: "San", "Santa", "Santo". */
  saintTitles: new Set(classOf(lex, 'mentions', 'saint-titles')),
  /** Social networks and sharing platforms, written as the medium of what someone posted. */
  platforms: new Set(classOf(lex, 'mentions', 'platforms')),
  /** Prepositions and nouns that make a platform after them the medium: "su", "via", "profilo", "account". */
  mediumCues: new Set(classOf(lex, 'mentions', 'medium-cues')),
  /** Bodies news name after the one leading them: "il governo Letta", "l'amministrazione Obama", "la giunta Sala". */
  leaderLedBodies: new Set(classOf(lex, 'mentions', 'leader-led-bodies')),
  /** Articles, alone or joined to a preposition, that open a title ("il Codice …", "al Salone …", "nel Programma …"). */
  titleOpeners: new Set(classOf(lex, 'mentions', 'title-openers')),
  /** Body nouns with a generic sense too ("amministrazione", "tribunale"): a body only after a definite article and before its adjective or seat. */
  guardedInstitutions: new Set(classOf(lex, 'mentions', 'guarded-institutions')),
  /** Words that make such a noun a state, not a body ("amministrazione straordinaria"). */
  guardedInstitutionStops: new Set(classOf(lex, 'mentions', 'guarded-institution-stops')),
  /** "Under", "U": an age category written after a national team, with its age ("Under 19", "U-17", "U21"). */
  ageCategories: new Set(classOf(lex, 'mentions', 'age-categories')),
  /** Particles of foreign surnames that no Italian phrase starts with, inside a full name: "Benítez de Olmedo", "Arrieta y Velasco". */
  innerSurnameParticles: new Set(classOf(lex, 'mentions', 'inner-surname-particles')),
  /** Words for a part of a country or a continent written before its name, big or small: "nord Italia", "Sud America". */
  placeDirections: new Set(classOf(lex, 'mentions', 'place-directions')),
  /** Every prefix of the keys of towns named in several words ("bagnolo in piano"), to match them token by token. */
  townPrefixes: townNamePrefixes(lex),
  /** First parts of a hyphened adjective for a part of a place: "sub-alpino", "centro-meridionale". */
  placePartPrefixes: new Set(classOf(lex, 'mentions', 'place-part-prefixes')),
  /** "azzurra": the colour a country's team is named by, written after "nazionale" ("la Nazionale azzurra"). */
  teamColours: new Set(classOf(lex, 'mentions', 'team-colours')),
  /** Endings of the model's morphology (morphology.txt): a class the model lacks matches no word. */
  infinitiveEnding: endingPatternIn(lex.morphology, 'infinitive'),
  /** An adverb's or a gerund's ending. */
  adverbEnding: endingPatternIn(
    new Map([['adverb', [...(lex.morphology.get('adverb') ?? []), ...(lex.morphology.get('gerund') ?? [])]]]),
    'adverb',
  ),
  officeAdjective: endingPatternIn(lex.morphology, 'office-adjective'),
  pluralVerbEnding: endingPatternIn(lex.morphology, 'plural-verb'),
  adjectiveEndings: endingPatternIn(lex.morphology, 'adjective'),
  /** The one ending of an adjective in -are ("consolare"), if the model has one. */
  areAdjective: lex.morphology.get('are-adjective')?.[0],
  /** Heads of bodies and places named after a person ("Fondazione Anna Berti", "Piazza Vittorio Emanuele"). */
  namedAfterHeads: new Set(classOf(lex, 'mentions', 'named-after-heads').map(normKey)),
  /** Heads of banks: the town after "di" stays in the name ("Banca Popolare di Milano"). */
  seatHeads: new Set(classOf(lex, 'mentions', 'seat-heads').map(normKey)),
  /** Top-level domains ending a website's address: "com", "it", "gov". */
  domainEndings: new Set(classOf(lex, 'mentions', 'domain-endings')),
}));
export type MentionWords = ReturnType<typeof mentionWords>;

/** The words of the organization bounds rules in one model (mentions-org-bounds.txt), built once per model lexicon. */
const boundWords = perModel((lex: Lexicon) => ({
  qualifiedBodyHeads: new Set(classOf(lex, 'mentions-org-bounds', 'qualified-body-heads')),
  /** "anti": an adjective made with it is invariable, no ending tells it ("la Commissione antifrode"). */
  invariablePrefixes: classOf(lex, 'mentions-org-bounds', 'invariable-adjective-prefixes'),
  /** "al", "alla": "a" joined to an article, inside a body's name before a name written big. */
  toArticles: new Set(classOf(lex, 'mentions-org-bounds', 'to-articles')),
}));

/** The keys of towns named in several words, and their prefixes that end where a token may end: before a space or a hyphen, after an apostrophe or a hyphen. */
function townNamePrefixes(lex: Lexicon): Set<string> {
  const prefixes = new Set<string>();
  for (const key of lex.cities) {
    if (!key.includes(' ')) continue;
    for (let n = 1; n < key.length; n++) {
      const next = key[n];
      const prev = key[n - 1];
      if (next === ' ' || next === '-' || prev === "'" || prev === '-') prefixes.add(key.slice(0, n));
    }
    prefixes.add(key);
  }
  return prefixes;
}

/**
 * mention.town-in-words: "Bagnolo in Piano", "Cadelbosco di Sopra", "Campione d'Italia": a town the city list names
 * with a word written small inside, matched whole; the end past it, or -1.
 */
function townInWords(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  let acc = '';
  let found = -1;
  let small = false;
  for (let k = i; k < limit && k - i < 8; k++) {
    const t = tokens[k] as Token;
    acc = keyThrough(acc, tokens, i, k, false);
    if (!mw.townPrefixes.has(acc)) break;
    if (t.kind === 'word' && !t.cap) small = true;
    if (k > i && small && t.cap && lex.cities.has(acc)) found = k + 1;
  }
  return found;
}
/** A country, an organization or a person known by surname: parties of "Russia-Ucraina", "Musk-Putin", never one compound name. */
function isCountryOrActor(key: string, lex: Lexicon): boolean {
  const g = lex.gazetteer.get(key);
  if (g && (g.type !== 'Place' || countryNames(lex).has(g.canonical))) return true;
  return lex.knownSurnames.has(key) || lex.firstNames.has(key);
}

let countrySet: { lex: Lexicon; names: Set<string> } | null = null;
/** Canonical names of countries (those with a demonym). */
export function countryNames(lex: Lexicon): Set<string> {
  if (countrySet?.lex === lex) return countrySet.names;
  const names = new Set<string>(lex.demonyms.values());
  countrySet = { lex, names };
  return names;
}

/** A Roman numeral: an ordinal ("XX secolo", "Leone IX"), not an acronym. */
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
/** The sign that joins the names of a company's partners. */
const AMPERSAND = '&';
/** Quotes around a nickname inside a name. */
const NICKNAME_QUOTES = new Set(['"', '“', '”']);
/** A road's number: "autostrada A1", "statale 36". */
const ROAD_NUMBER = /^[A-Z]{1,2}\d{1,3}$/;
/** A capitalized English plural: "Marlins", "Bulls", "Raptors" (not "-ss", "-us", "-is"). */
const ENGLISH_PLURAL = /^\p{Lu}\p{Ll}+[^suiy]s$/u;

/** Adverbs and gerunds ("rapidamente", "arrivando"): not a subject's verb, nor a name. */

/** "Stato" written big in mid-sentence is the state ("Consiglio di Stato"), though "stato" is mostly a verb form. */
function isCapitalizedState(t: Token | undefined, mw: MentionWords): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !t.initial && mw.stateNouns.has(t.key);
}

/** A common noun written big in mid-sentence, inside a head-led name: "Consiglio dei Ministri". */
function bigCommonNoun(t: Token | undefined, lex: Lexicon): boolean {
  return t !== undefined && t.kind === 'word' && t.cap && !t.initial && lex.commonCapitalized.has(t.key);
}

/** An adjective written big after a head: "Amministrativo", "Generale"; not a known name nor a first name. */
function bigAdjective(t: Token | undefined, lex: Lexicon, mw: MentionWords): boolean {
  if (t === undefined || t.kind !== 'word' || !t.cap || t.upper || !t.spaceBefore) return false;
  if (lex.gazetteer.has(t.key) || lex.firstNames.has(t.key) || lex.cities.has(t.key) || lex.knownSurnames.has(t.key))
    return false;
  return mw.officeAdjective.test(t.key) || (mw.adjectiveEndings.test(t.key) && lex.commonWords.has(t.key));
}

/** Endings of the adjectives of offices and courts ("Regionale", "Amministrativo", "Superiore", "Civico"). */

/** "annunciato via Instagram": "via" after a verb or a noun means "through", and an organization after it is no street. */
function viaIsPreposition(tokens: Token[], i: number, lex: Lexicon, mw: MentionWords): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (next && lex.gazetteer.get(next.key)?.type === 'Organization') return true;
  if (!prev || prev.sentence !== (tokens[i] as Token).sentence || prev.kind !== 'word') return false;
  return !mw.streetViaBefore.has(prev.key);
}

/** A verb right after a name makes the name its subject ("Macron ha incontrato…", "Di Pietro ha detto…"). */
function isVerbAfter(t: Token | undefined, lex: Lexicon, mw: MentionWords): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    (mw.subjectVerbs.has(t.key) || lex.speechCues.has(t.key) || lex.relationVerbs.has(t.key))
  );
}

const CLITIC_VERB_KEYS_MAX = 65536;

/** A verb with its pronouns attached: "ridurlo" (ridurre), "farne" (fare), "dicendolo" (dicendo), "dirglielo". */
function cliticVerb(key: string, lex: Lexicon, mw: MentionWords): boolean {
  let verb = mw.cliticVerbKeys.get(key);
  if (verb === undefined) {
    verb = readCliticVerb(key, lex, mw);
    if (mw.cliticVerbKeys.size >= CLITIC_VERB_KEYS_MAX) mw.cliticVerbKeys.clear();
    mw.cliticVerbKeys.set(key, verb);
  }
  return verb;
}

function readCliticVerb(key: string, lex: Lexicon, mw: MentionWords): boolean {
  for (const clitic of mw.clitics) {
    if (!key.endsWith(clitic) || key.length - clitic.length < 3) continue;
    const stem = key.slice(0, key.length - clitic.length);
    if (lex.verbFinite.has(stem) || lex.verbNonfinite.has(`${stem}e`) || lex.verbNonfinite.has(`${stem}re`))
      return true;
    if (
      mw.clitics.some(
        (inner) => stem.endsWith(inner) && lex.verbNonfinite.has(`${stem.slice(0, stem.length - inner.length)}e`),
      )
    )
      return true;
  }
  return false;
}

/**
 * An ordinary Italian word (a verb form, an adverb, a pronoun, a numeral …):
 * capitalized at a sentence start it is no evidence of a name ("Penso", "Arrivano", "Entrambi", "Ridurlo").
 */
export function isOrdinaryWord(key: string, lex: Lexicon = LEXICON, mw: MentionWords = mentionWords(lex)): boolean {
  return lex.commonWords.has(key) || lex.verbFinite.has(key) || lex.verbNonfinite.has(key) || cliticVerb(key, lex, mw);
}

/**
 * Tokens of shouted text: a line written wholly in capitals (a headline, a kicker), or a run of
 * capitalized words that holds a function word or an ordinary word ("DAL NOSTRO INVIATO", "SULLO YACHT").
 * Only names the gazetteer knows are taken from it.
 */
export function shoutedTokens(
  seg: Segmentation,
  lex: Lexicon = LEXICON,
  mw: MentionWords = mentionWords(lex),
): Uint8Array {
  const { tokens, text } = seg;
  const shouted = new Uint8Array(tokens.length);
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (!(t.kind === 'word' && t.upper && t.text.length > 1)) {
      k++;
      continue;
    }
    let end = k;
    let words = 0;
    let ordinary = false;
    while (end < tokens.length) {
      const x = tokens[end] as Token;
      // One-letter words inside a run are articles and conjunctions ("CHIEDE I CONTI", "SOLDI E PROMESSE").
      const letter = x.kind === 'word' && x.cap && x.text.length === 1 && lex.functionWords.has(x.key);
      if (letter || (x.kind === 'word' && x.upper && (x.text.length > 1 || x.key.endsWith("'")))) {
        words++;
        if (lex.functionWords.has(x.key) || isOrdinaryWord(x.key, lex, mw)) ordinary = true;
      } else if (!(x.kind === 'punct' && (x.text === "'" || x.text === '’'))) break;
      if (end + 1 < tokens.length && text.slice(x.end, (tokens[end + 1] as Token).start).includes('\n')) {
        end++;
        break;
      }
      end++;
    }
    const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
    const lineEndAt = text.indexOf('\n', t.start);
    const line = text.slice(lineStart, lineEndAt < 0 ? text.length : lineEndAt);
    const wholeLine = !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 2;
    if ((words >= 2 && ordinary) || wholeLine) shouted.fill(1, k, end);
    k = Math.max(end, k + 1);
  }
  titleCaseLines(seg, mw, shouted);
  return shouted;
}

/** How many words longer than a function word a line in title case holds at least. */
const TITLE_CASE_WORDS = 3;

/**
 * "Residents Fear Flooding After Storm": a line whose every longer word is capitalized and where a preposition or a
 * conjunction that a model's headlines write big in title case is capitalized past its first word is a headline
 * in title case; its capitals are no evidence of names either. A sentence never writes one big inside it, a list
 * of names never does. A model whose headlines are in sentence case (Italian) lists none.
 */
function titleCaseLines(seg: Segmentation, mw: MentionWords, shouted: Uint8Array): void {
  if (mw.titleCaseWords.size === 0) return;
  const { tokens, text } = seg;
  let a = 0;
  while (a < tokens.length) {
    let b = a + 1;
    while (b < tokens.length && !text.slice((tokens[b - 1] as Token).end, (tokens[b] as Token).start).includes('\n'))
      b++;
    let long = 0;
    let lowerLong = false;
    let bigFunctionWord = false;
    for (let k = a; k < b; k++) {
      const t = tokens[k] as Token;
      if (t.kind !== 'word') continue;
      if (t.text.length > 3) {
        long++;
        if (!t.cap) lowerLong = true;
      }
      if (k > a && t.cap && !t.upper && mw.titleCaseWords.has(t.key)) bigFunctionWord = true;
    }
    if (long >= TITLE_CASE_WORDS && !lowerLong && bigFunctionWord) shouted.fill(1, a, b);
    a = b;
  }
}

/** Third-person plural verb endings: "i carabinieri arrivano" ends the name before its verb, though "-ano" also ends adjectives. */

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word';
}

/** Keys of words written capitalized in mid-sentence somewhere in the article: evidence that a sentence-initial occurrence is a name too. */
export function midSentenceCapitals(seg: Segmentation, lex: Lexicon = LEXICON): Set<string> {
  const set = new Set<string>();
  for (const t of seg.tokens) if (t.cap && !t.initial && !lex.functionWords.has(t.key)) set.add(t.key);
  return set;
}

/**
 * `acc`, the key of the tokens from `first` to before `k`, with token `k` joined as normKey joins words: a space between
 * two words, none after an elision or around a hyphen. `textSpaces`: a space only where the text has one too.
 */
function keyThrough(acc: string, tokens: Token[], first: number, k: number, textSpaces: boolean): string {
  const t = tokens[k] as Token;
  if (k === first) return acc + t.key;
  const prev = tokens[k - 1] as Token;
  const space = (!textSpaces || t.spaceBefore) && !prev.key.endsWith("'") && t.key !== '-' && prev.key !== '-';
  return acc + (space ? ' ' : '') + t.key;
}

function gazetteerMatch(
  seg: Segmentation,
  i: number,
  limit: number,
  lex: Lexicon,
  exactCase = false,
): { entry: GazetteerEntry; last: number } | null {
  const { tokens, text } = seg;
  const first = tokens[i] as Token;
  if (!lex.gazetteerFirst.has(first.key)) return null;
  const max = Math.min(lex.gazetteerMaxTokens, limit - i);
  // Keys of the candidate spans, built from token keys as normKey would join them, while still a prefix of some name.
  const keys: string[] = [];
  let acc = '';
  for (let n = 1; n <= max; n++) {
    acc = keyThrough(acc, tokens, i, i + n - 1, true);
    if (!lex.gazetteerPrefixes.has(acc)) break;
    keys.push(acc);
  }
  for (let n = keys.length; n >= 1; n--) {
    const lastTok = tokens[i + n - 1] as Token;
    if (lastTok.kind === 'punct') continue;
    if (!lex.gazetteer.has(keys[n - 1] as string)) continue;
    const surface = text.slice(first.start, lastTok.end);
    if (surface.includes('\n')) continue;
    const entry = lex.gazetteer.get(keys[n - 1] as string);
    if (!entry) continue;
    // At a sentence start capitalization proves nothing: the form must be written exactly ("Nato a Roma" is not NATO).
    if ((first.initial && n === 1) || exactCase || (n > 1 && lex.functionWords.has(first.key))) {
      if (!entry.forms.includes(surface.replace(/’/g, "'").replace(/' /g, "'"))) continue;
    }
    // Short all-caps forms (US, AP, X) must be written in capitals, unless the lexicon lists the form as written ("negli Usa") in mid-sentence.
    if (
      n === 1 &&
      surface.length <= 3 &&
      surface !== surface.toUpperCase() &&
      (first.initial || !entry.forms.includes(surface))
    )
      continue;
    if (n === 1 && surface.length === 1) {
      const dot = tokens[i + 1];
      const after = tokens[i + 2];
      if (dot?.text === '.' && after?.cap && !dot.spaceBefore && !lex.functionWords.has(after.key)) continue;
      const prev = tokens[i - 1];
      if (prev?.cap || tokens[i + 1]?.cap) continue;
    }
    return { entry, last: i + n };
  }
  return null;
}

/** A capitalized word the lexicons know nothing about: not a place, an organization word, a head, a known name or an ordinary word. */
function unknownName(t: Token, lex: Lexicon, mw: MentionWords): boolean {
  return (
    !knownElsewhere(t, lex) &&
    !lex.orgWords.has(t.key) &&
    !lex.firstNames.has(t.key) &&
    !lex.commonCapitalized.has(t.key) &&
    !isOrdinaryWord(t.key, lex, mw)
  );
}

/** A word written in capitals, or one the lexicons name something with: a known name, a town, a head, a surname. */
function knownElsewhere(t: Token, lex: Lexicon): boolean {
  return (
    t.upper || lex.gazetteer.has(t.key) || lex.cities.has(t.key) || lex.heads.has(t.key) || lex.knownSurnames.has(t.key)
  );
}

/** The lowercase second syllable of a romanized Korean or Chinese given name, glued to the first by a hyphen. */
function eastAsianSyllable(t: Token | undefined): boolean {
  return isWord(t) && !t.cap && !t.spaceBefore && /^[a-z]{2,4}$/.test(t.text);
}

function nameLike(t: Token | undefined, lex: Lexicon): boolean {
  if (!isWord(t) || !t.cap) return false;
  if (elided(t.text)) return false;
  if (t.text.length === 1) return false;
  if (lex.functionWords.has(t.key) && !t.upper) return false;
  if (lex.commonCapitalized.has(t.key)) return false;
  return true;
}

/**
 * A given name that also spells a small word ("Sara" and "sarà", "Primo", "Salvo", "Li") opens a name when a
 * surname follows it, written big and apart, not a month ("Primo Maggio").
 */
function givenNameBeforeSurname(tokens: Token[], i: number, lex: Lexicon): boolean {
  const next = tokens[i + 1];
  return (
    givenNameThenName(tokens, i, lex) &&
    (next as Token).sentence === (tokens[i] as Token).sentence &&
    !lex.months.has((next as Token).key)
  );
}

/** A known given name, not in capitals, then a word written big and apart that may be a name. */
function givenNameThenName(tokens: Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  return !t.upper && lex.firstNames.has(t.key) && nameLike(next, lex) && (next as Token).spaceBefore;
}

function isInitial(seg: Segmentation, i: number): boolean {
  const t = seg.tokens[i];
  const dot = seg.tokens[i + 1];
  const next = seg.tokens[i + 2];
  return isWord(t) && t.cap && t.text.length === 1 && dot?.text === '.' && !dot.spaceBefore && isWord(next) && next.cap;
}

/** "-are" right after a body's name: an adjective ("parlamentare"), though it also spells an infinitive. */

/** "Corte costituzionale", "Parlamento macedone", "governo cinese": up to two adjectives after an organization head. */
function extendAdjectives(tokens: Token[], end: number, limit: number, lex: Lexicon, mw: MentionWords): number {
  let k = end;
  while (k < limit && k - end < 2) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.cap || !t.spaceBefore || lex.functionWords.has(t.key)) break;
    // "Commissione parlamentare", "polizia militare", "Banca popolare": right after a body's name an "-are" word is an
    // adjective, whatever verb it also spells; an infinitive would need "di" or "a" there.
    const areAdjective =
      t.key.length >= 7 && mw.areAdjective !== undefined && t.key.endsWith(mw.areAdjective) && k === end;
    if (
      !lex.demonyms.has(t.key) &&
      !mw.regionalAdjectives.has(t.key) &&
      !mw.adjectiveEndings.test(t.key) &&
      !areAdjective &&
      !prefixedAdjective(t.key, lex) &&
      !longBodyWords(lex).partyAdjectives.has(t.key)
    )
      break;
    if (lex.speechCues.has(t.key) || lex.relationVerbs.has(t.key)) break;
    if (!lex.demonyms.has(t.key) && lex.verbFinite.has(t.key) && mw.pluralVerbEnding.test(t.key)) break;
    k++;
  }
  return k;
}

/**
 * mention.prefixed-adjective: "la Commissione antifrode", "il nucleo antisommossa": a word made with a prefix of
 * invariable adjectives ("anti") is an adjective of the body before it, which no ending tells.
 */
function prefixedAdjective(key: string, lex: Lexicon): boolean {
  for (const prefix of boundWords(lex).invariablePrefixes)
    if (key.length > prefix.length + 3 && key.startsWith(prefix)) return true;
  return false;
}

/**
 * A lowercase noun that completes a body's name after "di", "del" …: "cassazione", "giornalisti"; not a function word,
 * an adverb, a reporting word, nor an infinitive the sentence goes on with ("ha chiesto al Comune di costituirsi").
 */
function lowercaseComplement(t: Token | undefined, lex: Lexicon, mw: MentionWords): boolean {
  return (
    isWord(t) &&
    !t.cap &&
    !lex.functionWords.has(t.key) &&
    t.key.length > 3 &&
    !lex.speechCues.has(t.key) &&
    !mw.adverbEnding.test(t.key) &&
    !(mw.infinitiveEnding.test(t.key) && lex.verbNonfinite.has(t.key)) &&
    !cliticVerb(t.key, lex, mw)
  );
}

/** How far back a minister's title may stand before a portfolio: "ministro dell'Istruzione, dell'Università e della Ricerca". */
const PORTFOLIO_WINDOW = 8;

/** A minister's title or a ministry shortly before token `i` in its sentence. */
function ministryBefore(tokens: Token[], i: number, lex: Lexicon, mw: MentionWords): boolean {
  const sentence = (tokens[i] as Token).sentence;
  for (let k = i - 2; k >= 0 && k >= i - PORTFOLIO_WINDOW; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (lex.titles.get(t.key) === 'MINISTER_OF' || mw.portfolioBodies.has(t.key)) return true;
  }
  return false;
}

/**
 * A body named after its leader: the body's noun, then a name the gazetteer does not know ("il Governo Letta", "la
 * giunta Sala"): the body and the person are two entities. "il governo Usa" and "la Giunta Regionale" are no such name.
 */
export function leaderLedBody(tokens: Token[], i: number, lex: Lexicon, mw: MentionWords = mentionWords(lex)): boolean {
  const head = tokens[i] as Token;
  const name = tokens[i + 1];
  return (
    mw.leaderLedBodies.has(head.key) &&
    isWord(name) &&
    name.cap &&
    !name.upper &&
    name.spaceBefore &&
    name.sentence === head.sentence &&
    nameLike(name, lex) &&
    !lex.gazetteer.has(name.key) &&
    !lex.orgWords.has(name.key) &&
    !lex.demonyms.has(name.key) &&
    !bigAdjective(name, lex, mw)
  );
}

/**
 * mention.numbered-cabinet: "il governo Rossi II", "la giunta Berti III": a body named after its leader and numbered by
 * a Roman numeral is one name, the body's, not the body and the person; pushes it where it is one.
 */
function numberedCabinet(scan: MentionScan, i: number): boolean {
  const numeral = scan.tokens[i + 2];
  if (
    !isWord(numeral) ||
    !numeral.upper ||
    !numeral.spaceBefore ||
    numeral.sentence !== (scan.tokens[i] as Token).sentence ||
    !ROMAN_NUMERAL.test(numeral.text) ||
    nameLike(scan.tokens[i + 3], scan.lex)
  )
    return false;
  scan.bound = 'mention.numbered-cabinet';
  pushMention(scan, i, i + 3, null, 'Organization', 'type.body-of-leader');
  return true;
}

/**
 * "Codice della strada", "Salone del libro", "Carta dei diritti": a word written big mid-sentence that no lexicon knows
 * as a name, and its lowercase complement, are one name of nothing the words tell (Other); cut after the noun, "Codice"
 * would be a junk node. The surname of a full name in the article is left alone.
 */
function commonNounTitle(seg: Segmentation, m: MentionCandidate, lex: Lexicon, mw: MentionWords): void {
  const { tokens } = seg;
  if (m.last - m.first !== 1 || m.gazetteer || m.headType) return;
  const noun = tokens[m.first] as Token;
  const connector = tokens[m.last];
  const complement = tokens[m.last + 1];
  if (!noun.cap || noun.upper || noun.initial || lex.titles.has(noun.key) || lex.gazetteer.has(noun.key)) return;
  if (lex.firstNames.has(noun.key) || lex.knownSurnames.has(noun.key) || lex.cities.has(noun.key)) return;
  if (connector === undefined || !mw.lowerHeadConnectors.has(connector.key) || connector.sentence !== m.sentence)
    return;
  if (complement === undefined || complement.kind !== 'word' || complement.cap || complement.sentence !== m.sentence)
    return;
  if (
    complement.text.length < 4 ||
    lex.functionWords.has(complement.key) ||
    lex.commonWords.has(complement.key) ||
    lex.verbFinite.has(complement.key) ||
    lex.verbNonfinite.has(complement.key) ||
    cliticVerb(complement.key, lex, mw)
  )
    return;
  // An article before: "il Codice", "al Salone". A person's surname goes bare.
  const article = tokens[m.first - 1];
  if (article === undefined || article.cap || !mw.titleOpeners.has(article.key)) return;
  m.last += 2;
  m.end = complement.end;
  m.text = seg.text.slice(m.start, m.end);
  m.type = 'Other';
  m.strength = RULE_STRENGTH['type.common-noun-title'];
  m.rule = 'type.common-noun-title';
}

/**
 * What one document's scan reads and writes. The phases below get it whole so that each stays a small function of
 * its own (V8 optimizes a large function again every time a branch is first reached, and a cold pass pays for it).
 */
class MentionScan {
  readonly tokens: Token[];
  readonly text: string;
  readonly out: MentionCandidate[] = [];
  /** Set by `extendName`: the name ends on a word that is not name-like by itself ("SpA", "Dalla"), so no trimming. */
  keepEnd = false;
  /** The bounds rule of the next candidate pushed, set by the phase that applies it. */
  bound: MentionRuleId | null = null;
  /** The words of the document's model. */
  readonly words: MentionWords;
  /** The document's function words written as surnames (`documentSurnames`), built when first asked for. */
  surnames: Set<string> | null = null;
  constructor(
    readonly seg: Segmentation,
    readonly lex: Lexicon,
    readonly vocabulary: Set<string> | null,
    readonly tags: SentenceTags | null,
    readonly docCaps: Set<string>,
    readonly shouted: Uint8Array,
  ) {
    this.tokens = seg.tokens;
    this.text = seg.text;
    this.words = mentionWords(lex);
  }
}

/** Every candidate is built here, all fields in one order, so the stages after see one object shape. */
function pushMention(
  scan: MentionScan,
  first: number,
  last: number,
  gazetteer: GazetteerEntry | null,
  headType: EntityType | null,
  rule: TypingRuleId | undefined = undefined,
  generic = false,
): void {
  const a = scan.tokens[first] as Token;
  const b = scan.tokens[last - 1] as Token;
  const typedBy = rule ?? (gazetteer ? 'type.gazetteer' : headType ? 'type.head-noun' : 'type.capitalized-name');
  scan.out.push({
    start: a.start,
    end: b.end,
    first,
    last,
    text: scan.text.slice(a.start, b.end),
    sentence: a.sentence,
    type: gazetteer?.type ?? headType ?? 'Person',
    strength: RULE_STRENGTH[typedBy],
    gazetteer,
    headType,
    generic,
    rule: typedBy,
    typedByKind: false,
    bound: scan.bound,
    reading: undefined,
  });
  scan.bound = null;
}

/** The end of a run of name-like words, each after a space, from `end`. */
function nameRunEnd(tokens: Token[], end: number, limit: number, lex: Lexicon): number {
  while (end < limit && nameLike(tokens[end], lex) && (tokens[end] as Token).spaceBefore) end++;
  return end;
}

/** "don Ettore", "Don Lorenzo Milani": the priest's "don" is written as part of his name. */
function priestName(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const next = tokens[i + 1];
  if (!nameLike(next, lex) || !(next as Token).spaceBefore || lex.gazetteer.has((next as Token).key)) return -1;
  const end = nameRunEnd(tokens, i + 2, limit, lex);
  pushMention(scan, i, end, null, null, 'type.priest');
  return end;
}

/**
 * "la nazionale italiana", "della Nazionale azzurra": after a feminine article the adjective stands for the
 * national team, with its nationality; "il lutto nazionale", "la sicurezza nazionale" keep it an adjective.
 */
function nationalTeam(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens } = scan;
  const t = tokens[i] as Token;
  const article = tokens[i - 1];
  if (
    t.upper ||
    article === undefined ||
    article.sentence !== t.sentence ||
    article.cap ||
    !mw.feminineArticles.has(article.key)
  )
    return -1;
  let end = extendAdjectives(tokens, i + 1, limit, scan.lex, mw);
  // mention.team-colour: "la Nazionale azzurra", the team named by its colour.
  const colour = tokens[end];
  if (end < limit && isWord(colour) && !colour.cap && colour.spaceBefore && mw.teamColours.has(colour.key)) {
    end++;
    scan.bound = 'mention.team-colour';
  }
  const ageEnd = ageCategoryEnd(tokens, end, limit, mw);
  if (ageEnd > 0) {
    end = ageEnd;
    scan.bound = 'mention.age-category';
  }
  pushMention(scan, i, end, null, 'Organization', 'type.national-team', end === i + 1);
  return end;
}

/**
 * mention.age-category: the end past an age category at `at` ("Under 19", "U-17", "U21") that names a team's age
 * group; -1 where there is none.
 */
function ageCategoryEnd(tokens: Token[], at: number, limit: number, mw: MentionWords): number {
  const word = tokens[at];
  if (!isWord(word) || !word.cap || !word.spaceBefore || at >= limit) return -1;
  const age = word.key.replace(/\d+$/, '');
  if (!mw.ageCategories.has(age)) return -1;
  if (age !== word.key) return at + 1;
  const dash = tokens[at + 1];
  const joined = dash?.text === '-' && !dash.spaceBefore;
  const number = tokens[joined ? at + 2 : at + 1];
  if (number?.kind !== 'num' || number.sentence !== word.sentence || (joined && number.spaceBefore)) return -1;
  return joined ? at + 3 : at + 2;
}

/** "la legge 318", "il decreto 57/2011": a word for a law and its number name a text. */
function lawNumber(scan: MentionScan, i: number): number {
  const { tokens } = scan;
  const t = tokens[i] as Token;
  const number = tokens[i + 1];
  if (number?.kind !== 'num' || !number.spaceBefore || number.sentence !== t.sentence) return -1;
  let end = i + 2;
  while (
    tokens[end]?.text === '/' &&
    !(tokens[end] as Token).spaceBefore &&
    tokens[end + 1]?.kind === 'num' &&
    !(tokens[end + 1] as Token).spaceBefore
  )
    end += 2;
  pushMention(scan, i, end, null, 'Work', 'type.law-number');
  return end;
}

function prosecutorPhraseAt(tokens: Token[], i: number, mw: MentionWords): boolean {
  for (const words of mw.prosecutorPhrases) {
    let all = true;
    for (let n = 0; n < words.length; n++) {
      if (tokens[i - words.length + 1 + n]?.key !== words[n]) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * "la polizia", "il governo cinese", "il consiglio comunale"; "il pubblico ministero" is a prosecutor, not a ministry.
 * -1: no institution here; otherwise the next token to scan.
 */
function institution(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, text, lex } = scan;
  const t = tokens[i] as Token;
  if (!(lex.institutions.has(t.key) || lex.institutionFirst.has(t.key)) || prosecutorPhraseAt(tokens, i, mw)) return -1;
  // Longest listed form first ("vigili del fuoco", "consiglio dei ministri").
  let base = i + 1;
  for (let n = Math.min(4, limit - i); n >= 2; n--) {
    if (lex.institutions.has(normKey(text.slice(t.start, (tokens[i + n - 1] as Token).end)))) {
      base = i + n;
      break;
    }
  }
  // "amministrazione", "giunta" alone: the guarded reading below decides.
  if (base === i + 1 && !lex.institutions.has(t.key)) return mw.guardedInstitutions.has(t.key) ? -1 : i + 1;
  // "il ministero degli Esteri", "il ministero della salute": the portfolio, in either case, completes the name.
  // The country's adjective after it stays out ("il ministero degli Esteri russo"): with it the body would
  // read as the country's voice, and the foreign ministry is a speaker of its own.
  const connector = tokens[base];
  const portfolioAfter = tokens[base + 1];
  let completed = false;
  if (
    base === i + 1 &&
    connector !== undefined &&
    mw.lowerHeadConnectors.has(connector.key) &&
    isWord(portfolioAfter) &&
    portfolioAfter.sentence === t.sentence &&
    (lex.portfolios.has(portfolioAfter.key) ||
      (mw.of.has(connector.key) &&
        !portfolioAfter.cap &&
        lowercaseComplement(portfolioAfter, lex, mw) &&
        !lex.verbFinite.has(portfolioAfter.key) &&
        !lex.verbNonfinite.has(portfolioAfter.key) &&
        !cliticVerb(portfolioAfter.key, lex, mw)))
  ) {
    base += 2;
    completed = true;
  }
  const end = completed ? base : extendAdjectives(tokens, base, limit, lex, mw);
  pushMention(scan, i, end, null, 'Organization', undefined, !lex.demonyms.has((tokens[end - 1] as Token).key));
  return end;
}

/**
 * "oceano Pacifico", "stadio Aldo Ferretti", "statale Salaria": a lowercase word for a natural feature or a
 * structure, then its capitalized name, is a place written whole; not an acronym ("l'emittente statale KCNA").
 */
function placeFeature(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const named = tokens[i + 1];
  if (
    !isWord(named) ||
    !named.cap ||
    !named.spaceBefore ||
    named.sentence !== t.sentence ||
    !((nameLike(named, lex) && !named.upper) || ROAD_NUMBER.test(named.text))
  )
    return -1;
  const end = nameRunEnd(tokens, i + 2, limit, lex);
  pushMention(scan, i, end, null, 'Place');
  return end;
}

/** "università di Oxford", "provincia di Cuneo", "piazza Tienanmen": a lowercase head and the name it introduces. */
function lowerHeadName(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const head = lex.heads.get(t.key);
  if (
    !head ||
    head === 'Event' ||
    lex.headJoin.get(t.key) !== 'join' ||
    lex.titles.has(t.key) ||
    !mw.lowerHeads.has(t.key)
  )
    return -1;
  // mention.prosecutor-seat-apart: "il pubblico ministero di Valmora": a prosecutor and the seat of the office, no
  // ministry; the seat is left to a name of its own.
  if (prosecutorPhraseAt(tokens, i, mw)) return -1;
  const c = tokens[i + 1];
  const n = tokens[i + 2];
  let end = -1;
  if (c && mw.lowerHeadConnectors.has(c.key) && elidedSaintAt(tokens, i + 2, lex)) {
    // mention.saint-in-name: "convento di Sant'Eufemia".
    end = i + 4;
    scan.bound = 'mention.saint-in-name';
  } else if (
    c &&
    mw.lowerHeadConnectors.has(c.key) &&
    nameLike(n, lex) &&
    (n as Token).sentence === t.sentence &&
    !lex.firstNames.has((n as Token).key)
  )
    end = i + 3;
  else if (
    mw.streetHeads.has(t.key) &&
    nameLike(c, lex) &&
    !(mw.prepositionStreetHeads.has(t.key) && viaIsPreposition(tokens, i, lex, mw))
  )
    end = i + 2;
  else if (head === 'Organization' && bodyNameAfterSmallHead(scan, i)) {
    end = i + 2;
    scan.bound = 'mention.small-head-before-name';
  }
  if (end < 0) return -1;
  end = extendAdjectives(tokens, nameRunEnd(tokens, end, limit, lex), limit, lex, mw);
  if (mw.streetHeads.has(t.key)) end = houseNumberEnd(scan, end, limit);
  pushMention(scan, i, end, null, head);
  return end;
}

/**
 * mention.small-head-before-name: "l'università Vlandra", "il dipartimento Brenola": an organization's head written
 * small right before a name written big that is no person's, no place's and no other body's head is part of the body's
 * name.
 */
function bodyNameAfterSmallHead(scan: MentionScan, i: number): boolean {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const name = tokens[i + 1];
  return (
    nameLike(name, lex) &&
    (name as Token).spaceBefore &&
    (name as Token).sentence === t.sentence &&
    !lex.firstNames.has((name as Token).key) &&
    !lex.cities.has((name as Token).key) &&
    !lex.heads.has((name as Token).key) &&
    lex.gazetteer.get((name as Token).key)?.type !== 'Place'
  );
}

/** mention.house-number: "via Gardesana 14", "Corso Quarzini 31": the number after a street's name is part of the address. */
function houseNumberEnd(scan: MentionScan, end: number, limit: number): number {
  const number = scan.tokens[end];
  if (end >= limit || number?.kind !== 'num' || !number.spaceBefore || number.text.length > 4) return end;
  const joined = scan.tokens[end + 2];
  // "via Gardesana 2-1", "via Verdi 3,5": a score or a decimal is no house number.
  if (scan.tokens[end + 1]?.spaceBefore === false && joined?.kind === 'num' && !joined.spaceBefore) return end;
  scan.bound = 'mention.house-number';
  return end + 1;
}

/** Whether token `k` is a definite article, bare or joined to a preposition, in the sentence of `t`. */
function definiteArticleAt(tokens: Token[], k: number, t: Token, mw: MentionWords): boolean {
  const article = tokens[k];
  return article !== undefined && article.sentence === t.sentence && mw.titleOpeners.has(article.key);
}

/**
 * "il tribunale civile", "dell'amministrazione di Bari": a body noun with a generic sense too is one body only right after
 * a definite article, alone or joined to a preposition; not "la pubblica amministrazione", "è giunta", "amministrazione
 * straordinaria".
 */
function guardedInstitution(tokens: Token[], i: number, lex: Lexicon, mw: MentionWords): boolean {
  const t = tokens[i] as Token;
  if (!mw.guardedInstitutions.has(t.key) || t.cap) return false;
  if (!definiteArticleAt(tokens, i - 1, t, mw)) return false;
  const after = tokens[i + 1];
  if (isWord(after) && after.sentence === t.sentence && !after.cap) {
    if (mw.guardedInstitutionStops.has(after.key) || lex.verbNonfinite.has(after.key)) return false;
  }
  return true;
}

const bodyWords = perModel((lex: Lexicon) => ({
  timeQualifiedBodies: new Set(classOf(lex, 'mentions-bodies', 'time-qualified-bodies')),
  bodyTimeAdjectives: new Set(classOf(lex, 'mentions-bodies', 'body-time-adjectives')),
}));

/**
 * "la nuova amministrazione", "dalla precedente giunta": a body noun with a generic sense, after a definite article and
 * an adjective of time, is the body in office then; the adjective stays out of its name. -1: no such body here.
 */
function bodyAfterTimeAdjective(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const mw = scan.words;
  const bw = bodyWords(lex);
  const t = tokens[i] as Token;
  const adjective = tokens[i - 1];
  if (
    !bw.timeQualifiedBodies.has(t.key) ||
    !isWord(adjective) ||
    adjective.sentence !== t.sentence ||
    !bw.bodyTimeAdjectives.has(adjective.key) ||
    !definiteArticleAt(tokens, i - 2, t, mw)
  )
    return -1;
  const end = extendAdjectives(tokens, i + 1, limit, lex, mw);
  // A nationality after it is the country's voice ("la nuova amministrazione americana"), no body of its own.
  if (end > i + 1 && lex.demonyms.has((tokens[end - 1] as Token).key)) return -1;
  scan.bound = 'mention.body-after-time-adjective';
  pushMention(scan, i, end, null, 'Organization', undefined, true);
  return end;
}

/** A lowercase word: a name only as the head of one, an institution, a law or a gazetteer name written small. */
function lowercaseStart(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  // Gazetteer names written with a lowercase article ("la Repubblica").
  if (lex.gazetteerFirst.has(t.key)) {
    const gzl = gazetteerMatch(scan.seg, i, limit, lex, true);
    if (gzl && qualifiedHeadAfterArticle(scan, i, gzl.last, limit)) {
      const end = capitalizedName(scan, i + 1, limit);
      const m = scan.out[scan.out.length - 1];
      if (m?.first === i + 1) m.bound ??= 'mention.qualified-head-title';
      return end;
    }
    if (gzl) {
      pushMention(scan, i, gzl.last, gzl.entry, null);
      return gzl.last;
    }
    const headed = lowerHeadKnownName(scan, i, limit);
    if (headed !== null) {
      scan.bound = 'mention.known-name-small-head';
      pushMention(scan, i, headed.last, headed.entry, null);
      return headed.last;
    }
  }
  let next = mw.lawHeads.has(t.key) ? lawNumber(scan, i) : -1;
  if (next >= 0) return next;
  // "l'amministrazione Obama", "la giunta Sala": a body named after its leader is the body, then the person.
  if (leaderLedBody(tokens, i, lex, mw) && numberedCabinet(scan, i)) return i + 3;
  if (leaderLedBody(tokens, i, lex, mw)) {
    pushMention(scan, i, i + 1, null, 'Organization', 'type.body-of-leader', true);
    return i + 1;
  }
  next = nationalForce(scan, i, limit);
  if (next >= 0) return next;
  next = institution(scan, i, limit);
  if (next >= 0) return next;
  // "il tribunale di Bari", "l'amministrazione comunale": a guarded noun is a body with its adjective or its seat.
  if (guardedInstitution(tokens, i, lex, mw)) {
    const end = extendAdjectives(tokens, i + 1, limit, lex, mw);
    const of = tokens[end];
    const seat = tokens[end + 1];
    // A nationality after it is the country's voice ("l'amministrazione americana"), no body of its own.
    const national = end > i + 1 && lex.demonyms.has((tokens[end - 1] as Token).key);
    if (
      (end > i + 1 && !national) ||
      (of !== undefined && mw.of.has(of.key) && nameLike(seat, lex) && seat?.sentence === t.sentence)
    ) {
      pushMention(scan, i, end, null, 'Organization', undefined, true);
      return end;
    }
  }
  next = bodyAfterTimeAdjective(scan, i, limit);
  if (next >= 0) return next;
  next = mw.placeFeatureHeads.has(t.key) ? placeFeature(scan, i, limit) : -1;
  if (next >= 0) return next;
  next = levelBodyName(scan, i, limit);
  if (next >= 0) return next;
  next = partyByCreed(scan, i, limit);
  if (next >= 0) return next;
  next = lowerHeadName(scan, i, limit);
  return next >= 0 ? next : i + 1;
}

/**
 * mention.qualified-head-title: "la Repubblica autonoma", "la Repubblica di Valmora", "la Repubblica Federale": a title
 * the gazetteer knows as an article and a body's head ("la Repubblica", a newspaper) names the body where an adjective,
 * or "di" and a name, qualifies the head; the name opens at the head, without the article.
 */
function qualifiedHeadAfterArticle(scan: MentionScan, i: number, last: number, limit: number): boolean {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const head = tokens[last - 1] as Token;
  const after = tokens[last];
  if (last !== i + 2 || !mw.nameArticles.has((tokens[i] as Token).key) || lex.heads.get(head.key) !== 'Organization')
    return false;
  if (last >= limit || !isWord(after) || after.sentence !== head.sentence) return false;
  return (
    extendAdjectives(tokens, last, limit, lex, mw) > last ||
    (!after.cap && scan.tags?.tagAt(last) === 'ADJ') ||
    bigAdjective(after, lex, mw) ||
    (!after.cap && mw.lowerHeadConnectors.has(after.key) && nameLike(tokens[last + 1], lex))
  );
}

/**
 * mention.known-name-small-head: "l'arma dei Carabinieri": a name the gazetteer knows, of a body's head, "di" and a name
 * written big, is the body's still where the head is written small.
 */
function lowerHeadKnownName(scan: MentionScan, i: number, limit: number): GazetteerHit | null {
  const { tokens, lex } = scan;
  const connector = tokens[i + 1];
  if (
    lex.heads.get((tokens[i] as Token).key) !== 'Organization' ||
    !isWord(connector) ||
    connector.cap ||
    !scan.words.lowerHeadConnectors.has(connector.key) ||
    !nameLike(tokens[i + 2], lex)
  )
    return null;
  const gz = gazetteerMatch(scan.seg, i, limit, lex);
  return gz !== null && gz.last > i + 2 && gz.entry.type === 'Organization' ? gz : null;
}

/** A word written with its last vowel elided: "Sant'", "dell’". */
function elided(text: string): boolean {
  return text.endsWith("'") || text.endsWith('’');
}

/** "Sant'", "Sant’": an elided saint's title at `k`, before the saint's name. */
function elidedSaintAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  const t = tokens[k];
  return (
    isWord(t) &&
    t.cap &&
    !t.upper &&
    elided(t.text) &&
    lex.heads.get(t.key) === 'Place' &&
    nameLike(tokens[k + 1], lex) &&
    (tokens[k + 1] as Token).sentence === t.sentence
  );
}

/** "Sant'Agata", "Sant'Ilario": the elided saint's title written onto the name opens a place's name. */
function elidedSaint(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const saint = tokens[i + 1];
  if (
    t.upper ||
    !elided(t.text) ||
    lex.heads.get(t.key) !== 'Place' ||
    !nameLike(saint, lex) ||
    (saint as Token).sentence !== t.sentence
  )
    return -1;
  const end = nameRunEnd(tokens, i + 2, limit, lex);
  // mention.spaced-elision: "Sant' Agata", the title written apart from the saint's name still opens it.
  if ((saint as Token).spaceBefore) scan.bound = 'mention.spaced-elision';
  pushMention(scan, i, end, null, 'Place');
  return end;
}

/**
 * mention.organization-continued: "Lega Vlandra", "Unione Brenola": a known organization named by a body's head alone,
 * continued by a word written big that no lexicon knows as a name of its own, is another body of that kind, one name.
 */
function organizationWordAfter(scan: MentionScan, at: number, gz: GazetteerHit): boolean {
  const { tokens, lex } = scan;
  const x = tokens[at] as Token;
  const continued =
    gz.entry.type === 'Organization' &&
    lex.heads.get((tokens[at - 1] as Token).key) === 'Organization' &&
    nameLike(x, lex) &&
    x.sentence === (tokens[at - 1] as Token).sentence &&
    !knownElsewhere(x, lex) &&
    !lex.titles.has(x.key);
  if (continued) scan.bound = 'mention.organization-continued';
  return continued;
}

/**
 * mention.organization-complement: "Lega delle Valli Unite", "Unione dei Comuni Vlandri": a known organization named by a
 * body's head alone, then "di" joined to an article and a name written big that is no place, person or other body, is
 * another body of that kind, one name; a bare "di" is a town's ("i Carabinieri di Roccalta"). The end past it, or -1.
 */
function knownBodyComplementEnd(scan: MentionScan, i: number, gz: GazetteerHit, limit: number): number {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const connector = tokens[gz.last];
  const name = tokens[gz.last + 1];
  if (
    gz.last !== i + 1 ||
    gz.entry.type !== 'Organization' ||
    lex.heads.get(t.key) !== 'Organization' ||
    gz.last + 1 >= limit ||
    !isWord(connector) ||
    connector.cap ||
    !scan.words.lowerHeadConnectors.has(connector.key) ||
    scan.words.of.has(connector.key) ||
    !nameLike(name, lex) ||
    (name as Token).sentence !== t.sentence ||
    knownElsewhere(name as Token, lex) ||
    lex.firstNames.has((name as Token).key) ||
    lex.titles.has((name as Token).key)
  )
    return -1;
  return nameRunEnd(tokens, gz.last + 2, limit, lex);
}

/** A town or region's name continued by more capitalized words ("Roma Termini"): another place, not a person's name. */
function stationLike(x: Token, cityLike: boolean, lex: Lexicon): boolean {
  return cityLike && nameLike(x, lex) && !lex.gazetteer.has(x.key) && !lex.knownSurnames.has(x.key) && !x.upper;
}

/**
 * "Coldiretti Veneto", "Cisl Brescia": a one-word organization and the town or region of its branch;
 * a town before a dash starts a route ("Milano - Bergamo"), not a branch.
 */
function branchTown(tokens: Token[], at: number, i: number, gz: GazetteerHit, lex: Lexicon): boolean {
  const x = tokens[at] as Token;
  return (
    !ROUTE_DASHES.has(tokens[at + 1]?.text ?? '') &&
    gz.entry.type === 'Organization' &&
    gz.last === i + 1 &&
    x.cap &&
    !x.upper &&
    (lex.cities.has(x.key) || lex.gazetteer.get(x.key)?.type === 'Place')
  );
}

/**
 * "l'Interpol serba", "il Senato statunitense", "la Guardia costiera sudcoreana": a known body and the
 * nationality after it are that country's body, one name.
 */
function nationalBody(tokens: Token[], at: number, gz: GazetteerHit, lex: Lexicon): boolean {
  const x = tokens[at] as Token;
  return (
    gz.entry.type === 'Organization' &&
    at === gz.last &&
    x.kind === 'word' &&
    !x.cap &&
    x.spaceBefore &&
    lex.demonyms.has(x.key)
  );
}

type GazetteerHit = { entry: GazetteerEntry; last: number };

/** The end of the part of a place named after it at `at` ("dell'Est", "sub-alpino", "centro-meridionale"), or -1. */
function placePartEnd(tokens: Token[], at: number, limit: number, mw: MentionWords): number {
  const first = tokens[at];
  const dash = tokens[at + 1];
  const second = tokens[at + 2];
  if (!isWord(first) || at + 1 >= limit || first.sentence !== (second ?? first).sentence) return -1;
  if (!first.cap && mw.connectors.has(first.key) && isWord(dash) && dash.cap && mw.directions.has(dash.key))
    return at + 2;
  const hyphened =
    first.spaceBefore &&
    !first.cap &&
    mw.placePartPrefixes.has(first.key) &&
    dash?.text === '-' &&
    !dash.spaceBefore &&
    isWord(second) &&
    !second.cap &&
    !second.spaceBefore &&
    at + 2 < limit;
  return hyphened ? at + 3 : -1;
}

/** "New York Post", "Lega Nord", "Germania Est": a known name continued by more capitalized words is another name. */
function extendKnownName(scan: MentionScan, i: number, limit: number, gz: GazetteerHit): number {
  const mw = scan.words;
  const { tokens, text, lex } = scan;
  const t = tokens[i] as Token;
  const formEnd = companyFormEnd(scan, gz.last, limit);
  if (formEnd > 0) {
    scan.bound = 'mention.company-form';
    pushMention(scan, i, formEnd, null, 'Organization');
    return formEnd;
  }
  // "Italia Under 19": a country and an age category name its team of that age.
  const ageEnd = countryNames(lex).has(gz.entry.canonical) ? ageCategoryEnd(tokens, gz.last, limit, mw) : -1;
  if (ageEnd > 0) {
    scan.bound = 'mention.age-category';
    pushMention(scan, i, ageEnd, null, 'Organization');
    return ageEnd;
  }
  // mention.state-body: "Congresso di Stato": a known body and the state it belongs to are one name.
  if (
    gz.entry.type === 'Organization' &&
    gz.last + 1 < limit &&
    mw.of.has(tokens[gz.last]?.key ?? '') &&
    isCapitalizedState(tokens[gz.last + 1], mw)
  ) {
    scan.bound = 'mention.state-body';
    pushMention(scan, i, gz.last + 2, null, 'Organization');
    return gz.last + 2;
  }
  // mention.brand-punctuation: "Yahoo!", a brand whose listed form ends in a mark the segmenter keeps apart.
  const mark = tokens[gz.last];
  if (
    gz.last < limit &&
    mark?.kind === 'punct' &&
    gz.entry.forms.includes(text.slice(t.start, (tokens[gz.last - 1] as Token).end) + mark.text)
  ) {
    scan.bound = 'mention.brand-punctuation';
    pushMention(scan, i, gz.last + 1, gz.entry, null);
    return gz.last + 1;
  }
  let last = gz.last;
  let extended = false;
  const cityLike = gz.entry.type === 'Place' && !countryNames(lex).has(gz.entry.canonical);
  while (
    last < limit &&
    last - gz.last < 2 &&
    (tokens[last] as Token).spaceBefore &&
    !lex.firstNames.has((tokens[last] as Token).key) &&
    !isInitial(scan.seg, last) &&
    (((tokens[last] as Token).cap && lex.orgWords.has((tokens[last] as Token).key)) ||
      ((tokens[last] as Token).cap && mw.directions.has((tokens[last] as Token).key)) ||
      // "Italia centrale", "Asia centrale", "India nordorientale": a direction adjective after a place.
      (gz.entry.type === 'Place' &&
        last === gz.last &&
        !(tokens[last] as Token).cap &&
        mw.directionAdjectives.has((tokens[last] as Token).key)) ||
      stationLike(tokens[last] as Token, cityLike, lex) ||
      (last === gz.last && branchTown(tokens, last, i, gz, lex)) ||
      nationalBody(tokens, last, gz, lex) ||
      organizationWordAfter(scan, last, gz))
  ) {
    last++;
    extended = true;
  }
  // mention.town-and-acronym: "Roccalta TPL", a town and an acronym no lexicon knows name the town's company or body.
  const acronym = tokens[gz.last];
  if (
    cityLike &&
    !extended &&
    gz.last < limit &&
    isWord(acronym) &&
    acronym.upper &&
    acronym.spaceBefore &&
    acronym.text.length >= 2 &&
    acronym.text.length <= 5 &&
    !ROMAN_NUMERAL.test(acronym.text) &&
    !lex.gazetteer.has(acronym.key)
  ) {
    scan.bound = 'mention.town-and-acronym';
    pushMention(scan, i, gz.last + 1, null, 'Organization');
    return gz.last + 1;
  }
  // mention.place-part: "Europa dell'Est", "Piemonte sub-alpino", "Toscana centro-meridionale": a known place and
  // the part of it named after it.
  const partEnd = gz.entry.type === 'Place' && !extended ? placePartEnd(tokens, gz.last, limit, mw) : -1;
  if (partEnd > 0) {
    scan.bound = 'mention.place-part';
    pushMention(scan, i, partEnd, null, 'Place', 'type.place-and-direction');
    return partEnd;
  }
  // "Roma-Lido", "Milano-Malpensa": a city joined by a hyphen to a name that is no country or known actor.
  if (
    !extended &&
    cityLike &&
    tokens[last]?.text === '-' &&
    !(tokens[last] as Token).spaceBefore &&
    nameLike(tokens[last + 1], lex) &&
    !(tokens[last + 1] as Token).spaceBefore &&
    !lex.gazetteer.has((tokens[last + 1] as Token).key) &&
    !isCountryOrActor((tokens[last + 1] as Token).key, lex)
  ) {
    last += 2;
    extended = true;
  }
  const complementEnd = extended ? -1 : knownBodyComplementEnd(scan, i, gz, limit);
  if (complementEnd > 0) {
    scan.bound = 'mention.organization-complement';
    pushMention(scan, i, complementEnd, null, 'Organization');
    return complementEnd;
  }
  if (!extended) {
    pushMention(scan, i, gz.last, gz.entry, null);
    return gz.last;
  }
  if (lex.gazetteer.has(normKey(text.slice(t.start, (tokens[last - 1] as Token).end)))) {
    pushMention(scan, i, gz.last, gz.entry, null);
    return last;
  }
  // "Massachusetts Institute of Technology": a known place, a word of bodies, then "of" and a name.
  const of = tokens[last];
  if (lex.orgWords.has((tokens[last - 1] as Token).key) && isWord(of) && !of.cap && mw.nameOf.has(of.key)) {
    let k = last + 1;
    if (mw.nameArticlesAfterOf.has(tokens[k]?.key ?? '')) k++;
    if (k < limit && nameLike(tokens[k], lex)) {
      last = nameRunEnd(tokens, k, limit, lex);
      scan.bound = 'mention.english-connector';
    }
  }
  const added = tokens.slice(gz.last, last);
  const allDirections = added.every((x) => mw.directions.has(x.key));
  const orgWord = added.some((x) => lex.orgWords.has(x.key));
  // "Miami Open", "Roma Masters": a city continued by an event word names the event.
  const eventWord = added.some((x) => lex.eventWords.has(x.key));
  // "Miami Marlins", "Chicago Bulls": a town and an English plural is a team; a station or a district is no plural.
  const team =
    cityLike &&
    last === gz.last + 1 &&
    ENGLISH_PLURAL.test((tokens[gz.last] as Token).text) &&
    !isOrdinaryWord((tokens[gz.last] as Token).key, lex, mw);
  const branch = last === gz.last + 1 && branchTown(tokens, gz.last, i, gz, lex);
  const national = last === gz.last + 1 && nationalBody(tokens, gz.last, gz, lex);
  pushMention(
    scan,
    i,
    last,
    null,
    eventWord ? 'Event' : allDirections || (cityLike && !orgWord && !team) ? gz.entry.type : 'Organization',
    branch
      ? 'type.organization-branch'
      : national
        ? 'type.organization-nationality'
        : allDirections
          ? 'type.place-and-direction'
          : undefined,
  );
  return last;
}

/** A gazetteer name at `i`, perhaps continued; -1 where there is none or it is no name here. */
function gazetteerName(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const gz = gazetteerMatch(scan.seg, i, limit, lex);
  if (gz === null) return -1;
  // "ha scritto su Facebook", "il suo profilo Instagram", "confermato via Twitter": a platform carrying the words is
  // the medium, no party to the news; "Facebook ha chiuso l'account" keeps the company.
  if (gz.last === i + 1 && mw.platforms.has(t.key) && mw.mediumCues.has(tokens[i - 1]?.key ?? '')) return i + 1;
  if (gz.last === i + 1) {
    // "il Corriere di Valdrena": a newspaper's head the gazetteer knows alone as one paper's short name ("il
    // Corriere"), before "di" and another name, opens a name of its own ("la Lega di X" stays X's Lega).
    if (mw.townPaperHeads.has(t.key) && mw.of.has(tokens[i + 1]?.key ?? '') && nameLike(tokens[i + 2], lex)) return -1;
    // "Leonardo da Vinci", "Antonello da Messina": a given name, a particle and a name are a person, whatever the
    // given name alone names in the gazetteer (a company, a town).
    const givenWithParticle =
      lex.firstNames.has(t.key) &&
      isWord(tokens[i + 1]) &&
      !(tokens[i + 1] as Token).cap &&
      mw.particles.has((tokens[i + 1] as Token).key) &&
      nameLike(tokens[i + 2], lex);
    if (givenWithParticle) return -1;
    if (gz.entry.type === 'Place' && lex.firstNames.has(t.key) && nameLike(tokens[i + 1], lex)) return -1;
    // mention.given-name-before-surname: "Leonardo Quarzini": a given name that also names a company, before a
    // surname or a word no lexicon knows, is a person's.
    const surname = tokens[i + 1];
    if (
      gz.entry.type === 'Organization' &&
      givenNameThenName(tokens, i, lex) &&
      (lex.knownSurnames.has((surname as Token).key) || unknownName(surname as Token, lex, mw))
    ) {
      scan.bound = 'mention.given-name-before-surname';
      return -1;
    }
  }
  const bodyEnd = bodyBeforeParentAcronym(scan, i, gz);
  if (bodyEnd > 0) {
    scan.bound = 'mention.parent-acronym-apart';
    pushMention(scan, i, bodyEnd, gazetteerMatch(scan.seg, i, bodyEnd, lex)?.entry ?? gz.entry, null);
    scan.bound = 'mention.parent-acronym-apart';
    pushMention(scan, gz.last - 1, gz.last, lex.gazetteer.get((tokens[gz.last - 1] as Token).key) ?? null, null);
    return gz.last;
  }
  return extendKnownName(scan, i, limit, gz);
}

/**
 * mention.parent-acronym-apart: "Consiglio di Sicurezza dell'ONU", "Comitato Tecnico della FIGC": a known name that ends
 * in "di" and the acronym of a known organization is a body and its parent, two names. The end of the body's name, or -1.
 */
function bodyBeforeParentAcronym(scan: MentionScan, i: number, gz: GazetteerHit): number {
  const { tokens, lex } = scan;
  const connector = tokens[gz.last - 2];
  const acronym = tokens[gz.last - 1];
  if (
    gz.last - i < 3 ||
    !isWord(connector) ||
    connector.cap ||
    !scan.words.lowerHeadConnectors.has(connector.key) ||
    !isWord(acronym) ||
    !nameLike(tokens[gz.last - 3], lex)
  )
    return -1;
  const parent = lex.gazetteer.get(acronym.key);
  // "dell'Onu": an acronym written as a word is one still where the parent's forms hold it in capitals.
  const spelled = acronym.upper || (parent?.forms.includes(acronym.text.toUpperCase()) ?? false);
  return parent?.type === 'Organization' && spelled ? gz.last - 2 : -1;
}

/** "il settimanale Il Faro", "la casa L'Oréal": a capitalized article in mid-sentence opens a title-like name. */
function articleName(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const n = tokens[i + 1] as Token;
  const elided = t.key.endsWith("'");
  if (
    !nameLike(n, lex) ||
    !(elided || n.spaceBefore) ||
    n.initial ||
    lex.gazetteer.has(n.key) ||
    lex.firstNames.has(n.key)
  )
    return -1;
  let end = i + 2;
  for (;;) {
    const x = tokens[end];
    if (end < limit && nameLike(x, lex) && (x as Token).spaceBefore) end++;
    // "Il Popolo delle Libertà": a connector and another name.
    else if (end + 1 < limit && isWord(x) && mw.connectors.has(x.key) && !x.cap && nameLike(tokens[end + 1], lex))
      end += 2;
    else break;
  }
  pushMention(scan, i, end, null, null);
  return end;
}

/**
 * mention.english-article: "The Valmora Herald", "The Rondellas": the English article written big opens the name
 * after it, as it does in the name's own language. The end of that name, or -1 where no name follows.
 */
function englishArticleName(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const n = tokens[i + 1];
  if (i + 1 >= limit || !nameLike(n, lex) || !(n as Token).spaceBefore) return -1;
  const pushed = scan.out.length;
  const end = scanAt(scan, i + 1, limit);
  const m = scan.out[pushed];
  if (m === undefined || m.first !== i + 1) return end;
  const t = tokens[i] as Token;
  m.first = i;
  m.start = t.start;
  m.text = scan.text.slice(t.start, m.end);
  m.bound = 'mention.english-article';
  return end;
}

/** "Di Pietro", "D'Alema", "Della Valle" without a first name: a capitalized surname particle opens the name, mid-sentence or before a verb. */
function particleSurname(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (
    mw.nameArticles.has(t.key) ||
    t.upper ||
    !nameLike(tokens[i + 1], lex) ||
    !((tokens[i + 1] as Token).spaceBefore || t.key.endsWith("'")) ||
    lex.gazetteer.has((tokens[i + 1] as Token).key)
  )
    return -1;
  // mention.particle-surname-apposition: "Di Marzano, a sorpresa, …": opening a sentence, a particle and a
  // name before a comma are a surname as they are before a verb.
  const apposition =
    tokens[i + 2]?.text === ',' && !lex.firstNames.has(t.key) && !lex.cities.has((tokens[i + 1] as Token).key);
  if (t.initial && !isVerbAfter(tokens[i + 2], lex, mw) && !apposition) return -1;
  if (t.initial && apposition) scan.bound = 'mention.particle-surname-apposition';
  const end = nameRunEnd(tokens, i + 2, limit, lex);
  pushMention(scan, i, end, null, null);
  return end;
}

/**
 * "Tribunale speciale", "Procura dei minori": lowercase complements belong to the name, a place after it does not.
 * "Tribunale Amministrativo Regionale", "Procura Generale": adjectives written big belong to it too.
 */
function headAlone(scan: MentionScan, i: number, limit: number, headType: EntityType): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  let capitalized = i + 1;
  while (capitalized < limit && capitalized - i <= 3 && bigAdjective(tokens[capitalized], lex, mw)) capitalized++;
  let end = extendAdjectives(tokens, capitalized, limit, lex, mw);
  const c = tokens[end];
  const n = tokens[end + 1];
  if (
    end === i + 1 &&
    c &&
    mw.connectors.has(c.key) &&
    isWord(n) &&
    !n.cap &&
    !lex.functionWords.has(n.key) &&
    n.key.length > 3
  )
    end = extendAdjectives(tokens, end + 2, limit, lex, mw);
  // "Procura della Repubblica", "Tribunale dello Stato": the state it belongs to is part of its name.
  else if (
    end === i + 1 &&
    c &&
    mw.connectors.has(c.key) &&
    isWord(n) &&
    !n.initial &&
    (mw.republicNouns.has(n.key) || isCapitalizedState(n, mw)) &&
    n.cap
  )
    end = end + 2;
  else if (end === i + 1 && articledComplementAfterHead(scan, end, limit)) {
    // A given name after it opens the name of the office's officer ("Tribunale del Lavoro Carla Neri").
    end += 2;
    while (end < limit && nameLike(tokens[end], lex) && (tokens[end] as Token).spaceBefore) {
      if (lex.firstNames.has((tokens[end] as Token).key)) break;
      end++;
    }
    scan.bound = 'mention.alone-head-complement';
  }
  pushMention(scan, i, end, null, headType);
  return end;
}

/**
 * mention.alone-head-complement: "Tribunale del Lavoro", "Prefettura degli Affari Interni": after a head whose seat is
 * a name of its own ("Tribunale di Bari"), "di" joined to an article and a name written big that is no place, body's
 * head or person are the office's name; a town takes the bare "di".
 */
function articledComplementAfterHead(scan: MentionScan, at: number, limit: number): boolean {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const connector = tokens[at];
  const name = tokens[at + 1];
  return (
    at + 1 < limit &&
    isWord(connector) &&
    !connector.cap &&
    mw.lowerHeadConnectors.has(connector.key) &&
    !mw.of.has(connector.key) &&
    nameLike(name, lex) &&
    !(name as Token).upper &&
    (name as Token).sentence === connector.sentence &&
    !knownElsewhere(name as Token, lex) &&
    !lex.firstNames.has((name as Token).key)
  );
}

/**
 * A noun or adjective of the language opening a sentence (or the text after a dateline's dash or a colon) before a
 * lowercase word, or alone on its line, that the article never writes big mid-sentence: no name ("Ferie bloccate per
 * tutti", "TORINO — Turni da sedici ore"). Before a capitalized word it may open a name ("Monte Rosa"), before
 * punctuation it may be the place a headline opens with, so those are left to the other evidence.
 */
function commonNounOpening(scan: MentionScan, i: number): boolean {
  const { tokens, lex, docCaps } = scan;
  const t = tokens[i] as Token;
  if (!t.initial || t.upper || !lex.commonNouns.has(t.key) || docCaps.has(t.key)) return false;
  const next = tokens[i + 1];
  return next === undefined || (isWord(next) && !next.cap) || scan.text.slice(t.end, next.start).includes('\n');
}

const NOT_A_NAME = 0;
const KNOWN_NAME = 1;
const TAGGED_NAME = 2;

/**
 * Whether a capitalized word starts a name: mid-sentence it does; opening a sentence only when the lexicons,
 * the article, the batch's vocabulary or the tagger say so.
 */
function openingWord(scan: MentionScan, i: number, headType: EntityType | null, arabicArticle: boolean): number {
  const mw = scan.words;
  const { tokens, lex, vocabulary, docCaps, tags } = scan;
  const t = tokens[i] as Token;
  const nextTok = tokens[i + 1];
  if (verbFormOpening(scan, i)) return NOT_A_NAME;
  // A capitalized word opening a sentence right before a verb is its subject: a name ("Macron ha incontrato…").
  // The tagger is asked only about words no list makes a name anyway.
  const ordinary =
    (t.initial &&
      !t.upper &&
      (isOrdinaryWord(t.key, lex, mw) ||
        (!docCaps.has(t.key) && !lex.firstNames.has(t.key) && taggedNotName(tags, i)))) ||
    commonNounOpening(scan, i);
  const subjectOfVerb = isVerbAfter(nextTok, lex, mw) && !mw.adverbEnding.test(t.key) && !ordinary;
  const neverLowercase =
    !ordinary &&
    vocabulary !== null &&
    t.initial &&
    !vocabulary.has(t.key) &&
    t.text.length > 2 &&
    !lex.commonCapitalized.has(t.key) &&
    nameLike(nextTok, lex) &&
    (nextTok as Token).spaceBefore &&
    !lex.gazetteer.has(t.key) &&
    !lex.cities.has(t.key);
  const knownOtherwise =
    t.upper ||
    lex.firstNames.has(t.key) ||
    docCaps.has(t.key) ||
    isInitial(scan.seg, i) ||
    headType !== null ||
    lex.knownSurnames.has(t.key) ||
    subjectOfVerb ||
    neverLowercase ||
    arabicArticle;
  if (knownOtherwise) return KNOWN_NAME;
  // An opening word never written lowercase in the batch that the tagger takes for a proper noun ("Zorzetti tace…").
  const taggedName =
    t.initial &&
    !ordinary &&
    vocabulary !== null &&
    !vocabulary.has(t.key) &&
    !lex.commonCapitalized.has(t.key) &&
    taggedProperNoun(tags, i);
  if (taggedName) return TAGGED_NAME;
  if (!t.initial) return KNOWN_NAME;
  const evidence = openingEvidence(scan, i);
  if (evidence === null) return NOT_A_NAME;
  scan.bound = evidence;
  return KNOWN_NAME;
}

/**
 * mention.verb-form-opening: "Vince il favorito", "Guidò la squadra per anni": a given name that is also a finite verb
 * form, opening a sentence before an article, or written with a final accent its key drops, is the verb: no name.
 */
function verbFormOpening(scan: MentionScan, i: number): boolean {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (!t.initial || t.upper || !lex.firstNames.has(t.key) || !lex.verbFinite.has(t.key)) return false;
  if (t.text.charAt(t.text.length - 1).toLowerCase() !== t.key.charAt(t.key.length - 1)) return true;
  const next = tokens[i + 1];
  return isWord(next) && !next.cap && next.sentence === t.sentence && openingWords(lex).articles.has(next.key);
}

/** The words of the sentence-opening rules in one model (word-classes/mentions-openings.txt), built once per model. */
const openingWords = perModel((lex: Lexicon) => ({
  articles: keySet(classOf(lex, 'mentions-openings', 'articles')),
  formerMarks: keySet(classOf(lex, 'mentions-openings', 'former-marks')),
  relatives: keySet(classOf(lex, 'mentions-openings', 'relatives')),
  ageYears: keySet(classOf(lex, 'typing-persons-places', 'age-years')),
  subjectFollowers: keySet([
    ...classOf(lex, 'mentions', 'subject-verbs'),
    ...classOf(lex, 'mentions-openings', 'subject-gap'),
  ]),
}));

/** Most tokens an apposition between commas runs over after a name opening a sentence: the test stays O(1) a word. */
const APPOSITION_TOKENS = 14;
/** Most words of a name opening a sentence before its apposition ("Lia Gentile, sindaca di …"). */
const OPENING_NAME_WORDS = 4;

/** What makes a capitalized word opening a sentence a name where the word alone does not: a rule, or null. */
function openingEvidence(scan: MentionScan, i: number): MentionRuleId | null {
  const t = scan.tokens[i] as Token;
  if (t.upper) return null;
  if (surnameOfDocumentName(scan, i)) return 'mention.surname-of-document-name';
  if (appositionAfterOpening(scan, i)) return 'mention.apposition-after-opening';
  if (knownTownOpening(scan, i)) return 'mention.known-town-opening';
  return null;
}

/**
 * mention.known-town-opening: "Valdrena: chiuso il ponte", "Roccalta si trova a nord": a town the city list knows,
 * opening a sentence, is its name where neither a word list nor the batch makes it a word of the language (many
 * towns are named by one: "Nave", "Ala"), whatever the tagger reads.
 */
function knownTownOpening(scan: MentionScan, i: number): boolean {
  const { tokens, lex, vocabulary } = scan;
  const key = (tokens[i] as Token).key;
  return (
    lex.cities.has(key) &&
    vocabulary !== null &&
    !vocabulary.has(key) &&
    !isOrdinaryWord(key, lex, scan.words) &&
    !lex.commonNouns.has(key)
  );
}

/**
 * mention.apposition-after-opening: "Gentile, sindaco di Valdrena, ha detto …", "Gentile, 54 anni, è …", "Ferraro, che
 * guida il gruppo, …": a name opening a sentence, a comma and an apposition closed by a second comma (a noun for a
 * person, an office or a body, after an article, "ex" or "già"; an age; a relative clause) is the subject the
 * apposition describes, whatever common word it also spells. A name written big after the closing comma is the one
 * the noun titles ("Insomma, il sindaco di Valdrena, Lia Corvani, …"): no apposition of the word before.
 */
function appositionAfterOpening(scan: MentionScan, i: number): boolean {
  const { tokens, lex } = scan;
  const ow = openingWords(lex);
  const t = tokens[i] as Token;
  // "Sposata, madre di tre bambini, …": a participle or a noun of the language describes the subject it opens before.
  if (lex.verbNonfinite.has(t.key) || lex.commonNouns.has(t.key)) return false;
  const sentence = t.sentence;
  let k = i + 1;
  while (k < i + OPENING_NAME_WORDS && nameLike(tokens[k], lex) && (tokens[k] as Token).spaceBefore) k++;
  if (tokens[k]?.text !== ',') return false;
  k++;
  const opener = tokens[k];
  if (opener === undefined || opener.sentence !== sentence) return false;
  if (opener.kind === 'num') {
    const closing = tokens[k + 2];
    return ow.ageYears.has(tokens[k + 1]?.key ?? '') && (closing?.text === ',' || closing?.text === '.');
  }
  if (ow.articles.has(opener.key)) k++;
  const word = tokens[k];
  if (!isWord(word) || word.cap) return false;
  if (!ow.relatives.has(word.key)) {
    if (ow.formerMarks.has(word.key)) k++;
    const noun = tokens[k];
    if (!isWord(noun) || noun.cap) return false;
    if (!lex.personNouns.has(noun.key) && !lex.titles.has(noun.key) && !lex.orgCues.has(noun.key)) return false;
  }
  for (let c = k + 1; c < k + APPOSITION_TOKENS; c++) {
    const tc = tokens[c];
    if (tc === undefined || tc.sentence !== sentence) return false;
    if (tc.text !== ',') continue;
    const after = tokens[c + 1];
    return !(isWord(after) && after.cap);
  }
  return false;
}

/**
 * mention.surname-of-document-name: "Ornella Lungo … . Lungo si è fermata": a function word opening a sentence before
 * its verb is the surname the article writes after a given name or a title. Only the word's own article counts, never
 * the word alone: "Lungo la strada" stays a preposition.
 */
function surnameOfDocumentName(scan: MentionScan, i: number): boolean {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  if (!lex.functionWords.has(t.key) || !isWord(next) || next.cap || next.sentence !== t.sentence) return false;
  return openingWords(lex).subjectFollowers.has(next.key) && documentSurnames(scan).has(t.key);
}

/** A function word opening a sentence that `surnameOfDocumentName` reads as a surname, its rule recorded. */
function documentSurnameOpening(scan: MentionScan, i: number): boolean {
  const t = scan.tokens[i] as Token;
  if (!t.initial || !t.cap || t.upper || !surnameOfDocumentName(scan, i)) return false;
  scan.bound = 'mention.surname-of-document-name';
  return true;
}

/**
 * The function words the article writes big right after a given name or a lowercase title or person noun ("Ornella
 * Lungo", "la scultrice Lungo"): built once per document, when a sentence first opens with such a word.
 */
function documentSurnames(scan: MentionScan): Set<string> {
  if (scan.surnames !== null) return scan.surnames;
  const { tokens, lex } = scan;
  const surnames = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || !t.cap || t.initial || t.upper || !t.spaceBefore || !lex.functionWords.has(t.key))
      continue;
    const before = tokens[k - 1] as Token;
    if (before.kind !== 'word' || before.sentence !== t.sentence) continue;
    const given = before.cap && !before.upper && lex.firstNames.has(before.key);
    const titled = !before.cap && (lex.titles.has(before.key) || lex.personNouns.has(before.key));
    if (given || titled) surnames.add(t.key);
  }
  scan.surnames = surnames;
  return surnames;
}

/** "Santiago de Compostela", "Roccalta del Sasso": two unknown names joined by a connector. */
function joinsUnknownNames(tokens: Token[], i: number, last: number, firstIsName: boolean, lex: Lexicon): boolean {
  const t = tokens[i] as Token;
  return (
    !firstIsName &&
    !lex.gazetteer.has(t.key) &&
    nameLike(tokens[last + 1], lex) &&
    !lex.gazetteer.has((tokens[last + 1] as Token).key) &&
    !lex.firstNames.has((tokens[last + 1] as Token).key) &&
    !t.upper &&
    !officeOfBody(tokens, i, last, lex)
  );
}

/**
 * mention.office-before-body: "il Consultore della Fondazione", "il Tesoriere della Diocesi": a word written big
 * before "di" and an organization's head noun is an office held in the body, not part of its name.
 */
function officeOfBody(tokens: Token[], i: number, last: number, lex: Lexicon): boolean {
  const body = tokens[last + 1] as Token;
  return last === i + 1 && (lex.titles.has((tokens[i] as Token).key) || lex.heads.get(body.key) === 'Organization');
}

/**
 * After a connector or particle ("di", "de", "von"): how far the name goes on, or -1 where it stops before it.
 * "Carlos de la Fuente", "Ursula von der Leyen", "Università di Bologna".
 */
function pastConnector(
  scan: MentionScan,
  i: number,
  last: number,
  headType: EntityType | null,
  firstIsName: boolean,
): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const n = tokens[last] as Token;
  const after = tokens[last + 1];
  const particle = firstIsName && last === i + 1 && mw.particles.has(n.key) && nameLike(after, lex);
  // "Carlos de la Fuente", "Ursula von der Leyen": two particles between a given name and the surname.
  if (
    (firstIsName || unknownName(t, lex, mw)) &&
    last === i + 1 &&
    !n.cap &&
    mw.particles.has(n.key) &&
    isWord(after) &&
    !after.cap &&
    mw.particles.has(after.key) &&
    nameLike(tokens[last + 2], lex)
  )
    return last + 3;
  if (particle) return last + 2;
  if (headType === null || !mw.headConnectors.has(n.key)) return -1;
  let secondConnector = false;
  for (let k = i + 1; k < last; k++) if (mw.connectors.has((tokens[k] as Token).key)) secondConnector = true;
  const placeAfter = isWord(after) && (lex.gazetteer.get(after.key)?.type === 'Place' || lex.cities.has(after.key));
  // mention.parent-body-apart: "Comitato di vigilanza della Consob", "Comitato Provinciale del PD": a body the
  // gazetteer knows after a second "di", or after "di" past a word after the head, is the parent, a name of its own.
  const parentAfter =
    (secondConnector || last > i + 1) &&
    isWord(after) &&
    (gazetteerMatch(scan.seg, last + 1, tokens.length, lex)?.entry.type === 'Organization' ||
      (scan.bound === 'mention.committee-portfolio' && lex.heads.get(after.key) === 'Organization'));
  if (parentAfter) scan.bound = 'mention.parent-body-apart';
  const parentHead = !parentAfter && parentHeadAfter(scan, i, last, secondConnector);
  if (parentHead) scan.bound = 'mention.parent-head-apart';
  // mention.body-place-apart: "Polizia Provinciale di Milano", "Accademia Agraria di Livorno": past a word after the
  // head, a place after "di" is where the body is; "Università di Parma" keeps it, and so does a place that a name
  // goes on from ("Comitato Civico del Piemonte Orientale").
  // "Banca Popolare di Milano": a bank's town, after a bare "di", is part of its name; a country,
  // after "di" and its article, is not ("Banca centrale della Valmora").
  const seatTown = mw.seatHeads.has(t.key) && placeAfter && mw.of.has(n.key);
  const placeApart = placeAfter && last > i + 1 && !secondConnector && !nameLike(tokens[last + 2], lex) && !seatTown;
  if (placeApart) scan.bound = 'mention.body-place-apart';
  const ordinal = ordinalInBody(scan, last + 1);
  if (ordinal) scan.bound = 'mention.ordinal-in-body';
  const headLed =
    (nameLike(after, lex) ||
      ordinal ||
      isCapitalizedState(after, mw) ||
      bigCommonNoun(after, lex) ||
      (isWord(after) && lex.portfolios.has(after.key))) &&
    !(secondConnector && placeAfter) &&
    !placeApart &&
    !parentAfter &&
    !parentHead;
  return headLed ? last + 2 : -1;
}

/**
 * mention.parent-head-apart: "Dipartimento di Chimica dell'Università di Pavia", "Consiglio di Amministrazione della
 * Fondazione Arte": inside a body's name, an organization's head written big after a second "di" opens the parent
 * body's name, a name of its own.
 */
function parentHeadAfter(scan: MentionScan, i: number, last: number, secondConnector: boolean): boolean {
  const { tokens, lex } = scan;
  const head = tokens[last + 1];
  return (
    secondConnector &&
    isWord(head) &&
    head.cap &&
    !head.upper &&
    lex.heads.get(head.key) === 'Organization' &&
    lex.heads.get((tokens[i] as Token).key) === 'Organization' &&
    nameLike(tokens[last - 1], scan.lex) &&
    gazetteerMatch(scan.seg, last + 1, tokens.length, lex)?.entry.type !== 'Place'
  );
}

/** A hyphen inside a name: the end past what it joins, or -1 where the name stops before it. */
function pastHyphen(scan: MentionScan, i: number, last: number, headType: EntityType | null): number {
  const { tokens, lex } = scan;
  // East Asian given names: "Ban Ki-moon", "Kim Jong-un".
  if (last > i && (tokens[last - 1] as Token).text.length <= 4 && eastAsianSyllable(tokens[last + 1])) {
    scan.keepEnd = true;
    return last + 2;
  }
  // Hyphenated first names (Jean-Pierre), head-led compounds (Consiglio Russia-NATO), places and lines (Roma-Lido, Roccalta-Valdimonte).
  if (!nameLike(tokens[last + 1], lex) || (tokens[last + 1] as Token).spaceBefore) return -1;
  const left = tokens[last - 1] as Token;
  const right = tokens[last + 1] as Token;
  if (
    headType ||
    (lex.firstNames.has(left.key) && lex.firstNames.has(right.key)) ||
    (last === i + 1 &&
      !isCountryOrActor(left.key, lex) &&
      !isCountryOrActor(right.key, lex) &&
      !left.upper &&
      !right.upper)
  )
    return last + 2;
  return -2;
}

/**
 * Extends the name that starts at `i` to the right; sets `scan.keepEnd` where its last word is to be kept though
 * not name-like by itself.
 */
function extendName(scan: MentionScan, i: number, limit: number, headType: EntityType | null): number {
  const mw = scan.words;
  const { tokens, lex, seg } = scan;
  const t = tokens[i] as Token;
  let last = i + 1;
  let english = false;
  if (isInitial(seg, i)) last = i + 2;
  const firstIsName = lex.firstNames.has(t.key) || isInitial(seg, i);
  let lowercaseRun = 0;
  scan.keepEnd = false;
  while (last < limit && last - i < 12) {
    const n = tokens[last] as Token;
    // "Brambilla Costruzioni SpA", "Fiat S.p.A.", "Ediltek srl": a company-form suffix closes the name.
    if (last > i) {
      const formEnd = companyFormEnd(scan, last, limit);
      if (formEnd > last) {
        scan.keepEnd = true;
        scan.bound = 'mention.company-form';
        return formEnd;
      }
    }
    // mention.broadcaster-suffix: "Valdrena TV", a word for a broadcaster written big after a name closes the station's name.
    if (last > i && n.cap && n.spaceBefore && mw.broadcasterNouns.has(n.key)) {
      scan.keepEnd = true;
      scan.bound = 'mention.broadcaster-suffix';
      return last + 1;
    }
    // "Luca R.", "Marta T.": a first name and the initial of a surname the article withholds.
    const dot = tokens[last + 1];
    const afterDot = tokens[last + 2];
    if (
      n.cap &&
      n.spaceBefore &&
      n.text.length === 1 &&
      last + 2 <= limit &&
      dot?.text === '.' &&
      !dot.spaceBefore &&
      lex.firstNames.has((tokens[last - 1] as Token).key) &&
      !(isWord(afterDot) && afterDot.cap && afterDot.sentence === n.sentence)
    ) {
      scan.keepEnd = true;
      return last + 2;
    }
    if (isInitial(seg, last) && n.spaceBefore) {
      last += 2;
      lowercaseRun = 0;
      continue;
    }
    // mention.portfolio-in-body: "Ministero degli Affari Interni": inside a body's name a portfolio after a word
    // written big goes on with it; elsewhere a portfolio is a minister's title.
    // mention.committee-portfolio: "la Commissione Difesa", "la Commissione Trasporti": a portfolio right after a body's
    // head names the committee that oversees it.
    const committee = headType === 'Organization' && last === i + 1 && lex.portfolios.has(n.key);
    const portfolioInBody =
      headType === 'Organization' &&
      ((last > i + 1 && nameLike(tokens[last - 1], lex)) || committee) &&
      lex.portfolios.has(n.key);
    // mention.big-adjective-in-body: "il Comando Generale", "la Segreteria Generale": an adjective written big after a
    // body's head goes on with its name, though written big elsewhere it names nothing.
    if (
      headType === 'Organization' &&
      !nameLike(n, lex) &&
      nameLike(tokens[last - 1], lex) &&
      bigAdjective(n, lex, mw) &&
      !lex.portfolios.has(n.key)
    ) {
      scan.bound ??= 'mention.big-adjective-in-body';
      last++;
      lowercaseRun = 0;
      continue;
    }
    if (nameLike(n, lex) && n.spaceBefore && (!lex.portfolios.has(n.key) || portfolioInBody)) {
      if (portfolioInBody) scan.bound = committee ? 'mention.committee-portfolio' : 'mention.portfolio-in-body';
      if (
        (firstIsName || unknownPersonWords(scan, i, last)) &&
        last > i + 1 &&
        bodyHeadAfterPerson(tokens, last, lex, mw)
      ) {
        scan.bound = 'mention.person-before-body';
        break;
      }
      // After a body no head or acronym names, a known given name opens the officer's name anyway: the rule is needed
      // where the given name is unknown.
      const officerBody = headType === 'Organization' || t.upper || !lex.firstNames.has(n.key);
      if (!firstIsName && officerBody && officerAfterBody(scan, i, last)) {
        scan.bound = 'mention.officer-after-body';
        break;
      }
      if (!firstIsName && (headType === 'Organization' || t.upper) && officerSurnameAfterBody(scan, i, last)) {
        scan.bound = 'mention.officer-surname-after-body';
        break;
      }
      // "Bologna Giulia Ferri", "Fondazione Carla Fontana": a first name starts another name.
      // An unknown foreign given name before it stays with it: "Karim Yusuf Haddad".
      // "Santa Maria Annunciata", "San Giuseppe Moscati": a saint's title keeps the saint's names with it.
      if (
        lex.firstNames.has(n.key) &&
        !lex.firstNames.has((tokens[last - 1] as Token).key) &&
        !mw.saintTitles.has((tokens[last - 1] as Token).key) &&
        !lex.cities.has(n.key) &&
        nameLike(tokens[last + 1], lex) &&
        !(last === i + 1 && unknownName(t, lex, mw) && !mw.headConnectors.has(tokens[i - 1]?.key ?? '')) &&
        !(last === i + 1 && headType !== null && namedAfterPerson(scan, i))
      )
        break;
      last++;
      lowercaseRun = 0;
      continue;
    }
    // "la Commissione Ambiente e Turismo": a committee oversees two portfolios joined by "e".
    const secondPortfolio = tokens[last + 1];
    if (
      scan.bound === 'mention.committee-portfolio' &&
      !n.cap &&
      mw.bodyCoordinators.has(n.key) &&
      isWord(secondPortfolio) &&
      secondPortfolio.cap &&
      lex.portfolios.has(secondPortfolio.key) &&
      last + 1 < limit
    ) {
      last += 2;
      continue;
    }
    // mention.quoted-nickname: "Marta "Titti" Quarzini": a nickname in quotes between a given name and the surname.
    if (last === i + 1 && firstIsName && NICKNAME_QUOTES.has(n.text)) {
      const close = tokens[last + 2];
      const surname = tokens[last + 3];
      if (
        last + 3 < limit &&
        nameLike(tokens[last + 1], lex) &&
        close !== undefined &&
        NICKNAME_QUOTES.has(close.text) &&
        nameLike(surname, lex) &&
        (surname as Token).spaceBefore
      ) {
        last += 4;
        scan.bound = 'mention.quoted-nickname';
        continue;
      }
    }
    // mention.ampersand-name: "Valdrena Games & Orti Studio": names joined by "&", one of them of two words or
    // more, are one company's; two single words are as often a title ("Tom & Jerry"), and a given name after it
    // starts another person ("Anna Berti & Gigi Rota").
    const joined = tokens[last + 1];
    if (
      n.text === AMPERSAND &&
      last > i &&
      last + 2 < limit &&
      isWord(joined) &&
      joined.cap &&
      joined.spaceBefore &&
      !lex.firstNames.has(joined.key) &&
      !lex.firstNames.has(t.key) &&
      (last > i + 1 || nameLike(tokens[last + 2], lex))
    ) {
      last += 2;
      scan.bound = 'mention.ampersand-name';
      continue;
    }
    // mention.saint-in-name: "Castel Sant'Elia", "Ospedale Sant'Elia", "Motta Sant'Anastasia".
    if (n.spaceBefore && last > i && elidedSaintAt(tokens, last, lex)) {
      last += 2;
      scan.bound = 'mention.saint-in-name';
      continue;
    }
    if (n.text === '-' && !n.spaceBefore) {
      const past = pastHyphen(scan, i, last, headType);
      if (past === -2) break;
      if (past > 0) {
        last = past;
        continue;
      }
    }
    // A capitalized particle after a first name is the surname itself: "Lucio Dalla", "Marco Dell' Orto".
    if (
      n.cap &&
      n.spaceBefore &&
      !n.initial &&
      n.text.length > 2 &&
      last === i + 1 &&
      lex.firstNames.has(t.key) &&
      (lex.functionWords.has(n.key) || mw.connectors.has(n.key)) &&
      !mw.nameArticles.has(n.key)
    ) {
      const after = tokens[last + 1];
      if (n.key.endsWith("'") && isWord(after) && after.cap) {
        last += 2;
        continue;
      }
      if (!n.key.endsWith("'") && !(isWord(after) && after.cap)) {
        scan.keepEnd = true;
        return last + 1;
      }
    }
    // Surname particles written capitalized inside a name: "Marta Di Cataldo", "Paolo D'Amico", "Ignazio La Russa".
    if (n.cap && n.spaceBefore && mw.surnameParticles.has(n.key) && last > i) {
      const after = tokens[last + 1];
      if (isWord(after) && after.cap && (after.spaceBefore || n.text.endsWith("'") || n.text.endsWith('’'))) {
        last += 2;
        continue;
      }
    }
    // mention.inner-surname-particle: "Lucía Benítez de Olmedo", "Luigi Ferran de la Torre".
    const surnameEnd = !headType && last > i + 1 ? innerParticleEnd(tokens, last, limit, lex, mw) : -1;
    if (surnameEnd > 0) {
      last = surnameEnd;
      scan.bound = 'mention.inner-surname-particle';
      continue;
    }
    // "Massachusetts Institute of Technology", "Council of Europe"; mention.english-connector: "Friends of the Lake",
    // "Bureau of Fisheries": no Italian word is written "of", "for" or "on", so between two words written big they
    // join one English name whatever its words.
    const englishJoin =
      !n.cap && n.spaceBefore && last > i && nameLike(tokens[last - 1], lex) && !lex.firstNames.has(t.key);
    if (
      mw.nameOf.has(n.key) &&
      (lex.orgWords.has((tokens[last - 1] as Token).key) || lex.orgWords.has(t.key) || englishJoin)
    ) {
      let k = last + 1;
      if (mw.nameArticlesAfterOf.has((tokens[k] as Token | undefined)?.key ?? '')) k++;
      const joined = tokens[k] as Token | undefined;
      const byWords = lex.orgWords.has((tokens[last - 1] as Token).key) || lex.orgWords.has(t.key);
      // "Officials of the Ministero della Salute": a body's head after it opens a name of its own.
      if (
        nameLike(joined, lex) &&
        !lex.firstNames.has((joined as Token).key) &&
        (byWords || lex.heads.get((joined as Token).key) !== 'Organization')
      ) {
        if (!byWords) scan.bound = 'mention.english-connector';
        last = k + 1;
        english = true;
        continue;
      }
    }
    // "… for Disease Prevention and Control": past "of" or "for", an English name goes on after "and".
    if (
      english &&
      mw.nameAnd.has(n.key) &&
      !n.cap &&
      nameLike(tokens[last + 1], lex) &&
      !lex.firstNames.has((tokens[last + 1] as Token).key)
    ) {
      last += 2;
      continue;
    }
    // "Nouri al-Maliki", "Bashar al-Assad".
    if (
      mw.hyphenedNameParticles.has(n.key) &&
      !n.cap &&
      tokens[last + 1]?.text === '-' &&
      nameLike(tokens[last + 2], lex) &&
      !(tokens[last + 2] as Token).spaceBefore
    ) {
      last += 3;
      continue;
    }
    // "Ossezia del Sud", "Corea del Nord".
    if (
      mw.connectors.has(n.key) &&
      mw.directions.has((tokens[last + 1] as Token | undefined)?.key ?? '') &&
      (tokens[last + 1] as Token).cap
    ) {
      last += 2;
      scan.keepEnd = true;
      continue;
    }
    // mention.coordinated-complement: "Ministero del turismo e delle attività produttive": past a complement written
    // small, "e", "di" joined to an article and another such complement go on with the body's name.
    const coordinatedEnd = headType === 'Organization' ? coordinatedComplementEnd(scan, i, last, limit) : -1;
    if (coordinatedEnd > 0) {
      last = coordinatedEnd;
      scan.keepEnd = true;
      scan.bound = 'mention.coordinated-complement';
      continue;
    }
    // mention.to-name-in-body: "Associazione Veterani al Merito Civile", "Assessorato alla Cultura": inside a body's
    // name, "a" joined to an article and a name written big that is no place, known body, head or person go on with it.
    if (headType === 'Organization' && toNameInBody(scan, last, limit)) {
      last += 2;
      scan.bound = 'mention.to-name-in-body';
      continue;
    }
    // "Corte dei conti", "Consiglio di amministrazione", "Corte suprema di cassazione": an organization head, its
    // lowercase modifiers, then a lowercase complement.
    if (
      (headType === 'Organization' || headType === 'Place') &&
      lex.headJoin.get(t.key) !== 'none' &&
      mw.connectors.has(n.key) &&
      (last === i + 1 || (headType === 'Organization' && lowercaseRun === last - i - 1)) &&
      lowercaseComplement(tokens[last + 1], lex, mw)
    ) {
      last += 2;
      scan.keepEnd = true;
      continue;
    }
    // mention.coordinated-name-word: "Unione Artigiani e Commercianti", "Movimento Pace e Lavoro": past two words of a
    // name that is no person's, "e" and a common noun written big that ends the name go on with it; a known name,
    // a town, a given name or a word the batch never writes small after "e" is a second name ("Forza Italia e Lega").
    if (coordinatedWordEnd(scan, i, last, limit, firstIsName) > 0) {
      last += 2;
      scan.bound = 'mention.coordinated-name-word';
      continue;
    }
    // "Sole 24 Ore": a number inside a name.
    if (n.kind === 'num' && nameLike(tokens[last + 1], lex) && last > i) {
      last += 2;
      continue;
    }
    // mention.joiner-after-full-name: "Roccalta del Sasso" is one name; past two words, "Sara Belli del Partito
    // Democratico" is a person and a body.
    if (mw.nameJoiners.has(n.key) && !headType && nameLike(tokens[last + 1], lex) && officeOfBody(tokens, i, last, lex))
      scan.bound = 'mention.office-before-body';
    let joins = mw.nameJoiners.has(n.key) && !headType && joinsUnknownNames(tokens, i, last, firstIsName, lex);
    if (joins && seatTownAfterBodyName(scan, i, last)) {
      joins = false;
      scan.bound = 'mention.body-seat-apart';
    }
    if (joins && last > i + 1) scan.bound = 'mention.joiner-after-full-name';
    if (joins && last === i + 1) {
      last += 2;
      continue;
    }
    if (mw.headConnectors.has(n.key) || mw.particles.has(n.key)) {
      const past = pastConnector(scan, i, last, headType, firstIsName);
      if (past < 0) break;
      last = past;
      continue;
    }
    // Up to two lowercase modifiers inside a head-led name: "Consiglio permanente dell'…".
    if (
      headType &&
      n.kind === 'word' &&
      !n.cap &&
      lowercaseRun < 2 &&
      !lex.functionWords.has(n.key) &&
      mw.connectors.has((tokens[last + 1] as Token | undefined)?.key ?? '') &&
      (nameLike(tokens[last + 2], lex) ||
        (headType === 'Organization' &&
          lowercaseRun === last - i - 1 &&
          mw.adjectiveEndings.test(n.key) &&
          lowercaseComplement(tokens[last + 2], lex, mw)))
    ) {
      lowercaseRun++;
      last++;
      continue;
    }
    break;
  }
  return last;
}

/**
 * The end past "e" and one common noun written big that ends a name of two words or more at `at`, or -1; a common
 * noun is a word the batch also writes small, as no company's or town's name is.
 */
function coordinatedWordEnd(scan: MentionScan, i: number, at: number, limit: number, firstIsName: boolean): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const link = tokens[at] as Token;
  const word = tokens[at + 1];
  if (
    firstIsName ||
    at < i + 2 ||
    at + 1 >= limit ||
    link.cap ||
    !mw.bodyCoordinators.has(link.key) ||
    !isWord(word) ||
    !nameLike(word, lex) ||
    word.upper ||
    word.sentence !== link.sentence ||
    !(scan.vocabulary?.has(word.key) ?? false) ||
    lex.knownSurnames.has(word.key) ||
    lex.gazetteer.has(word.key) ||
    lex.cities.has(word.key) ||
    lex.firstNames.has(word.key) ||
    lex.heads.has(word.key) ||
    nameLike(tokens[at + 2], lex) ||
    !nameLike(tokens[at - 1], lex)
  )
    return -1;
  return at + 2;
}

/**
 * mention.company-form: the end past a company form at `at` ("SpA", "S.p.A.", "srl", "plc"), written big or small, that
 * closes the name before it; -1 where there is none. A club's suffix ("Calcio") does not close a name.
 */
function companyFormEnd(scan: MentionScan, at: number, limit: number): number {
  const mw = scan.words;
  const { tokens, text, lex } = scan;
  const n = tokens[at];
  if (!isWord(n) || !n.spaceBefore || at >= limit) return -1;
  if (n.cap) {
    const form = dottedFormAt(n, text, mw);
    const dotted = form !== undefined ? tokenAtOrAfter(tokens, n.start + form.length) : -1;
    if (dotted > at && dotted <= limit) return dotted;
  }
  return lex.orgSuffixes.has(n.key) && !mw.clubSuffixes.has(n.key) ? at + 1 : -1;
}

/** The company form written with dots that opens at `n` ("S.p.A."), if any. */
function dottedFormAt(n: Token, text: string, mw: MentionWords): string | undefined {
  for (const f of mw.dottedCompanyForms) if (n.key === f.key && text.startsWith(f.form, n.start)) return f.form;
  return undefined;
}

/**
 * mention.named-after-person: "il Policlinico Carlo Ferri", "la Fondazione Anna Berti": a head noun written big right
 * before a given name and a surname names the body or the building after the person; the person's name is part of it.
 */
function namedAfterPerson(scan: MentionScan, i: number): boolean {
  const mw = scan.words;
  const { tokens, lex } = scan;
  // "il presidente della Regione Anna Berti", "il ministro per la Famiglia Anna Berti": after an office, the person
  // holds it.
  let officer = false;
  for (let k = Math.max(0, i - 3); k < i; k++) officer ||= lex.titles.has((tokens[k] as Token).key);
  if (!mw.namedAfterHeads.has((tokens[i] as Token).key) || officer) return false;
  scan.bound = 'mention.named-after-person';
  return true;
}

/**
 * mention.officer-after-body: "il presidente della Commissione Anna Berti", "il direttore del CRV Gigi Rota": after an
 * office and "di", the body's name written big is followed by the officer's, two words that end the run and that no
 * lexicon takes for part of a body. True where the officer's name starts at `at`.
 */
function officerAfterBody(scan: MentionScan, i: number, at: number): boolean {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const connector = tokens[i - 1];
  const office = tokens[i - 2];
  const given = tokens[at] as Token;
  const surname = tokens[at + 1];
  const bodyWord = (x: Token): boolean =>
    x.upper ||
    lex.orgWords.has(x.key) ||
    lex.heads.has(x.key) ||
    lex.gazetteer.has(x.key) ||
    lex.cities.has(x.key) ||
    lex.portfolios.has(x.key) ||
    bigAdjective(x, lex, mw);
  return (
    isWord(connector) &&
    !connector.cap &&
    mw.lowerHeadConnectors.has(connector.key) &&
    isWord(office) &&
    lex.titles.has(office.key) &&
    nameLike(surname, lex) &&
    (surname as Token).spaceBefore &&
    !nameLike(tokens[at + 2], lex) &&
    !bodyWord(given) &&
    !bodyWord(surname as Token) &&
    !lex.gazetteer.has(`${given.key} ${(surname as Token).key}`) &&
    !lex.cities.has(`${given.key} ${(surname as Token).key}`)
  );
}

/**
 * mention.qualified-body-head: "il Corpo forestale", "il Collegio dei revisori": a noun that
 * heads a body's name only when written big in mid-sentence and qualified, by an adjective or by "di" and a complement,
 * heads one there.
 */
function qualifiedBodyHead(scan: MentionScan, i: number, limit: number): boolean {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (t.initial || t.upper || lex.heads.has(t.key) || !boundWords(lex).qualifiedBodyHeads.has(t.key)) return false;
  const after = tokens[i + 1];
  if (i + 1 >= limit || !isWord(after) || after.sentence !== t.sentence) return false;
  return (
    extendAdjectives(tokens, i + 1, limit, lex, mw) > i + 1 ||
    bigAdjective(after, lex, mw) ||
    (!after.cap &&
      mw.lowerHeadConnectors.has(after.key) &&
      (nameLike(tokens[i + 2], lex) || lowercaseComplement(tokens[i + 2], lex, mw)))
  );
}

/** The words of the long bodies' rules in one model (mentions-long-bodies.txt), built once per model lexicon. */
const longBodyWords = perModel((lex: Lexicon) => ({
  headAdjectives: new Set(classOf(lex, 'mentions-long-bodies', 'head-adjectives')),
  ordinals: new Set(classOf(lex, 'mentions-long-bodies', 'ordinals')),
  nationalForces: new Set(classOf(lex, 'mentions-long-bodies', 'national-forces')),
  levelAdjectives: new Set(classOf(lex, 'mentions-long-bodies', 'level-adjectives')),
  partyNouns: new Set(classOf(lex, 'mentions-long-bodies', 'party-nouns')),
  partyAdjectives: new Set(classOf(lex, 'mentions-long-bodies', 'party-adjectives')),
}));

/**
 * mention.party-by-creed: "il partito socialista albanese", "del partito popolare conservatore": a party's noun
 * written small, after a definite article, then the adjective of its creed and one of its nation, its region or
 * another creed, is one party's name; with the creed alone ("il partito agrario") it names a kind of party. -1 where
 * there is none.
 */
function partyByCreed(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const lw = longBodyWords(lex);
  const t = tokens[i] as Token;
  const creed = tokens[i + 1];
  const second = tokens[i + 2];
  if (
    i + 2 >= limit ||
    !lw.partyNouns.has(t.key) ||
    !definiteArticleAt(tokens, i - 1, t, scan.words) ||
    !isWord(creed) ||
    creed.cap ||
    !lw.partyAdjectives.has(creed.key) ||
    !isWord(second) ||
    second.cap ||
    second.sentence !== t.sentence ||
    !(
      lw.partyAdjectives.has(second.key) ||
      lex.demonyms.has(second.key) ||
      scan.words.regionalAdjectives.has(second.key)
    )
  )
    return -1;
  scan.bound = 'mention.party-by-creed';
  pushMention(scan, i, i + 3, null, 'Organization');
  return i + 3;
}

/** Most words of the complement of a body named small ("di statistica e demografia", "per la tutela forestale"). */
const LEVEL_BODY_WORDS = 6;

/** Part-of-speech tags (UPOS) of the words such a complement is made of, "e" joining two of its nouns among them. */
const LEVEL_BODY_TAGS = new Set(['NOUN', 'ADJ', 'ADP', 'DET', 'CCONJ']);

/** Tags of a word that may follow such a name: the sentence's verb ("L'istituto nazionale di statistica ha …"). */
const LEVEL_BODY_NEXT = new Set(['AUX', 'VERB']);

/**
 * mention.level-body-name: "l'istituto nazionale di statistica e demografia", "dell'azienda regionale per la tutela
 * ambientale", "il comitato regionale veneto": a body's head written small, after a definite article, then an
 * adjective of its level ("nazionale", "regionale") and either the adjective of a region or a nation, or "di" or "per"
 * and a complement of nouns and adjectives written small up to a punctuation mark or the sentence's verb, is one
 * body's name; the bare head and adjective ("il consiglio regionale") are left to the institutions. -1 where there is
 * none.
 */
function levelBodyName(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex, tags } = scan;
  const t = tokens[i] as Token;
  const level = tokens[i + 1];
  if (
    tags === null ||
    i + 2 >= limit ||
    lex.heads.get(t.key) !== 'Organization' ||
    lex.headJoin.get(t.key) !== 'join' ||
    !definiteArticleAt(tokens, i - 1, t, mw) ||
    !isWord(level) ||
    level.cap ||
    !longBodyWords(lex).levelAdjectives.has(level.key)
  )
    return -1;
  const region = tokens[i + 2] as Token;
  if (!region.cap && (mw.regionalAdjectives.has(region.key) || lex.demonyms.has(region.key))) {
    scan.bound = 'mention.level-body-name';
    pushMention(scan, i, i + 3, null, 'Organization');
    return i + 3;
  }
  if (!mw.bodyPurpose.has(region.key) && !mw.of.has(region.key)) return -1;
  let k = i + 3;
  let nouns = 0;
  while (k < limit && k - i - 3 < LEVEL_BODY_WORDS) {
    const x = tokens[k] as Token;
    const tag = tags.tagAt(k) ?? '';
    if (x.kind !== 'word' || x.cap || !LEVEL_BODY_TAGS.has(tag)) break;
    if (tag === 'CCONJ' && !mw.bodyCoordinators.has(x.key)) return -1;
    if (tag === 'NOUN') nouns++;
    k++;
  }
  const next = tokens[k];
  const ends = k >= limit || next === undefined || next.kind === 'punct' || LEVEL_BODY_NEXT.has(tags.tagAt(k) ?? '');
  const lastTag = tags.tagAt(k - 1);
  if (
    !ends ||
    nouns === 0 ||
    (lastTag !== 'NOUN' && lastTag !== 'ADJ') ||
    lex.verbFinite.has((tokens[k - 1] as Token).key)
  )
    return -1;
  scan.bound = 'mention.level-body-name';
  pushMention(scan, i, k, null, 'Organization');
  return k;
}

/**
 * mention.national-force: "la marina francese", "dell'aeronautica spagnola": a noun of an armed force written small,
 * after a definite article and before the adjective of a nation, is that nation's force; -1 where there is none.
 */
function nationalForce(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const nation = tokens[i + 1];
  if (
    i + 1 >= limit ||
    !longBodyWords(lex).nationalForces.has(t.key) ||
    !definiteArticleAt(tokens, i - 1, t, scan.words) ||
    !isWord(nation) ||
    nation.cap ||
    nation.sentence !== t.sentence ||
    !lex.demonyms.has(nation.key)
  )
    return -1;
  scan.bound = 'mention.national-force';
  pushMention(scan, i, i + 2, null, 'Organization');
  return i + 2;
}

/**
 * mention.ordinal-in-body: "Accademia del Quarto Potere", "Associazione della Seconda Giovinezza": inside a body's
 * name after "di", an ordinal written big and a name written big after it go on with the name, though an ordinal alone
 * names nothing.
 */
function ordinalInBody(scan: MentionScan, at: number): boolean {
  const { tokens, lex } = scan;
  const ordinal = tokens[at];
  const noun = tokens[at + 1];
  return (
    isWord(ordinal) &&
    ordinal.cap &&
    !ordinal.upper &&
    longBodyWords(lex).ordinals.has(ordinal.key) &&
    isWord(noun) &&
    noun.spaceBefore &&
    noun.sentence === ordinal.sentence &&
    nameLike(noun, lex) &&
    !lex.firstNames.has(noun.key)
  );
}

/**
 * mention.adjective-before-head: "la Suprema Corte", "la Pontificia Accademia per la Vita": an adjective written big
 * right before an organization's head written big opens the body's name, which goes on as the head's would.
 */
function adjectiveBeforeBodyHead(scan: MentionScan, i: number): boolean {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  const head = tokens[i + 1];
  return (
    !lex.heads.has(t.key) &&
    (bigAdjective(t, lex, scan.words) || (!t.upper && longBodyWords(lex).headAdjectives.has(t.key))) &&
    isWord(head) &&
    head.cap &&
    !head.upper &&
    head.spaceBefore &&
    head.sentence === t.sentence &&
    lex.heads.get(head.key) === 'Organization' &&
    lex.headJoin.get(head.key) !== 'none'
  );
}

/** Whether "a" joined to an article at `at` and a name written big after it go on with a body's name (above). */
function toNameInBody(scan: MentionScan, at: number, limit: number): boolean {
  const { tokens, lex } = scan;
  const to = tokens[at] as Token;
  const name = tokens[at + 1];
  if (at + 1 >= limit || to.cap || !boundWords(lex).toArticles.has(to.key) || !nameLike(name, lex)) return false;
  return (
    (name as Token).sentence === to.sentence &&
    !knownElsewhere(name as Token, lex) &&
    !lex.firstNames.has((name as Token).key)
  );
}

/**
 * The end past "e", "di" joined to an article, a complement written small and its adjectives, after a body's name at
 * `at` that ends in a complement written small after "di", perhaps with its adjectives ("Ministero del turismo e delle
 * attività produttive", and on "e del commercio"); -1.
 */
function coordinatedComplementEnd(scan: MentionScan, i: number, at: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const link = tokens[at];
  const article = tokens[at + 1];
  const before = tokens[at - 1];
  // The complement before "e" follows "di" joined to an article, perhaps with its adjectives after it.
  let ofBefore = tokens[at - 2];
  for (let k = at - 2; k > i && isWord(tokens[k]) && !(tokens[k] as Token).cap && k >= at - 4; k--)
    if (mw.lowerHeadConnectors.has((tokens[k] as Token).key)) {
      ofBefore = tokens[k];
      break;
    }
  if (
    at < i + 3 ||
    at + 2 >= limit ||
    !isWord(link) ||
    link.cap ||
    !mw.bodyCoordinators.has(link.key) ||
    !isWord(article) ||
    article.cap ||
    !mw.lowerHeadConnectors.has(article.key) ||
    mw.of.has(article.key) ||
    !isWord(before) ||
    before.cap ||
    !isWord(ofBefore) ||
    !mw.lowerHeadConnectors.has(ofBefore.key) ||
    !lowercaseComplement(tokens[at + 2], lex, mw)
  )
    return -1;
  return extendAdjectives(tokens, at + 3, limit, lex, mw);
}

/**
 * mention.officer-surname-after-body: "il presidente della Regione Quarzini", "il segretario del Partito Brambilla": after
 * an office and "di", a known person's surname alone, ending the run, is the officer's, not a word of the body's name.
 */
function officerSurnameAfterBody(scan: MentionScan, i: number, at: number): boolean {
  const { tokens, lex } = scan;
  const connector = tokens[i - 1];
  const office = tokens[i - 2];
  const surname = tokens[at] as Token;
  return (
    isWord(connector) &&
    !connector.cap &&
    scan.words.lowerHeadConnectors.has(connector.key) &&
    isWord(office) &&
    lex.titles.has(office.key) &&
    lex.knownSurnames.has(surname.key) &&
    (lex.gazetteer.get(surname.key)?.type ?? 'Person') === 'Person' &&
    !lex.cities.has(surname.key) &&
    !nameLike(tokens[at + 1], lex)
  );
}

/**
 * mention.person-before-body: "Carla Fontana Ministero della Salute", a list of officers and their bodies: after a given
 * name and a surname, an organization's head noun and its "di" open the body's name, not more of the person's.
 */
function bodyHeadAfterPerson(tokens: Token[], at: number, lex: Lexicon, mw: MentionWords): boolean {
  const head = tokens[at] as Token;
  const connector = tokens[at + 1];
  return (
    lex.heads.get(head.key) === 'Organization' &&
    !head.upper &&
    isWord(connector) &&
    !connector.cap &&
    connector.sentence === head.sentence &&
    mw.lowerHeadConnectors.has(connector.key)
  );
}

/**
 * mention.person-before-body, where no list knows the given name ("Ottavio Bracchi Ministero dell'Interno"): given
 * names and words written big that no list knows as a head, a known name, a town or a body's word (past the first, a
 * known surname too), before an organization's head and its "di", read as a person's name as well.
 */
function unknownPersonWords(scan: MentionScan, i: number, last: number): boolean {
  const { tokens, lex } = scan;
  for (let k = i; k < last; k++) {
    const t = tokens[k] as Token;
    const surname = k > i && lex.knownSurnames.has(t.key) && !t.upper;
    if (
      !t.cap ||
      (k > i && !t.spaceBefore) ||
      !(unknownName(t, lex, scan.words) || lex.firstNames.has(t.key) || surname)
    )
      return false;
  }
  return true;
}

/**
 * After two words of a name, a foreign surname's particle ("de", "y", "von"), perhaps a second one ("de la"),
 * and a capitalized name go on with the person's name: the end past them, or -1. A capitalized article after the
 * particle opens a title ("de La Gazzetta di Valmora").
 */
function innerParticleEnd(tokens: Token[], at: number, limit: number, lex: Lexicon, mw: MentionWords): number {
  const particle = tokens[at];
  if (!isWord(particle) || particle.cap || !mw.innerSurnameParticles.has(particle.key)) return -1;
  let k = at + 1;
  const second = tokens[k];
  if (isWord(second) && !second.cap && mw.particles.has(second.key)) k++;
  const name = tokens[k];
  if (k >= limit || !nameLike(name, lex) || !(name as Token).spaceBefore || mw.nameArticles.has((name as Token).key))
    return -1;
  return k + 1;
}

/** Drops the words at the end of a name that are not name-like by themselves ("Corte dei" → "Corte"). */
function trimName(scan: MentionScan, i: number, last: number, headType: EntityType | null): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  while (
    last > i + 1 &&
    !nameLike(tokens[last - 1], lex) &&
    !isCapitalizedState(tokens[last - 1], mw) &&
    !(headType !== null && bigCommonNoun(tokens[last - 1], lex)) &&
    !(tokens[last - 1] as Token).upper &&
    !lex.portfolios.has((tokens[last - 1] as Token).key)
  )
    last--;
  return last;
}

/** A capitalized word that no phase before took: a name, from its first word to where it ends. */
function capitalizedName(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  // A portfolio ("Università", "Salute") after "dell'" is part of a minister's title; after an article, or after "dell'"
  // with no minister or ministry before it, a head noun starts a name ("l'Università di Bologna", "il rettore dell'Università di Pavia").
  const portfolio =
    lex.portfolios.has(t.key) &&
    !(lex.heads.has(t.key) && !(mw.connectors.has(tokens[i - 1]?.key ?? '') && ministryBefore(tokens, i, lex, mw)));
  // Arabic names and outlets mid-sentence: "Al Alam", "Al-Jazeera", "El Baradei" (never the preposition "al", written small there).
  const hyphened = tokens[i + 1]?.text === '-' && !(tokens[i + 1] as Token).spaceBefore;
  const arabicArticle =
    t.cap &&
    !t.upper &&
    mw.arabicArticles.has(t.key) &&
    (hyphened
      ? nameLike(tokens[i + 2], lex)
      : !t.initial && nameLike(tokens[i + 1], lex) && !lex.functionWords.has((tokens[i + 1] as Token).key));
  if (
    (!nameLike(t, lex) &&
      !isInitial(scan.seg, i) &&
      !arabicArticle &&
      !givenNameBeforeSurname(tokens, i, lex) &&
      !documentSurnameOpening(scan, i)) ||
    portfolio
  )
    return i + 1;
  const qualified = qualifiedBodyHead(scan, i, limit);
  if (qualified) scan.bound = 'mention.qualified-body-head';
  const adjectiveFirst = !qualified && adjectiveBeforeBodyHead(scan, i);
  if (adjectiveFirst) scan.bound = 'mention.adjective-before-head';
  const headType = lex.heads.get(t.key) ?? (qualified || adjectiveFirst ? 'Organization' : null);
  if (!t.upper && leaderLedBody(tokens, i, lex, mw) && numberedCabinet(scan, i)) return i + 3;
  if (!t.upper && leaderLedBody(tokens, i, lex, mw)) {
    pushMention(scan, i, i + 1, null, 'Organization', 'type.body-of-leader', true);
    return i + 1;
  }
  if (headType) {
    const join = lex.headJoin.get(t.key) ?? 'join';
    // "il Festival di Sanremo", "l'Ospedale di Padova": the head is not part of the name.
    if (
      join === 'none' &&
      !(nameLike(tokens[i + 1], lex) && (tokens[i + 1] as Token).spaceBefore) &&
      !elidedSaintAt(tokens, i + 1, lex)
    )
      return i + 1;
    if (join === 'alone') return headAlone(scan, i, limit, headType);
  }
  const opening = openingWord(scan, i, headType, arabicArticle);
  if (opening === NOT_A_NAME) return i + 1;
  let last = extendName(scan, i, limit, headType);
  if (!scan.keepEnd) last = trimName(scan, i, last, headType);
  if (headType === 'Organization' || headType === 'Place') {
    const named = last;
    last = extendAdjectives(tokens, last, limit, lex, mw);
    for (let k = named; k < last; k++)
      if (prefixedAdjective((tokens[k] as Token).key, lex)) scan.bound ??= 'mention.prefixed-adjective';
  }
  if (headType === 'Place' && last > i + 1 && mw.streetHeads.has(t.key)) last = houseNumberEnd(scan, last, limit);
  let bodyEnd = headType === 'Organization' && !t.upper ? extendBodyName(scan, i, last, limit) : last;
  if (
    headType === 'Organization' &&
    !t.upper &&
    bodyEnd === last &&
    last - i <= 3 &&
    !(last === i + 1 && mw.standaloneHeads.has(t.key))
  ) {
    const purposeEnd = purposePhraseEnd(scan, last, limit);
    if (purposeEnd > last) {
      bodyEnd = purposeEnd;
      scan.bound = 'mention.purpose-phrase';
    }
  }
  const extendedBody = bodyEnd > last;
  last = bodyEnd;
  // "il Consultore della Fondazione": an office after an article, before its body, names no one.
  if (
    scan.bound === 'mention.office-before-body' &&
    last === i + 1 &&
    !lex.firstNames.has(t.key) &&
    mw.titleOpeners.has(tokens[i - 1]?.key ?? '')
  )
    return i + 1;
  // A head alone ("la Fondazione", "l'Azienda") is a common noun written big, unless it is an institution named by itself ("il Senato").
  if (headType && last === i + 1 && !mw.standaloneHeads.has(t.key)) return i + 1;
  // Roman numerals alone are ordinals ("XX secolo"), not acronyms.
  if (last === i + 1 && t.upper && ROMAN_NUMERAL.test(t.text)) return i + 1;
  const station = scan.bound === 'mention.broadcaster-suffix';
  const partners = scan.bound === 'mention.ampersand-name' && headType === null;
  pushMention(
    scan,
    i,
    last,
    null,
    station || partners ? 'Organization' : headType,
    station
      ? 'type.broadcaster-name'
      : partners
        ? 'type.partners-name'
        : extendedBody
          ? 'type.body-name-extended'
          : opening === TAGGED_NAME
            ? 'type.tagged-proper-noun'
            : undefined,
  );
  return last;
}

/**
 * "Agenzia Nazionale per le Risorse Idriche", "Ministero del Turismo e dei Trasporti": a body's name goes on
 * past "per" and an article, and past "e" and "di" joined to an article before a portfolio when a "di" already joined
 * its first part ("l'Università di Bari e dell'Aquila" is two universities); the words after must be capitalized. "il Ministero della Salute e la Regione" is two bodies: "e" and a bare article
 * join nothing, nor does a second head ("… e dell'Agenzia X").
 */
function extendBodyName(scan: MentionScan, i: number, last: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  let end = last;
  for (let step = 0; step < 3; step++) {
    const link = tokens[end];
    const article = tokens[end + 1];
    const name = tokens[end + 2];
    if (link === undefined || article === undefined || end + 2 >= limit || !nameLike(name, lex)) break;
    const purpose = mw.bodyPurpose.has(link.key) && mw.nameArticles.has(article.key);
    let joined = false;
    for (let k = i + 1; k < end && !joined; k++) joined = mw.lowerHeadConnectors.has((tokens[k] as Token).key);
    const coordinated =
      mw.bodyCoordinators.has(link.key) &&
      joined &&
      mw.lowerHeadConnectors.has(article.key) &&
      lex.portfolios.has((name as Token).key);
    const articled = !purpose && !coordinated && (joined || step > 0) && articledSecondName(scan, end);
    if (articled) scan.bound = 'mention.coordinated-articled-name';
    // "… e dell'Agenzia X": a head after the article opens a second body.
    if ((!purpose && !coordinated && !articled) || lex.heads.get((name as Token).key) === 'Organization') break;
    end += 3;
    // A given name after it opens the name of the body's officer ("… e dei Trasporti Ercole Rossi"); one that ends the
    // name is a word of it ("Associazione per il Volo Libero").
    while (
      end < limit &&
      nameLike(tokens[end], lex) &&
      (tokens[end] as Token).spaceBefore &&
      (!lex.firstNames.has((tokens[end] as Token).key) || !nameLike(tokens[end + 1], lex))
    )
      end++;
    const complementEnd = purposeComplementEnd(tokens, end, limit, lex, mw);
    if (complementEnd > end) scan.bound = 'mention.purpose-complement';
    end = complementEnd;
  }
  return end;
}

/**
 * mention.coordinated-articled-name: "Partito della Libertà e la Speranza", "Dipartimento per la Ricerca e l'Innovazione": past
 * "di" or "per" and a name, "e", a bare article and a name written big that no lexicon knows as a name of its own go
 * on with the body's name; a head, a place, a known name or a given name after the article is a second party ("… e la
 * Regione").
 */
function articledSecondName(scan: MentionScan, end: number): boolean {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const link = tokens[end] as Token;
  const article = tokens[end + 1] as Token;
  const name = tokens[end + 2] as Token;
  return (
    !link.cap &&
    mw.bodyCoordinators.has(link.key) &&
    !article.cap &&
    mw.nameArticles.has(article.key) &&
    !name.upper &&
    name.sentence === link.sentence &&
    !lex.heads.has(name.key) &&
    !lex.gazetteer.has(name.key) &&
    !lex.cities.has(name.key) &&
    !lex.firstNames.has(name.key) &&
    !lex.knownSurnames.has(name.key) &&
    nameLike(tokens[end - 1], lex)
  );
}

/** Most words of a body's purpose written small after "per" and its article ("per la tutela dei consumatori"). */
const PURPOSE_WORDS = 6;

/** Part-of-speech tags (UPOS) of the words a purpose is made of: nouns, their adjectives, the prepositions joining them. */
const PURPOSE_TAGS = new Set(['NOUN', 'ADJ', 'ADP', 'DET']);

/**
 * mention.purpose-phrase: "Agenzia europea per la tutela dei consumatori", "Istituto per lo studio dei venti": after a
 * body's head and at most two words, "per", an article and a noun written small, and nouns, adjectives and
 * prepositions up to a punctuation mark, are the body's purpose and its name; a verb, a number or a word written big
 * on the way ("per la prima volta ha…", "per i prossimi due mesi") is the sentence's. The end past it, or -1.
 */
function purposePhraseEnd(scan: MentionScan, end: number, limit: number): number {
  const mw = scan.words;
  const { tokens, tags } = scan;
  const link = tokens[end];
  const article = tokens[end + 1];
  const noun = tokens[end + 2];
  if (
    tags === null ||
    end + 2 >= limit ||
    !isWord(link) ||
    link.cap ||
    !mw.bodyPurpose.has(link.key) ||
    !isWord(article) ||
    article.cap ||
    !mw.nameArticles.has(article.key) ||
    !isWord(noun) ||
    noun.cap ||
    tags.tagAt(end + 2) !== 'NOUN'
  )
    return -1;
  let k = end + 3;
  while (k < limit && k - end < PURPOSE_WORDS + 2) {
    const x = tokens[k] as Token;
    if (x.kind !== 'word') break;
    const tag = tags.tagAt(k) ?? '';
    if (x.cap || !PURPOSE_TAGS.has(tag)) return -1;
    // "alle balene", "sul mare", "della costa": a preposition joined to its article, or "di", and a noun; a bare one
    // before an article opens a complement of the sentence ("per le sue parole contro l'…").
    if (tag === 'ADP' && !mw.connectors.has(x.key) && tags.tagAt(k + 1) !== 'NOUN') return -1;
    k++;
  }
  if (k < limit && (tokens[k] as Token).kind !== 'punct') return -1;
  // A last word that also spells a verb may be the sentence's verb the tagger took for a noun ("… della costa protesta").
  const lastTag = tags.tagAt(k - 1);
  return (lastTag === 'NOUN' || lastTag === 'ADJ') && !scan.lex.verbFinite.has((tokens[k - 1] as Token).key) ? k : -1;
}

/**
 * mention.purpose-complement: "Fondazione per la Tutela della Brughiera": past "per", a "di" and a name written big go
 * on with the body's purpose; a place or a person's given name after it does not ("… di Roma").
 */
function purposeComplementEnd(tokens: Token[], end: number, limit: number, lex: Lexicon, mw: MentionWords): number {
  const connector = tokens[end];
  const name = tokens[end + 1];
  // A town takes a bare "di" and ends there: "… dei Popoli", "… di Vita Consacrata" name no town that shares a word.
  const townAfter =
    isWord(name) &&
    lex.cities.has(name.key) &&
    isWord(connector) &&
    mw.of.has(connector.key) &&
    !nameLike(tokens[end + 2], lex);
  if (
    end + 1 >= limit ||
    !isWord(connector) ||
    connector.cap ||
    !mw.lowerHeadConnectors.has(connector.key) ||
    !nameLike(name, lex) ||
    lex.firstNames.has((name as Token).key) ||
    townAfter ||
    lex.gazetteer.has((name as Token).key) ||
    lex.heads.has((name as Token).key)
  )
    return end;
  return nameRunEnd(tokens, end + 2, limit, lex);
}

/**
 * "Radio Valdrena", "TV Vlandra": a word for a broadcaster, which alone names no one ("la Radio"), written big before a
 * name is the station's name.
 */
function broadcasterName(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const name = tokens[i + 1];
  if (i + 1 >= limit || !(name as Token).spaceBefore) return -1;
  // "Kanal 7", "Radio 24": a number names the station as well.
  const numbered = (name as Token).kind === 'num';
  if (!numbered && (!nameLike(name, lex) || lex.firstNames.has((name as Token).key))) return -1;
  const end = numbered ? i + 2 : nameRunEnd(tokens, i + 2, limit, lex);
  pushMention(scan, i, end, null, 'Organization', 'type.broadcaster-name');
  return end;
}

/**
 * mention.direction-before-place: "nord Italia", "Sud America", "centro-nord Italia": words for a part written before a
 * country or a continent the gazetteer knows name that part, one place; a town after them is no such name.
 */
function directionBeforePlace(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  let k = i + 1;
  while (k < limit && k - i < 4) {
    const x = tokens[k] as Token;
    if (x.text === '-' && !x.spaceBefore && mw.placeDirections.has(tokens[k + 1]?.key ?? '')) k += 2;
    else if (isWord(x) && x.spaceBefore && !x.cap && mw.placeDirections.has(x.key)) k++;
    else break;
  }
  const place = tokens[k];
  if (k >= limit || !isWord(place) || !place.cap || !place.spaceBefore || lex.cities.has(place.key)) return -1;
  const gz = gazetteerMatch(scan.seg, k, limit, lex);
  if (gz === null || gz.entry.type !== 'Place') return -1;
  scan.bound = 'mention.direction-before-place';
  // A country's part is typed where the typing stage types "Centro Italia" (type.part-of-country); a continent's here.
  if (countryNames(lex).has(gz.entry.canonical)) pushMention(scan, i, gz.last, null, null);
  else pushMention(scan, i, gz.last, null, 'Place', 'type.place-and-direction');
  return gz.last;
}

/**
 * The end of a state's name from "Stato" at `i`: its adjectives ("lo Stato italiano"); mention.state-name: a big
 * adjective ("lo Stato Federale") and "di" with a place the gazetteer knows ("lo Stato di California"), the state's name.
 */
function stateNameEnd(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  let end = i + 1;
  while (end < limit && end - i <= 2 && bigAdjective(tokens[end], lex, mw)) end++;
  const connector = tokens[end];
  if (end + 1 < limit && isWord(connector) && !connector.cap && mw.lowerHeadConnectors.has(connector.key)) {
    const place = tokens[end + 1] as Token;
    const gz = place.cap ? gazetteerMatch(scan.seg, end + 1, limit, lex) : null;
    if (gz !== null && (gz.entry.type === 'Place' || end > i + 1)) end = gz.last;
    else if (end > i + 1 && (nameLike(place, lex) || lex.portfolios.has(place.key))) end += 2;
  }
  if (end > i + 1) {
    scan.bound = 'mention.state-name';
    return end;
  }
  return extendAdjectives(tokens, i + 1, limit, lex, mw);
}

/** Glue between the parts of a website's address, written without spaces: "www.valmora.gov", "Scuola-Libri.it". */
const DOMAIN_GLUE = new Set(['.', '-']);

/**
 * "Vidlux.com", "www.valmora.gov", "Scuola-Libri.it": words glued by dots and hyphens, the last a top-level domain after
 * a dot, are the address of a website, one name and the site's, whatever case its words are written in. A word glued to
 * the one before ("info@…", a path after a slash) opens no address.
 */
function domainName(scan: MentionScan, i: number, limit: number): number {
  const { tokens } = scan;
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  if (before !== undefined && before.sentence === t.sentence && !t.spaceBefore) return -1;
  let end = i + 1;
  let address = -1;
  while (end + 1 < limit) {
    const glue = tokens[end] as Token;
    const part = tokens[end + 1] as Token;
    if (!DOMAIN_GLUE.has(glue.text) || glue.spaceBefore || part.spaceBefore || part.kind !== 'word') break;
    end += 2;
    if (glue.text === '.' && scan.words.domainEndings.has(part.key)) address = end;
  }
  if (address < 0) return -1;
  pushMention(scan, i, address, null, 'Organization', 'type.domain-name');
  return address;
}

/**
 * "il 3Com", "i 7Zervan": a number written onto a word written big opens the name that word starts. The scan reads the
 * name from the word on, then the number joins the mention it made; -1 where the number opens none.
 */
function numberOpenedName(scan: MentionScan, i: number, limit: number): number {
  const { tokens, out } = scan;
  const number = tokens[i] as Token;
  const word = tokens[i + 1];
  // "16GB", "4K": a unit or a format in capitals after a number is no name.
  if (i + 1 >= limit || !isWord(word) || !word.cap || word.upper || word.spaceBefore) return -1;
  if (word.sentence !== number.sentence) return -1;
  const count = out.length;
  const end = scanAt(scan, i + 1, limit);
  const m = out[count];
  if (m === undefined || m.first !== i + 1) return end;
  m.first = i;
  m.start = number.start;
  m.text = scan.text.slice(m.start, m.end);
  m.bound = 'mention.number-opened-name';
  return end;
}

/** The phases in turn at token `i`: each either takes a span and says where to go on, or leaves it to the next. */
function scanAt(scan: MentionScan, i: number, limit: number): number {
  const mw = scan.words;
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (t.kind === 'num') {
    if (mw.emergencyNumbers.has(t.text) && mw.numberServiceArticles.has(tokens[i - 1]?.key ?? '')) {
      pushMention(scan, i, i + 1, null, 'Organization', 'type.emergency-number');
      return i + 1;
    }
    const end = numberOpenedName(scan, i, limit);
    if (end >= 0) return end;
  }
  if (t.kind !== 'word') return i + 1;
  scan.bound = null;
  const glued = tokens[i + 1];
  if (glued !== undefined && DOMAIN_GLUE.has(glued.text) && !glued.spaceBefore) {
    const end = domainName(scan, i, limit);
    if (end >= 0) return end;
  }
  if (mw.placeDirections.has(t.key) && !t.upper) {
    const end = directionBeforePlace(scan, i, limit);
    if (end >= 0) return end;
  }
  let next = mw.priestTitles.has(t.key) ? priestName(scan, i, limit) : -1;
  if (next >= 0) return next;
  next = mw.teamNouns.has(t.key) ? nationalTeam(scan, i, limit) : -1;
  if (next >= 0) return next;
  // "gli anni Quaranta": a decade, not a name.
  if (t.cap && !t.upper && lex.decades.has(t.key) && mw.decadeNouns.has(tokens[i - 1]?.key ?? '')) return i + 1;
  if (!t.cap) return lowercaseStart(scan, i, limit);
  next = elidedSaint(scan, i, limit);
  if (next >= 0) return next;
  next = mw.townPrefixes.has(t.key) ? townInWords(scan, i, limit) : -1;
  if (next >= 0) {
    scan.bound = 'mention.town-in-words';
    pushMention(scan, i, next, null, null);
    return next;
  }
  next = scan.shouted[i] === 1 ? -1 : quotedBodyNameEnd(scan, i, limit);
  // A known name that fills the quotes keeps what the gazetteer says of it; one that only opens them is part of the name.
  if (next >= 0 && gazetteerMatch(scan.seg, i, limit, lex)?.last !== next) {
    scan.bound = 'mention.quoted-body-name';
    pushMention(scan, i, next, null, null);
    return next;
  }
  next = gazetteerName(scan, i, limit);
  if (next >= 0) return next;
  if (scan.shouted[i] === 1) return i + 1;
  next = commonWordNameEnd(scan, i, limit);
  if (next >= 0) {
    scan.bound = 'mention.common-word-after-body-noun';
    pushMention(scan, i, next, null, null);
    return next;
  }
  next = mw.broadcasterNouns.has(t.key) ? broadcasterName(scan, i, limit) : -1;
  if (next >= 0) return next;
  next = t.cap && !t.upper && mw.nameArticlesAfterOf.has(t.key) ? englishArticleName(scan, i, limit) : -1;
  if (next >= 0) return next;
  next = !t.initial && mw.nameArticles.has(t.key) && !t.upper && i + 1 < limit ? articleName(scan, i, limit) : -1;
  if (next >= 0) return next;
  // "dello Stato", "allo Stato": the state, though "stato" is mostly a verb form.
  if (mw.stateNouns.has(t.key) && !t.initial && mw.loArticles.has(tokens[i - 1]?.key ?? '')) {
    const end = stateNameEnd(scan, i, limit);
    pushMention(scan, i, end, null, 'Organization');
    return end;
  }
  next = mw.surnameParticles.has(t.key) ? particleSurname(scan, i, limit) : -1;
  if (next >= 0) return next;
  return capitalizedName(scan, i, limit);
}

/** Most words of a long form in brackets after its acronym. */
const SPELLED_NAME_WORDS = 14;

/**
 * Whether the words [from, to) spell `letters`: each word a function word is not gives its first letter, in order;
 * a function word ("di", "per", "e") gives its own or none ("Guardia di Finanza": GdF or GF).
 */
function spells(tokens: Token[], from: number, to: number, letters: string, lex: Lexicon, mw: MentionWords): boolean {
  // reach[m]: the first m letters are spelled by the words read so far.
  let reach = new Uint8Array(letters.length + 1);
  reach[0] = 1;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    const letter = t.key.charAt(0);
    const optional = lex.functionWords.has(t.key) || mw.connectors.has(t.key);
    const next = new Uint8Array(letters.length + 1);
    for (let m = 0; m <= letters.length; m++) {
      if (reach[m] !== 1) continue;
      if (optional) next[m] = 1;
      if (m < letters.length && letters.charAt(m) === letter) next[m + 1] = 1;
    }
    reach = next;
  }
  return reach[letters.length] === 1;
}

/**
 * mention.spelled-by-acronym: "la Afc (agenzia ferroviaria centrale)", "il Fvm (Fondo valli montane)": the words in
 * brackets right after an acronym that spell it, written big or small, are the body's name, one organization; so are
 * the words before an acronym in brackets that spell it from a capitalized first word ("l'Agenzia nazionale dei
 * trasporti (Ant)").
 */
function spelledNames(scan: MentionScan): void {
  const { tokens, lex } = scan;
  const added: MentionCandidate[] = [];
  for (let open = 1; open < tokens.length; open++) {
    if (tokens[open]?.text !== '(') continue;
    spelledBefore(scan, open, added);
    const acronym = tokens[open - 1];
    if (!isWord(acronym) || !acronym.cap) continue;
    const letters = acronym.text.toLowerCase();
    if (letters.length < 2 || letters.length > 8 || !/^\p{L}+$/u.test(letters)) continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= SPELLED_NAME_WORDS && (tokens[close] as Token).kind === 'word')
      close++;
    const after = tokens[close];
    if (after === undefined || after.sentence !== acronym.sentence || !SPELLED_NAME_ENDS.has(after.text)) continue;
    const head = tokens[open + 1] as Token;
    if (
      close > open + 2 &&
      !lex.functionWords.has(head.key) &&
      spells(tokens, open + 1, close, letters, lex, scan.words)
    )
      spelledName(scan, open + 1, close, added);
  }
  if (added.length === 0) return;
  scan.out.push(...added);
  scan.out.sort((a, b) => a.first - b.first);
}

/** The body's name spelled by the acronym in brackets that opens at `open`, read back from the bracket. */
function spelledBefore(scan: MentionScan, open: number, added: MentionCandidate[]): void {
  const { tokens, lex } = scan;
  const acronym = tokens[open + 1];
  if (!isWord(acronym) || !acronym.cap || tokens[open + 2]?.text !== ')') return;
  const letters = acronym.text.toLowerCase();
  if (letters.length < 2 || letters.length > 8 || !/^\p{L}+$/u.test(letters)) return;
  for (let first = open - 2; first >= 0 && open - first <= SPELLED_NAME_WORDS; first--) {
    const t = tokens[first] as Token;
    if (t.kind !== 'word' || t.sentence !== acronym.sentence) return;
    if (t.cap && !lex.functionWords.has(t.key) && spells(tokens, first, open, letters, lex, scan.words)) {
      spelledName(scan, first, open, added);
      return;
    }
  }
}

/** The marks that may end a long form written in brackets after its acronym. */
const SPELLED_NAME_ENDS = new Set([')', ',']);

/**
 * The body's name [first, end) spelled by an acronym, in place of the names inside it; nothing where the words end in
 * a function word, or a mention before them runs into them or already reads them.
 */
function spelledName(scan: MentionScan, first: number, end: number, added: MentionCandidate[]): void {
  const { tokens, lex, out } = scan;
  if (lex.functionWords.has((tokens[end - 1] as Token).key)) return;
  // "Point of Interest (POI)", "digital rights management": an acronym spells terms as well as bodies; a body's
  // name has a word of bodies in it ("Organization", "Gruppo", "Italiana").
  let bodyWord = false;
  for (let k = first; k < end && !bodyWord; k++) {
    const key = (tokens[k] as Token).key;
    bodyWord = lex.orgWords.has(key) || lex.heads.get(key) === 'Organization';
  }
  if (!bodyWord) return;
  if (out.some((m) => (m.first < first && m.last > first) || (m.first === first && m.last === end))) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k] as MentionCandidate;
    if (m.first >= first && m.last <= end) out.splice(k, 1);
  }
  scan.bound = 'mention.spelled-by-acronym';
  pushMention(scan, first, end, null, 'Organization', 'type.spelled-by-acronym');
  added.push(out.pop() as MentionCandidate);
}

/** The words that name a body before its name: built once per model. */
export const namedBodyWords = perModel((lex: Lexicon) => ({
  /** Nouns that say what kind of body the name after them is: the organization cues and the nouns for bodies, gangs and works of industry. */
  bodyNouns: new Set([...lex.orgCues, ...classOf(lex, 'named-bodies', 'body-nouns').map(normKey)]),
  /** Participles that give a name ("denominata", "denominatasi"). */
  namingParticiples: new Set(
    [
      ...classOf(lex, 'typing', 'naming-participles'),
      ...classOf(lex, 'named-bodies', 'reflexive-naming-participles'),
    ].map(normKey),
  ),
}));
export type NamedBodyWords = ReturnType<typeof namedBodyWords>;

/**
 * A noun for a body right before token `first`, in apposition: "la società Ediltek", "l'agenzia di stampa Vexpress",
 * "l'emittente americana Abc". Up to two lowercase modifiers and one "di"-complement may stand between; a name after
 * one of `connectors` ("il direttore della X") is joined to what is before it, not in apposition.
 */
export function bodyNounBefore(
  tokens: Token[],
  first: number,
  lex: Lexicon,
  of: ReadonlySet<string>,
  connectors: ReadonlySet<string>,
): boolean {
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word' || prev.cap || connectors.has(prev.key)) return false;
  const bodyNouns = namedBodyWords(lex).bodyNouns;
  const sentence = (tokens[first] as Token).sentence;
  let k = first - 1;
  for (let hops = 0; hops < 4 && k >= 0; hops++, k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.cap || t.sentence !== sentence) return false;
    if (bodyNouns.has(t.key)) return true;
    if (lex.functionWords.has(t.key) && !of.has(t.key)) return false;
  }
  return false;
}

/** The closing quotation mark of each opening one a body's name is quoted with. */
const BODY_NAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
]);

/** Marks that may stand inside a quoted name ("La Bonifica s.r.l.", "Ferlandi & Co.", "Sant'Elia"). */
const NAME_GLUE = new Set(['.', '&', '-', "'", '’']);

/** Most tokens of a name in quotes after a body noun: a longer quote is what someone said. */
const QUOTED_BODY_NAME_TOKENS = 8;

/** A noun for a body right before the quotation mark at `quote`, written big ("l'Istituto "Bruni"") or small, or a naming participle after one. */
function bodyBeforeQuote(tokens: Token[], quote: number, lex: Lexicon, mw: MentionWords): boolean {
  const before = tokens[quote - 1];
  if (before === undefined || before.kind !== 'word') return false;
  if (before.cap && !before.upper && namedBodyWords(lex).bodyNouns.has(before.key)) return true;
  if (bodyNounBefore(tokens, quote, lex, mw.of, mw.connectors)) return true;
  return (
    !before.cap &&
    namedBodyWords(lex).namingParticiples.has(before.key) &&
    bodyNounBefore(tokens, quote - 1, lex, mw.of, mw.connectors)
  );
}

/**
 * "il gruppo «Brigate Nuove»", "il lido "La Conchiglia"", "la banda denominatasi "Settima Legione"": a name in quotes
 * right after a noun for a body is that body's whole name, its article and its small words too. The end of the name
 * (the closing mark's index), or -1 where the quote is no short name: a verb, a comma or a long run inside.
 */
function quotedBodyNameEnd(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const open = tokens[i - 1];
  const closing = open === undefined ? undefined : BODY_NAME_QUOTES.get(open.text);
  if (closing === undefined || !(tokens[i] as Token).cap) return -1;
  for (let k = i + 1; k < Math.min(limit, i + 1 + QUOTED_BODY_NAME_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (t.text === closing) {
      const last = tokens[k - 1] as Token;
      if (!last.cap && lex.functionWords.has(last.key)) return -1;
      return bodyBeforeQuote(tokens, i - 1, lex, scan.words) ? k : -1;
    }
    if (t.kind === 'punct' && !NAME_GLUE.has(t.text)) return -1;
    if (t.kind === 'word' && !t.cap && isVerbAfter(t, lex, scan.words)) return -1;
  }
  return -1;
}

/**
 * "il giornale Terra Valmora", "il partito Nuova Valle": a common word written big right after a noun for a body opens
 * the body's name when a name follows it; elsewhere such a word is no name ("il Paese", "la Nuova"). The end of the
 * name, or -1.
 */
function commonWordNameEnd(scan: MentionScan, i: number, limit: number): number {
  const { tokens, lex } = scan;
  const t = tokens[i] as Token;
  if (!t.cap || t.upper || t.initial || !lex.commonCapitalized.has(t.key)) return -1;
  const next = tokens[i + 1];
  if (i + 1 >= limit || !nameLike(next, lex) || !(next as Token).spaceBefore) return -1;
  if (!bodyNounBefore(tokens, i, lex, scan.words.of, scan.words.connectors)) return -1;
  return nameRunEnd(tokens, i + 1, limit, lex);
}

/**
 * "la società Ferlandi di Cremona", "lo stabilimento Vetrix di Lecco": past a one-word name right after a noun for a
 * body, "di" and a town the city list knows give where the body is, a name of its own.
 */
function seatTownAfterBodyName(scan: MentionScan, i: number, last: number): boolean {
  const { tokens, lex } = scan;
  const town = tokens[last + 1];
  return (
    last === i + 1 &&
    isWord(town) &&
    town.cap &&
    lex.cities.has(town.key) &&
    !nameLike(tokens[last + 2], scan.lex) &&
    bodyNounBefore(tokens, i, lex, scan.words.of, scan.words.connectors)
  );
}

/** Detects candidate name spans in every non-boilerplate sentence; types are provisional (see typing.ts). */
/**
 * `vocabulary`: words written in lowercase somewhere in the batch; a sentence-initial word that never is,
 * followed by another name-like word ("Woody Allen è arrivato"), opens a name.
 * `language`: the document's, whose part-of-speech tagger (if it has one) says which opening words are no names.
 */
export function detectMentions(
  seg: Segmentation,
  lex: Lexicon = LEXICON,
  vocabulary: Set<string> | null = null,
  language: string | null = null,
): MentionCandidate[] {
  const mw = mentionWords(lex);
  const scan = new MentionScan(
    seg,
    lex,
    vocabulary,
    sentenceTags(seg, language),
    midSentenceCapitals(seg, lex),
    shoutedTokens(seg, lex, mw),
  );
  for (const s of seg.sentences) {
    if (s.boilerplate) continue;
    let i = s.first;
    while (i < s.last) i = scanAt(scan, i, s.last);
  }
  spelledNames(scan);
  const { tokens, out } = scan;
  // The last words of full names: "Rossi della squadra" after "Mario Rossi" is the man, not a title.
  const surnames = new Set<string>();
  for (const m of out) if (m.last - m.first > 1) surnames.add((tokens[m.last - 1] as Token).key);
  for (const m of out) if (!surnames.has((tokens[m.first] as Token).key)) commonNounTitle(seg, m, lex, mw);
  return out;
}
