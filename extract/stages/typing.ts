// Typing of mention candidates from the evidence around them: gazetteers
// (already set), titles and appositions, first names, head nouns, acronyms
// (mixed-case ones too: "PdL"), company-form suffixes ("SpA", "Srl"),
// organization cue nouns in apposition ("la società X", "il quotidiano X"),
// a city after a masculine article (its club: "il Parma"), nationalities used
// as nouns ("il belga X"), person nouns in apposition ("lo sfidante X"), inverted reporting verbs
// ("ha dichiarato X"), place and organization words inside a name ("Baker Street", "Borsa
// Italiana"), prepositions of place, reporting verbs. Each rule only raises the type's strength, and which rule
// outweighs which is TYPE_PRECEDENCE (contract/rules.ts), an ordered list of named tiers;
// resolution then votes across all mentions of an entity. An article before a bare unknown name
// proves nothing ("la Fincantieri", "la Sharapova", "del Texas"): such a name stays untyped.
import type { EntityType, RelationType } from '../../contract/graph.ts';
import type { EntityRuleId, TypingRuleId } from '../../contract/rules.ts';
import { classOf, LEXICON, perModel, phraseWords, type Lexicon } from '../lang/lexicon.ts';
import { alternation, endingPatternIn, endingsIn } from '../lang/morphology.ts';
import {
  bodyNounBefore,
  countryNames,
  isOrdinaryWord,
  leaderLedBody,
  mentionWords,
  ROUTE_DASHES,
  type MentionCandidate,
} from './mentions.ts';
import type { RolePhrase } from './roles.ts';
import type { Segmentation, Sentence, Token } from '../engine/segment.ts';
import { keySet, normKey } from '../engine/text.ts';
import { phraseAt, type PhraseList } from '../engine/phrases.ts';
import { RULE_STRENGTH, tier } from './typingPrecedence.ts';

/** Named tiers of TYPE_PRECEDENCE that the rules below compare a mention's strength with. */
const BARE_NAME = tier('bare-name');
const CONTEXT = tier('context');
const NOUN_BEFORE = tier('noun-before');
const APPOSITION = tier('apposition');
const NAME_WORD = tier('name-word');
const LISTED_WITH = tier('listed-with');

/**
 * The strength of each typing rule in this run: RULE_STRENGTH, or the run's copy with its disabled rules at -Infinity
 * (engine/ruleSwitches.ts). Set once per call of `typeMentions`, which is synchronous.
 */
let strengthOf: Readonly<Record<TypingRuleId, number>> = RULE_STRENGTH;

/** The typing stage's words in one model, built once per model lexicon: read once per call, never per token. */
export const typingWords = perModel((lex: Lexicon) => ({
  /** The mentions stage's words, for the ordinary words and the bodies named after their leader. */
  mentions: mentionWords(lex),
  /** The place rules' words. */
  places: placeWords(lex),
  /** The sports rules' words. */
  sports: sportsWords(lex),
  placePreps: new Set(classOf(lex, 'typing', 'place-preps')),
  placeNouns: keySet(classOf(lex, 'typing', 'place-nouns')),
  /** Italian and European road numbers: motorway (A14), state (SS36), regional, provincial, European (E45), a branch (SS36dir); the prefixes and the branch suffix are Italian abbreviations, so they are the model's data. */
  roadCode: new RegExp(
    `^(?:${alternation(classOf(lex, 'typing', 'road-prefixes'))})\\d{1,3}(?:${alternation(classOf(lex, 'typing', 'road-branch-suffixes'))})?$`,
  ),
  /** Places that contain a named place: "il carcere del Bassone", "il porto della Spezia". */
  containerPlaceNouns: keySet(classOf(lex, 'typing', 'container-place-nouns')),
  ofArticles: keySet(classOf(lex, 'typing', 'of-articles')),
  aux: keySet(classOf(lex, 'typing', 'aux')),
  /** Plural masculine articles, alone or joined to a preposition. */
  pluralArticles: keySet(classOf(lex, 'typing', 'plural-articles')),
  compassPoints: keySet(classOf(lex, 'typing', 'compass-points')),
  /** Singular articles, bare or joined to "di", "da", "con": a full name after one is no person's ("della Valmora Shipping"). */
  nameArticles: keySet(classOf(lex, 'typing', 'name-articles')),
  /** Openings of surnames written with a capital inside after two small letters ("MacLeod", "VanDyke"). */
  surnamePrefixes: classOf(lex, 'typing', 'surname-prefixes').map(normKey),
  /** Masculine articles: Italian cities are feminine and written bare, so "il Genoa", "del Siena", "al Parma" name the club. */
  clubArticles: new Set(classOf(lex, 'typing', 'club-articles')),
  titleArticles: new Set(classOf(lex, 'typing', 'title-articles')),
  demonymArticles: new Set(classOf(lex, 'typing', 'demonym-articles')),
  /** Particles of Italian surnames ("Di Pietro", "De Luca", "D'Alema"): no common word when capitalized in a name. */
  surnameParticles: new Set(classOf(lex, 'typing', 'surname-particles')),
  institutionPlaceHeads: new Set(classOf(lex, 'typing', 'institution-place-heads')),
  connectorKeys: new Set(classOf(lex, 'typing', 'connector-keys')),
  /** Reporting verbs whose subject follows them in news prose ("ha dichiarato Ferri", "spiega Rossi"); "detto" also gives a nickname ("Bruno Carta detto Baffo"). */
  invertedSpeech: keySet(classOf(lex, 'typing', 'inverted-speech')),
  /** Bare definite articles: "la Francia ha firmato", "gli Stati Uniti hanno votato". */
  definiteArticles: keySet(classOf(lex, 'typing', 'definite-articles')),
  /** Words that may stand between a subject and its verb: clitics, negation, sentence adverbs. */
  subjectVerbGap: keySet(classOf(lex, 'typing', 'subject-verb-gap')),
  /** Forms of "essere" and its like: a country that "is" something is described, not acting ("la Francia è un paese"). */
  copulas: keySet(classOf(lex, 'typing', 'copulas')),
  /** Forms of "avere", which the verb list leaves out: the auxiliary of "la Francia ha firmato". */
  avere: keySet(classOf(lex, 'typing', 'avere')),
  /** The reflexive pronoun between a subject and its verb ("Roma si prepara"). */
  reflexivePronouns: keySet(classOf(lex, 'typing', 'reflexive-pronouns')),
  /** "secondo": the one after it is the source of what is said. */
  according: keySet(classOf(lex, 'typing', 'according')),
  /** "contro": a country after it is a side, not a place. */
  against: keySet(classOf(lex, 'typing', 'against')),
  /** The bare preposition "di" (its forms with an article are tw.ofArticles). */
  of: keySet(classOf(lex, 'typing', 'of')),
  /** "di", "d'" after a place noun or an event head: "il comune di X", "la battaglia d'X". */
  placeOf: keySet(classOf(lex, 'typing', 'place-of')),
  /** "di", "del", "dell'" after a source noun: "il portavoce del X". */
  sourceOf: keySet(classOf(lex, 'typing', 'source-of')),
  /** "don": a priest's title opening a person's name. */
  priestTitles: keySet(classOf(lex, 'typing', 'priest-titles')),
  /** Territories that are also administrations: "il comune di Genova" is a town or the town's council. */
  administrationHeads: keySet(classOf(lex, 'typing', 'administration-heads')),
  /** Nouns of an administration's organs and acts: "la giunta della regione Liguria", "una delibera del comune di Prato". */
  administrationParts: keySet(classOf(lex, 'typing', 'administration-parts')),
  /** Words joining the members of a list: "Francia, Germania e Spagna". */
  listJoiners: keySet([',', ...classOf(lex, 'typing', 'list-joiners')]),
  /** Conjunctions joining a pair of names, as one and as a choice: "la Cgil e X", "la Cisl o X". */
  conjunctions: keySet(classOf(lex, 'typing', 'conjunctions')),
  /** Indefinite articles: an apposition may open with one ("Zentrix, un'azienda di Brescia"). */
  indefiniteArticles: keySet(classOf(lex, 'typing', 'indefinite-articles')),
  /** Lowercase words joining the parts of an English name. */
  englishConnectors: keySet(classOf(lex, 'typing', 'english-connectors')),
  /** Seats of government named after their building ("Quirinale", "Casa Bianca"), unlike a chamber ("Senato"). */
  seatBuildings: keySet(classOf(lex, 'typing', 'seat-buildings')),
  /** "a" joined to an article, and "presso": where one goes or is. */
  atPrepositions: keySet(classOf(lex, 'typing', 'at-prepositions')),
  /** Nouns for a church as a body and as a building: "la Chiesa" speaks, "la Chiesa di San Marco" stands in a square. */
  churchHeads: keySet(classOf(lex, 'typing', 'church-heads')),
  /** A saint's title written before the saint's names. */
  saintTitles: keySet(classOf(lex, 'typing', 'saint-titles')),
  /** English words ending the name of a law: "Act", "Bill". */
  lawWords: keySet(classOf(lex, 'typing', 'law-words')),
  /** Nouns of kinship, marriage and friendship: "la moglie di X", "il figlio di X". */
  kinNouns: keySet(classOf(lex, 'typing', 'kin-nouns')),
  /** Words after which a club is named with its article: "la maglia del X", "in forza al X", "contro il X". */
  clubCues: keySet(classOf(lex, 'typing', 'club-cues')),
  /** Modal verbs before a copula: "può essere", "dovrebbe diventare". */
  modals: keySet(classOf(lex, 'typing', 'modals')),
  /** Copulas in the infinitive and verbs of becoming: "essere", "diventare", "diventa", "è diventato". */
  becoming: keySet(classOf(lex, 'typing', 'becoming')),
  /** Possessives and other words standing between an article and its noun: "il nostro candidato", "il nuovo allenatore". */
  nounPremodifiers: keySet(classOf(lex, 'typing', 'noun-premodifiers')),
  /** Nouns for a family or its members, written before the surname they share: "la famiglia Agnelli", "i fratelli Rossi". */
  familyNouns: keySet(classOf(lex, 'typing', 'family-nouns')),
  /** Nouns that name an event after them: "l'uragano Norvel", "il tifone Haiyan", "l'operazione Strade sicure". */
  eventCues: keySet(classOf(lex, 'typing', 'event-cues')),
  /** Participles that give a name: "denominata", "chiamato", "battezzata". */
  namingParticiples: keySet(classOf(lex, 'typing', 'naming-participles')),
  /** Nouns for a work, written before its title: "il film X", "la canzone X", "la serie animata X". */
  workNouns: keySet(classOf(lex, 'typing', 'work-nouns')),
  /** Titles written short before a surname, each without its dot: "Prof. X", "Avv. X", "Mons. X". */
  titleAbbreviations: keySet(classOf(lex, 'typing', 'title-abbreviations')),
  /** Nouns whose "di" names a person: a death, a body, mourners, a goal, a nickname ("la morte di X", "il gol di X"). */
  personOfNouns: keySet(classOf(lex, 'typing', 'person-of-nouns')),
  /** Articles, bare or joined to a preposition, that each member of a list may repeat ("della Loggia X e dello Y"). */
  listArticles: keySet(classOf(lex, 'typing', 'list-articles')),
  /** Forms of "cantare" and "intonare" whose object is a song: "avrebbe cantato X", "intonando X". */
  singingVerbs: keySet(classOf(lex, 'typing', 'singing-verbs')),
  participleEnding: endingPatternIn(lex.morphology, 'participle'),
  participleInflectedEnding: endingPatternIn(lex.morphology, 'participle-inflected'),
}));
export type TypingWords = ReturnType<typeof typingWords>;

/** A word with a capital inside it, after two small letters or more: "WikiLeaks", "YouTube". */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*$/u;

/** Mixed-case acronyms of parties and bodies: "IdV", "PdL", "UdC", "PdCI". */
const MIXED_ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{1,4}$/u;

/**
 * A finite verb right after the name, past clitics, negation and adverbs: the name is its subject. A copula counts only
 * as the auxiliary of a reflexive ("la Russia si è detta scettica").
 */
function finiteVerbAfter(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const sentence = (tokens[m.first] as Token).sentence;
  let k = m.last;
  let reflexive = false;
  while (k < tokens.length && k - m.last < 3 && tw.subjectVerbGap.has((tokens[k] as Token).key)) {
    if (tw.reflexivePronouns.has((tokens[k] as Token).key)) reflexive = true;
    k++;
  }
  const verb = tokens[k];
  if (verb === undefined || verb.kind !== 'word' || verb.cap || verb.sentence !== sentence) return false;
  if (tw.copulas.has(verb.key)) return reflexive;
  return tw.avere.has(verb.key) || lex.verbFinite.has(verb.key);
}

/**
 * A country acting: its government, its state or its team, an organization ("l'Italia ha votato", "la Francia ha
 * firmato", "la partita contro la Francia"), while "in Italia" stays the place. A country addressed ("ha chiesto
 * alla Francia") is left alone: on KIND it lowered the development figure.
 */
function countryActing(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): EntityRuleId | null {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  const prev2 = tokens[m.first - 2];
  if (besideScore(tokens, m, lex, tw)) return 'type.country-beside-score';
  if (first.upper) return null;
  // "Cina e Giappone …" opening a headline: the subject with no article.
  if (prev === undefined || prev.sentence !== first.sentence)
    return finiteVerbAfter(tokens, m, lex, tw) ? 'type.country-acting-subject' : null;
  if (tw.definiteArticles.has(prev.key) && !governedArticle(tokens, m, lex) && finiteVerbAfter(tokens, m, lex, tw))
    return 'type.country-acting-subject';
  if (
    tw.against.has(prev.key) ||
    (tw.definiteArticles.has(prev.key) &&
      prev2 !== undefined &&
      tw.against.has(prev2.key) &&
      prev2.sentence === first.sentence)
  )
    return 'type.country-opposed';
  // "secondo la Francia", "ha dichiarato la Russia": a country as the source of words, as the statements stage reads
  // it, is its government speaking.
  // A capitalized word after the country makes it the start of a longer name ("secondo la Svizzera Turismo …").
  const bare = tw.definiteArticles.has(prev.key) ? prev2 : prev;
  const after = tokens[m.last];
  const longerName = after !== undefined && after.kind === 'word' && after.cap && after.sentence === first.sentence;
  if (bare !== undefined && bare.sentence === first.sentence && (!bare.cap || bare.initial) && !longerName) {
    if (tw.according.has(bare.key)) return 'type.country-according-to';
    if (bare !== prev && tw.invertedSpeech.has(bare.key)) return 'type.country-speaking-after-verb';
  }
  return null;
}

/** A score ("4-0", "81-64") whose first number is token k: two numbers joined by a dash, and no month after (a span of days). */
function scoreAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  const a = tokens[k];
  const dash = tokens[k + 1];
  const b = tokens[k + 2];
  return (
    a?.kind === 'num' &&
    dash !== undefined &&
    ROUTE_DASHES.has(dash.text) &&
    !dash.spaceBefore &&
    b?.kind === 'num' &&
    !b.spaceBefore &&
    !lex.months.has(tokens[k + 3]?.key ?? '')
  );
}

/**
 * "batte 3-1 la Polonia", "la Francia 2-0", "Svezia (2-0)": a country next to a score is its team, the
 * score before it (past an article) or after it (past a bracket).
 */
function besideScore(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const sentence = m.sentence;
  let k = m.first - 1;
  if (tw.definiteArticles.has(tokens[k]?.key ?? '')) k--;
  if (tokens[k]?.sentence === sentence && scoreAt(tokens, k - 2, lex)) return true;
  let j = m.last;
  if (tokens[j]?.text === '(') j++;
  return tokens[j]?.sentence === sentence && scoreAt(tokens, j, lex);
}

/**
 * "il comune di Roccalta ha deciso", "il presidente della provincia di Rovigo": a territory written small acting, or
 * holding an office or an organ, is its administration; "in provincia di Rovigo" stays the territory. The node keeps its
 * type; the mention records how it reads here.
 */
function administrationActing(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  tw: TypingWords,
): EntityRuleId | null {
  const first = tokens[m.first] as Token;
  if (m.headType !== 'Place' || first.cap || !tw.administrationHeads.has(first.key) || m.last - m.first < 2)
    return null;
  const prev = tokens[m.first - 1];
  const prev2 = tokens[m.first - 2];
  if (prev === undefined || prev.sentence !== first.sentence) return null;
  if (
    (tw.of.has(prev.key) || tw.ofArticles.has(prev.key)) &&
    prev2 !== undefined &&
    prev2.sentence === first.sentence &&
    prev2.kind === 'word' &&
    !prev2.cap &&
    (lex.titles.has(prev2.key) || lex.memberNouns.has(prev2.key) || tw.administrationParts.has(prev2.key))
  )
    return 'type.administration-office';
  if (tw.definiteArticles.has(prev.key) && finiteVerbAfter(tokens, m, lex, tw))
    return 'type.administration-acting-subject';
  // "il comune di Roccalta è sul mare": described by a copula, the town stays the place.
  if (councilWords(lex).councilArticles.has(prev.key) && !tw.copulas.has(tokens[m.last]?.key ?? ''))
    return 'type.council-after-article';
  return null;
}

const councilWords = perModel((lex: Lexicon) => ({
  /** "il", "dal", "dalla": before "comune di X" or "regione X" they name the administration, where "nel" names the land. */
  councilArticles: keySet(classOf(lex, 'typing', 'council-articles')),
}));

function isCountry(m: MentionCandidate, lex: Lexicon): boolean {
  return m.gazetteer?.type === 'Place' && countryNames(lex).has(m.gazetteer.canonical);
}

/** A country that reads as acting, its state or its team, unless a rule already read it otherwise. */
function readAsActing(m: MentionCandidate, rule: EntityRuleId): void {
  if (m.reading === undefined) m.reading = { type: 'Organization', rule };
}

/**
 * Countries read together. Two joined by a dash are two sides ("Usa - Cina", "Italia-Francia 2-1"): their states or
 * their teams. In a list, one acting makes them all act: "il Cile e il Perù hanno chiuso le frontiere"; and a
 * list opening the sentence or after an article, before a finite verb, is its subject ("Francia e Germania hanno
 * firmato").
 */
function countriesTogether(tokens: Token[], mentions: MentionCandidate[], lex: Lexicon, tw: TypingWords): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as MentionCandidate;
    const b = mentions[i + 1] as MentionCandidate;
    if (b.first !== a.last + 1 || b.sentence !== a.sentence || !ROUTE_DASHES.has((tokens[a.last] as Token).text))
      continue;
    if (isCountry(a, lex) && isCountry(b, lex)) {
      readAsActing(a, 'type.country-pair');
      readAsActing(b, 'type.country-pair');
    }
  }
  let k = 0;
  while (k < mentions.length) {
    if (!isCountry(mentions[k] as MentionCandidate, lex)) {
      k++;
      continue;
    }
    const end = listRunEnd(tokens, mentions, k, lex, tw, isCountry);
    if (end > k) {
      const list = mentions.slice(k, end + 1);
      const first = mentions[k] as MentionCandidate;
      const before = tokens[first.first - 1];
      const opens = before === undefined || before.sentence !== first.sentence || tw.definiteArticles.has(before.key);
      const subject = opens && finiteVerbAfter(tokens, mentions[end] as MentionCandidate, lex, tw);
      if (subject || list.some((m) => m.reading?.type === 'Organization'))
        for (const m of list) readAsActing(m, 'type.country-in-acting-list');
    }
    k = end + 1;
  }
}

/** The words that tell a country acting from the country as a place, built once per model lexicon. */
const actorWords = perModel((lex: Lexicon) => ({
  /** Object pronouns between a subject and its verb: "la Norvegia gli venderà", "la Norvegia lo ha deciso". */
  objectClitics: keySet(classOf(lex, 'typing-actors', 'object-clitics')),
  /** Sentence adverbs set off by commas between a subject and its verb, each as its word keys. */
  asides: classOf(lex, 'typing-actors', 'aside-adverbs').map(phraseWords),
  /** "con", "tra": the preposition before the other party of a relation. */
  partnerPrepositions: keySet(classOf(lex, 'typing-actors', 'partner-prepositions')),
  /** Nouns of a relation between states: "le relazioni diplomatiche con la Norvegia". */
  relationNouns: keySet(classOf(lex, 'typing-actors', 'relation-nouns')),
  /** Participles and adjectives of a vote or a signature: "approvata da Norvegia e Islanda", "si sono astenuti USA e Norvegia". */
  voteWords: keySet(classOf(lex, 'typing-actors', 'vote-words')),
  /** Nouns of a decision or a stance whose "di" names who takes it: "la decisione della Norvegia". */
  stateActNouns: keySet(classOf(lex, 'typing-actors', 'state-act-nouns')),
  /** "da", "dalla": the agent of a passive. */
  agentPrepositions: keySet(classOf(lex, 'typing-actors', 'agent-prepositions')),
  /** "per", "con": prepositions written apart from the article they govern. */
  governingPrepositions: keySet(classOf(lex, 'typing-actors', 'governing-prepositions')),
  /** Words that open a clause before its subject: "quando Norvegia e Islanda hanno firmato". */
  listOpeners: keySet(classOf(lex, 'typing-actors', 'list-openers')),
  /** The ending of an adverb ("duramente"): one may stand between a subject and its verb. */
  adverb: endingPatternIn(lex.morphology, 'adverb'),
  /** Nouns that name one body of the state written big and alone: "la Consulta", "le Camere". */
  bodiesByOneWord: keySet(classOf(lex, 'typing-actors', 'bodies-by-one-word')),
}));

/**
 * "la mozione approvata da Norvegia e Islanda", "approvata dalla Norvegia", "si sono astenuti USA e Norvegia": a country
 * right after a word of a vote or a signature, "da" allowed between, is a state that voted or signed; the other
 * countries of its list read so with it.
 */
function voter(tokens: Token[], m: MentionCandidate, aw: ReturnType<typeof actorWords>): boolean {
  let k = m.first - 1;
  if (smallWordIn(tokens[k], m.sentence) && aw.agentPrepositions.has((tokens[k] as Token).key)) k--;
  return smallWordIn(tokens[k], m.sentence) && aw.voteWords.has((tokens[k] as Token).key);
}

/**
 * "dichiarato dalla Norvegia", "annunciato dall'Islanda": a country after a reporting verb and "da" is the agent
 * the statements stage takes for the speaker, its government.
 */
function speakingAgent(tokens: Token[], m: MentionCandidate, lex: Lexicon, aw: ReturnType<typeof actorWords>): boolean {
  const by = tokens[m.first - 1];
  const cue = tokens[m.first - 2];
  return (
    smallWordIn(by, m.sentence) &&
    aw.agentPrepositions.has(by.key) &&
    smallWordIn(cue, m.sentence) &&
    lex.speechCues.has(cue.key)
  );
}

/**
 * "la decisione della Norvegia", "il veto dell'Islanda", "il ritiro della Norvegia": a country after a noun of a
 * decision, a stance or a move and "di" joined to its article takes it: its state. A noun of words said ("la replica
 * della Russia") makes the country the source the statements stage reads there, its government too.
 */
function actTaker(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  tw: TypingWords,
  aw: ReturnType<typeof actorWords>,
): boolean {
  const of = tokenIn(tokens, m.first - 1, m.sentence);
  const noun = tokens[m.first - 2];
  if (of === undefined || !tw.ofArticles.has(of.key) || !smallWordIn(noun, m.sentence)) return false;
  return aw.stateActNouns.has(noun.key) || lex.speechNouns.has(noun.key);
}

/**
 * "le relazioni diplomatiche con la Norvegia", "i rapporti tra la Norvegia e l'Islanda": a country after "con" or
 * "tra", its article allowed, where a noun of a relation between states stands a few words before (its adjectives
 * between), is a party to that relation, its state; "il confine con la Norvegia" is the land's.
 */
function relationPartner(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const aw = actorWords(lex);
  let k = m.first - 1;
  if (tw.definiteArticles.has(tokens[k]?.key ?? '')) k--;
  if (!smallWordIn(tokens[k], m.sentence) || !aw.partnerPrepositions.has((tokens[k] as Token).key)) return false;
  for (let back = k - 1; back >= Math.max(0, k - 5); back--) {
    const t = tokens[back];
    if (!smallWordIn(t, m.sentence)) return false;
    if (aw.relationNouns.has(t.key)) return true;
  }
  return false;
}

/**
 * "è tempo per la Norvegia di cambiare rotta", "con la Norvegia ha firmato": the article before the country governed by a
 * preposition written apart, the country is its complement, whatever verb follows.
 */
function governedArticle(tokens: Token[], m: MentionCandidate, lex: Lexicon): boolean {
  const governor = tokenIn(tokens, m.first - 2, m.sentence);
  if (governor === undefined || governor.kind !== 'word' || (governor.cap && !governor.initial)) return false;
  return actorWords(lex).governingPrepositions.has(governor.key);
}

/**
 * A country acting that the first rules miss, the node keeping its type: a state that voted or signed, a party to a
 * relation between states, the one taking a decision or a stance or speaking after "da", and the subject of a finite verb past an object pronoun, an opening quote or an adverb set
 * off by commas ("la Norvegia gli venderà", "la Norvegia «pagherà", "la Norvegia, tuttavia, respinge").
 */
function countryActor(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): EntityRuleId | null {
  const first = tokens[m.first] as Token;
  const aw = actorWords(lex);
  if (voter(tokens, m, aw)) return 'type.country-voting';
  if (first.upper) return null;
  if (relationPartner(tokens, m, lex, tw)) return 'type.country-in-relation';
  if (actTaker(tokens, m, lex, tw, aw)) return 'type.country-taking-act';
  if (speakingAgent(tokens, m, lex, aw)) return 'type.country-speaking-agent';
  const prev = tokenIn(tokens, m.first - 1, m.sentence);
  if (prev !== undefined && (!tw.definiteArticles.has(prev.key) || governedArticle(tokens, m, lex))) return null;
  let k = m.last;
  let reflexive = false;
  // An aside is words written small in the subject's sentence.
  const small = (t: Token) => smallWordIn(t, m.sentence);
  for (let hops = 0; hops < 6; hops++) {
    const t = tokenIn(tokens, k, m.sentence);
    if (t === undefined) return null;
    if (
      OPENING_QUOTES.has(t.text) ||
      (smallWordIn(t, m.sentence) && (tw.subjectVerbGap.has(t.key) || aw.objectClitics.has(t.key)))
    ) {
      if (tw.reflexivePronouns.has(t.key)) reflexive = true;
      k++;
      continue;
    }
    const aside = t.text === ',' ? phraseAt(tokens, k + 1, aw.asides, small) : 0;
    if (aside > 0 && tokenIn(tokens, k + 1 + aside, m.sentence)?.text === ',') {
      k += aside + 2;
      continue;
    }
    // "la Norvegia comunque, non ha firmato": an adverb right after the subject, set off by its closing comma only.
    if (t.text === ',' && k === m.last + 1 && phraseAt(tokens, m.last, aw.asides, small) === 1) {
      k++;
      continue;
    }
    break;
  }
  const verb = tokenIn(tokens, k, m.sentence);
  if (k === m.last || !smallWordIn(verb, m.sentence)) return null;
  if (tw.copulas.has(verb.key)) return reflexive ? 'type.country-subject-past-aside' : null;
  return tw.avere.has(verb.key) || lex.verbFinite.has(verb.key) ? 'type.country-subject-past-aside' : null;
}

/**
 * The last of the mentions from `k` on that are members of one list ("Norvegia, Islanda e la Svezia"): each after a
 * joiner of the one before, its article allowed between, in the same sentence.
 */
function listRunEnd(
  tokens: Token[],
  mentions: MentionCandidate[],
  k: number,
  lex: Lexicon,
  tw: TypingWords,
  member: (m: MentionCandidate, lex: Lexicon) => boolean,
): number {
  let end = k;
  while (end + 1 < mentions.length) {
    const a = mentions[end] as MentionCandidate;
    const b = mentions[end + 1] as MentionCandidate;
    if (!member(b, lex) || b.sentence !== a.sentence) break;
    let t = a.last;
    if (!tw.listJoiners.has((tokens[t] as Token).key)) break;
    t++;
    if (tw.definiteArticles.has(tokens[t]?.key ?? '')) t++;
    if (t !== b.first) break;
    end++;
  }
  return end;
}

/** A country, or a body the lexicon knows: the members of a list of states and unions ("Norvegia, Unione Europea e Islanda"). */
function stateOrBody(m: MentionCandidate, lex: Lexicon): boolean {
  return isCountry(m, lex) || m.gazetteer?.type === 'Organization';
}

/**
 * "quando Norvegia e Islanda hanno firmato la carta", "Norvegia, Unione Europea e Islanda hanno respinto", "ad
 * esempio Islanda e Norvegia, hanno votato": a list of countries, bodies the lexicon knows among them, after a word that
 * opens a clause and before a finite verb (a comma, an adverb or a clitic between) is its subject: its countries act.
 * After a preposition the list stays places ("i governi di Norvegia e Islanda hanno espresso").
 */
function countryListsBeforeVerb(tokens: Token[], mentions: MentionCandidate[], lex: Lexicon, tw: TypingWords): void {
  const aw = actorWords(lex);
  let k = 0;
  while (k < mentions.length) {
    if (!stateOrBody(mentions[k] as MentionCandidate, lex)) {
      k++;
      continue;
    }
    const end = listRunEnd(tokens, mentions, k, lex, tw, stateOrBody);
    const list = mentions.slice(k, end + 1);
    const first = mentions[k] as MentionCandidate;
    const last = mentions[end] as MentionCandidate;
    k = end + 1;
    if (list.length < 2 || !list.some((m) => isCountry(m, lex))) continue;
    const before = tokens[first.first - 1];
    const opens =
      before === undefined ||
      before.sentence !== first.sentence ||
      tw.definiteArticles.has(before.key) ||
      (smallWordIn(before, first.sentence) && aw.listOpeners.has(before.key));
    if (!opens) continue;
    let v = last.last;
    if (tokens[v]?.text === ',') v++;
    for (let hops = 0; hops < 3; hops++) {
      const t = tokenIn(tokens, v, last.sentence);
      if (!smallWordIn(t, last.sentence) || !(tw.subjectVerbGap.has(t.key) || aw.adverb.test(t.key))) break;
      v++;
    }
    const verb = tokenIn(tokens, v, last.sentence);
    if (!smallWordIn(verb, last.sentence) || tw.copulas.has(verb.key)) continue;
    if (!tw.avere.has(verb.key) && !lex.verbFinite.has(verb.key)) continue;
    for (const m of list) if (isCountry(m, lex)) readAsActing(m, 'type.country-list-subject');
  }
}

/** A word written small in `sentence`: the rules below read the words before or after a name only inside its sentence. */
function smallWordIn(t: Token | undefined, sentence: number): t is Token {
  return t !== undefined && t.kind === 'word' && !t.cap && t.sentence === sentence;
}

/** The token at `k` where it lies in `sentence`. */
function tokenIn(tokens: Token[], k: number, sentence: number): Token | undefined {
  const t = tokens[k];
  return t !== undefined && t.sentence === sentence ? t : undefined;
}

/** A noun introducing a person in apposition right before the name, a nationality or another adjective allowed between: "lo sfidante Moretti", "il tennista cileno Diego Herrera". */
function personNounBefore(tokens: Token[], first: number, lex: Lexicon, tw: TypingWords): boolean {
  const sentence = (tokens[first] as Token).sentence;
  const prev = tokens[first - 1];
  if (!smallWordIn(prev, sentence)) return false;
  if (lex.personNouns.has(prev.key)) return true;
  const prev2 = tokens[first - 2];
  // "dei", "sei": a function word or a number may end like an adjective.
  return (
    (lex.demonyms.has(prev.key) || (tw.mentions.adjectiveEndings.test(prev.key) && !lex.functionWords.has(prev.key))) &&
    smallWordIn(prev2, sentence) &&
    lex.personNouns.has(prev2.key)
  );
}

/**
 * A noun in apposition right after the name, past a comma and an article: "Valdrena, la capitale della provincia",
 * "Zentrix, il partito di maggioranza", "Ferretti, l'avvocato della famiglia". The noun says what the name is. A
 * capitalized name right after the noun makes the noun the title of that name ("Cordano, il sindaco Luca Neri,"): no
 * apposition of the name before.
 */
function appositionAfter(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): EntityType | null {
  // "X, la compagnia aerea …" or "X (compagnia aerea …)": set apart by a comma or in brackets.
  const comma = tokens[m.last];
  if ((comma?.text !== ',' && comma?.text !== '(') || comma.sentence !== m.sentence) return null;
  let k = m.last + 1;
  const article = tokens[k];
  if (article !== undefined && (tw.definiteArticles.has(article.key) || tw.indefiniteArticles.has(article.key))) k++;
  const noun = tokens[k];
  if (noun === undefined || noun.kind !== 'word' || noun.cap || noun.sentence !== m.sentence) return null;
  const after = tokens[k + 1];
  if (after !== undefined && after.kind === 'word' && after.cap && after.sentence === m.sentence) return null;
  if (lex.orgCues.has(noun.key)) return 'Organization';
  if (lex.placeNouns.has(noun.key)) return 'Place';
  if (lex.personNouns.has(noun.key)) return 'Person';
  return null;
}

/** "il portavoce di X", "i dipendenti della X", "l'acquisizione di X": a noun of an organization's people or dealings, then "di". */
function memberNounBefore(tokens: Token[], first: number, lex: Lexicon, tw: TypingWords): boolean {
  const sentence = (tokens[first] as Token).sentence;
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  return (
    prev !== undefined &&
    prev2 !== undefined &&
    prev.sentence === sentence &&
    prev2.sentence === sentence &&
    !prev2.cap &&
    (tw.of.has(prev.key) || tw.ofArticles.has(prev.key)) &&
    lex.memberNouns.has(prev2.key)
  );
}

/** Relations of an office to the body it is held in: "presidente" leads it, "direttore" directs it. */
const BODY_OFFICES: ReadonlySet<RelationType> = new Set(['LEADS', 'DIRECTOR_OF', 'WORKS_FOR', 'FOUNDED', 'MEMBER_OF']);

/**
 * An office held in a body, then "di", right before the name: "il presidente dell'X", "la direttrice di X". A name
 * continued by "di" and a capitalized word ("il capo del Corpo dei Vigili") opens a longer name: no piece of it is typed.
 */
function officeOfBody(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const prev = tokens[m.first - 1];
  const office = tokens[m.first - 2];
  if (prev === undefined || office === undefined || prev.sentence !== m.sentence || office.sentence !== m.sentence)
    return false;
  if (office.cap || !(tw.of.has(prev.key) || tw.ofArticles.has(prev.key)) || tw.placeNouns.has(office.key))
    return false;
  const connector = tokens[m.last];
  if (
    connector !== undefined &&
    (tw.of.has(connector.key) || tw.ofArticles.has(connector.key)) &&
    tokens[m.last + 1]?.cap
  )
    return false;
  const relation = lex.titles.get(office.key);
  return relation !== undefined && relation !== null && BODY_OFFICES.has(relation);
}

/**
 * "X è il nuovo allenatore", "X può essere il nostro sindaco", "X diventa presidente": the name right before a copula
 * (a modal or a verb of becoming allowed) whose predicate is a noun for a person or a title.
 */
function personPredicate(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const sentence = m.sentence;
  let k = m.last;
  if (smallWordIn(tokens[k], sentence) && tw.modals.has((tokens[k] as Token).key)) k++;
  const verb = tokens[k];
  if (!smallWordIn(verb, sentence) || !(tw.copulas.has(verb.key) || tw.becoming.has(verb.key))) return false;
  k++;
  if (smallWordIn(tokens[k], sentence) && tw.becoming.has((tokens[k] as Token).key)) k++;
  if (
    smallWordIn(tokens[k], sentence) &&
    (tw.definiteArticles.has((tokens[k] as Token).key) || tw.indefiniteArticles.has((tokens[k] as Token).key))
  )
    k++;
  if (smallWordIn(tokens[k], sentence) && tw.nounPremodifiers.has((tokens[k] as Token).key)) k++;
  const noun = tokens[k];
  return smallWordIn(noun, sentence) && (lex.personNouns.has(noun.key) || lex.titles.has(noun.key));
}

/**
 * The word openings of a model's words and names ("tr", "sch", "gn"; its morphology's [onsets]), built
 * once per model: two consonants outside them cannot open a word. A model that lists none has every opening.
 */
const acronymOnsets = perModel((lex) => {
  const onsets = endingsIn(lex.morphology, 'onsets');
  return onsets.length === 0 ? /^/ : new RegExp(`^(?:${alternation(onsets)})`);
});
const VOWELS = /[aeiouyàèéìòù]/;

/**
 * An acronym written with one capital ("Bce", "Gdf", "Mps", "Oms"): a short word the model of `lex` would not
 * spell (no vowel, an opening no word has, or three letters ending in two consonants).
 */
export function acronymShape(text: string, lex: Lexicon): boolean {
  if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(text)) return false;
  const w = text.toLowerCase();
  if (!VOWELS.test(w)) return true;
  if (!VOWELS.test(w[0] as string) && !VOWELS.test(w[1] as string) && !acronymOnsets(lex).test(w)) return true;
  return w.length === 3 && !VOWELS.test(w[1] as string) && !VOWELS.test(w[2] as string);
}

/** "Assoutenti", "Federcalcio", "Confcommercio": a compound of an association's or company's opening and a noun. */
function orgCompound(key: string, lex: Lexicon): boolean {
  for (const { prefix, vowel } of lex.orgPrefixes) {
    if (!key.startsWith(prefix) || key.length < prefix.length + 4) continue;
    if (vowel || !VOWELS.test(key[prefix.length] as string)) return true;
  }
  return false;
}

function upperCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch !== ch.toLowerCase()) n++;
  return n;
}

/**
 * A cue noun before the name, in apposition: "la società Ediltek", "l'agenzia di stampa Vexpress",
 * "l'emittente americana Abc". Up to two lowercase modifiers and one "di"-complement may stand between.
 */
function orgCueBefore(tokens: Token[], first: number, lex: Lexicon, tw: TypingWords): boolean {
  return bodyNounBefore(tokens, first, lex, tw.of, tw.connectorKeys);
}

/**
 * "le associazioni segrete denominate X", "una terra chiamata X", "un amico artista chiamato X": a naming
 * participle right before the name, and within five lowercase words before it a noun that says what the name is.
 */
function namedAs(tokens: Token[], first: number, lex: Lexicon, tw: TypingWords): EntityType | null {
  const participle = tokens[first - 1];
  const sentence = (tokens[first] as Token).sentence;
  if (participle === undefined || participle.cap || !tw.namingParticiples.has(participle.key)) return null;
  for (let k = first - 2; k >= Math.max(0, first - 7); k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.cap || t.sentence !== sentence) return null;
    if (lex.orgCues.has(t.key)) return 'Organization';
    if (lex.placeNouns.has(t.key)) return 'Place';
    if (lex.personNouns.has(t.key)) return 'Person';
  }
  return null;
}

/** A word opening its line and closed by a full stop, a comma or a dash (any of three): the town of a dateline ("ORTISEI. Il …", "SAVONA — Il …"). */
function datelineAt(seg: Segmentation, k: number): boolean {
  const t = seg.tokens[k] as Token;
  const lineStart = t.start === 0 || seg.text[t.start - 1] === '\n';
  const after = seg.tokens[k + 1]?.text;
  return lineStart && (after === '.' || after === ',' || after === '-' || after === '–' || after === '—');
}

/** Two capitals: the code of an Italian province ("FI", "MB"). */
const PROVINCE_CODE = /^\p{Lu}{2}$/u;

/**
 * "Gubbio (PG)", "Borgo Tessano (VR)": two capitals in brackets right after a town are its province, and the
 * town is a place. After a person the brackets hold a party ("Mario Rossi (PD)"), so the name before must not be
 * one: a place already, or a name nothing has typed yet that the lexicon does not know as a given name or surname.
 */
function provinceCode(tokens: Token[], town: MentionCandidate, code: MentionCandidate, lex: Lexicon): void {
  const open = tokens[code.first - 1];
  const close = tokens[code.last];
  const first = tokens[town.first] as Token;
  if (code.last - code.first !== 1 || !PROVINCE_CODE.test(code.text)) return;
  if (town.last !== code.first - 1 || open?.text !== '(' || close?.text !== ')') return;
  // The initials of the name before: its acronym ("Rete Civica (RC)").
  const initials = tokens
    .slice(town.first, town.last)
    .filter((t) => t.cap)
    .map((t) => t.text[0])
    .join('');
  if (initials === code.text) return;
  const untyped = town.strength <= BARE_NAME && !lex.firstNames.has(first.key) && !lex.knownSurnames.has(first.key);
  // A region or a country is no town: "Veneto (LN)" gives its councillors' party.
  const townLike = lex.cities.has(normKey(town.text)) || (town.type === 'Place' && town.gazetteer === null);
  // A party's acronym after a name nothing typed stays a party: "Rossi (PD)".
  if (!townLike && !(untyped && code.gazetteer?.type !== 'Organization')) return;
  code.gazetteer = null;
  code.headType = null;
  set(code, 'Place', 'type.province-code');
  if (town.type !== 'Place') set(town, 'Place', 'type.town-before-province-code');
}

/** Whether the sentence of token `from` holds a first-person word from there on (within 30 tokens). */
function firstPersonAfter(tokens: readonly Token[], from: number, lex: Lexicon): boolean {
  const sentence = (tokens[from] as Token).sentence;
  for (let k = from; k < Math.min(tokens.length, from + 30); k++) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (lex.firstPerson.has(t.key)) return true;
  }
  return false;
}

/**
 * Types `m` by `rule` when the rule's tier in TYPE_PRECEDENCE is above the tier of the rule that typed it so far, or
 * the same tier and the same type; `byKind` says the rule read what the thing is (MentionCandidate.typedByKind).
 */
function set(m: MentionCandidate, type: EntityType, rule: TypingRuleId, byKind = false): void {
  const strength = strengthOf[rule];
  if (strength > m.strength || (strength === m.strength && type === m.type)) {
    m.type = type;
    m.strength = strength;
    m.rule = rule;
    m.typedByKind = byKind;
  }
}

/** Types one mention by the rules in turn; each phase sees the strength the phases before it left. */
function typeMention(
  seg: Segmentation,
  m: MentionCandidate,
  lex: Lexicon,
  vocabulary: Set<string>,
  tw: TypingWords,
): void {
  const { tokens } = seg;
  if (clubAfterArticle(tokens, m, lex, vocabulary, tw)) return;
  gazetteerReadings(tokens, m, lex, tw);
  if (m.gazetteer) return;
  headEvidence(tokens, m, lex, tw);
  facilityHeadOpening(tokens, m, tw);
  if (m.headType) return;
  const allUpper = m.last - m.first === 1 && (tokens[m.first] as Token).upper;
  shapeEvidence(seg, m, lex, allUpper, tw);
  wordEvidence(tokens, m, lex, vocabulary, allUpper, tw);
  clubNameWords(tokens, m, lex, tw);
  if (quotedAfterCue(tokens, m, lex, tw)) set(m, 'Organization', 'type.organization-cue-before-quote');
  placeAfterFacilityNoun(tokens, m, lex, tw);
  territoryAdjective(tokens, m, lex, tw);
  townBeforeContainer(tokens, m, tw);
  personAfterDative(tokens, m, tw);
  venueOfTown(tokens, m, lex, vocabulary, tw);
  hometownOfPerson(tokens, m, tw);
  placeAfterPresso(tokens, m, tw);
  ageNounBefore(tokens, m, tw);
  placeAfterAreaNoun(tokens, m, tw);
  joinedTowns(tokens, m, lex);
  contextEvidence(tokens, m, lex, vocabulary, allUpper, tw);
  businessEvidence(tokens, m, lex, tw);
  if (m.strength < APPOSITION) {
    const named = namedLastInList(tokens, m, lex, tw);
    if (named !== null) set(m, named, 'type.named-as');
  }
}

/**
 * "le organizzazioni denominate Corva nera e Brenvik": the last of the names a naming participle lists, after "e",
 * is named as the first is, even when the first is written with a small word the mention left out.
 */
function namedLastInList(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): EntityType | null {
  const joiner = tokens[m.first - 1];
  if (!smallWordIn(joiner, m.sentence) || !tw.listJoiners.has(joiner.key)) return null;
  for (let k = m.first - 3; k >= Math.max(0, m.first - 7); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== m.sentence) return null;
    if (t.kind === 'word' && !t.cap && tw.namingParticiples.has(t.key))
      return (tokens[k + 1] as Token).cap ? namedAs(tokens, k + 1, lex, tw) : null;
  }
  return null;
}

/** "il Cosenza", "del Parma": a town alone after a masculine article the batch never writes small is its club. */
function clubAfterArticle(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  vocabulary: Set<string>,
  tw: TypingWords,
): boolean {
  const first = tokens[m.first] as Token;
  const words = m.last - m.first;
  const before = tokens[m.first - 1];
  if (
    words === 1 &&
    before &&
    tw.clubArticles.has(before.key) &&
    !before.cap &&
    before.sentence === first.sentence &&
    !first.upper &&
    lex.cities.has(first.key) &&
    !vocabulary.has(first.key) &&
    !countryNames(lex).has(m.gazetteer?.canonical ?? m.text) &&
    (m.gazetteer === null || m.gazetteer.type === 'Place') &&
    strengthOf['type.club-after-article'] !== -Infinity
  ) {
    m.gazetteer = null;
    m.headType = null;
    m.type = 'Organization';
    m.strength = strengthOf['type.club-after-article'];
    m.rule = 'type.club-after-article';
    m.typedByKind = false;
    return true;
  }
  return false;
}

/** Canonical names of the capitals that news writes for their governments, built once per model lexicon. */
const capitalNames = perModel((lex: Lexicon) => new Set(classOf(lex, 'typing-capitals', 'capitals')));

/**
 * A capital standing for its government: the subject of a finite verb with nothing before it but the sentence start
 * or a punctuation mark ("Mosca ha risposto", "…, Pechino ha ritirato"), or the source after "secondo". After a
 * preposition of place ("a Mosca") or an article, it stays the city.
 */
function capitalActing(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): EntityRuleId | null {
  const first = tokens[m.first] as Token;
  if (first.upper) return null;
  const prev = tokenIn(tokens, m.first - 1, m.sentence);
  if ((prev === undefined || prev.kind !== 'word') && finiteVerbAfter(tokens, m, lex, tw))
    return 'type.capital-acting-subject';
  const after = tokens[m.last];
  const longerName = after !== undefined && after.kind === 'word' && after.cap && after.sentence === first.sentence;
  if (prev !== undefined && tw.according.has(prev.key) && !longerName) return 'type.capital-according-to';
  return null;
}

/** Canonical names of the states and regions that news writes for their governments, built once per model lexicon. */
const regionNames = perModel((lex: Lexicon) => new Set(classOf(lex, 'typing-regions', 'regions')));

/** How a known country or seat reads in this sentence, beside the type the gazetteer gives it. */
function gazetteerReadings(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  if (m.gazetteer?.type === 'Place' && countryNames(lex).has(m.gazetteer.canonical)) {
    const acting = countryActing(tokens, m, lex, tw) ?? countryActor(tokens, m, lex, tw);
    // One node stays one node: the country keeps its type, the mention records how it reads here.
    if (acting !== null) m.reading = { type: 'Organization', rule: acting };
  } else if (
    m.gazetteer?.type === 'Place' &&
    regionNames(lex).has(m.gazetteer.canonical) &&
    countryActing(tokens, m, lex, tw) === 'type.country-acting-subject'
  ) {
    // "il Texas ha approvato": a state or a region as the subject of its verb, after its article, is its government.
    m.reading = { type: 'Organization', rule: 'type.region-acting-subject' };
  } else if (m.gazetteer?.type === 'Place' && capitalNames(lex).has(m.gazetteer.canonical)) {
    const acting = capitalActing(tokens, m, lex, tw);
    if (acting !== null) m.reading = { type: 'Organization', rule: acting };
  }
  // "è salito al Quirinale", "alla Casa Bianca": a government's building after "a" is where one goes, the building.
  const before1 = tokens[m.first - 1];
  if (
    m.gazetteer?.type === 'Organization' &&
    m.gazetteer.country !== null &&
    tw.seatBuildings.has(normKey(m.gazetteer.canonical)) &&
    before1 !== undefined &&
    before1.sentence === first.sentence &&
    tw.atPrepositions.has(before1.key)
  )
    m.reading = { type: 'Place', rule: 'type.seat-building-visited' };
}

/** Rules that hold for a head-led name too (an initial, an institution or a church written so). */
function headEvidence(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const words = m.last - m.first;
  if (words >= 2 && first.text.length === 1 && tokens[m.first + 1]?.text === '.') {
    set(m, 'Person', 'type.initial-and-surname');
    return;
  }
  // "la Regione Lombardia", "il Comune di Verona": written big, the administration; "il comune di Verona" is the territory.
  if (m.headType === 'Place' && first.cap && !first.initial && tw.institutionPlaceHeads.has(first.key))
    set(m, 'Organization', 'type.institution-written-big');
  // "la Chiesa di San Bartolo", "la chiesa di Santa Maria": a church named after its saint is the building.
  if (
    m.headType === 'Organization' &&
    words >= 4 &&
    tw.churchHeads.has(first.key) &&
    tw.of.has(tokens[m.first + 1]?.key ?? '') &&
    tw.saintTitles.has((tokens[m.first + 2] as Token).key)
  )
    set(m, 'Place', 'type.church-of-saint');
  const administration = administrationActing(tokens, m, lex, tw);
  if (administration !== null) m.reading = { type: 'Organization', rule: administration };
}

/** Evidence from how the name is written: capitals, dots, digits, suffixes. */
function shapeEvidence(seg: Segmentation, m: MentionCandidate, lex: Lexicon, allUpper: boolean, tw: TypingWords): void {
  const { tokens } = seg;
  const first = tokens[m.first] as Token;
  const words = m.last - m.first;
  const prev = tokens[m.first - 1];
  const prev2 = tokens[m.first - 2];
  if (allUpper) set(m, 'Organization', 'type.capitals-acronym');
  // "un SUV", "una ONG", "un nuovo AD": an acronym after an indefinite article is a common noun, a kind of thing or of
  // body, not one body.
  if (
    allUpper &&
    prev &&
    prev.sentence === first.sentence &&
    (tw.indefiniteArticles.has(prev.key) ||
      (prev2 !== undefined && prev2.sentence === first.sentence && tw.indefiniteArticles.has(prev2.key) && !prev.cap))
  )
    set(m, 'Other', 'type.acronym-as-common-noun');
  // "L.T.", "F.B.": two dotted initials standing alone are the initials of a person the article does not name in full.
  if (
    allUpper &&
    /^\p{Lu}\.\p{Lu}\.$/u.test(m.text) &&
    !(tokens[m.last]?.cap && tokens[m.last]?.sentence === m.sentence)
  )
    set(m, 'Person', 'type.dotted-initials');
  // "H1N1", "PS5", "UB313": capitals mixed with digits are a code (a virus, a model, a catalogue number), no body.
  if (allUpper && /\d/.test(first.text) && /\p{Lu}/u.test(first.text)) set(m, 'Other', 'type.code-with-digits');
  // "FIRENZE." in a dateline: a city in capitals.
  if (
    allUpper &&
    first.text.length > 3 &&
    (lex.gazetteer.get(first.key)?.type === 'Place' || (lex.cities.has(first.key) && datelineAt(seg, m.first)))
  )
    set(m, 'Place', 'type.dateline-town');
  // "Il Faro", "La Vedetta": a name that opens with its own capitalized article is a title, a paper or a body, not a person.
  if (words >= 2 && first.cap && !first.initial && tw.titleArticles.has(first.key))
    set(m, 'Organization', 'type.own-article-title');
  if (
    words === 1 &&
    !allUpper &&
    first.text.length >= 3 &&
    MIXED_ACRONYM.test(first.text) &&
    upperCount(first.text) * 2 >= first.text.length
  )
    set(m, 'Organization', 'type.mixed-case-acronym');
  // "WikiLeaks", "HuffPost", "AstraZeneca": a capital inside a word, after at least two small letters, joins the words
  // of a brand; a surname's prefix is no such word ("MacLeod"; "McCain" and "DiCaprio" have one small letter).
  if (
    words === 1 &&
    !allUpper &&
    m.strength <= BARE_NAME &&
    CAMEL_CASE.test(first.text) &&
    !tw.surnamePrefixes.some((prefix) => first.key.startsWith(prefix))
  )
    set(m, 'Organization', 'type.camel-case-brand');
  if (words >= 2 && (lex.orgSuffixes.has((tokens[m.last - 1] as Token).key) || m.text.endsWith('S.p.A.')))
    set(m, 'Organization', 'type.company-suffix');
  // "la A14", "sulla SS36", "la E45": motorways and state, provincial and European roads.
  if (words === 1 && tw.roadCode.test(first.text)) set(m, 'Place', 'type.road-number');
  const plainWord =
    words === 1 &&
    !lex.firstNames.has(first.key) &&
    !lex.knownSurnames.has(first.key) &&
    !lex.cities.has(first.key) &&
    !isOrdinaryWord(first.key, lex, tw.mentions);
  if (plainWord && acronymShape(first.text, lex)) set(m, 'Organization', 'type.acronym-shape');
  // "il capogruppo di Nuova Sinistra": a longer name after such a noun too, unless a first name opens it.
  const memberOf = plainWord || (words >= 2 && !lex.firstNames.has(first.key) && !lex.knownSurnames.has(first.key));
  if (memberOf && !allUpper && memberNounBefore(tokens, m.first, lex, tw))
    set(m, 'Organization', 'type.member-noun-before');
  // "il presidente dell'Armentia", "il direttore di Vostrel": an office that leads, directs or employs, then "di", then
  // a lone name nothing else types: the body; an office of a town ("il sindaco di …") is a place noun's.
  if (plainWord && !allUpper && officeOfBody(tokens, m, lex, tw)) set(m, 'Organization', 'type.office-of-body');
  // "Confcommercio Pisa", "Federconsumatori Lazio": the compound opens a longer name too.
  const compoundOpening =
    words >= 2 && !lex.firstNames.has(first.key) && !lex.knownSurnames.has(first.key) && !allUpper;
  if ((plainWord || compoundOpening) && orgCompound(first.key, lex))
    set(m, 'Organization', 'type.association-compound');
  if (orgCueBefore(tokens, m.first, lex, tw)) set(m, 'Organization', 'type.organization-cue-before');
}

/** Evidence from the words of the name themselves and what the lexicons know of them. */
function wordEvidence(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  vocabulary: Set<string>,
  allUpper: boolean,
  tw: TypingWords,
): void {
  const first = tokens[m.first] as Token;
  const words = m.last - m.first;
  const before = tokens[m.first - 1];
  const key = normKey(m.text);
  if (lex.cities.has(key)) set(m, 'Place', 'type.known-town');
  const lastKey = (tokens[m.last - 1] as Token).key;
  if (words >= 2 && (lex.orgWords.has(lastKey) || lex.orgWords.has(first.key)))
    set(m, 'Organization', 'type.organization-word');
  // "Amnesty Italia", "Greenpeace Svizzera": a name nothing else explains, ended by a country, is a body's branch
  // there; "Centro Italia", "Alta Francia": a common word before the country names a part of it.
  const lastEntry = lex.gazetteer.get(lastKey);
  if (
    words >= 2 &&
    m.strength < APPOSITION &&
    (tokens[m.last - 1] as Token).cap &&
    !lex.firstNames.has(first.key) &&
    !lex.knownSurnames.has(first.key) &&
    lastEntry?.type === 'Place' &&
    countryNames(lex).has(lastEntry.canonical)
  ) {
    const common = tokens
      .slice(m.first, m.last - 1)
      .some((t) => isOrdinaryWord(t.key, lex, tw.mentions) || vocabulary.has(t.key));
    if (common) set(m, 'Place', 'type.part-of-country');
    else set(m, 'Organization', 'type.organization-branch');
  }
  // "del Carpentieri Padova", "lo Sporting Lisbona": a masculine article before a name nothing typed that ends on a town
  // names the town's club; Italian news write no article before a person's full name.
  if (
    words >= 2 &&
    m.strength <= BARE_NAME &&
    before !== undefined &&
    tw.clubArticles.has(before.key) &&
    !before.cap &&
    before.sentence === first.sentence &&
    lex.cities.has(lastKey) &&
    tokens.slice(m.first, m.last).every((t) => t.cap) &&
    !lex.firstNames.has(first.key)
  )
    set(m, 'Organization', 'type.club-after-article');
  // "Northern Institute for Water Research and Policy": an English name joined by "of", "for" or "and" around an organization word.
  if (words >= 3 && m.strength < NAME_WORD) {
    let connector = false;
    let orgWord = false;
    for (let k = m.first; k < m.last; k++) {
      const tk = tokens[k] as Token;
      if (!tk.cap && tw.englishConnectors.has(tk.key)) connector = true;
      else if (tk.cap && lex.orgWords.has(tk.key)) orgWord = true;
    }
    if (connector && orgWord) set(m, 'Organization', 'type.english-organization-name');
  }
  // "Baker Street", "Valdimonte Terme", "Lake Placid": a place word ends or starts the name.
  if (words >= 2 && m.strength < NAME_WORD && (lex.placeWordsEnd.has(lastKey) || lex.placeWordsStart.has(first.key)))
    set(m, 'Place', 'type.place-word');
  // "Ossezia del Sud", "Sudan del Sud": a point of the compass after a connector ends a place's name.
  if (
    words >= 3 &&
    (tokens[m.last - 1] as Token).cap &&
    tw.compassPoints.has(lastKey) &&
    tw.ofArticles.has((tokens[m.last - 2] as Token).key)
  )
    set(m, 'Place', 'type.place-word');
  // The surname of a person the lexicon knows outweighs a town of that name ("Obama", "Bush").
  if (words === 1 && lex.knownSurnames.has(key)) set(m, 'Person', 'type.known-surname');
  if (words === 1 && lex.firstNames.has(key) && !lex.cities.has(key)) set(m, 'Person', 'type.known-first-name');
  // "Civil Rights Act", "Equality Bill": a law is a text, no person nor body.
  if (words >= 2 && tw.lawWords.has(lastKey) && (tokens[m.last - 1] as Token).cap && !lex.firstNames.has(first.key))
    set(m, 'Work', 'type.law-name');
  if (words >= 2 && lex.eventWords.has(lastKey) && !(words === 2 && lex.firstNames.has(first.key)))
    set(m, 'Event', 'type.event-word-ending');
  // "le Finals", "i Masters": an event word standing alone names the event the article is about.
  if (words === 1 && !allUpper && m.strength <= BARE_NAME && lex.eventWords.has(first.key))
    set(m, 'Event', 'type.event-word-alone');
  // "gli Arctic Monkeys", "dei Barbarians", "gli Springbok": a foreign name after a plural article is a band or a team, not
  // one person. An Italian plural there is a group of people or things ("i Sindaci", "gli Enti Locali"), so the name
  // must hold no word of the article's vocabulary and end on a consonant.
  if (
    m.strength <= BARE_NAME &&
    m.type === 'Person' &&
    !allUpper &&
    before &&
    tw.pluralArticles.has(before.key) &&
    !before.cap &&
    before.sentence === first.sentence &&
    !/[aeiouàèéìòù]$/.test(lastKey) &&
    tokens.slice(m.first, m.last).every((t) => !vocabulary.has(t.key) && !isOrdinaryWord(t.key, lex, tw.mentions))
  )
    set(m, 'Organization', 'type.plural-article-group');
  // "Codice Penale", "Forze Armate", "Nuovo Mondo": a name made of common words is no person's name.
  if (words >= 2 && m.strength <= BARE_NAME && m.type === 'Person') {
    let common = false;
    for (let k = m.first; k < m.last; k++) {
      const tk = tokens[k] as Token;
      if (
        tk.kind === 'word' &&
        tk.cap &&
        !lex.firstNames.has(tk.key) &&
        !tw.surnameParticles.has(tk.key) &&
        !tw.priestTitles.has(tk.key) &&
        vocabulary.has(tk.key)
      )
        common = true;
    }
    if (common) set(m, 'Other', 'type.common-words-name');
  }
  // "della Valmora Shipping", "l'Agencia Nacional de Puertos": Italian news write no article before a person's full
  // name, so a name of capitalized words nothing typed, after a singular article, is a body's. A plural article may
  // name a family ("i Di Cataldo"), and an article joined to "a", "in" or "su" a place one goes to or is in.
  if (
    words >= 2 &&
    m.strength <= BARE_NAME &&
    m.type === 'Person' &&
    !allUpper &&
    before !== undefined &&
    !before.cap &&
    before.sentence === first.sentence &&
    tw.nameArticles.has(before.key) &&
    first.cap &&
    (tokens[m.last - 1] as Token).cap &&
    !lex.firstNames.has(first.key) &&
    !lex.knownSurnames.has(first.key) &&
    !tw.surnameParticles.has(first.key) &&
    !tokens.slice(m.first, m.last).some((t) => t.cap && isOrdinaryWord(t.key, lex, tw.mentions))
  )
    set(m, 'Organization', 'type.articled-full-name');
  // "Gran Premio di …", "Coppa del Mondo", "Festival di Sanremo": an event word inside the name.
  const givenAndSurname = words === 2 && lex.firstNames.has(first.key);
  for (let k = m.first + 1; k < m.last && !givenAndSurname; k++)
    if (lex.heads.get((tokens[k] as Token).key) === 'Event') set(m, 'Event', 'type.event-head-inside');
  if (words >= 2 && (lex.firstNames.has(first.key) || tw.priestTitles.has(first.key)))
    set(m, 'Person', 'type.first-name-opening');
}

/** Evidence from the words around the name: prepositions and nouns before it, a verb after it. */
function contextEvidence(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  vocabulary: Set<string>,
  allUpper: boolean,
  tw: TypingWords,
): void {
  const first = tokens[m.first] as Token;
  const words = m.last - m.first;
  const prev = tokens[m.first - 1];
  const prev2 = tokens[m.first - 2];
  if (words === 1 && !allUpper && prev && tw.placePreps.has(prev.key) && prev.sentence === first.sentence)
    set(m, 'Place', 'type.after-place-preposition');
  // "il sindaco di Roccalta", "la provincia di Cuneo", "abitanti di Valdimonte"; "il Festival di Sanremo", "il Trattato di Maastricht": an event or a treaty named after its place.
  if (
    !allUpper &&
    prev &&
    prev2 &&
    tw.placeOf.has(prev.key) &&
    (tw.placeNouns.has(prev2.key) || (lex.heads.get(prev2.key) === 'Event' && !vocabulary.has(first.key)))
  )
    set(m, 'Place', 'type.place-after-place-noun');
  // "il villaggio georgiano di …", "la città siriana di …": a place noun and its adjective before "di".
  const prev3 = tokens[m.first - 3];
  if (
    !allUpper &&
    m.strength < CONTEXT &&
    prev3 &&
    prev2 &&
    prev !== undefined &&
    tw.of.has(prev.key) &&
    prev3.sentence === first.sentence &&
    !prev2.cap &&
    (lex.demonyms.has(prev2.key) || tw.mentions.adjectiveEndings.test(prev2.key)) &&
    lex.placeNouns.has(prev3.key)
  )
    set(m, 'Place', 'type.place-after-place-noun');
  if (
    !allUpper &&
    prev &&
    prev2 &&
    tw.ofArticles.has(prev.key) &&
    tw.containerPlaceNouns.has(prev2.key) &&
    m.strength < CONTEXT
  )
    set(m, 'Place', 'type.place-in-container');
  // A reporting or action verb right after the name: a speaker (person unless an acronym).
  let k = m.last;
  while (k < tokens.length && tw.aux.has((tokens[k] as Token).key) && k - m.last < 3) k++;
  const verb = tokens[k];
  if (verb && (lex.speechCues.has(verb.key) || lex.relationVerbs.has(verb.key)) && !allUpper && words >= 2)
    set(m, 'Person', 'type.verb-after-full-name');
  // "Moretti ha dichiarato": a lone name that nothing typed, right before a reporting verb, is the person speaking.
  if (verb && lex.speechCues.has(verb.key) && !allUpper && !first.initial && words === 1 && m.strength <= BARE_NAME)
    set(m, 'Person', 'type.speaker-before-reporting-verb');
  // "Marotta ha spiegato", "Falcone ha detto": a town's name opening a clause and speaking is a person of that
  // surname; a town is quoted through its mayor or its council. "il quarantenne di Lodi ha risposto" and
  // "Milano - Mantova annuncia" keep the town.
  if (
    verb &&
    lex.speechCues.has(verb.key) &&
    !allUpper &&
    words === 1 &&
    m.type === 'Place' &&
    m.rule === 'type.known-town' &&
    m.strength <= CONTEXT &&
    (prev === undefined || prev.sentence !== first.sentence || (prev.kind !== 'word' && !ROUTE_DASHES.has(prev.text)))
  )
    set(m, 'Person', 'type.town-name-speaking');
  // "Rocca Tremonti: rubata la bicicletta del parroco": a name nothing typed opening a headline, a colon, then a
  // participle and its article with no auxiliary is the place the news comes from, not a person, unless the words
  // after the colon speak in the first person.
  const participle = tokens[m.last + 1];
  const article = tokens[m.last + 2];
  if (
    m.strength <= BARE_NAME &&
    m.type === 'Person' &&
    !allUpper &&
    (prev === undefined || prev.sentence !== first.sentence) &&
    tokens[m.last]?.text === ':' &&
    participle?.kind === 'word' &&
    (tw.participleEnding.test(participle.key) || tw.participleInflectedEnding.test(participle.key)) &&
    article !== undefined &&
    (tw.definiteArticles.has(article.key) || tw.indefiniteArticles.has(article.key)) &&
    !firstPersonAfter(tokens, m.last + 1, lex)
  )
    set(m, 'Place', 'type.dateline-before-participle');
  // "il governo Letta", "l'amministrazione Bloomberg": the name after the body it leads is a person.
  if (
    !allUpper &&
    words === 1 &&
    m.strength < NOUN_BEFORE &&
    m.first > 0 &&
    leaderLedBody(tokens, m.first - 1, lex, tw.mentions)
  )
    set(m, 'Person', 'type.leader-of-body');
  // "Ferrante è il nuovo allenatore", "Verzani può essere il nostro sindaco": a person noun as the predicate.
  if (!allUpper && words === 1 && m.strength <= BARE_NAME && personPredicate(tokens, m, lex, tw))
    set(m, 'Person', 'type.person-noun-predicate');
  // "la moglie di Baldoni", "il padre di Hira": the name after a noun of kinship or friendship and "di" is a person.
  if (
    !allUpper &&
    words === 1 &&
    m.strength <= BARE_NAME &&
    prev !== undefined &&
    tw.of.has(prev.key) &&
    prev2 !== undefined &&
    prev2.sentence === first.sentence &&
    !prev2.cap &&
    tw.kinNouns.has(prev2.key)
  )
    set(m, 'Person', 'type.kin-of');
  // "i serbi del Partizan", "i croati dello Jadran": players named by their nationality, then their club.
  if (
    !allUpper &&
    m.strength <= BARE_NAME &&
    prev !== undefined &&
    tw.ofArticles.has(prev.key) &&
    prev2 !== undefined &&
    prev2.sentence === first.sentence &&
    !prev2.cap &&
    lex.demonyms.has(prev2.key) &&
    /i$/.test(prev2.key) &&
    tw.pluralArticles.has(tokens[m.first - 3]?.key ?? '')
  )
    set(m, 'Organization', 'type.club-of-nationals');
  // "ha giocato con la maglia del Vardanik", "in forza al Vardanik": the club a player plays for.
  if (
    !allUpper &&
    m.strength <= BARE_NAME &&
    prev !== undefined &&
    prev2 !== undefined &&
    prev2.sentence === first.sentence &&
    tw.clubArticles.has(prev.key) &&
    tw.clubCues.has(prev2.key)
  )
    set(m, 'Organization', 'type.club-after-cue');
  // "la famiglia Agnelli", "i fratelli Rossi", "i coniugi Bianchi": a family is named by its surname.
  if (
    !allUpper &&
    words === 1 &&
    m.strength < NOUN_BEFORE &&
    prev &&
    !prev.cap &&
    prev.sentence === first.sentence &&
    tw.familyNouns.has(prev.key)
  )
    set(m, 'Person', 'type.family-surname');
  if (!allUpper && m.strength < NOUN_BEFORE && personNounBefore(tokens, m.first, lex, tw))
    set(m, 'Person', 'type.person-noun-before');
  if (prev && !prev.cap && prev.sentence === first.sentence && tw.eventCues.has(prev.key))
    set(m, 'Event', 'type.event-cue-before');
  if (
    !allUpper &&
    m.strength < NOUN_BEFORE &&
    prev &&
    !prev.cap &&
    prev.sentence === first.sentence &&
    tw.invertedSpeech.has(prev.key)
  )
    set(m, 'Person', 'type.inverted-speech-subject');
  // "il belga Jan Peeters", "gli italiani Ferri e Colombo": a nationality used as a noun introduces people.
  if (
    prev &&
    lex.demonyms.has(prev.key) &&
    !allUpper &&
    prev2 &&
    tw.demonymArticles.has(prev2.key) &&
    m.strength <= CONTEXT &&
    m.type !== 'Place'
  )
    set(m, 'Person', 'type.demonym-as-noun');
  // "Zentrix, il partito di maggioranza", "Valdrena, la capitale della provincia", "Velvair (compagnia aerea …)": the
  // noun in apposition after it.
  if (m.strength <= BARE_NAME && !lex.firstNames.has(first.key)) {
    const apposition = appositionAfter(tokens, m, lex, tw);
    if (apposition !== null) set(m, apposition, 'type.apposition-after');
  }
  // "Nebbia Fitta, vedova del sindaco, …": words of the language make the name no person's by default only; the noun
  // in apposition after it says what it is.
  if (m.rule === 'type.common-words-name') {
    const apposition = appositionAfter(tokens, m, lex, tw);
    if (apposition !== null) set(m, apposition, 'type.apposition-after');
  }
  // "le organizzazioni denominate X", "una terra chiamata X": the noun the naming participle follows.
  if (m.strength < APPOSITION) {
    const named = namedAs(tokens, m.first, lex, tw);
    if (named !== null) set(m, named, 'type.named-as');
  }
  // "il rapporto del X", "l'articolo del X": a publisher.
  if (prev && prev2 && tw.sourceOf.has(prev.key) && lex.sourceNouns.has(prev2.key))
    set(m, 'Organization', 'type.publisher-of-source');
}

export function typeMentions(
  seg: Segmentation,
  mentions: MentionCandidate[],
  roles: RolePhrase[],
  lex: Lexicon = LEXICON,
  vocabulary: Set<string> = new Set(),
  strength: Readonly<Record<TypingRuleId, number>> = RULE_STRENGTH,
): void {
  strengthOf = strength;
  const tw = typingWords(lex);
  const { tokens } = seg;
  for (const r of roles) {
    if (r.person !== null) set(mentions[r.person] as MentionCandidate, 'Person', 'type.role-phrase-names');
  }
  for (let index = 1; index < mentions.length; index++)
    provinceCode(tokens, mentions[index - 1] as MentionCandidate, mentions[index] as MentionCandidate, lex);
  for (const m of mentions) typeMention(seg, m, lex, vocabulary, tw);
  teamsInSportsSentences(seg, mentions, lex, tw);
  countriesTogether(tokens, mentions, lex, tw);
  countryListsBeforeVerb(tokens, mentions, lex, tw);
  clubsInMatches(tokens, mentions, lex);
  listsShareType(tokens, mentions, tw);
  articledListsShareType(tokens, mentions, tw);
  conjoinedWithBody(tokens, mentions, lex, tw);
  stormsNamedInArticle(tokens, mentions, tw);
  linkedPlaces(tokens, mentions, tw);
  playersInBoxScores(tokens, mentions);
  loneNamesListed(tokens, mentions, lex, vocabulary, tw);
  for (let index = 1; index < mentions.length; index++)
    bodyInBracketsAfterPerson(
      tokens,
      mentions[index - 1] as MentionCandidate,
      mentions[index] as MentionCandidate,
      lex,
    );
  for (const m of mentions) {
    townAfterOrganizationCue(tokens, m, lex);
    thingReading(tokens, m, lex, tw);
    songAfterSingingVerb(tokens, m, lex, tw);
    abbreviatedTitleBefore(tokens, m, tw);
    nounOfPerson(tokens, m, tw);
    groupOfPersonNoun(tokens, m, lex, tw);
    groupOfMemberNoun(tokens, m, lex, vocabulary, tw);
    partyNickname(tokens, m, lex);
    partyHeadOpening(tokens, m, lex);
    partyByItsMembers(tokens, m, lex, tw);
    sourceAfterAccording(tokens, m, tw);
    institutionNounWrittenBig(tokens, m, lex);
    institutionSeat(tokens, m, lex, tw);
    placeGoneTo(tokens, m, lex, vocabulary);
    holyTitleOrRite(tokens, m, lex, tw);
    ageAfterName(tokens, m, lex);
    nameWithDigits(tokens, m);
    vehicleMaker(tokens, m, lex, tw);
  }
}

/** The makers of cars and motorbikes and the verbs of driving: built once per model. */
const vehicleWords = perModel((lex: Lexicon) => ({
  makers: keySet(classOf(lex, 'typing-vehicles', 'makers')),
  makersByContext: keySet(classOf(lex, 'typing-vehicles', 'makers-by-context')),
  drivingVerbs: keySet(classOf(lex, 'typing-vehicles', 'driving-verbs')),
}));

/**
 * "la Subaru ha presentato …": a maker whose name is nothing else is the company. "su una Ford", "guidando la Rover":
 * a maker whose name is also a surname or a word is the company after an indefinite article (news write none before
 * a person) or a verb of driving, with an article between or none.
 */
function vehicleMaker(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  if (m.gazetteer !== null || m.headType !== null) return;
  const vw = vehicleWords(lex);
  const key = normKey(m.text);
  if (vw.makers.has(key)) {
    set(m, 'Organization', 'type.vehicle-maker', true);
    return;
  }
  if (!vw.makersByContext.has(key)) return;
  const prev = tokenIn(tokens, m.first - 1, m.sentence);
  if (prev === undefined || prev.cap) return;
  const verb = tw.definiteArticles.has(prev.key) ? tokenIn(tokens, m.first - 2, m.sentence) : prev;
  if (tw.indefiniteArticles.has(prev.key) || (verb !== undefined && vw.drivingVerbs.has(verb.key)))
    set(m, 'Organization', 'type.vehicle-maker-in-context', true);
}

/**
 * "la Camorra", "la Consulta", "le Camere", "le Forze Armate": a name written big mid-sentence that is an institution's
 * noun, one word or the whole of a listed institution, is that body, over what the words around it hint; opening a
 * sentence it may be a verb ("Consulta il sito").
 */
function institutionNounWrittenBig(tokens: Token[], m: MentionCandidate, lex: Lexicon): void {
  const first = tokens[m.first] as Token;
  if (m.strength > CONTEXT || m.gazetteer !== null || m.headType !== null) return;
  if (!first.cap || first.upper || first.initial) return;
  const alone = m.last - m.first === 1;
  if (
    lex.institutions.has(alone ? first.key : normKey(m.text)) ||
    (alone && actorWords(lex).bodiesByOneWord.has(first.key))
  )
    set(m, 'Organization', 'type.institution-noun-written-big');
}

/** The seat rules' words, built once per model. */
const seatWords = perModel((lex: Lexicon) => ({
  /** Seats that stand for the body housed there: "Montecitorio ha approvato", "Piazza Affari chiude in rialzo". */
  seats: keySet(classOf(lex, 'typing-seats', 'institution-seats')),
  /** Seats whose name is a common word too ("il Colle"): a seat only after one of seatArticles. */
  articledSeats: keySet(classOf(lex, 'typing-seats', 'articled-seats')),
  seatArticles: keySet(classOf(lex, 'typing-seats', 'seat-articles')),
  /** Where one is or goes: "a Montecitorio", "davanti a Palazzo Chigi", "nel Campidoglio". */
  placePrepositions: keySet(classOf(lex, 'typing-seats', 'seat-place-prepositions')),
  /** Parts of a building before "di": "l'aula di Montecitorio", "lo studio del Quirinale". */
  rooms: keySet(classOf(lex, 'typing-seats', 'seat-rooms')),
  /** Places the gazetteer knows that stand for the body seated there when they act: "il Vaticano ha chiesto". */
  seatPlaces: keySet(classOf(lex, 'typing-seats', 'seat-places')),
}));

/** "a Montecitorio", "l'aula di Montecitorio": where the seat is named as a place, the building. */
function seatAsBuilding(
  tokens: Token[],
  m: MentionCandidate,
  tw: TypingWords,
  sw: ReturnType<typeof seatWords>,
): boolean {
  const prev = tokenIn(tokens, m.first - 1, m.sentence);
  if (!smallWordIn(prev, m.sentence)) return false;
  if (sw.placePrepositions.has(prev.key)) return true;
  const room = tokenIn(tokens, m.first - 2, m.sentence);
  return (
    (tw.of.has(prev.key) || tw.ofArticles.has(prev.key)) && smallWordIn(room, m.sentence) && sw.rooms.has(room.key)
  );
}

/**
 * "Montecitorio ha approvato", "secondo Palazzo Madama", "il Colle ha firmato": a seat news writes for the body housed
 * there is that body; the node keeps it, and a mention where the seat is named as a place ("a Montecitorio", "l'aula di
 * Montecitorio") reads as the building, as do the seats the gazetteer lists as organizations. A place known as the seat
 * of a body reads as that body after a bare definite article ("il Vaticano"), where "in Vaticano" stays the place.
 */
function institutionSeat(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const sw = seatWords(lex);
  const key = normKey(m.text);
  const prev = tokenIn(tokens, m.first - 1, m.sentence);
  const listed =
    m.gazetteer === null &&
    (sw.seats.has(key) || (sw.articledSeats.has(key) && prev !== undefined && sw.seatArticles.has(prev.key)));
  if (listed) set(m, 'Organization', 'type.institution-seat');
  const gazetteerSeat = m.gazetteer?.type === 'Organization' && tw.seatBuildings.has(normKey(m.gazetteer.canonical));
  if (m.reading !== undefined) return;
  if ((listed || gazetteerSeat) && seatAsBuilding(tokens, m, tw, sw))
    m.reading = { type: 'Place', rule: 'type.seat-as-building' };
  else if (
    m.gazetteer?.type === 'Place' &&
    sw.seatPlaces.has(key) &&
    prev !== undefined &&
    tw.definiteArticles.has(prev.key) &&
    !governedArticle(tokens, m, lex)
  )
    m.reading = { type: 'Organization', rule: 'type.seat-place-acting' };
}

/** "secondo Ardenti": a lone name nothing typed after "secondo" is the one whose view is reported, a person. */
function sourceAfterAccording(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  if (m.strength > BARE_NAME || m.last - m.first !== 1 || m.gazetteer !== null || (tokens[m.first] as Token).upper)
    return;
  const according = tokens[m.first - 1];
  if (smallWordIn(according, m.sentence) && tw.according.has(according.key))
    set(m, 'Person', 'type.source-after-according');
}

/**
 * "il cantante dei Ventiquattro", "il leader dei Ribelli", "il direttore degli Archivi": a noun for a person, then "dei"
 * or "degli", then a name the lexicons take for a common word or leave untyped is the band, team, party or body the
 * person belongs to: a person's name takes no plural article.
 */
function groupOfPersonNoun(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  if (m.type !== 'Person' || m.strength > CONTEXT || m.gazetteer !== null || (tokens[m.first] as Token).upper) return;
  const of = tokens[m.first - 1];
  const noun = tokens[m.first - 2];
  if (of === undefined || !(tw.ofArticles.has(of.key) && tw.pluralArticles.has(of.key))) return;
  if (noun === undefined || noun.sentence !== m.sentence || noun.cap || noun.kind !== 'word') return;
  if (lex.personNouns.has(noun.key)) set(m, 'Organization', 'type.group-of-person-noun');
}

/** The words of the rules that name a group through its members, built once per model lexicon. */
const memberWords = perModel((lex: Lexicon) => ({
  /** Nouns for the members, representatives or fighters of a group: "i ribelli di X", "gli esponenti del X". */
  groupMembers: keySet(classOf(lex, 'groups', 'group-member-nouns')),
  /** Nicknames of parties, each as the key of the whole name: "quercia", "balena bianca". */
  partyNicknames: keySet(classOf(lex, 'groups', 'party-nicknames')),
  /** Words that open a party's name: "Fronte", "Blocco", "Partido". */
  partyHeads: keySet(classOf(lex, 'groups', 'party-heads')),
  /** Plurals for a political family's adherents that, written big, name the party: "i Socialisti", "i Laburisti". */
  partiesByMembers: keySet(classOf(lex, 'groups', 'parties-by-members')),
}));

/**
 * "i Socialisti hanno votato", "dai Laburisti": a plural for the adherents of a political family written big after a plural
 * article is their party, over the surname or the common word it may also be written big with no such article before it.
 */
function partyByItsMembers(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const word = tokens[m.first] as Token;
  if (m.last - m.first !== 1 || m.gazetteer !== null || word.upper || word.initial) return;
  const article = tokenIn(tokens, m.first - 1, m.sentence);
  if (article === undefined || article.kind !== 'word' || (article.cap && !article.initial)) return;
  if (!tw.pluralArticles.has(article.key)) return;
  if (memberWords(lex).partiesByMembers.has(word.key)) set(m, 'Organization', 'type.party-by-its-members');
}

/**
 * "il Fronte Zervan", "il Blocco Verran": a name opened by a party's head written big, the next word written big too,
 * is the party, whatever the words around it hint; "il Fronte del Porto" goes on with "del" and stays what it was.
 */
function partyHeadOpening(tokens: Token[], m: MentionCandidate, lex: Lexicon): void {
  if (m.last - m.first < 2) return;
  const head = tokens[m.first] as Token;
  const next = tokens[m.first + 1] as Token;
  if (!head.cap || head.upper || next.kind !== 'word' || !next.cap) return;
  if (memberWords(lex).partyHeads.has(head.key)) set(m, 'Organization', 'type.party-head-opening');
}

/** "la Quercia ha votato", "la Balena Bianca": a name the lexicon knows as the nickname of a party is that party. */
function partyNickname(tokens: Token[], m: MentionCandidate, lex: Lexicon): void {
  if (m.gazetteer !== null || (tokens[m.first] as Token).upper) return;
  if (memberWords(lex).partyNicknames.has(normKey(m.text))) set(m, 'Organization', 'type.party-nickname');
}

/**
 * "gli esponenti di Nuova Aurora", "i ribelli sciiti del Fronte Zerbal", "i populisti di Rinascita": a name after a noun
 * for the members, representatives or fighters of a group and "di", an adjective allowed between, is the party, movement or
 * armed group they belong to. A town the lexicons know stays the place ("i ribelli di Kandahar"), a given name or a known
 * surname the person ("i deputati di Stoltenberg"), and a lone word the batch also writes small is left to the other rules: a
 * common noun written big ("i delegati delle Regioni") names no group.
 */
function groupOfMemberNoun(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  vocabulary: Set<string>,
  tw: TypingWords,
): void {
  if (m.strength >= APPOSITION || m.gazetteer !== null || m.headType !== null) return;
  const first = tokens[m.first] as Token;
  const alone = m.last - m.first === 1;
  if (lex.cities.has(normKey(m.text)) || lex.cities.has(first.key) || lex.firstNames.has(first.key)) return;
  if (alone && (lex.knownSurnames.has(first.key) || vocabulary.has(first.key))) return;
  const of = tokenIn(tokens, m.first - 1, m.sentence);
  if (of === undefined || !(tw.of.has(of.key) || tw.ofArticles.has(of.key))) return;
  const members = memberWords(lex).groupMembers;
  let noun = tokens[m.first - 2];
  if (!smallWordIn(noun, m.sentence)) return;
  const adjective =
    lex.demonyms.has(noun.key) ||
    tw.participleInflectedEnding.test(noun.key) ||
    (tw.mentions.adjectiveEndings.test(noun.key) && !lex.functionWords.has(noun.key));
  if (!members.has(noun.key) && adjective) noun = tokens[m.first - 3];
  if (smallWordIn(noun, m.sentence) && members.has(noun.key)) set(m, 'Organization', 'type.member-of-group');
}

/** "la morte di Ardenti", "il gol di Colmetto": a lone name nothing typed after a noun whose "di" names a person. */
function nounOfPerson(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  if (m.strength > BARE_NAME || m.last - m.first !== 1 || m.gazetteer !== null || (tokens[m.first] as Token).upper)
    return;
  const of = tokens[m.first - 1];
  const noun = tokens[m.first - 2];
  if (of === undefined || !tw.of.has(of.key) || !smallWordIn(noun, m.sentence)) return;
  if (tw.personOfNouns.has(noun.key)) set(m, 'Person', 'type.noun-of-person');
}

/**
 * "Carlo Ferrandi (Valmora Group)", "Anna Neri (Editrice Brenta)": a name in brackets right after a person's full name
 * is the body the person speaks for, works for or publishes with. A place the lexicon knows there stays a place
 * ("Ivan Petrov (Bulgaria)"), and a first name is a nickname.
 */
function bodyInBracketsAfterPerson(
  tokens: Token[],
  person: MentionCandidate,
  body: MentionCandidate,
  lex: Lexicon,
): void {
  if (person.type !== 'Person' || person.last - person.first < 2 || person.strength <= BARE_NAME) return;
  if (tokens[person.last]?.text !== '(' || body.first !== person.last + 1 || tokens[body.last]?.text !== ')') return;
  if (body.gazetteer !== null || body.headType !== null || body.strength > CONTEXT) return;
  if (body.last - body.first === 1 && lex.firstNames.has((tokens[body.first] as Token).key)) return;
  set(body, 'Organization', 'type.body-in-brackets-after-person');
}

/** "il Prof. Ardenti", "dall'Avv. Colmetto": a lone name nothing typed after a title written short is a person's surname. */
function abbreviatedTitleBefore(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  if (m.strength > BARE_NAME || m.last - m.first !== 1 || m.gazetteer !== null) return;
  const dot = tokens[m.first - 1];
  const title = tokens[m.first - 2];
  if (dot?.text !== '.' || dot.spaceBefore || title === undefined || title.sentence !== m.sentence) return;
  if (title.kind === 'word' && tw.titleAbbreviations.has(title.key)) set(m, 'Person', 'type.abbreviated-title-before');
}

/** A noun for a work right before the name, an adjective allowed between: "il brano X", "la serie animata X". */
function workNounBefore(tokens: Token[], first: number, lex: Lexicon, tw: TypingWords): boolean {
  const sentence = (tokens[first] as Token).sentence;
  const prev = tokens[first - 1];
  if (!smallWordIn(prev, sentence)) return false;
  if (tw.workNouns.has(prev.key)) return true;
  const prev2 = tokens[first - 2];
  const adjective =
    lex.demonyms.has(prev.key) ||
    tw.participleInflectedEnding.test(prev.key) ||
    (tw.mentions.adjectiveEndings.test(prev.key) && !lex.functionWords.has(prev.key));
  return adjective && smallWordIn(prev2, sentence) && tw.workNouns.has(prev2.key);
}

/** The closing quotation mark of each opening one. */
const CLOSING_QUOTE: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['‘', '’'],
]);

/**
 * A name taken for a person only because it is capitalized (or opens with a first name) that reads as a thing: after an
 * indefinite article a make or a model ("un Brenvik Tarsa 18", "una Ardena"; news write no article before a person),
 * after a noun for a work or wholly inside quotation marks a title ("il brano Notte Valmora", "il film "Notte a
 * Valmora""), unless a noun for a body or a person stands before the marks. A list lends a bare name no more than a
 * guess, so a title it typed is still read so.
 */
function thingReading(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  if (m.type !== 'Person' || m.gazetteer !== null || m.headType !== null) return;
  const prev = tokens[m.first - 1];
  if (prev === undefined || prev.sentence !== m.sentence) return;
  if (m.strength <= CONTEXT && tw.indefiniteArticles.has(prev.key)) {
    set(m, 'Other', 'type.product-after-indefinite-article', true);
    return;
  }
  if (m.strength <= LISTED_WITH && workNounBefore(tokens, m.first, lex, tw)) {
    set(m, 'Work', 'type.work-noun-before');
    return;
  }
  const close = tokens[m.last];
  if (m.strength > LISTED_WITH || close === undefined || CLOSING_QUOTE.get(prev.text) !== close.text) return;
  // "il regista "Nardelli"": a person noun before the quotation marks says the name is a person's (an organization
  // noun there is read earlier, by type.organization-cue-before-quote).
  if (personNounBefore(tokens, m.first - 1, lex, tw)) set(m, 'Person', 'type.person-noun-before');
  else set(m, 'Work', 'type.quoted-title');
}

/**
 * "avrebbe cantato Valmora", "intonando Notte Brenvik": a name nothing typed right after a form of "cantare" that takes
 * no subject after it is the song sung. A given name or a surname the lexicon knows stays a person: "ha cantato Mina"
 * may put the singer after the verb.
 */
function songAfterSingingVerb(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  if (m.strength > BARE_NAME || m.gazetteer !== null || m.headType !== null) return;
  const first = tokens[m.first] as Token;
  if (first.upper || lex.firstNames.has(first.key) || lex.knownSurnames.has(first.key)) return;
  const verb = tokens[m.first - 1];
  if (smallWordIn(verb, m.sentence) && tw.singingVerbs.has(verb.key)) set(m, 'Work', 'type.song-after-singing-verb');
}

/**
 * "Codacons, Zentrix e Altroconsumo": the members of a list are things of one kind, so a lone word nothing typed takes
 * the type its typed members all share, when that is an organization.
 */
function listsShareType(tokens: Token[], mentions: MentionCandidate[], tw: TypingWords): void {
  const untyped = (m: MentionCandidate) => m.strength <= BARE_NAME && m.gazetteer === null && m.headType === null;
  let k = 0;
  while (k < mentions.length) {
    let end = k;
    while (end + 1 < mentions.length) {
      const a = mentions[end] as MentionCandidate;
      const b = mentions[end + 1] as MentionCandidate;
      if (b.sentence !== a.sentence || b.first !== a.last + 1 || !tw.listJoiners.has((tokens[a.last] as Token).key))
        break;
      end++;
    }
    if (end > k) {
      const list = mentions.slice(k, end + 1);
      const types = new Set(list.filter((m) => !untyped(m)).map((m) => m.reading?.type ?? m.type));
      if (types.size === 1 && types.has('Organization'))
        for (const m of list) if (untyped(m) && m.last - m.first === 1) set(m, 'Organization', 'type.list-shares-type');
    }
    k = end + 1;
  }
}

/**
 * "della Fondazione Verdana e dello Zerbal", "al Codacons e all'Adusbef": members of a list that each repeat their article are
 * things of one kind too, so a lone word nothing typed takes the organization type its typed members all share.
 */
function articledListsShareType(tokens: Token[], mentions: MentionCandidate[], tw: TypingWords): void {
  const untyped = (m: MentionCandidate) => m.strength <= BARE_NAME && m.gazetteer === null && m.headType === null;
  const articled = (m: MentionCandidate) => {
    const article = tokens[m.first - 1];
    return smallWordIn(article, m.sentence) && tw.listArticles.has(article.key);
  };
  let k = 0;
  while (k < mentions.length) {
    let end = k;
    while (end + 1 < mentions.length) {
      const a = mentions[end] as MentionCandidate;
      const b = mentions[end + 1] as MentionCandidate;
      if (
        b.sentence !== a.sentence ||
        b.first !== a.last + 2 ||
        !tw.listJoiners.has((tokens[a.last] as Token).key) ||
        !articled(a) ||
        !articled(b)
      )
        break;
      end++;
    }
    if (end > k) {
      const list = mentions.slice(k, end + 1);
      const types = new Set(list.filter((m) => !untyped(m)).map((m) => m.reading?.type ?? m.type));
      if (types.size === 1 && types.has('Organization'))
        for (const m of list)
          if (untyped(m) && m.last - m.first === 1) set(m, 'Organization', 'type.articled-list-shares-type');
    }
    k = end + 1;
  }
}

/**
 * "la Cgil e Brivalto", "Cisl, Uil e Tervane Servizi", "della Fondazione Verdana o dello Zerbal": a name nothing typed
 * joined by a conjunction to an organization is one more of them, though a town be listed with them ("Varlana,
 * Brivalto e la Cgil"). A person in the list makes the name as likely a surname ("Mario Rossi, Vercetti e Codacons"),
 * and no word of the name may be a given name, a surname or a town the lexicon knows: "la Cgil e Mario Brivio" joins
 * a person to the union.
 */
function conjoinedWithBody(tokens: Token[], mentions: MentionCandidate[], lex: Lexicon, tw: TypingWords): void {
  const untyped = (m: MentionCandidate) => m.strength <= BARE_NAME && m.gazetteer === null && m.headType === null;
  const body = (m: MentionCandidate) => !untyped(m) && (m.reading?.type ?? m.type) === 'Organization';
  const person = (m: MentionCandidate) => !untyped(m) && (m.reading?.type ?? m.type) === 'Person';
  const listed = (a: MentionCandidate, b: MentionCandidate) =>
    b.sentence === a.sentence && b.first === a.last + 1 && tw.listJoiners.has((tokens[a.last] as Token).key);
  let opening = 0;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k] as MentionCandidate;
    const b = mentions[k + 1] as MentionCandidate;
    if (k === 0 || !listed(mentions[k - 1] as MentionCandidate, a)) opening = k;
    const joiner = tokens[a.last] as Token;
    if (b.sentence !== a.sentence || !smallWordIn(joiner, a.sentence) || !tw.conjunctions.has(joiner.key)) continue;
    const joined =
      b.first === a.last + 1 ||
      (b.first === a.last + 2 &&
        smallWordIn(tokens[a.last + 1], a.sentence) &&
        tw.listArticles.has((tokens[a.last + 1] as Token).key));
    if (!joined) continue;
    const other = body(a) && untyped(b) ? b : body(b) && untyped(a) ? a : null;
    if (other === null || !noPersonOrTown(tokens, other, lex)) continue;
    let closing = k + 1;
    while (
      closing + 1 < mentions.length &&
      listed(mentions[closing] as MentionCandidate, mentions[closing + 1] as MentionCandidate)
    )
      closing++;
    if (!mentions.slice(opening, closing + 1).some(person)) set(other, 'Organization', 'type.conjoined-with-body');
  }
}

/** No word of the name is a given name, a surname or a town the lexicon knows. */
function noPersonOrTown(tokens: Token[], m: MentionCandidate, lex: Lexicon): boolean {
  for (let t = m.first; t < m.last; t++) {
    const key = (tokens[t] as Token).key;
    if (lex.firstNames.has(key) || lex.knownSurnames.has(key) || lex.cities.has(key)) return false;
  }
  return true;
}

/** A club the lexicon knows, named in one word. */
function oneWordClub(m: MentionCandidate): boolean {
  return m.gazetteer?.type === 'Organization' && m.last - m.first === 1;
}

/** A town named in one word, not written in capitals: the lexicon's, or a place the city list knows; no country. */
function oneWordTown(tokens: Token[], m: MentionCandidate, lex: Lexicon): boolean {
  return (
    m.last - m.first === 1 &&
    !(tokens[m.first] as Token).upper &&
    (m.gazetteer === null
      ? m.type === 'Place' && lex.cities.has((tokens[m.first] as Token).key)
      : m.gazetteer.type === 'Place') &&
    !countryNames(lex).has(m.gazetteer?.canonical ?? m.text)
  );
}

/**
 * "Milan - Lazio", "Juventus - Bologna": a town or a region joined by a spaced dash to a club the lexicon knows is the
 * other club of the match, as "il Parma" is. Two towns alone may be a route ("Milano - Bergamo") and stay places.
 */
function clubsInMatches(tokens: Token[], mentions: MentionCandidate[], lex: Lexicon): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as MentionCandidate;
    const b = mentions[i + 1] as MentionCandidate;
    const dash = tokens[a.last] as Token;
    if (b.first !== a.last + 1 || b.sentence !== a.sentence || !ROUTE_DASHES.has(dash.text) || !dash.spaceBefore)
      continue;
    const other =
      oneWordClub(a) && oneWordTown(tokens, b, lex) ? b : oneWordClub(b) && oneWordTown(tokens, a, lex) ? a : null;
    if (other === null || strengthOf['type.club-in-match'] === -Infinity) continue;
    other.gazetteer = null;
    other.headType = null;
    other.type = 'Organization';
    other.strength = strengthOf['type.club-in-match'];
    other.rule = 'type.club-in-match';
    other.typedByKind = false;
  }
}

/** The words of sports news in one model, built once per model lexicon. */
export const sportsWords = perModel((lex: Lexicon) => ({
  /** Words that make a sentence about a competition: "partita", "campionato", "batte", "medaglia". */
  sports: keySet(classOf(lex, 'sports', 'sports-words')),
  /** Definite articles, bare or joined to "a" or "da": "la Svezia", "alla Cina", "dalla Norvegia". */
  teamArticles: keySet(classOf(lex, 'sports', 'team-articles')),
  /** Words that make a club of the town before them: "Leicester City". */
  clubEndings: keySet(classOf(lex, 'sports', 'club-endings')),
  /** Words that open a club's or a sports association's name: "Pro Vercelli", "AS Livorno", "Sporting Braga". */
  clubOpenings: keySet(classOf(lex, 'sports', 'club-openings')),
  /** Nouns for a club's supporters: "i tifosi della Roma". */
  fanNouns: keySet(classOf(lex, 'sports', 'fan-nouns')),
  /** Nouns for a team's players, coaches, shirt and the team itself: "l'allenatore della Roma", "la maglia della Lazio", "le nazionali di Francia". */
  teamMemberNouns: keySet(classOf(lex, 'sports', 'team-member-nouns')),
}));

/**
 * "Leicester City", "Stoke City": a town and a word that makes a club of it, unless the whole name is itself a town
 * ("Kansas City"); "Pro Vercelli", "AS Livorno", "Sporting Braga": a word that opens the name of a club.
 */
function clubNameWords(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const words = m.last - m.first;
  if (words < 2) return;
  const sw = tw.sports;
  const first = tokens[m.first] as Token;
  const last = tokens[m.last - 1] as Token;
  if (
    words === 2 &&
    last.cap &&
    sw.clubEndings.has(last.key) &&
    lex.cities.has(first.key) &&
    !lex.cities.has(normKey(m.text))
  )
    set(m, 'Organization', 'type.town-and-club-word');
  if (first.cap && sw.clubOpenings.has(first.key) && (tokens[m.first + 1] as Token).cap)
    set(m, 'Organization', 'type.club-opening-word');
}

/** The sentences of a document about a competition, each read once, when a rule first asks (`read`: 1 yes, 2 no, 0 unread). */
interface SportsSentences {
  seg: Segmentation;
  sw: ReturnType<typeof sportsWords>;
  read: Uint8Array;
}

/** Whether sentence `s` holds a word that makes it about a competition: "partita", "campionato", "batte". */
function aboutCompetition(sporting: SportsSentences, s: number): boolean {
  if (sporting.read[s] === 0) {
    const { tokens, sentences } = sporting.seg;
    const { first, last } = sentences[s] as Sentence;
    let found = false;
    for (let k = first; k < last && !found; k++) {
      const t = tokens[k] as Token;
      found = t.kind === 'word' && !t.cap && sporting.sw.sports.has(t.key);
    }
    sporting.read[s] = found ? 1 : 2;
  }
  return sporting.read[s] === 1;
}

/**
 * How a country or a town reads where it names a team or a club. After a noun for supporters, players or a national
 * side and "di": "i tifosi della Roma", "l'allenatore della Roma", "le nazionali di Francia". In a sentence about a
 * competition, after a definite article, bare or joined to "a" or "da": "la Lazio, battendo il Bologna", "è stata
 * sconfitta dalla Cina", "la medaglia è andata alla Svezia"; "a Roma", "in Cina" stay the places, and so does a country
 * or town written with no article. The node keeps its type: the mention records how it reads here.
 */
function teamsInSportsSentences(seg: Segmentation, mentions: MentionCandidate[], lex: Lexicon, tw: TypingWords): void {
  const { tokens } = seg;
  const sw = tw.sports;
  const sporting: SportsSentences = { seg, sw, read: new Uint8Array(seg.sentences.length) };
  for (const m of mentions) {
    if (m.reading !== undefined || m.type !== 'Place') continue;
    const first = tokens[m.first] as Token;
    if (first.upper) continue;
    const townOrCountry =
      (m.last - m.first === 1 && (m.gazetteer?.type === 'Place' || lex.cities.has(first.key))) || isCountry(m, lex);
    if (!townOrCountry) continue;
    const article = tokens[m.first - 1];
    const noun = tokens[m.first - 2];
    const afterOf =
      article !== undefined &&
      noun !== undefined &&
      noun.sentence === m.sentence &&
      !noun.cap &&
      (tw.of.has(article.key) || tw.ofArticles.has(article.key));
    if (afterOf && sw.fanNouns.has(noun.key)) {
      m.reading = { type: 'Organization', rule: 'type.club-of-fans' };
      continue;
    }
    // "la sicurezza nazionale del Canada": the noun must have its own article, or "nazionale" is an adjective.
    const nounArticle = tokens[m.first - 3];
    if (
      afterOf &&
      sw.teamMemberNouns.has(noun.key) &&
      nounArticle !== undefined &&
      (sw.teamArticles.has(nounArticle.key) || tw.ofArticles.has(nounArticle.key))
    ) {
      m.reading = { type: 'Organization', rule: 'type.team-of-player' };
      continue;
    }
    if (
      article !== undefined &&
      article.sentence === m.sentence &&
      !article.cap &&
      sw.teamArticles.has(article.key) &&
      aboutCompetition(sporting, m.sentence)
    )
      m.reading = { type: 'Organization', rule: 'type.team-in-sports-sentence' };
  }
  countryListsInSports(tokens, mentions, lex, tw, sporting);
  sidesOfScores(tokens, mentions, lex, tw, sporting);
}

/** Digits a score's numbers keep to: a span of years ("2011-2012") is no score. */
const SCORE_DIGITS = 3;

/** A score whose first number is token k, each number of a few digits only. */
function matchScoreAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  return (
    scoreAt(tokens, k, lex) &&
    (tokens[k] as Token).text.length <= SCORE_DIGITS &&
    (tokens[k + 2] as Token).text.length <= SCORE_DIGITS
  );
}

/** Words written small a verb may take between its subject and a score: "batte 2-0", "ha battuto 3-1". */
const VERB_WORDS_BEFORE_SCORE = 2;

/** "Westbury batte 2-0", "Westbury ha battuto 3-1": a score after the name past a verb of one or two words written small. */
function scoreAfterVerb(tokens: Token[], m: MentionCandidate, lex: Lexicon): boolean {
  for (let k = m.last; k < m.last + VERB_WORDS_BEFORE_SCORE; k++) {
    const t = tokens[k];
    if (t === undefined || t.sentence !== m.sentence || t.kind !== 'word' || t.cap) return false;
    if (matchScoreAt(tokens, k + 1, lex)) return true;
  }
  return false;
}

/** A place that may be the name of a side: not written in capitals, not yet read otherwise. */
function sideCandidate(tokens: Token[], m: MentionCandidate): boolean {
  return m.type === 'Place' && m.reading === undefined && !(tokens[m.first] as Token).upper;
}

/**
 * "batte 2-0 il Westbury", "Westbury (3-1)", "Aldford - Westbury 1-0": a place next to a score, the score before it
 * (past an article) or after it (past a bracket), is a side of the match; so is the place joined to it by a spaced
 * dash before. The node keeps its type: the mention records how it reads here.
 */
function sidesOfScores(
  tokens: Token[],
  mentions: MentionCandidate[],
  lex: Lexicon,
  tw: TypingWords,
  sporting: SportsSentences,
): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as MentionCandidate;
    if (!sideCandidate(tokens, m)) continue;
    let k = m.first - 1;
    if (tw.definiteArticles.has(tokens[k]?.key ?? '')) k--;
    let j = m.last;
    if (tokens[j]?.text === '(') j++;
    const before = tokens[k]?.sentence === m.sentence && matchScoreAt(tokens, k - 2, lex);
    const after = tokens[j]?.sentence === m.sentence && matchScoreAt(tokens, j, lex);
    if (!before && !after) {
      if (scoreAfterVerb(tokens, m, lex) && aboutCompetition(sporting, m.sentence))
        m.reading = { type: 'Organization', rule: 'type.side-before-verb-and-score' };
      continue;
    }
    m.reading = { type: 'Organization', rule: 'type.side-beside-score' };
    const other = mentions[i - 1];
    const dash = tokens[m.first - 1] as Token;
    if (
      after &&
      other !== undefined &&
      other.last === m.first - 1 &&
      other.sentence === m.sentence &&
      ROUTE_DASHES.has(dash.text) &&
      dash.spaceBefore &&
      sideCandidate(tokens, other)
    )
      other.reading = { type: 'Organization', rule: 'type.side-beside-score' };
  }
}

/**
 * "ha battuto Irlanda e Francia", "si sono imposti contro Serbia, Tunisia e Albania": in a sentence about a
 * competition, countries listed together are the sides. After a preposition of place or "di" they stay the places:
 * "il torneo di Belgio, Olanda e Austria", "in Francia e Spagna".
 */
function countryListsInSports(
  tokens: Token[],
  mentions: MentionCandidate[],
  lex: Lexicon,
  tw: TypingWords,
  sporting: SportsSentences,
): void {
  let k = 0;
  while (k < mentions.length) {
    const start = mentions[k] as MentionCandidate;
    if (!isCountry(start, lex) || !aboutCompetition(sporting, start.sentence)) {
      k++;
      continue;
    }
    let end = k;
    while (end + 1 < mentions.length) {
      const a = mentions[end] as MentionCandidate;
      const b = mentions[end + 1] as MentionCandidate;
      if (
        !isCountry(b, lex) ||
        b.sentence !== a.sentence ||
        b.first !== a.last + 1 ||
        !tw.listJoiners.has((tokens[a.last] as Token).key)
      )
        break;
      end++;
    }
    const before = tokens[start.first - 1];
    const placed =
      before !== undefined &&
      before.sentence === start.sentence &&
      (tw.placePreps.has(before.key) || tw.of.has(before.key) || tw.ofArticles.has(before.key));
    if (end > k && !placed)
      for (const m of mentions.slice(k, end + 1))
        if (m.reading === undefined)
          m.reading = { type: 'Organization', rule: 'type.countries-listed-in-sports-sentence' };
    k = end + 1;
  }
}

/** Opening quote marks: a name may be quoted after the noun that says what it is ("la società «Velmorix»"). */
const OPENING_QUOTES = new Set(['«', '“', '„', '"', '‹']);

/** "la società «Velmorix»", "il quotidiano "Il Faro"": an organization's cue noun, then the name in quotes. */
function quotedAfterCue(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const quote = tokens[m.first - 1];
  if (m.bound === 'mention.quoted-body-name') return true;
  return (
    quote !== undefined &&
    quote.sentence === m.sentence &&
    OPENING_QUOTES.has(quote.text) &&
    orgCueBefore(tokens, m.first - 1, lex, tw)
  );
}

/** A word of three letters or more before one of `endings`; a model that lists none has no such word. */
function endingAfterStem(endings: readonly string[]): RegExp {
  return endings.length === 0 ? /(?!)/ : new RegExp(`^\\p{L}{3,}(?:${alternation(endings)})$`, 'u');
}

/** The place rules' words in one model, built once per model lexicon. */
const placeWords = perModel((lex: Lexicon) => ({
  /** Words for a building or a landmark that open its name when written big: "Stadio Valdorio", "Villa Serbelli". */
  facilityHeads: keySet(classOf(lex, 'typing-places', 'facility-heads')),
  /** "in", "nella": the preposition before the province a town lies in ("…, in provincia di Cuneo"). */
  containerPrepositions: keySet(classOf(lex, 'typing-places', 'container-prepositions')),
  /** Territories a town is placed in after its name: "provincia", "regione". */
  containerNouns: keySet(classOf(lex, 'typing-places', 'container-nouns')),
  /** Offices held in a town, written before "di" and the town: "il vicesindaco di Roccalta". */
  townOffices: keySet(classOf(lex, 'typing-places', 'town-offices')),
  /** "a", "ad": the preposition of the one given to, spoken to or compared with. */
  dativePrepositions: keySet(classOf(lex, 'typing-places', 'dative-prepositions')),
  /** Words whose "a" takes a person: "insieme a", "dedicato a", "ha risposto a". */
  dativeWords: keySet(classOf(lex, 'typing-places', 'dative-words')),
  /** Masculine singular articles, bare or joined to a preposition: a venue's name takes one, a person's does not. */
  venueArticles: keySet(classOf(lex, 'typing-places', 'venue-articles')),
  /** Endings of the nouns of age ("un trentenne", "i quarantenni"), three letters of stem or more before them. */
  ageNoun: endingAfterStem(classOf(lex, 'typing-places', 'age-noun-endings')),
  /** Words of where one comes from or lives, before "di": "originario di", "residente di". */
  originWords: keySet(classOf(lex, 'typing-places', 'origin-words')),
  /** "presso": near or at a place, and an article before a body ("presso la Fiat"). */
  nearPrepositions: keySet(classOf(lex, 'typing-places', 'near-prepositions')),
  /** Words for a storm, written before its name: "l'uragano Norvel". */
  stormNouns: keySet(classOf(lex, 'typing-places', 'storm-nouns')),
  /** Verbs of linking two places: "la strada collega X a Y". */
  linkVerbs: keySet(classOf(lex, 'typing-places', 'link-verbs')),
  /** Possessives: "il mio collega" is a noun, no verb of linking. */
  possessives: keySet(classOf(lex, 'typing-places', 'possessives')),
  /** "a", "con": the preposition before the second place a verb of linking joins. */
  linkPrepositions: keySet(classOf(lex, 'typing-places', 'link-prepositions')),
  /** Nouns for a part of a town or of its land, written small right before its name: "in località Valbrusa". */
  areaNouns: keySet(classOf(lex, 'typing-places', 'area-nouns')),
  /** Words for a building, a plant or a settlement, written small before "di" and the name of where it stands. */
  facilityNouns: keySet(classOf(lex, 'typing-places', 'facility-nouns')),
  /** A masculine article joined to "in", "di", "da", "su": "nel", "dell'". */
  territoryArticles: keySet(classOf(lex, 'typing-places', 'territory-articles')),
  /** Endings of the adjectives of a town, three letters of stem or more before them ("bresci-ano", "lecc-ese"). */
  territoryAdjective: endingAfterStem(classOf(lex, 'typing-places', 'territory-adjective-endings')),
}));
type PlaceWords = ReturnType<typeof placeWords>;

/**
 * "lo Stadio Valdorio", "a Villa Serbelli", "all'Ospedale San Corrado": a word for a building or a landmark written big
 * and opening a name of two words or more is the place, over the body a head noun like "Ospedale" gives. A name the
 * lexicon knows keeps its entry ("Palazzo Chigi" for the government).
 */
function facilityHeadOpening(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  if (m.last - m.first < 2 || !first.cap || first.upper || m.gazetteer !== null) return;
  if (!tw.places.facilityHeads.has(first.key)) return;
  set(m, 'Place', 'type.facility-head-opening');
}

/**
 * "nel Bresciano", "del Cuneese", "del Leccese": a lone name shaped like the adjective of a town, after a masculine
 * article joined to a preposition, is the area around that town; the batch may write the adjective small elsewhere
 * ("la provincia bresciana"). A title or a noun for a person written big is no area ("dal Capitano").
 */
function territoryAdjective(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  if (m.last - m.first !== 1 || first.upper || m.strength > BARE_NAME || m.gazetteer !== null) return;
  if (!smallWordIn(prev, first.sentence)) return;
  if (lex.titles.has(first.key) || lex.personNouns.has(first.key)) return;
  const pw = tw.places;
  if (pw.territoryArticles.has(prev.key) && pw.territoryAdjective.test(first.key))
    set(m, 'Place', 'type.territory-adjective');
}

/**
 * "la centrale nucleare di Valbrusa", "la moschea di Sidi Amar", "il penitenziario di Roccalta": the name after a word for
 * a building, a plant or a settlement written small, one adjective allowed, and "di" is where it stands; an office held
 * in a town names the town so ("il vicesindaco di Roccalta"). A name a first name opens or the lexicon knows as a
 * surname keeps its reading ("il museo di Giorgio Morandi").
 */
function placeAfterFacilityNoun(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  if (first.upper || m.gazetteer !== null || prev === undefined || !tw.placeOf.has(prev.key)) return;
  const pw = tw.places;
  const noun = tokens[m.first - 2];
  const before = tokens[m.first - 3];
  if (!smallWordIn(noun, first.sentence)) return;
  if (pw.townOffices.has(noun.key)) {
    set(m, 'Place', 'type.place-after-town-office');
    return;
  }
  const facility =
    pw.facilityNouns.has(noun.key) ||
    (smallWordIn(before, first.sentence) && pw.facilityNouns.has(before.key) && !lex.functionWords.has(noun.key));
  if (facility) set(m, 'Place', 'type.place-after-facility-noun');
}

/**
 * "Roccalta, in provincia di Cuneo", "Valbrusa (provincia di Rieti)": a name followed by the province it lies in is a
 * town; a given name the lexicon knows keeps its reading, on the same tier.
 */
function townBeforeContainer(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  if (first.upper || m.gazetteer !== null) return;
  const pw = tw.places;
  let k = m.last;
  const mark = tokenIn(tokens, k, first.sentence);
  if (mark?.text === ',' || mark?.text === '(') k++;
  if (pw.containerPrepositions.has(tokenIn(tokens, k, first.sentence)?.key ?? '')) k++;
  const noun = tokenIn(tokens, k, first.sentence);
  const of = tokenIn(tokens, k + 1, first.sentence);
  if (noun === undefined || noun.cap || !pw.containerNouns.has(noun.key) || of === undefined) return;
  if (tw.of.has(of.key) || tw.ofArticles.has(of.key)) set(m, 'Place', 'type.town-before-container');
}

/**
 * "insieme a Ferrante", "il premio dedicato a Lorusso", "ha risposto a Galvani": after a word whose "a" takes a person,
 * a lone name nothing typed is that person, not the place "a" gives elsewhere; a town the lexicon knows keeps its
 * reading ("dedicato a Genova").
 */
function personAfterDative(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  const word = tokens[m.first - 2];
  if (m.last - m.first !== 1 || first.upper || m.strength > BARE_NAME || m.gazetteer !== null) return;
  if (prev === undefined || !smallWordIn(word, first.sentence)) return;
  const pw = tw.places;
  if (pw.dativePrepositions.has(prev.key) && pw.dativeWords.has(word.key)) set(m, 'Person', 'type.person-after-dative');
}

/**
 * "al Palarvo di Torino", "il Velari di Genova", "l'Ostervio di Bologna": a name nothing typed, after a masculine
 * article and before "di" and a town the lexicon knows, is a venue of that town; news write no article before a man's
 * surname. A common word, a title or an office of a town written big stays unread ("il Questore di Brescia").
 */
function venueOfTown(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  vocabulary: Set<string>,
  tw: TypingWords,
): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  const of = tokens[m.last];
  const town = tokens[m.last + 1];
  if (first.upper || m.strength > BARE_NAME || m.gazetteer !== null || prev === undefined || prev.cap) return;
  if (of === undefined || town === undefined || town.sentence !== first.sentence || !tw.of.has(of.key)) return;
  if (!tw.places.venueArticles.has(prev.key) || prev.sentence !== first.sentence) return;
  if (m.last - m.first === 1 && (vocabulary.has(first.key) || isOrdinaryWord(first.key, lex, tw.mentions))) return;
  if (lex.titles.has(first.key) || lex.personNouns.has(first.key) || tw.placeNouns.has(first.key)) return;
  const known = lex.gazetteer.get(town.key);
  if (lex.cities.has(town.key) || known?.type === 'Place') set(m, 'Place', 'type.venue-of-town');
}

/**
 * "un trentenne di Valbrusa", "originaria di Roccalta": the name after a noun of age or a word of origin and "di" is
 * where the person comes from. A name a first name opens keeps the reading its rule gave it first, on the same tier
 * ("il ventenne di Marco Rossi").
 */
function hometownOfPerson(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  const noun = tokens[m.first - 2];
  if (first.upper || m.gazetteer !== null || prev === undefined || !tw.of.has(prev.key)) return;
  if (!smallWordIn(noun, first.sentence)) return;
  const pw = tw.places;
  if (pw.originWords.has(noun.key) || pw.ageNoun.test(noun.key)) set(m, 'Place', 'type.hometown-of-person');
}

/**
 * "presso Roccalta", "presso Borgo Selvino": a name nothing typed right after "presso" is a place; a body after it takes
 * its article ("presso la Fiat", "presso l'Università"), and one the lexicon knows keeps its type.
 */
function placeAfterPresso(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  if (first.upper || m.strength > BARE_NAME || m.gazetteer !== null || prev === undefined) return;
  if (prev.sentence === first.sentence && tw.places.nearPrepositions.has(prev.key))
    set(m, 'Place', 'type.place-after-presso');
}

/** A word for a storm written small: "uragano", "ciclone". */
function stormNoun(t: Token | undefined, pw: PlaceWords): boolean {
  return t !== undefined && !t.cap && pw.stormNouns.has(t.key);
}

/**
 * "l'uragano Norvel … Norvel ha colpito la costa": storms take given names, some of which the city list holds as towns,
 * so a lone name only the city list typed, that the article also writes right after a word for a storm or before one in
 * apposition ("Norvel, l'uragano che …"), is that storm.
 */
function stormsNamedInArticle(tokens: Token[], mentions: MentionCandidate[], tw: TypingWords): void {
  const pw = tw.places;
  const storms = new Set<string>();
  for (const m of mentions) {
    if (m.last - m.first !== 1) continue;
    const prev = tokens[m.first - 1];
    const apposition = tokens[m.last]?.text === ',' ? tokens[m.last + 2] : undefined;
    if (stormNoun(prev, pw) || (stormNoun(apposition, pw) && tw.definiteArticles.has(tokens[m.last + 1]?.key ?? '')))
      storms.add((tokens[m.first] as Token).key);
  }
  if (storms.size === 0) return;
  for (const m of mentions)
    if (m.last - m.first === 1 && m.rule === 'type.known-town' && storms.has((tokens[m.first] as Token).key))
      set(m, 'Event', 'type.storm-named-in-article');
}

/**
 * "la statale che collega Roccalta a Catania", "il ponte unisce Valbrusa con Messina": a verb of linking joins two
 * places, so when one of the two names is a place the other is one too; after an article or a possessive the word is
 * a noun ("il mio collega Ferri a Catania").
 */
function linkedPlaces(tokens: Token[], mentions: MentionCandidate[], tw: TypingWords): void {
  const pw = tw.places;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as MentionCandidate;
    const b = mentions[i + 1] as MentionCandidate;
    const verb = tokens[a.first - 1];
    const preposition = tokens[a.last];
    if (verb === undefined || verb.cap || !pw.linkVerbs.has(verb.key) || b.sentence !== a.sentence) continue;
    const before = tokens[a.first - 2]?.key ?? '';
    if (tw.definiteArticles.has(before) || tw.indefiniteArticles.has(before) || pw.possessives.has(before)) continue;
    if (preposition === undefined || b.first !== a.last + 1 || !pw.linkPrepositions.has(preposition.key)) continue;
    if (a.type === 'Place' && b.type !== 'Place') set(b, 'Place', 'type.linked-places');
    else if (b.type === 'Place' && a.type !== 'Place') set(a, 'Place', 'type.linked-places');
  }
}

/**
 * "il diciannovenne Corvino", "la quarantenne Ardesi": a name right after a noun of age is a person, whatever town the city
 * list knows by that name.
 */
function ageNounBefore(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  if (first.upper || m.gazetteer !== null || !smallWordIn(prev, first.sentence)) return;
  if (tw.places.ageNoun.test(prev.key)) set(m, 'Person', 'type.age-noun-before');
}

/**
 * "in località Valbrusa", "in zona Sarvesi", "la frazione Roccalta": a name right after a noun for a part of a town
 * written small is that part; a name a first name opens keeps its reading, on the same tier ("in zona Paolo Neri").
 */
function placeAfterAreaNoun(tokens: Token[], m: MentionCandidate, tw: TypingWords): void {
  const first = tokens[m.first] as Token;
  const prev = tokens[m.first - 1];
  if (first.upper || m.gazetteer !== null || !smallWordIn(prev, first.sentence)) return;
  if (tw.places.areaNouns.has(prev.key)) set(m, 'Place', 'type.place-after-area-noun');
}

/**
 * "Lucca-Viareggio", "la bretella Valbrusa-Catania": one word of capitalized names joined by hyphens, one of them a
 * town the lexicon knows, is a route between towns or a town joined to its hamlet. A company of two founders' names
 * ("Rolls-Royce") holds no town; a short word, an ordinary word or a nationality is no town's ("Italo-Americana").
 */
function joinedTowns(tokens: Token[], m: MentionCandidate, lex: Lexicon): void {
  const first = tokens[m.first] as Token;
  if (m.last - m.first < 3 || first.upper || m.gazetteer !== null || m.strength >= CONTEXT) return;
  let town = false;
  for (let k = m.first; k < m.last; k++) {
    const t = tokens[k] as Token;
    const joined = (k - m.first) % 2 === 1;
    if (joined ? t.text !== '-' || t.spaceBefore : t.kind !== 'word' || !t.cap || (k > m.first && t.spaceBefore))
      return;
    if (joined || t.text.length < 4 || isOrdinaryWord(t.key, lex) || lex.demonyms.has(t.key)) continue;
    if (lex.cities.has(t.key) || lex.gazetteer.get(t.key)?.type === 'Place') town = true;
  }
  if (town) set(m, 'Place', 'type.joined-towns');
}

/**
 * "l'azienda Torino Servizi", "la squadra kazaka Valbrusa": a place's name right after an organization noun, one
 * adjective allowed between, is named as that body here; the node keeps its type ("Torino" stays the town).
 */
function townAfterOrganizationCue(tokens: Token[], m: MentionCandidate, lex: Lexicon): void {
  if (m.type !== 'Place' || m.reading !== undefined) return;
  const first = tokens[m.first] as Token;
  const lowercase = (t: Token | undefined): t is Token =>
    t !== undefined && t.kind === 'word' && !t.cap && t.sentence === first.sentence;
  const prev = tokens[m.first - 1];
  const before = tokens[m.first - 2];
  if (!lowercase(prev)) return;
  const cue =
    lex.orgCues.has(prev.key) || (lowercase(before) && lex.orgCues.has(before.key) && !lex.functionWords.has(prev.key));
  if (cue) m.reading = { type: 'Organization', rule: 'type.town-after-organization-cue' };
}

/** Marks that open an entry of a list of names, and those that close one. */
const ENTRY_OPENINGS = new Set([',', ';', ':', '(']);
const ENTRY_CLOSINGS = new Set([',', ';', '.', ')', '(']);

/** A lone capitalized word nothing typed: the mentions the box-score rule reads. */
function untypedLoneWord(tokens: Token[], m: MentionCandidate): boolean {
  const first = tokens[m.first] as Token;
  return (
    m.last - m.first === 1 && !first.upper && m.strength <= BARE_NAME && m.gazetteer === null && m.headType === null
  );
}

/** Mentions closer than this many tokens make one run of a list: a box score packs its names densely. */
const LIST_GAP = 6;

/**
 * A name that is an entry of a box score: its points after it ("Ferri 12,"), or the minute its player came on before it
 * in brackets ("(61 Lodi)"). Box scores are often set one line per team or per entry, so a line break may fall inside.
 */
function boxScoreEntry(tokens: Token[], m: MentionCandidate): boolean {
  const before = tokens[m.first - 1];
  const after = tokens[m.last];
  if (before?.kind === 'num' && tokens[m.first - 2]?.text === '(' && after?.text === ')') return true;
  const closing = tokens[m.last + 1];
  return (
    after?.kind === 'num' &&
    (closing === undefined || closing.sentence !== after.sentence || ENTRY_CLOSINGS.has(closing.text)) &&
    before !== undefined &&
    ENTRY_OPENINGS.has(before.text)
  );
}

/**
 * "Ferri 12, Sala 8, Conti 4 (61 Lodi), Mancuso": a run of names packed together, three of them or more given their
 * points or the minute their player came on, is a box score, and its lone names nothing typed, between the marks of the
 * list, are players. A club or a country the lexicon knows keeps its type ("Italia: Ferri 12, …").
 */
function playersInBoxScores(tokens: Token[], mentions: MentionCandidate[]): void {
  let k = 0;
  while (k < mentions.length) {
    let end = k;
    let entries = 0;
    for (; ; end++) {
      const m = mentions[end] as MentionCandidate;
      if (untypedLoneWord(tokens, m) && boxScoreEntry(tokens, m)) entries++;
      const next = mentions[end + 1];
      if (next === undefined || next.first - m.last > LIST_GAP) break;
    }
    if (entries >= 3)
      for (let i = k; i <= end; i++) {
        const m = mentions[i] as MentionCandidate;
        if (!untypedLoneWord(tokens, m)) continue;
        const before = tokens[m.first - 1];
        const after = tokens[m.last];
        const opened = before !== undefined && (ENTRY_OPENINGS.has(before.text) || before.kind === 'num');
        const closed = after === undefined || ENTRY_CLOSINGS.has(after.text) || after.kind === 'num';
        if (opened && closed) set(m, 'Person', 'type.player-in-box-score');
      }
    k = end + 1;
  }
}

/** The words of the rules for lone persons and places in one model, built once per model lexicon. */
const personPlaceWords = perModel((lex: Lexicon) => ({
  /** Verbs and nouns of going somewhere: "si è recato al …", "la visita al …". */
  motionWords: keySet(classOf(lex, 'typing-persons-places', 'motion-words')),
  /** "al", "nel": the preposition and article before where one goes. */
  motionArticles: keySet(classOf(lex, 'typing-persons-places', 'motion-articles')),
  /** Nouns that a saint's title makes a title or a rite: "il Santo Padre", "la Santa Messa". */
  holyNouns: keySet(classOf(lex, 'typing-persons-places', 'holy-nouns')),
  /** "anni": the noun of an age written after a name ("Ferri, 56 anni"). */
  ageYears: keySet(classOf(lex, 'typing-persons-places', 'age-years')),
}));

/**
 * "si è recato al Pincio", "la visita al Vittoriale", "è stato trasportato al Gemellino": a lone name nothing typed
 * after a verb or a noun of going and "a" or "in" joined to an article is where one went. A word the batch writes small
 * is a common noun written big ("al Comune").
 */
function placeGoneTo(tokens: Token[], m: MentionCandidate, lex: Lexicon, vocabulary: Set<string>): void {
  if (!untypedLoneWord(tokens, m)) return;
  const article = tokens[m.first - 1];
  const word = tokens[m.first - 2];
  if (article === undefined || !smallWordIn(word, m.sentence)) return;
  const key = (tokens[m.first] as Token).key;
  if (vocabulary.has(key) || lex.titles.has(key) || lex.personNouns.has(key)) return;
  const pp = personPlaceWords(lex);
  if (pp.motionArticles.has(article.key) && pp.motionWords.has(word.key)) set(m, 'Place', 'type.place-gone-to');
}

/** A digit anywhere in a word. */
const DIGIT = /\d/;

/**
 * "la linea N13", "l'Expo2015", "i caccia Tornado GR4": a name that nothing typed but its capital, with a word that
 * holds digits, is a code, a model or an edition; no person's name holds a digit.
 */
function nameWithDigits(tokens: Token[], m: MentionCandidate): void {
  if (m.strength > BARE_NAME || m.gazetteer !== null || m.headType !== null || m.type !== 'Person') return;
  for (let k = m.first; k < m.last; k++)
    if ((tokens[k] as Token).kind === 'word' && DIGIT.test((tokens[k] as Token).text)) {
      set(m, 'Other', 'type.name-with-digits');
      return;
    }
}

/**
 * "il Santo Padre", "la Santa Messa": a saint's title written big before a noun of a title or a rite names no saint and
 * no place, whatever the head noun of a saint's title gives.
 */
function holyTitleOrRite(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  if (m.last - m.first !== 2 || m.gazetteer !== null) return;
  const noun = (tokens[m.first + 1] as Token).key;
  if (tw.saintTitles.has((tokens[m.first] as Token).key) && personPlaceWords(lex).holyNouns.has(noun))
    set(m, 'Other', 'type.holy-title-or-rite');
}

/** Marks that close an age written after a name: "Ferri, 56 anni, è …", "Marco Neri (21 anni)". */
const AGE_CLOSINGS = new Set([',', ')', '.', ';', ':']);

/**
 * "Ferri, 56 anni, originaria di …", "Marco Neri (21 anni)": a name followed by an age between commas or brackets is a
 * person's; a span of time runs on past the years ("Roma, 10 anni dopo"), and after "di" the name may be the town the
 * person comes from ("un fornaio di Valdrena di 47 anni"). A name the lexicon knows keeps its type.
 */
function ageAfterName(tokens: Token[], m: MentionCandidate, lex: Lexicon): void {
  if (m.gazetteer !== null || m.headType !== null || (tokens[m.first] as Token).upper) return;
  const mark = tokens[m.last];
  if (mark === undefined || mark.sentence !== m.sentence) return;
  if (mark.text !== ',' && mark.text !== '(') return;
  const age = tokens[m.last + 1];
  const years = tokens[m.last + 2];
  const closing = tokens[m.last + 3];
  if (age?.kind !== 'num' || !/^\d{1,3}$/.test(age.text) || years === undefined) return;
  if (!personPlaceWords(lex).ageYears.has(years.key) || closing === undefined || !AGE_CLOSINGS.has(closing.text))
    return;
  if (mark.text === '(' && closing.text !== ')') return;
  set(m, 'Person', 'type.age-after-name');
}

/**
 * "Ferri, Sala e Conti", "Corvano, Belvisi, Lodrini e Tessoli": three lone names or more that nothing typed, listed
 * together, are people; a word the batch writes small is a common noun written big, and a word with digits a code
 * ("le linee N54, N74 e N75").
 */
function loneNamesListed(
  tokens: Token[],
  mentions: MentionCandidate[],
  lex: Lexicon,
  vocabulary: Set<string>,
  tw: TypingWords,
): void {
  const bare = (m: MentionCandidate) =>
    untypedLoneWord(tokens, m) &&
    !vocabulary.has((tokens[m.first] as Token).key) &&
    !isOrdinaryWord((tokens[m.first] as Token).key, lex, tw.mentions) &&
    !DIGIT.test((tokens[m.first] as Token).text);
  let k = 0;
  while (k < mentions.length) {
    let end = k;
    while (end + 1 < mentions.length) {
      const a = mentions[end] as MentionCandidate;
      const b = mentions[end + 1] as MentionCandidate;
      if (b.sentence !== a.sentence || b.first !== a.last + 1 || !tw.listJoiners.has((tokens[a.last] as Token).key))
        break;
      end++;
    }
    const list = mentions.slice(k, end + 1);
    if (list.length >= 3 && list.every(bare)) for (const m of list) set(m, 'Person', 'type.lone-names-listed');
    k = end + 1;
  }
}

/** The business rules' words, built once per model lexicon. */
const businessWords = perModel((lex: Lexicon) => ({
  /** Words written after an office that say which one: "amministratore delegato", "direttore generale". */
  officeModifiers: keySet(classOf(lex, 'typing-business', 'office-modifiers')),
  /** Riders and drivers, whose team follows them with "di": "il ciclista della X", "il pilota della X". */
  riderNouns: keySet(classOf(lex, 'typing-business', 'rider-nouns')),
  /** Feminine articles, bare or joined to a preposition: teams named after a sponsor are feminine ("la maglia della X"). */
  teamArticles: keySet(classOf(lex, 'typing-business', 'team-articles')),
  /** Words opening the examples of a kind, each as its word keys: "aziende come X", "diverse banche, tra cui X". */
  exampleOpeners: classOf(lex, 'typing-business', 'example-openers').map((phrase): PhraseList => [phraseWords(phrase)]),
  /** Ships, planes, trains and buses, named with the company that runs them: "una nave X", "un aereo della X". */
  fleetNouns: keySet(classOf(lex, 'typing-business', 'fleet-nouns')),
  /** Verbs of a share's price: "X guadagna il 2 %", "X ha perso il 3 %". */
  marketVerbs: keySet(classOf(lex, 'typing-business', 'market-verbs')),
  /** Phrases after a name that give its seat or its founding, each as its word keys: "con sede a", "fondata nel". */
  seatPhrases: classOf(lex, 'typing-business', 'seat-phrases').map(phraseWords),
  /** Nouns of a merger or a takeover: "la fusione tra X e Y", "la scalata a X". */
  dealNouns: keySet(classOf(lex, 'typing-business', 'deal-nouns')),
  /** "tra", "fra", "con": the prepositions before the parties of a merger. */
  dealPrepositions: keySet(classOf(lex, 'typing-business', 'deal-prepositions')),
  /** Participles of a report taken from the news: "come riportato da X". */
  reportParticiples: keySet(classOf(lex, 'typing-business', 'report-participles')),
  publicationParticiples: keySet(classOf(lex, 'typing-publishers', 'publication-participles')),
  publicationPrepositions: keySet(classOf(lex, 'typing-publishers', 'publication-prepositions')),
}));
type BusinessWords = ReturnType<typeof businessWords>;

/**
 * A name no lexicon reads as a person, a town or a known body, and no word of the language opens: a company's or a
 * body's name is as likely as anything, so the words around it decide.
 */
function unknownBodyName(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): boolean {
  const first = tokens[m.first] as Token;
  if (first.upper || m.gazetteer !== null || m.headType !== null) return false;
  if (lex.firstNames.has(first.key) || lex.knownSurnames.has(first.key) || lex.cities.has(normKey(m.text)))
    return false;
  return m.last - m.first > 1 || !isOrdinaryWord(first.key, lex, tw.mentions);
}

/** "di" and its forms with an article, the word at `k` in the sentence. */
function ofAt(tokens: Token[], k: number, sentence: number, tw: TypingWords): boolean {
  const t = tokenIn(tokens, k, sentence);
  return t !== undefined && !t.cap && (tw.of.has(t.key) || tw.ofArticles.has(t.key));
}

/**
 * "l'amministratore delegato di X", "il direttore generale della X": an office held in a body, or a noun of a body's
 * people, with the word that says which office, then "di": the body. A name going on with "di" and a word written
 * big ("il segretario generale del Partito della Valle") is a longer name, left to the mention's own words.
 */
function officeWithModifier(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  tw: TypingWords,
  bw: BusinessWords,
): boolean {
  const modifier = tokenIn(tokens, m.first - 2, m.sentence);
  const office = tokenIn(tokens, m.first - 3, m.sentence);
  if (modifier === undefined || office === undefined || modifier.cap || office.initial) return false;
  if (bw.officeModifiers.has(modifier.key)) {
    const relation = lex.titles.get(office.key);
    return (
      (relation !== undefined && relation !== null && BODY_OFFICES.has(relation)) || lex.memberNouns.has(office.key)
    );
  }
  // Any adjective after an office ("il direttore artistico di X"); after a member noun it may say a place ("la sede estiva di X").
  const relation = lex.titles.get(office.key);
  return (
    relation !== undefined &&
    relation !== null &&
    BODY_OFFICES.has(relation) &&
    tw.mentions.adjectiveEndings.test(modifier.key) &&
    !lex.functionWords.has(modifier.key)
  );
}

/**
 * "il ciclista della X", "il pilota della X": a rider's or a driver's team, named with "di"; "la maglia della X",
 * "in forza alla X": a club cue and a feminine article, the article teams named after a sponsor take.
 */
function teamOfRider(tokens: Token[], m: MentionCandidate, tw: TypingWords, bw: BusinessWords): boolean {
  const article = tokenIn(tokens, m.first - 1, m.sentence);
  const cue = tokenIn(tokens, m.first - 2, m.sentence);
  if (article === undefined || cue === undefined || article.cap || cue.cap) return false;
  if (bw.riderNouns.has(cue.key)) return tw.ofArticles.has(article.key);
  return tw.clubCues.has(cue.key) && bw.teamArticles.has(article.key);
}

/**
 * "altre aziende come X", "diverse banche, tra cui la X": a name among the examples of a kind of organization, its
 * article and a comma allowed between, is one of them.
 */
function exampleOfKind(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  tw: TypingWords,
  bw: BusinessWords,
): boolean {
  let k = m.first - 1;
  if (smallWordIn(tokens[k], m.sentence) && tw.definiteArticles.has((tokens[k] as Token).key)) k--;
  const small = (t: Token) => smallWordIn(t, m.sentence);
  for (const opener of bw.exampleOpeners) {
    const at = k - (opener[0] as readonly string[]).length + 1;
    if (at < 1 || phraseAt(tokens, at, opener, small) === 0) continue;
    let noun = at - 1;
    if (tokenIn(tokens, noun, m.sentence)?.text === ',') noun--;
    const t = tokenIn(tokens, noun, m.sentence);
    return t !== undefined && !t.cap && lex.orgCues.has(t.key);
  }
  return false;
}

/**
 * "una nave X", "un aereo della X", "il volo X 5191": a ship, a plane, a train or a bus named with a company, after an
 * indefinite article, with an article joined to "di", or before its number, is one the company runs. "la nave X" alone
 * names the ship.
 */
function fleetOwner(tokens: Token[], m: MentionCandidate, tw: TypingWords, bw: BusinessWords): boolean {
  const prev = tokenIn(tokens, m.first - 1, m.sentence);
  if (prev === undefined || prev.cap) return false;
  if (tw.ofArticles.has(prev.key)) {
    const noun = tokenIn(tokens, m.first - 2, m.sentence);
    return noun !== undefined && !noun.cap && bw.fleetNouns.has(noun.key);
  }
  if (!bw.fleetNouns.has(prev.key)) return false;
  const article = tokenIn(tokens, m.first - 2, m.sentence);
  return (article !== undefined && tw.indefiniteArticles.has(article.key)) || tokens[m.last]?.kind === 'num';
}

/**
 * "X guadagna il 2 %", "X ha perso il 3,1 %", "… e X il 7 %": a name whose price moves by a percentage, in a market
 * report, is a listed company or an index.
 */
function sharePriceMove(tokens: Token[], m: MentionCandidate, tw: TypingWords, bw: BusinessWords): boolean {
  let k = m.last;
  while (k - m.last < 2 && smallWordIn(tokens[k], m.sentence) && tw.aux.has((tokens[k] as Token).key)) k++;
  if (smallWordIn(tokens[k], m.sentence) && bw.marketVerbs.has((tokens[k] as Token).key)) k++;
  const article = tokenIn(tokens, k, m.sentence);
  const amount = tokenIn(tokens, k + 1, m.sentence);
  return (
    article !== undefined &&
    !article.cap &&
    tw.definiteArticles.has(article.key) &&
    amount?.kind === 'num' &&
    tokenIn(tokens, k + 2, m.sentence)?.text === '%'
  );
}

/** "X, con sede a Valdorno", "X, la cui sede è a Y", "X, fondata nel 1990": what has a seat or was founded is a body. */
function seatAfterName(tokens: Token[], m: MentionCandidate, bw: BusinessWords): boolean {
  let k = m.last;
  if (tokenIn(tokens, k, m.sentence)?.text === ',') k++;
  return phraseAt(tokens, k, bw.seatPhrases, (t) => smallWordIn(t, m.sentence)) > 0;
}

/** Whether the words ending at `k`, past an article, open the parties of a merger: "fusione tra", "fusione con", "Fusione". */
function dealOpensAt(tokens: Token[], k: number, sentence: number, tw: TypingWords, bw: BusinessWords): boolean {
  let t = tokenIn(tokens, k, sentence);
  if (t !== undefined && !t.cap && tw.definiteArticles.has(t.key)) t = tokenIn(tokens, --k, sentence);
  if (t === undefined) return false;
  if (bw.dealNouns.has(t.key)) return true;
  const noun = tokenIn(tokens, k - 1, sentence);
  return !t.cap && bw.dealPrepositions.has(t.key) && noun !== undefined && bw.dealNouns.has(noun.key);
}

/**
 * "la fusione tra X e Y", "la fusione con X", "Fusione X - Y": the parties of a merger are companies; the second one
 * is found past "e" or a dash and the words written big of the first.
 */
function dealParty(tokens: Token[], m: MentionCandidate, tw: TypingWords, bw: BusinessWords): boolean {
  if (dealOpensAt(tokens, m.first - 1, m.sentence, tw, bw)) return true;
  const joiner = tokenIn(tokens, m.first - 1, m.sentence);
  if (joiner === undefined || !(tw.listJoiners.has(joiner.key) || ROUTE_DASHES.has(joiner.text))) return false;
  let k = m.first - 2;
  while (k > m.first - 6 && tokenIn(tokens, k, m.sentence)?.cap === true) k--;
  return k < m.first - 2 && dealOpensAt(tokens, k, m.sentence, tw, bw);
}

/** "come riportato da X", "notizia riportata dalla X": what reports the news is an outlet. */
function outletAfterReport(tokens: Token[], m: MentionCandidate, lex: Lexicon, bw: BusinessWords): boolean {
  const preposition = tokenIn(tokens, m.first - 1, m.sentence);
  const participle = tokenIn(tokens, m.first - 2, m.sentence);
  return (
    preposition !== undefined &&
    participle !== undefined &&
    !preposition.cap &&
    actorWords(lex).agentPrepositions.has(preposition.key) &&
    bw.reportParticiples.has(participle.key)
  );
}

/** A small letter then a capital, inside a word: "MacVardy". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * "pubblicato da Ardesia", "pubblicata su Lumen": a name unknown as a person's after a participle of publishing is the
 * publisher or the journal; a name shaped as a surname with its prefix ("MacVardy") is the person who published.
 */
function publisherAfterPublished(
  tokens: Token[],
  m: MentionCandidate,
  lex: Lexicon,
  tw: TypingWords,
  bw: BusinessWords,
): boolean {
  const first = tokens[m.first] as Token;
  if (INNER_CAPITAL.test(first.text) && tw.surnamePrefixes.some((prefix) => first.key.startsWith(prefix))) return false;
  const preposition = tokenIn(tokens, m.first - 1, m.sentence);
  const participle = tokenIn(tokens, m.first - 2, m.sentence);
  return (
    preposition !== undefined &&
    participle !== undefined &&
    !preposition.cap &&
    (actorWords(lex).agentPrepositions.has(preposition.key) || bw.publicationPrepositions.has(preposition.key)) &&
    bw.publicationParticiples.has(participle.key)
  );
}

/** Companies and bodies known by what the sentence does with them: their offices, their riders, the kind they are examples of. */
function businessEvidence(tokens: Token[], m: MentionCandidate, lex: Lexicon, tw: TypingWords): void {
  // A body already typed so keeps the rule that typed it.
  if (m.type === 'Organization' || !unknownBodyName(tokens, m, lex, tw)) return;
  const bw = businessWords(lex);
  const longerName = ofAt(tokens, m.last, m.sentence, tw) && tokenIn(tokens, m.last + 1, m.sentence)?.cap === true;
  if (!longerName && ofAt(tokens, m.first - 1, m.sentence, tw) && officeWithModifier(tokens, m, lex, tw, bw))
    set(m, 'Organization', 'type.office-with-modifier');
  if (teamOfRider(tokens, m, tw, bw)) set(m, 'Organization', 'type.team-of-rider');
  if (exampleOfKind(tokens, m, lex, tw, bw)) set(m, 'Organization', 'type.example-of-kind');
  if (fleetOwner(tokens, m, tw, bw)) set(m, 'Organization', 'type.fleet-owner');
  if (sharePriceMove(tokens, m, tw, bw)) set(m, 'Organization', 'type.share-price-move');
  if (seatAfterName(tokens, m, bw)) set(m, 'Organization', 'type.seat-after-name');
  if (dealParty(tokens, m, tw, bw)) set(m, 'Organization', 'type.merger-party');
  if (outletAfterReport(tokens, m, lex, bw)) set(m, 'Organization', 'type.outlet-after-report');
  if (publisherAfterPublished(tokens, m, lex, tw, bw)) set(m, 'Organization', 'type.publisher-after-published');
}
