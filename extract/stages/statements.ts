// Statements: who said what. Direct quotes with the reporting clause after
// («…», ha detto X) or before (X ha dichiarato: «…»; headline X: «…»),
// partial quotes inside a reported sentence (ha respinto le accuse come
// "assolutamente false"), indirect speech (X ha detto che …, secondo X, …,
// nelle sue parole). A reporting clause without a subject ("ha aggiunto.")
// keeps the last speaker. Unnamed sources keep speaker null and their text.
import type { SpeechAct, StatementKind } from '../../contract/graph.ts';
import { speechAct, type ObjectAct } from './acts.ts';
import type { Actor, ActorIndex } from './actors.ts';
import { actorWords, indexActors } from './actors.ts';
import { classOf, LEXICON, oneWordOf, perModel, type CueClass, type Lexicon } from '../lang/lexicon.ts';
import { countryNames } from './mentions.ts';
import { conjugate } from '../lang/conjugate.ts';
import { alternation, endingPatternIn, endingsIn } from '../lang/morphology.ts';
import type { DocEntities, LocalEntity } from './coreference.ts';
import { tokenAtOrAfter, type Quote, type Segmentation, type Sentence, type Token } from '../engine/segment.ts';
import { keySet, normKey } from '../engine/text.ts';
import { phraseAt, phrasesClosedBy, phrasesOpenedBy } from '../engine/phrases.ts';
import { holdsDisabled } from '../engine/ruleSwitches.ts';

export interface LocalStatement {
  speaker: number | null;
  speakerText: string | null;
  quote: string;
  kind: StatementKind;
  /** What saying it did (acts.ts); its rule is the trace's last id. */
  act: SpeechAct;
  cue: string | null;
  about: number[];
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
  confidence: number;
  /** Ids of the rules that found the statement, then those that found its speaker. */
  trace: string[];
}

/** What the rule that found a statement decided about it, for the rules after it to read (the trace is for people). */
interface StatementFacts {
  /** A quote standing alone that goes on from the statement before it: it has no reporting words of its own. */
  followOn: boolean;
  /** The act the rule that read its object already tells (a denial of the charges, an accusation of a deed). */
  objectAct: ObjectAct | null;
}
const NO_FACTS: StatementFacts = { followOn: false, objectAct: null };

/** A statement as the layouts find it, before its act is read. */
type FoundStatement = Omit<LocalStatement, 'act'> & StatementFacts;

/** A gerund, with or without its enclitic ("dicendo", "lamentandosi"); a model without gerund endings has none. */
function gerundEnding(morphology: ReadonlyMap<string, readonly string[]>): RegExp {
  const gerund = endingsIn(morphology, 'gerund');
  if (gerund.length === 0) return /(?!)/;
  return new RegExp(`(?:${alternation(gerund)})(?:${alternation(endingsIn(morphology, 'gerund-enclitic'))})?$`);
}

/** Each reporting infinitive whose conjugated forms include one of the object cues → that form. */
function objectFormsOfInfinitives(lex: Lexicon): Map<string, string> {
  const forms = new Map<string, string>();
  for (const lemma of lex.speechInfinitives.keys()) {
    let conjugated: string[];
    try {
      conjugated = conjugate(lemma, [], lex.morphology);
    } catch {
      continue;
    }
    const form = conjugated.map(normKey).find((f) => lex.objectCues.has(f));
    if (form !== undefined) forms.set(lemma, form);
  }
  return forms;
}

/**
 * The statements stage's words in a model (word-classes/statements.txt, its morphology's endings), built once
 * per model and read once per document: a model that lacks a class has it empty.
 */
const statementWords = perModel((lex) => ({
  // Words read throughout the stage: function words, the words that open or join clauses, the prepositions of
  // speakers, sources and channels, the fixed phrases that attribute.
  /** The actors stage's prepositions (see actorWords). */
  prepositions: actorWords(lex).prepositions,
  aux: keySet(classOf(lex, 'statements', 'aux')),
  adverbs: keySet(classOf(lex, 'statements', 'adverbs')),
  clauseWords: keySet(classOf(lex, 'statements', 'clause-words')),
  that: new Set(classOf(lex, 'statements', 'that')),
  zeroThatCues: keySet(classOf(lex, 'statements', 'zero-that-cues')),
  zeroThatOpeners: keySet(classOf(lex, 'statements', 'zero-that-openers')),
  /** Words opening a dependent clause (a condition, a time, a concession, a purpose). */
  subordinators: keySet(classOf(lex, 'statements', 'subordinators')),
  denialObjects: new Set(classOf(lex, 'statements', 'denial-objects')),
  /** What an accusation is of: "accusa X di …", "accused X of …". */
  accusationOf: keySet(classOf(lex, 'statements', 'accusation-of')),
  articles: new Set(classOf(lex, 'statements', 'articles')),
  /** Articles a name may carry at the head of a line ("L'Enpa: «…»", "La Cgil: «…»"). */
  nameArticlesBefore: keySet(classOf(lex, 'statements', 'name-articles-before')),
  /** Words that open a figure ("di oltre 300", "di migliaia di morti"): what is claimed, not a topic. */
  quantityWords: keySet(classOf(lex, 'statements', 'quantity-words')),
  /** What words are said through: "in una nota", "in un comunicato", "in a statement". */
  channelNouns: keySet(classOf(lex, 'statements', 'channel-nouns')),
  /** Subject pronouns before a reporting verb after a quote ("…," she said; «…», lui ha replicato). */
  subjectPronouns: keySet(classOf(lex, 'statements', 'subject-pronouns')),
  indefinite: keySet(classOf(lex, 'statements', 'indefinite')),
  /** Prepositions of the channel words go through ("sul proprio profilo", "in una nota", "tramite un portavoce"). */
  channelPreps: keySet(classOf(lex, 'statements', 'channel-preps')),
  agentPreps: new Set(classOf(lex, 'statements', 'agent-preps')),
  addresseePreps: new Set(classOf(lex, 'statements', 'addressee-preps')),
  /** "e", "ed". */
  andKeys: keySet(classOf(lex, 'statements', 'and')),
  /** "e", "ma" after a comma: a new clause. */
  commaCoordinators: keySet(classOf(lex, 'statements', 'comma-coordinators')),
  /** The English possessive after a name ("Labour's"): the name owns the phrase, it is not its head. */
  possessiveMarks: new Set(classOf(lex, 'statements', 'possessive-marks')),
  /** "e", "ed", "ma". */
  coordinators: keySet(classOf(lex, 'statements', 'agent-limits')),
  /** "a", "ad": the preposition of "torna a dire", "invita ad agire". */
  toKeys: keySet(classOf(lex, 'statements', 'modal-to')),
  /** "che", the complementizer and relative pronoun. */
  complementizer: keySet(classOf(lex, 'statements', 'complementizer')),
  /** "di", the bare preposition of a content clause or an object ("ha chiesto di", "accusa di"). */
  ofBare: keySet(classOf(lex, 'statements', 'of-bare')),
  /** The agent's "da" and its articled forms that mark a passive's agent. */
  agentFrom: keySet(classOf(lex, 'statements', 'agent-from')),
  /** "da", the preposition of a passive's agent. */
  by: keySet(classOf(lex, 'statements', 'by')),
  /** The impersonal or reflexive "si". */
  impersonalSi: keySet(classOf(lex, 'statements', 'impersonal-si')),
  reflexiveSiKeys: keySet(classOf(lex, 'statements', 'reflexive-si')),
  /** "verbale" of "mettere a verbale", with its preposition. */
  recordNouns: keySet(classOf(lex, 'statements', 'record-nouns')),
  recordPreps: keySet(classOf(lex, 'statements', 'record-preps')),
  /** "come": "come ha detto X", "come riferisce". */
  as: keySet(classOf(lex, 'statements', 'as')),
  /** "secondo X": the preposition that attributes what follows. */
  accordingPreposition: keySet(classOf(lex, 'statements', 'according-preposition')),
  /** The cue written on a statement found by "secondo X", "per X" and "according to X". */
  accordingCue: oneWordOf(lex, 'statements', 'according-cue'),
  forCue: oneWordOf(lex, 'statements', 'for-cue'),
  accordingToCue: oneWordOf(lex, 'statements', 'according-to'),
  /** "le sue parole", "la parola": words that carry what someone said. */
  wordNouns: keySet(classOf(lex, 'statements', 'word-nouns')),
  /** "le parole", "le dichiarazioni" of someone. */
  statementNouns: keySet(classOf(lex, 'statements', 'statement-nouns')),
  /** The possessive of the third person ("sue parole"). */
  thirdPossessives: keySet(classOf(lex, 'statements', 'third-possessives')),
  /** "sono" before a plural participle. */
  are: keySet(classOf(lex, 'statements', 'are')),
  /** "con": "con queste parole", "con l'accusa di …". */
  with: keySet(classOf(lex, 'statements', 'with')),
  /** "cui" after a preposition; "quale", "quali" after an articled preposition. */
  relativeCui: keySet(classOf(lex, 'statements', 'relative-cui')),
  relativeQuale: keySet(classOf(lex, 'statements', 'relative-quale')),
  relativeQualePreps: keySet(classOf(lex, 'statements', 'relative-quale-preps')),
  /** "cui", "quanto": they open a relative clause, they are not the noun a speaker phrase is built on. */
  relativeHeads: keySet(classOf(lex, 'statements', 'relative-heads')),
  /** "lo", "l'": the object pronoun standing for what was said ("lo ha detto"). */
  objectPronouns: keySet(classOf(lex, 'statements', 'object-pronouns')),
  /** Object pronouns joined to an infinitive ("dirlo", "confermarlo"), which then points back at what was said. */
  encliticObjects: classOf(lex, 'statements', 'enclitic-objects').map(normKey),
  /** "ne" standing for what was said before ("Ne è convinto X"). */
  ofItPronouns: keySet(classOf(lex, 'statements', 'of-it-pronouns')),
  /** Adjectives of a held conviction ("convinto", "certo"): after "ne è" they credit the sentence before. */
  convictionAdjectives: keySet(classOf(lex, 'statements', 'conviction-adjectives')),
  /** "così": "così ha detto X". */
  so: keySet(classOf(lex, 'statements', 'so')),
  /** "prima" between a passive's auxiliary and its participle ("la notizia è stata prima riferita da X"). */
  before: keySet(classOf(lex, 'statements', 'before')),
  /** "in" before the figure of an estimate ("stima in 300 i feriti"). */
  in: keySet(classOf(lex, 'statements', 'in')),
  /** "sarebbe": the conditional copula of a reported claim. */
  wouldBe: keySet(classOf(lex, 'statements', 'would-be')),
  /** "è", as written. */
  isText: new Set(classOf(lex, 'statements', 'is-text')),
  /** "quanto" and "ciò che", heads of "what" clauses ("è quanto ha detto", "è ciò che ha detto"). */
  whatHeads: classOf(lex, 'statements', 'what-heads').map((p) => p.split(' ').map(normKey)),
  /** "per X, …": a source's opening preposition. */
  for: keySet(classOf(lex, 'statements', 'for')),
  /** "according to X". */
  accordingTo: classOf(lex, 'statements', 'according-to').map((p) => p.split(' ').map(normKey)),
  /** The attributing phrases whose source follows an addressee preposition ("stando a X"), not "di". */
  accordingAddressee: keySet(classOf(lex, 'statements', 'according-addressee')),
  /** "anche" before "da parte di". */
  also: keySet(classOf(lex, 'statements', 'also')),
  /** "da parte di": the source of a noun. */
  onThePart: classOf(lex, 'statements', 'on-the-part').map((p) => p.split(' ').map(normKey)),
  /** "(più) noto come «…»": a form of a reporting verb that is the adjective "known", naming, not saying. */
  knownAs: classOf(lex, 'statements', 'known-as').map((p) => p.split(' ').map(normKey)),
  /** "molto", "assai": degree words between a copula and an adjective ("era molto critico"). */
  degreeWords: keySet(classOf(lex, 'statements', 'degree-words')),
  /** The forms of "essere" as written, accents kept: "è" is not the conjunction "e". */
  essereWritten: new Set(classOf(lex, 'statements', 'essere').map((w) => w.toLowerCase())),
  /** English articles before a channel noun ("in an interview", "in a statement"). */
  channelAn: keySet(classOf(lex, 'statements', 'channel-an')),
  channelA: keySet(classOf(lex, 'statements', 'channel-a')),
  // The endings of the model's morphology.txt that tell adverbs, participles, gerunds and infinitives.
  adverbEnding: endingPatternIn(lex.morphology, 'adverb'),
  /** An adverb in -mente with a stem of four letters at least ("finalmente", not "mente"). */
  longAdverbEnding: endingPatternIn(lex.morphology, 'adverb', 4),
  participleEnding: endingPatternIn(lex.morphology, 'participle'),
  participleInflectedEnding: endingPatternIn(lex.morphology, 'participle-inflected'),
  participleOrOEnding: endingPatternIn(lex.morphology, 'participle-or-o'),
  participlePluralEnding: endingPatternIn(lex.morphology, 'participle-plural'),
  gerundEnding: gerundEnding(lex.morphology),
  /** Infinitives written as words of their own ("non", "voler", "averlo"), beside the infinitive endings. */
  infinitiveWords: keySet(classOf(lex, 'statements', 'infinitive-words')),
  infinitiveEnding: endingPatternIn(lex.morphology, 'infinitive'),
  // The words of one layout or helper each, in the order of the functions below that read them.
  /** Verbs that carry a reporting infinitive: "ha voluto ribadire", "deve ammettere", "ha tenuto a precisare". */
  modals: keySet(classOf(lex, 'statements', 'modals')),
  essere: keySet(classOf(lex, 'statements', 'essere')),
  reflexiveSi: classOf(lex, 'statements', 'reflexive-si'),
  /** Verbs that make an appeal ("ha lanciato un appello", "rivolge un monito", "ha fatto appello"). */
  appealVerbs: keySet(classOf(lex, 'statements', 'appeal-verbs')),
  appealNouns: keySet(classOf(lex, 'statements', 'appeal-nouns')),
  appealNounOpeners: classOf(lex, 'statements', 'appeal-noun-openers'),
  appealArticles: classOf(lex, 'statements', 'appeal-articles'),
  /** Adverbial phrases written between an auxiliary and its participle ("ha d'altro canto spiegato", "ha a sua volta detto"). */
  adverbialPhrases: classOf(lex, 'statements', 'adverbial-phrases').map((phrase) => phrase.split(' ')),
  /** "si legge": the impersonal reading of a document's words ("nella sentenza si legge: «…»"). */
  read: keySet(classOf(lex, 'statements', 'read')),
  put: keySet(classOf(lex, 'statements', 'put')),
  /** What "fare" makes known: "ha fatto sapere", "fa notare", "ha fatto presente". */
  makeKnown: keySet(classOf(lex, 'statements', 'make-known')),
  make: keySet(classOf(lex, 'statements', 'make')),
  /** Determiners before a verb form make it a noun: "la conferma", "un'accusa", "della richiesta". */
  determiners: keySet(classOf(lex, 'statements', 'determiners')),
  /** "di" and its articulated forms: what follows qualifies the noun before. */
  of: keySet(classOf(lex, 'statements', 'of')),
  /** Nouns for a body that speaks for the place that qualifies it. */
  bodyNouns: keySet(classOf(lex, 'statements', 'body-nouns')),
  subjectDeterminers: keySet(classOf(lex, 'statements', 'subject-determiners')),
  /** What links a request or an accusation to its content after its object: "invita X a", "accusa X di". */
  objectLinks: keySet(classOf(lex, 'statements', 'object-links')),
  modalTo: classOf(lex, 'statements', 'modal-to'),
  /** Nouns of a work whose title follows in quote marks ("il libro «…»"). */
  workNouns: keySet(classOf(lex, 'statements', 'work-nouns')),
  /** Pronouns that open a relative clause of their own: "la legge, la quale prevedeva «…»", "per i quali". */
  relativePronouns: keySet(classOf(lex, 'statements', 'relative-pronouns')),
  /** First-person plural verb endings: "avevamo", "siamo", "faremo", "vincemmo". */
  firstPlural: endingPatternIn(lex.morphology, 'first-plural'),
  /** First-person singular future: "farò", "dirò", "tornerò" (the accent tells it from a noun). */
  firstFuture: endingPatternIn(lex.morphology, 'first-future'),
  notFuture: keySet(classOf(lex, 'statements', 'not-future')),
  /** Words that only join a sentence to the one before: "E poi: …", "Ed ancora: …". */
  /** Discourse connectives that may open a sentence before an attribution ("Infatti, secondo …"). */
  openingConnectives: keySet(classOf(lex, 'statements', 'opening-connectives')),
  connectives: keySet(classOf(lex, 'statements', 'connectives')),
  /** Sentence connectives that end an unnamed source after "secondo" when no comma does. */
  sourceClosers: keySet(classOf(lex, 'statements', 'source-closers')),
  such: classOf(lex, 'statements', 'such'),
  wordsNouns: classOf(lex, 'statements', 'words-nouns'),
  /** Words between a quote and a noun that names it: a copula, a demonstrative ("«…», è stata la risposta di X", "«…»: questo il commento di X"). */
  nounCueLead: keySet(classOf(lex, 'statements', 'noun-cue-lead')),
  relativeOpeners: classOf(lex, 'statements', 'relative-openers'),
  singularArticles: classOf(lex, 'statements', 'singular-articles'),
  /** What is done to a piece of news by its source: "diffusa da", "anticipata da", "rilanciata da". */
  newsParticiples: keySet(classOf(lex, 'statements', 'news-participles')),
  /** Nouns for a piece of news, which the next sentence's passive credits to its source ("La notizia è stata confermata da X"). */
  newsNouns: keySet(classOf(lex, 'statements', 'news-nouns')),
  agentLimits: classOf(lex, 'statements', 'agent-limits'),
  wordsOf: classOf(lex, 'statements', 'words-of'),
  /** Conjunctions that open a clause of their own after a comma ("…, mentre altri …"). */
  clauseContrast: keySet(classOf(lex, 'statements', 'clause-contrast')),
  contrastWords: classOf(lex, 'statements', 'contrast-words'),
  /** Nouns for a charge or a ground given by someone the sentence does not name ("con l'accusa di", "con la motivazione che"). */
  chargeNouns: keySet(classOf(lex, 'statements', 'charge-nouns')),
  /** Nouns for something announced, asked or offered, written with its source and then its content ("l'annuncio di X di …"). */
  intentNouns: keySet(classOf(lex, 'statements', 'intent-nouns')),
  indefiniteArticles: keySet(classOf(lex, 'statements', 'indefinite-articles')),
  demonstratives: keySet(classOf(lex, 'statements', 'demonstratives')),
  /** Nouns for word going round with no one named as its source ("giunge la voce che …"). */
  rumourNouns: keySet(classOf(lex, 'statements', 'rumour-nouns')),
  /** Words that may open "(Questo, almeno,) è quanto sostiene X" before the verb "essere". */
  whatOpeners: keySet(classOf(lex, 'statements', 'what-openers')),
  /** Words that make the "che" after them a comparison ("tutt'altro che normale", "più che un errore"). */
  comparativeBeforeChe: keySet(classOf(lex, 'statements', 'comparative-before-che')),
  passiveAux: keySet(classOf(lex, 'statements', 'passive-aux')),
  /** Phrases that attribute like "secondo", written before the "di"/"a" that introduces the source. */
  accordingPhrases: classOf(lex, 'statements', 'according-phrases').map((phrase) => phrase.split(' ')),
  /**
   * A reporting infinitive (after a modal: "ha voluto ribadire la sua fiducia") whose verb takes what was said as its
   * object (object-cues.txt) → one of its finite forms there, so the infinitive reads its object as they do.
   */
  objectFormOfInfinitive: objectFormsOfInfinitives(lex),
  /** A verb of giving and the nouns of orders given with it ("ha dato disposizioni di …", "dà mandato ai legali di …"). */
  giveVerbs: keySet(classOf(lex, 'statements', 'give-verbs')),
  orderNouns: keySet(classOf(lex, 'statements', 'order-nouns')),
  /** Phrases opening an example list set inside a subject ("alcuni partiti, tra cui X, …"). */
  including: classOf(lex, 'statements', 'including').map((phrase) => phrase.split(' ')),
  accordingWords: classOf(lex, 'statements', 'according-words'),
  and: classOf(lex, 'statements', 'and'),
  pressNouns: classOf(lex, 'statements', 'press-nouns'),
  infinitivePreps: classOf(lex, 'statements', 'infinitive-preps'),
  conditions: keySet(classOf(lex, 'statements', 'conditions')),
  /** The word that makes a condition a concession ("anche se"): what follows is stated, not supposed. */
  conditionConcessive: keySet(classOf(lex, 'statements', 'condition-concessive')),
  interviewNouns: keySet(classOf(lex, 'statements', 'interview-nouns')),
  interviewPreps: keySet(classOf(lex, 'statements', 'interview-preps')),
  questionLabels: keySet(classOf(lex, 'statements', 'question-labels')),
  answerLabels: keySet(classOf(lex, 'statements', 'answer-labels')),
}));

type StatementWords = ReturnType<typeof statementWords>;

const CLAUSE_BREAK = new Set([';', ':', '«', '»', '“', '”', '"', '(', ')']);
/** Dashes that close a dateline, and how many tokens a dateline runs before its dash (a town, a date). */
const DATELINE_DASHES = new Set(['—', '–', '-']);
const DATELINE_WORDS = 6;
/** How many tokens a participle phrase set between commas may run. */
const ASIDE_WORDS = 10;
/** How many words a description after "per" may run before the name set after it between commas. */
const PER_DESCRIPTION_WORDS = 10;
/** How far past a reporting verb its subject is looked for: a time word and a title with its level and portfolio ("ieri l'assessore regionale alla Sanità, X"). */
const SUBJECT_AFTER_WORDS = 8;

interface Speaker {
  entity: number | null;
  text: string | null;
  /** Ids of the rules that found the speaker, in order. */
  how: readonly string[];
}

/** An actor chosen as a speaker, with the ids of the rules that chose it. */
type Found = Actor & { how?: readonly string[] };

function found(a: Actor, rule: string): Found {
  return { ...a, how: [...((a as Found).how ?? []), rule] };
}

/** A speaker found before, credited again by `rule`. */
function again(speaker: Speaker, rule: string): Speaker {
  return { entity: speaker.entity, text: speaker.text, how: [rule] };
}

interface Ctx {
  seg: Segmentation;
  /** The rules disabled in this run (engine/ruleSwitches.ts), null when none is. */
  disabled: ReadonlySet<string> | null;
  actors: Actor[];
  ents: DocEntities;
  lex: Lexicon;
  /** The words of the document's model. */
  words: StatementWords;
  last: Speaker | null;
  /** Sentence index of the last statement. */
  lastSentence: number;
  out: FoundStatement[];
  /** Token index → actor index. */
  actorAt: Map<number, number>;
  index: ActorIndex;
  /** Per sentence, the mentions of entities in it. */
  sentenceMentions: { entity: number; start: number; end: number }[][];
  /** Per sentence, the nearest person named as a subject in it or before it. */
  subjectUpTo: (Actor | null)[];
  /** Cue forms used as nouns (after a determiner). */
  nounUses: Set<Token>;
  /** Reporting infinitives after a modal ("ha voluto ribadire"): cues like the finite forms. */
  modalCues: Set<Token>;
  /** Reporting participles after "si è" in any gender ("si è detta", "si sono definiti"). */
  reflexiveCues: Set<Token>;
}

function tokenRangeOf(seg: Segmentation, s: Sentence, from: number, to: number): [number, number] {
  let a = s.first;
  while (a < s.last && (seg.tokens[a] as Token).start < from) a++;
  let b = a;
  while (b < s.last && (seg.tokens[b] as Token).end <= to) b++;
  return [a, b];
}

/** "… e afferma che", "… e ha aggiunto": a second reporting verb joined by "e" starts a clause of its own. */
function coordinatedCue(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.seg;
  const key = (tokens[k] as Token).key;
  if (!ctx.words.andKeys.has(key)) return false;
  const next = tokens[k + 1];
  return isCue(next, ctx) || (next !== undefined && ctx.words.aux.has(next.key) && isCue(tokens[k + 2], ctx));
}

/** A reporting participle in any gender and number ("definita", "giudicati"): the lexicon lists the masculine singular. */
function cueParticiple(t: Token | undefined, ctx: Ctx): boolean {
  if (t === undefined || t.kind !== 'word' || ctx.nounUses.has(t)) return false;
  if (isParticiple(t, ctx.words)) return ctx.lex.speechCues.has(t.key);
  return ctx.words.participleInflectedEnding.test(t.key) && ctx.lex.speechCues.has(`${t.key.slice(0, -1)}o`);
}

function isCue(t: Token | undefined, ctx: Ctx): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    ((ctx.lex.speechCues.has(t.key) && !ctx.nounUses.has(t)) || ctx.modalCues.has(t) || ctx.reflexiveCues.has(t))
  );
}

/**
 * "si è detto «preoccupato»", "si è definita «devastata»", "si sono detti pronti": a reporting
 * participle after "si" and a form of "essere", in any gender and number.
 */
function reflexiveCue(
  tokens: readonly Token[],
  k: number,
  cues: ReadonlyMap<string, unknown>,
  words: StatementWords,
): boolean {
  const t = tokens[k] as Token;
  if (
    t.kind !== 'word' ||
    !words.essere.has((tokens[k - 1] as Token | undefined)?.key ?? '') ||
    !words.reflexiveSi.includes((tokens[k - 2] as Token | undefined)?.key ?? '') ||
    !/[aieo]$/.test(t.key)
  )
    return false;
  const masculine = `${t.key.slice(0, -1)}o`;
  return isParticiple({ ...t, key: masculine }, words) && cues.has(masculine);
}

/** Tokens an appeal phrase takes before its noun ("lanciato un appello": 2), 0 when `k` is not one. */
function appealBefore(tokens: readonly Token[], k: number, words: StatementWords): number {
  if (!words.appealNouns.has((tokens[k] as Token).key)) return 0;
  const prev = (tokens[k - 1] as Token | undefined)?.key ?? '';
  if (words.appealVerbs.has(prev)) return 1;
  if (words.appealNounOpeners.includes(prev) && words.appealVerbs.has((tokens[k - 2] as Token | undefined)?.key ?? ''))
    return 2;
  if (
    words.appealArticles.includes((tokens[k - 2] as Token | undefined)?.key ?? '') &&
    words.appealVerbs.has((tokens[k - 3] as Token | undefined)?.key ?? '')
  )
    return 3;
  return 0;
}

/** Length of an adverbial phrase or adverb ending at token `k` (0 for none). */
function adverbialEndingAt(tokens: readonly Token[], k: number, words: StatementWords): number {
  const t = tokens[k];
  if (t === undefined) return 0;
  if (words.adverbs.has(t.key) || words.adverbEnding.test(t.key)) return 1;
  for (const phrase of phrasesClosedBy(words.adverbialPhrases, t.key))
    if (phrase.every((w, n) => (tokens[k - phrase.length + 1 + n] as Token | undefined)?.key === w))
      return phrase.length;
  return 0;
}

/** Length of an adverbial phrase or adverb starting at token `k` (0 for none). */
function adverbialStartingAt(tokens: readonly Token[], k: number, words: StatementWords): number {
  const t = tokens[k];
  if (t === undefined) return 0;
  if (words.adverbs.has(t.key) || words.adverbEnding.test(t.key)) return 1;
  for (const phrase of phrasesOpenedBy(words.adverbialPhrases, t.key))
    if (phrase.every((w, n) => (tokens[k + n] as Token | undefined)?.key === w)) return phrase.length;
  return 0;
}

/** An auxiliary before token `k`, past adverbs ("ha d'altro canto spiegato", "ha poi detto"). */
function auxBefore(tokens: readonly Token[], k: number, words: StatementWords): boolean {
  let j = k - 1;
  for (let steps = 0; steps < 3; steps++) {
    if (words.aux.has((tokens[j] as Token | undefined)?.key ?? '')) return true;
    const n = adverbialEndingAt(tokens, j, words);
    if (n === 0) return false;
    j -= n;
  }
  return words.aux.has((tokens[j] as Token | undefined)?.key ?? '');
}

/** A modal (and "a") before token `k`: the number of tokens it takes, 0 for none. */
function modalBefore(tokens: readonly Token[], k: number, words: StatementWords): number {
  const prev = tokens[k - 1];
  if (prev === undefined) return 0;
  if (words.modals.has(prev.key)) return 1;
  if (words.toKeys.has(prev.key) && words.modals.has((tokens[k - 2] as Token | undefined)?.key ?? '')) return 2;
  return 0;
}

/** Infinitive after "di": "ha chiesto di ritirare", "ha negato di averlo", "ha annunciato di voler". */
function isInfinitiveKey(key: string, words: StatementWords): boolean {
  return words.infinitiveWords.has(key) || words.infinitiveEnding.test(key);
}

function isGerund(t: Token, words: StatementWords): boolean {
  return words.gerundEnding.test(t.key);
}

function isParticiple(t: Token, words: StatementWords): boolean {
  return words.participleEnding.test(t.key);
}

/** Actors of the clause that holds token `at`, scanning left to a clause break. */
function subjectBefore(ctx: Ctx, s: Sentence, at: number): Found | null {
  const { tokens } = ctx.seg;
  let k = at - 1;
  // Adjacent subject: only auxiliaries and adverbs between it and the cue.
  while (
    k >= s.first &&
    (ctx.words.aux.has((tokens[k] as Token).key) || ctx.words.adverbs.has((tokens[k] as Token).key))
  )
    k--;
  const list = exampleListBefore(ctx, s, k);
  if (list !== null) {
    const subject = subjectBefore(ctx, s, list);
    return subject === null ? null : found(subject, 'speaker.past-example-list');
  }
  const source = accordingSourceEndingAt(ctx, s, (tokens[k] as Token | undefined)?.text === ',' ? k : k + 1);
  if (source !== null) return found(source, 'speaker.source-before-cue');
  const sentenceIdx = (tokens[s.first] as Token).sentence;
  const adj = ctx.index.byLast.get(k + 1);
  const adjacent = adj && adj.first >= s.first ? adj : undefined;
  // "La cantante X, assieme alla quale Y aveva inciso un brano, si è definita …": the subject
  // comes before a relative clause set between commas.
  if ((tokens[k] as Token | undefined)?.text === ',') {
    let c = k - 1;
    while (c > s.first && (tokens[c] as Token).text !== ',' && k - c < 25) c--;
    const relative = tokens.slice(c + 1, Math.min(k, c + 5)).some((t) => ctx.words.relativePronouns.has(t.key));
    const antecedent = ctx.index.byLast.get(c);
    // A comma opening the text has no word before it to search.
    if (c >= s.first && (tokens[c] as Token).text === ',' && relative && antecedent && antecedent.first >= s.first)
      return apposed(ctx, found(antecedent, 'speaker.relative-antecedent'));
  }
  const candidates: Actor[] = [];
  let boundary = s.first;
  let inner = at;
  for (let j = at - 1; j >= s.first; j--) {
    const t = tokens[j] as Token;
    // A parenthesis inside the subject ("Marco Salvi (PD) aggiunge") is skipped whole.
    if (t.text === ')') {
      let open = j - 1;
      while (open >= s.first && (tokens[open] as Token).text !== '(' && j - open < 12) open--;
      if (open >= s.first && (tokens[open] as Token).text === '(') {
        j = open;
        continue;
      }
    }
    // A relative clause's subject is its antecedent: "il ministro, Carla Ponti, che dice: …".
    if (ctx.words.complementizer.has(t.key) && (tokens[j - 1] as Token | undefined)?.text === ',') {
      const antecedent = ctx.index.byLast.get(j - 1);
      // The name just before the comma, even inside a phrase ("sostituito da X, che annunciò …").
      if (antecedent && antecedent.first >= s.first) return found(antecedent, 'speaker.relative-antecedent');
      // "X, …, ha riaperto la strada nonostante le lettere arrivate, che sostenevano che …": the verb is the
      // relative clause's own, its subject the unnamed antecedent before the comma; no name further back speaks it.
      if (!tokens.slice(j + 1, at).some((w) => w.text === ',')) return null;
    }
    // "I tecnici di Legambiente che assistono gli sfollati affermano …": a relative clause with
    // a verb of its own sits inside the subject, which is its antecedent.
    if (ctx.words.complementizer.has(t.key) && (tokens[j - 1] as Token | undefined)?.text !== ',') {
      const antecedent = ctx.index.byLast.get(j);
      const ownVerb = tokens
        .slice(j + 1, at)
        .some((w) => w.kind === 'word' && !w.cap && (ctx.lex.verbFinite.has(w.key) || ctx.words.aux.has(w.key)));
      if (antecedent && antecedent.first >= s.first && ownVerb && !isCue(tokens[j - 1], ctx)) {
        // "X, giornalista della Y che …": the name the description is set beside, not Y.
        let c = antecedent.first - 1;
        if (ctx.words.of.has((tokens[c] as Token | undefined)?.key ?? '')) {
          c--;
          while (
            c > s.first &&
            antecedent.first - c < 5 &&
            (tokens[c] as Token).kind === 'word' &&
            !(tokens[c] as Token).cap
          )
            c--;
          const named = (tokens[c] as Token | undefined)?.text === ',' ? ctx.index.byLast.get(c) : undefined;
          if (named && named.first >= s.first && named.entity !== null)
            return found(named, 'speaker.relative-antecedent');
        }
        return apposed(ctx, found(antecedent, 'speaker.relative-antecedent'));
      }
    }
    // "X dopo aver visto la partita si è detto deluso": a time phrase with no verb of its own sits between
    // the subject and the verb; the subject is looked for before it, and nothing inside it is one.
    if (
      ctx.lex.timePreps.has(t.key) &&
      j > s.first &&
      !tokens.slice(j + 1, at).some(
        (w, n) =>
          w.kind === 'word' &&
          !w.cap &&
          ctx.lex.verbFinite.has(w.key) &&
          !isInfinitiveKey((tokens[j + n] as Token).key, ctx.words) &&
          // Neither a participle used as an adjective ("alcune carte custodite") nor a noun that is also a
          // first person ("in un archivio") is a verb of its own.
          !ctx.words.participleOrOEnding.test(w.key),
      )
    ) {
      inner = j;
      continue;
    }
    if (
      CLAUSE_BREAK.has(t.text) ||
      ctx.words.clauseWords.has(t.key) ||
      (ctx.words.commaCoordinators.has(t.key) && (tokens[j - 1] as Token | undefined)?.text === ',') ||
      datelineDash(ctx, s, j)
    ) {
      boundary = j + 1;
      break;
    }
  }
  for (const a of ctx.index.bySentence[sentenceIdx] ?? []) {
    if (a.first < boundary || a.last > at || a.last > inner) continue;
    const prev = tokens[a.first - 1];
    const prev2 = tokens[a.first - 2];
    // The agent of a participle set in apposition ("Il libro, scritto da X, sostiene …") speaks through
    // the subject; an agent inside a complement does not ("sulle accuse mosse dal sindaco X,
    // ha concluso: …"), and neither does a name in parentheses ("X (Partito Democratico) ha detto").
    const apposedAgent =
      prev &&
      prev2 &&
      ctx.words.agentFrom.has(prev.key) &&
      /t[aeio]$/.test(prev2.key) &&
      (tokens[a.first - 3] as Token | undefined)?.text === ',';
    if (
      prev &&
      a.first - 1 >= boundary &&
      ((ctx.words.prepositions.has(prev.key) && !apposedAgent) || prev.text === '(')
    )
      continue;
    if (appositionToPhrase(ctx, s, a)) continue;
    // "Labour's spokesperson, X, accused …": the owner named before the possessive is not the subject.
    if (ctx.words.possessiveMarks.has((tokens[a.last] as Token | undefined)?.text.toLowerCase() ?? '')) continue;
    candidates.push(a);
  }
  if (adjacent && candidates.includes(adjacent)) return apposed(ctx, found(adjacent, 'speaker.subject-before-cue'));
  // "In un'intervista al quotidiano Y, il ministro, X, promette …": the name set between commas just before the verb.
  const between = (tokens[k] as Token | undefined)?.text === ',' ? ctx.index.byLast.get(k) : undefined;
  if (
    between &&
    between.entity !== null &&
    candidates.includes(between) &&
    (tokens[between.first - 1] as Token | undefined)?.text === ','
  )
    return found(between, 'speaker.apposition');
  const named = candidates.filter((a) => a.kind !== 'unnamed' || candidates.length === 1);
  const chosen = named[0] ?? candidates[0];
  if (chosen !== undefined) return apposed(ctx, found(chosen, 'speaker.clause-subject'));
  // "Mario Rossi, giornalista che ha seguito il caso, ha affermato …": the name opening the
  // sentence, then an apposition closed by a comma just before the verb.
  const opening = ctx.index.byFirst.get(s.first) ?? ctx.index.byFirst.get(s.first + 1);
  if (
    opening &&
    opening.first <= s.first + 1 &&
    (tokens[opening.last] as Token | undefined)?.text === ',' &&
    opening.last < at
  ) {
    for (let j = at - 1; j >= Math.max(s.first, at - 5); j--)
      if ((tokens[j] as Token).text === ',') return apposed(ctx, found(opening, 'speaker.sentence-opening-name'));
  }
  return null;
}

/**
 * "I Verdi, secondo le dichiarazioni di X, non escludono …", "Il partito secondo il segretario X non esclude …": the
 * source named after "secondo" just before the cue is whose words the clause gives, not the subject's.
 */
function accordingSourceEndingAt(ctx: Ctx, s: Sentence, end: number): Actor | null {
  const { tokens } = ctx.seg;
  const ai = ctx.index.byLast.get(end);
  if (ai === undefined || ai.first < s.first || ai.entity === null) return null;
  for (let p = ai.first - 1; p >= Math.max(s.first, ai.first - 6); p--) {
    if (!ctx.words.accordingWords.includes((tokens[p] as Token).key)) continue;
    const direct = ctx.actorAt.get(p + 1) ?? ctx.actorAt.get(p + 2);
    const words = speechWordsOf(ctx, s, p + 1);
    const actor = direct ?? words;
    return actor !== undefined && actor !== null && ctx.actors[actor] === ai ? ai : null;
  }
  return null;
}

/**
 * "Tre partiti, tra cui la Lega a cui apparteneva X, hanno dichiarato …": an example list set between commas
 * after the subject, closed by the comma at `k`, names none of those who speak; the comma opening it, if any.
 */
function exampleListBefore(ctx: Ctx, s: Sentence, k: number): number | null {
  const { tokens } = ctx.seg;
  if ((tokens[k] as Token | undefined)?.text !== ',') return null;
  let c = k - 1;
  while (c > s.first && (tokens[c] as Token).text !== ',' && k - c < 25) c--;
  return c > s.first && (tokens[c] as Token).text === ',' && phraseAt(tokens, c + 1, ctx.words.including) > 0
    ? c
    : null;
}

/** A description followed by the name in apposition ("l'avvocato dell'uomo, Anna Rossi,") is that name. */
function apposed(ctx: Ctx, a: Found): Found {
  if (a.entity !== null) return a;
  const { tokens } = ctx.seg;
  // Past a short complement of the description: "l'avvocato dell'uomo, …".
  let comma = a.last;
  while (comma < a.last + 3 && (tokens[comma] as Token | undefined)?.kind === 'word' && !(tokens[comma] as Token).cap)
    comma++;
  if ((tokens[comma] as Token | undefined)?.text !== ',') return a;
  // "Il comandante, l'ingegner X, …": the name after an article and a title of its own.
  const titled =
    ctx.words.articles.has((tokens[comma + 1] as Token | undefined)?.key ?? '') &&
    (ctx.lex.titles.has((tokens[comma + 2] as Token | undefined)?.key ?? '') ||
      ctx.lex.personNouns.has((tokens[comma + 2] as Token | undefined)?.key ?? ''));
  // "Il comandante provinciale, colonnello X, …": a title of its own with no article.
  const bareTitled = ctx.lex.titles.has(keyAt(tokens, comma + 1)) || ctx.lex.personNouns.has(keyAt(tokens, comma + 1));
  const next =
    ctx.actorAt.get(comma + 1) ??
    (titled ? ctx.actorAt.get(comma + 3) : bareTitled ? ctx.actorAt.get(comma + 2) : undefined);
  const name = next === undefined ? undefined : (ctx.actors[next] as Actor);
  return name && name.entity !== null && (ctx.seg.tokens[name.last] as Token | undefined)?.text === ','
    ? found({ ...name, how: a.how ?? [] } as Found, 'speaker.apposition')
    : a;
}

/**
 * The subject of a reporting verb when it names no one: a common noun phrase opening
 * the clause ("La famiglia del ragazzo afferma che …", "I sostenitori negano …") is an
 * unnamed source; an impersonal "si" ("si ritiene che …") has no speaker at all.
 */
function unnamedSubject(ctx: Ctx, s: Sentence, at: number): Speaker | 'impersonal' | null {
  const { tokens, text } = ctx.seg;
  let k = at - 1;
  while (
    k >= s.first &&
    (ctx.words.aux.has((tokens[k] as Token).key) || ctx.words.adverbs.has((tokens[k] as Token).key))
  )
    k--;
  // "I tifosi, intanto, contestano …": an aside set between commas sits between the subject and its verb.
  k = beforeCommaAside(ctx, s, k);
  if (
    ctx.words.impersonalSi.has((tokens[at - 1] as Token | undefined)?.key ?? '') ||
    ctx.words.impersonalSi.has((tokens[at - 2] as Token | undefined)?.key ?? '')
  )
    return 'impersonal';
  if (k < s.first) return null;
  const list = exampleListBefore(ctx, s, k);
  if (list !== null) {
    const subject = unnamedSubject(ctx, s, list);
    return subject === null || subject === 'impersonal'
      ? subject
      : { ...subject, how: [...subject.how, 'speaker.past-example-list'] };
  }
  let start = k;
  while (start > s.first) {
    const t = tokens[start - 1] as Token;
    if (t.kind !== 'word' || ctx.words.clauseWords.has(t.key)) break;
    start--;
  }
  // "Lunedì 3 marzo la radio locale ha annunciato …": a time phrase before the subject.
  if (!ctx.words.subjectDeterminers.has((tokens[start] as Token).key)) {
    let d = start;
    while (d < k && !ctx.words.subjectDeterminers.has((tokens[d] as Token).key)) d++;
    if (d < k) start = d;
  }
  // "In una dichiarazione spontanea aveva detto …": a phrase after a preposition is a channel or a setting, not the
  // subject; the subject may follow it ("In una nota la società ha detto …").
  while (start <= k && start > s.first && ctx.words.prepositions.has((tokens[start - 1] as Token).key)) {
    let d = start + 1;
    while (d < k && !ctx.words.subjectDeterminers.has((tokens[d] as Token).key)) d++;
    if (d >= k) return null;
    start = d;
  }
  if (start > k || k - start > 8) return null;
  const first = tokens[start] as Token;
  const head = tokens[start + 1] as Token | undefined;
  if (!ctx.words.subjectDeterminers.has(first.key) || head === undefined || head.kind !== 'word') return null;
  // "Il primo cittadino ha detto …": another name of an office names the one person written before with any of its names.
  const office = officeAt(ctx, start + 1, k + 1);
  const officeHolder = office === null ? null : holderBefore(ctx, office.names, start);
  if (officeHolder !== null && office !== null)
    return { ...officeHolder, text: text.slice(first.start, (tokens[office.end - 1] as Token).end) };
  // "Il papa ha annunciato …": a title names the one holder written with it before.
  if (ctx.lex.titles.has(head.key)) {
    const titled = titledBefore(ctx, head.key, start);
    return titled && { ...titled, text: titled.text ?? text.slice(first.start, head.end) };
  }
  if (head.cap) return null;
  let end = start + 2;
  while (end <= k && !ctx.words.prepositions.has((tokens[end] as Token).key)) end++;
  const written = text.slice(first.start, (tokens[k] as Token).end);
  // A government body of a country speaks for it: "il governo cileno", "le autorità della Baviera".
  if (ctx.words.bodyNouns.has(head.key)) {
    const country = countryOf(ctx, start + 1, k + 1);
    if (country !== null) return { entity: country, text: written, how: ['speaker.body-of-country'] };
    const of = ctx.actorAt.get(start + 3);
    if (of !== undefined && ctx.words.of.has((tokens[start + 2] as Token).key)) {
      const actor = ctx.actors[of] as Actor;
      if (actor.entity !== null && actor.last === k + 1)
        return { entity: actor.entity, text: written, how: ['speaker.body-of-named'] };
    }
  }
  const body = memberOfOrganization(ctx, start + 1, k + 1);
  if (body !== null) return { entity: body, text: written, how: ['speaker.body-of-named'] };
  const named = k === start + 1 ? organizationNamedBefore(ctx, start) : null;
  if (named !== null) return { entity: named, text: written, how: ['speaker.organization-anaphor'] };
  return {
    entity: null,
    text: text.slice(first.start, (tokens[end - 1] as Token).end),
    how: ['speaker.unnamed-subject'],
  };
}

/** The unnamed source written as the subject before the cue at token `cue`, if any (no impersonal "si"). */
function unnamedSpeaker(ctx: Ctx, s: Sentence, cue: number): Speaker | null {
  const { tokens } = ctx.seg;
  // "hanno lasciato scritto": a verb before the participle belongs to the cue, not to the subject.
  let first = cueSpan(ctx, s, cue).first;
  while (
    first - 1 > s.first &&
    isParticiple(tokens[first - 1] as Token, ctx.words) &&
    !(tokens[first - 1] as Token).cap
  )
    first--;
  while (first - 1 > s.first && ctx.words.aux.has((tokens[first - 1] as Token).key)) first--;
  const unnamed = unnamedSubject(ctx, s, first);
  return unnamed === 'impersonal' ? null : unnamed;
}

/** The name of an office (title-synonyms.txt) written from token `from` ("primo cittadino"), longest first, ending before `limit`. */
function officeAt(
  ctx: Ctx,
  from: number,
  limit: number,
): { names: readonly (readonly string[])[]; end: number } | null {
  const { tokens } = ctx.seg;
  for (let end = Math.min(limit, from + 6); end > from; end--) {
    const names = ctx.lex.titleSynonyms.get(
      tokens
        .slice(from, end)
        .map((t) => t.key)
        .join(' '),
    );
    if (names !== undefined) return { names, end };
  }
  return null;
}

/** The person last named right after `title` ("il vescovo Carlo Neri") before token `before`, if that is one person. */
function titledBefore(ctx: Ctx, title: string, before: number): Speaker | null {
  const holder = holderBefore(ctx, [[title]], before);
  return holder && { ...holder, how: holder.entity === null ? holder.how : ['speaker.title-holder'] };
}

/** The person named before token `before` with the title written as `words` ("ministro della salute"), if one person. */
function titledWithBefore(ctx: Ctx, words: readonly string[], before: number): Speaker | null {
  const holder = holderBefore(ctx, [words], before);
  return holder && { ...holder, how: holder.entity === null ? holder.how : ['speaker.title-with-complement-holder'] };
}

/**
 * The person last named with one of `names` (each a title's word keys: "capo del viminale",
 * "ministro dell'interno") before token `before`: the name the title is part of, or one
 * written right after it ("il ministro dell'Interno Mario Rossi").
 */
function holderBefore(ctx: Ctx, names: readonly (readonly string[])[], before: number): Speaker | null {
  const { tokens } = ctx.seg;
  let nearest: Speaker | null = null;
  for (let k = before - 1; k >= 0; k--) {
    const name = names.find((words) => words.every((w, n) => k + n < before && tokens[k + n]?.key === w));
    if (name === undefined) continue;
    const end = k + name.length;
    let holder: Speaker | null = null;
    const holding = (ctx.index.bySentence[(tokens[k] as Token).sentence] ?? []).find(
      (a) => a.first <= k && a.last > k && a.first < before,
    );
    if (holding && holding.entity !== null && ctx.ents.entities[holding.entity]?.type === 'Person')
      holder = { entity: holding.entity, text: holding.text, how: ['speaker.title-synonym-holder'] };
    for (let a = end; holder === null && a <= end + 2 && a < before; a++) {
      // "il portavoce del sindaco Giorgio Bassi": a name after "di" is who the title is of, not who holds it.
      if (a > end && ctx.words.of.has((tokens[a - 1] as Token).key)) break;
      const ai = ctx.actorAt.get(a);
      if (ai === undefined) continue;
      const actor = ctx.actors[ai] as Actor;
      if (actor.entity !== null && ctx.ents.entities[actor.entity]?.type === 'Person')
        holder = { entity: actor.entity, text: actor.text, how: ['speaker.title-synonym-holder'] };
    }
    // "Carla Fontana, ministro della Salute, …", "Carla Fontana, il ministro …": the name the title is set beside.
    let comma = k - 1;
    if (ctx.words.subjectDeterminers.has((tokens[comma] as Token | undefined)?.key ?? '')) comma--;
    if (holder === null && comma > 0 && (tokens[comma] as Token).text === ',') {
      const beside = (ctx.index.bySentence[(tokens[comma] as Token).sentence] ?? []).find((a) => a.last === comma);
      if (beside && beside.entity !== null && ctx.ents.entities[beside.entity]?.type === 'Person')
        holder = { entity: beside.entity, text: beside.text, how: ['speaker.title-synonym-holder'] };
    }
    if (holder === null) continue;
    // "il ministro della Salute Carla Fontana … il ministro dei Trasporti Paolo Gatti … il ministro": two people
    // hold the title, and nothing says which one the bare title means.
    if (nearest !== null && nearest.entity !== holder.entity)
      return { entity: null, text: null, how: ['speaker.title-two-holders'] };
    nearest ??= holder;
  }
  return nearest;
}

/** Subject written after the cue ("ha detto Putin", "ha affermato il leader russo"). */
function subjectAfter(ctx: Ctx, s: Sentence, cueEnd: number, limit: number): Found | null {
  const { tokens } = ctx.seg;
  let k = cueEnd;
  let skipped = 0;
  while (k < limit && skipped < SUBJECT_AFTER_WORDS) {
    const t = tokens[k] as Token;
    // "«…», commenta il capogruppo, Dario Menzoni.": the description after the verb, then the name set after it.
    if (t.text === ',' && k > cueEnd) return nameClosingAfter(ctx, s, k);
    if (t.text === ',' || t.text === '.' || CLAUSE_BREAK.has(t.text) || ctx.words.complementizer.has(t.key))
      return null;
    const ai = ctx.actorAt.get(k);
    if (ai !== undefined) {
      const a = ctx.actors[ai] as Actor;
      // "commenta il capogruppo di Brenvik Futura, Dario Menzoni.": a description naming a body, then its person.
      const body = a.kind !== 'name' || (a.entity !== null && ctx.ents.entities[a.entity]?.type !== 'Person');
      if (k > cueEnd && body && (tokens[a.last] as Token | undefined)?.text === ',') {
        const person = nameClosingAfter(ctx, s, a.last);
        if (person !== null) return person;
      }
      const prev = tokens[k - 1] as Token;
      // "ha detto ai giornalisti X", "ha scritto su Facebook X": an addressee or a channel comes first.
      if (k > cueEnd && (ctx.words.addresseePreps.has(prev.key) || ctx.words.channelPreps.has(prev.key))) {
        k = a.last;
        continue;
      }
      if (ctx.words.prepositions.has(prev.key) && k > cueEnd) return null;
      // "ha invitato X a …", "ha accusato X di …", "ha incolpato X per …": whom a request or an accusation is
      // aimed at, not who made it.
      const cls = ctx.lex.speechCues.get((tokens[cueEnd - 1] as Token | undefined)?.key ?? '');
      if (
        (cls === 'ask' || cls === 'accuse') &&
        ctx.words.objectLinks.has((tokens[a.last] as Token | undefined)?.key ?? '')
      )
        return null;
      return found(a, 'speaker.subject-after-cue');
    }
    k++;
    skipped++;
  }
  void s;
  return null;
}

/**
 * The person named right after the comma at `comma` when the name closes the sentence or its clause ("…, commenta il
 * capogruppo, Dario Menzoni."): the description before the comma is that person's; else null.
 */
function nameClosingAfter(ctx: Ctx, s: Sentence, comma: number): Found | null {
  const ai = ctx.actorAt.get(comma + 1);
  const name = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
  if (name === undefined || name.kind !== 'name' || name.entity === null) return null;
  if (ctx.ents.entities[name.entity]?.type !== 'Person') return null;
  const after = ctx.seg.tokens[name.last] as Token | undefined;
  if (!(name.last >= s.last || after?.text === '.' || after?.text === ',')) return null;
  return found(name, 'speaker.apposition');
}

/** The speaker a subject-less reporting clause continues: the last one, else the last person named before the sentence. */
function lastSpeaker(ctx: Ctx, s: Sentence): Speaker | null {
  const sentenceIdx = (ctx.seg.tokens[s.first] as Token).sentence;
  const best = sentenceIdx > 0 ? ctx.subjectUpTo[sentenceIdx - 1] : null;
  // A verb without a subject continues the latest subject: a person named as a subject after
  // the last statement takes over from its speaker.
  // "Il governatore si è mostrato cauto. «…», ha spiegato": a title opening the sentence just before, with no
  // statement of its own, names the holder the text turned to.
  const titled = sentenceIdx > ctx.lastSentence + 1 ? titledSubject(ctx, sentenceIdx - 1) : null;
  if (ctx.last && titled && titled.entity !== ctx.last.entity) return titled;
  if (ctx.last && !(best && best.sentence > ctx.lastSentence && best.entity !== ctx.last.entity))
    return again(ctx.last, 'speaker.previous-speaker');
  return best ? speakerOf(ctx, found(best, 'speaker.previous-person')) : null;
}

/** The holder a title opening sentence `sentenceIdx` names ("Il governatore …"), when the article named one before. */
function titledSubject(ctx: Ctx, sentenceIdx: number): Speaker | null {
  const s = ctx.seg.sentences[sentenceIdx];
  const a = ctx.index.bySentence[sentenceIdx]?.[0];
  if (s === undefined || a === undefined || a.kind !== 'role' || a.entity !== null || a.first > s.first + 1)
    return null;
  const speaker = speakerOf(ctx, found(a, 'speaker.previous-person'));
  return speaker.entity !== null && ctx.ents.entities[speaker.entity]?.type === 'Person' ? speaker : null;
}

/** The article's entity named `name` (by name or alias, folded), if any. */
function entityNamed(ctx: Ctx, name: string): number | null {
  const key = normKey(name);
  for (const e of ctx.ents.entities)
    if (normKey(e.name) === key || [...e.aliases].some((a) => normKey(a) === key)) return e.index;
  return null;
}

/**
 * An unnamed body or official qualified by a country ("il governo cileno", "il ministro della
 * difesa peruviano", "le autorità della Baviera") speaks for that country when the article names it.
 */
function countryOf(ctx: Ctx, first: number, last: number): number | null {
  const { tokens } = ctx.seg;
  for (let k = first; k < last; k++) {
    const place = ctx.lex.demonyms.get((tokens[k] as Token).key);
    if (place !== undefined) return entityNamed(ctx, place);
  }
  return null;
}

function speakerOf(ctx: Ctx, a: Found): Speaker {
  const how = a.how ?? [];
  // A bare title ("il sindaco") is the one holder named with it before, when there is one; "un funzionario",
  // one of many, is none of them.
  if (a.kind === 'role' && a.entity === null && !ctx.words.indefinite.has((ctx.seg.tokens[a.first] as Token).key)) {
    // "il capo del Viminale" is the one named before as "il ministro dell'Interno Mario Rossi".
    const first = ctx.words.subjectDeterminers.has((ctx.seg.tokens[a.first] as Token).key) ? a.first + 1 : a.first;
    const written = ctx.seg.tokens.slice(first, a.last).map((t) => t.key);
    const office = ctx.lex.titleSynonyms.get(written.join(' '));
    const holder = office ? holderBefore(ctx, office, a.first) : null;
    if (holder !== null) return { entity: holder.entity, text: a.text, how: [...how, ...holder.how] };
    for (let k = a.first; k < a.last; k++) {
      const key = (ctx.seg.tokens[k] as Token).key;
      if (!ctx.lex.titles.has(key)) continue;
      // "il suo portavoce": the spokesperson of whoever was just named, not the one named with the title before.
      if (ctx.words.thirdPossessives.has(keyAt(ctx.seg.tokens, k - 1))) break;
      // "il ministro degli Esteri" is not "il ministro della Salute Carla Fontana": a title written with its
      // complement is the person named with that same complement.
      const complement = ctx.seg.tokens.slice(k, a.last).map((t) => t.key);
      const holder =
        complement.length > 1 ? titledWithBefore(ctx, complement, a.first) : titledBefore(ctx, key, a.first);
      if (holder !== null) return { entity: holder.entity, text: a.text, how: [...how, ...holder.how] };
      const sentence = (ctx.seg.tokens[a.first] as Token).sentence;
      // "Il presidente: «…»" in the opening paragraph, a headline: the one holder of the title the article names
      // below it (two holders name no one).
      if (complement.length === 1 && ctx.seg.sentences[sentence]?.paragraph === 0) {
        const below = holderBefore(ctx, [[key]], ctx.seg.tokens.length);
        if (below !== null && below.entity !== null)
          return { entity: below.entity, text: a.text, how: [...how, 'speaker.headline-title-holder'] };
      }
      // A bare title ("il premier", "il papa") with no holder named with it: the person last named as a subject.
      // "la segretaria confederale della Uil": an adjective the role phrase does not know, then "di",
      // qualifies the title as much as "di" right after it does.
      const after = ctx.seg.tokens[a.last];
      const qualified =
        ctx.words.of.has(after?.key ?? '') ||
        (after?.kind === 'word' &&
          !after.cap &&
          !ctx.lex.functionWords.has(after.key) &&
          !ctx.lex.speechCues.has(after.key) &&
          ctx.words.of.has((ctx.seg.tokens[a.last + 1] as Token | undefined)?.key ?? ''));
      const bare =
        a.last - (ctx.words.subjectDeterminers.has((ctx.seg.tokens[a.first] as Token).key) ? a.first + 1 : a.first) ===
          1 &&
        !qualified &&
        countryOf(ctx, a.first, a.last + 1) === null;
      // "Il ministro della difesa cileno afferma … «…», ha continuato il ministro": the title repeated from the
      // last speaker's words, a sentence or two on, is that speaker again.
      const last = ctx.last;
      if (
        bare &&
        last !== null &&
        last.text !== null &&
        sentence - ctx.lastSentence <= 2 &&
        last.text.split(/\s+/).some((w) => normKey(w) === key)
      )
        return { entity: last.entity, text: a.text, how: [...how, 'speaker.same-title-as-last'] };
      const latest = bare && sentence > 0 ? ctx.subjectUpTo[sentence - 1] : null;
      if (latest && latest.entity !== null)
        return { entity: latest.entity, text: a.text, how: [...how, 'speaker.title-latest-person'] };
      break;
    }
  }
  const head = ctx.words.subjectDeterminers.has((ctx.seg.tokens[a.first] as Token).key) ? a.first + 1 : a.first;
  const body = ctx.words.bodyNouns.has((ctx.seg.tokens[head] as Token | undefined)?.key ?? '');
  // "un funzionario statunitense", "un diplomatico russo": one unnamed official, not the country's voice.
  const oneOfMany = ctx.words.indefinite.has((ctx.seg.tokens[a.first] as Token).key);
  if ((a.entity === null && (a.kind === 'role' || a.kind === 'unnamed') && !oneOfMany) || body) {
    const country = countryOf(ctx, a.first, a.last);
    if (country !== null) return { entity: country, text: a.text, how: [...how, 'speaker.body-of-country'] };
  }
  // "secondo i carabinieri", "la polizia ha detto": a force only ever written as a common noun names
  // no one in particular; it stays an unnamed source (a body of state, "il ministero", speaks for one).
  const entity = a.entity === null ? undefined : ctx.ents.entities[a.entity];
  if (
    entity !== undefined &&
    !ctx.words.bodyNouns.has(normKey(entity.name.split(' ')[0] ?? '')) &&
    [entity.name, ...entity.aliases].every((name) => !/\p{Lu}/u.test(name))
  )
    return { entity: null, text: a.text, how: [...how, 'speaker.common-noun-body'] };
  // "i ricercatori dell'Istituto X": unnamed members of a named organization speak for it.
  const members = a.kind === 'unnamed' && a.entity === null ? memberOfOrganization(ctx, a.head, a.last) : null;
  if (members !== null) return { entity: members, text: a.text, how: [...how, 'speaker.body-of-named'] };
  return { entity: a.entity, text: a.text, how };
}

/**
 * Tokens before a cue that belong to it: a modal ("ha voluto ribadire"), "si è" ("si è detta"),
 * the verb of an appeal ("ha lanciato un appello"), "fatto sapere", "mette a verbale".
 */
function cueLead(ctx: Ctx, cueIdx: number): number {
  const { tokens } = ctx.seg;
  const t = tokens[cueIdx] as Token;
  const prev = (tokens[cueIdx - 1] as Token | undefined)?.key ?? '';
  if (ctx.reflexiveCues.has(t)) return 2;
  if (ctx.words.makeKnown.has(t.key) && ctx.words.make.has(prev)) return 1;
  if (ctx.modalCues.has(t) && ctx.words.recordNouns.has(t.key)) return 2;
  if (ctx.modalCues.has(t) && ctx.words.appealNouns.has(t.key)) return appealBefore(tokens, cueIdx, ctx.words);
  return modalBefore(tokens, cueIdx, ctx.words);
}

function cueSpan(ctx: Ctx, s: Sentence, cueIdx: number): { text: string; first: number } {
  const { tokens } = ctx.seg;
  let first = cueIdx - cueLead(ctx, cueIdx);
  while (first - 1 >= s.first && cueIdx - first < 6) {
    if (ctx.words.aux.has((tokens[first - 1] as Token).key)) first--;
    else if (
      adverbialEndingAt(tokens, first - 1, ctx.words) > 0 &&
      first - adverbialEndingAt(tokens, first - 1, ctx.words) >= s.first
    )
      first -= adverbialEndingAt(tokens, first - 1, ctx.words);
    else break;
  }
  while (first < cueIdx && ctx.words.adverbs.has((tokens[first] as Token).key)) first++;
  return { text: tokensText(ctx.seg, first, cueIdx), first };
}

function aboutOf(
  ctx: Ctx,
  s: Sentence,
  start: number,
  end: number,
  speaker: Speaker,
  speakerActor: Actor | null,
  wholeSentence: boolean,
): number[] {
  const about: number[] = [];
  const { tokens } = ctx.seg;
  const sentenceIdx = (tokens[s.first] as Token).sentence;
  for (const a of ctx.index.bySentence[sentenceIdx] ?? []) {
    if (a.entity === null || a.entity === speaker.entity) continue;
    if (speakerActor && a.first >= speakerActor.first && a.last <= speakerActor.last) continue;
    const inside = a.start >= start && a.end <= end;
    if (!inside && !wholeSentence) continue;
    // The town of a dateline is where the news comes from, not what it says anything about.
    if (!inside && a.first === s.first && datelineDash(ctx, s, a.last)) continue;
    const prev = tokens[a.first - 1];
    if (!inside && prev && ctx.words.addresseePreps.has(prev.key) && isCue(tokens[a.first - 2], ctx)) continue;
    if (!about.includes(a.entity)) about.push(a.entity);
  }
  // Entities inside role phrases are about too ("il direttore dell'FBI"): mentions not covered by actors.
  for (const m of ctx.sentenceMentions[sentenceIdx] ?? []) {
    if (m.entity === speaker.entity || about.includes(m.entity)) continue;
    if (
      m.start >= start &&
      m.end <= end &&
      !(speakerActor && m.start >= speakerActor.start && m.end <= speakerActor.end)
    )
      about.push(m.entity);
  }
  return about;
}

function push(
  ctx: Ctx,
  rule: string,
  s: Sentence,
  speaker: Speaker,
  speakerActor: Actor | null,
  start: number,
  end: number,
  kind: StatementKind,
  cue: string | null,
  confidence: number,
  facts: StatementFacts = NO_FACTS,
): void {
  const text = ctx.seg.text;
  // "La legge prevede che …", "secondo il regolamento, …": a legal text with no one named as its source
  // says nothing a person or an organization said.
  if (
    speaker.entity === null &&
    speaker.text !== null &&
    speaker.text
      .split(/[\s']+/)
      .slice(0, 3)
      .some((w) => ctx.lex.legalTexts.has(normKey(w)))
  )
    return;
  // Trim spaces and closing punctuation of the quoted span.
  while (start < end && /[\s,;:–—-]/.test(text[start] as string)) start++;
  while (end > start && /[\s.,;:!?–—-]/.test(text[end - 1] as string) && !/[!?]/.test(text[end - 1] as string)) end--;
  if (end - start < 3) return;
  if (ctx.out.some((o) => o.start === start && o.end === end)) return;
  // A disabled rule finds no statement: none is made here, and a later rule may find the same words.
  if (ctx.disabled !== null && (ctx.disabled.has(rule) || holdsDisabled(speaker.how, ctx.disabled))) return;
  ctx.out.push({
    speaker: speaker.entity,
    speakerText: speaker.text,
    quote: text.slice(start, end),
    kind,
    cue,
    about: aboutOf(ctx, s, start, end, speaker, speakerActor, kind !== 'direct'),
    sentence: text.slice(s.start, s.end),
    sentenceIndex: (ctx.seg.tokens[s.first] as Token).sentence,
    start,
    end,
    confidence,
    trace: [rule, ...speaker.how],
    ...facts,
  });
  ctx.last = speaker;
  ctx.lastSentence = (ctx.seg.tokens[s.first] as Token).sentence;
}

/** Finds a reporting verb at token k (after optional aux/adverbs), returns its index. */
function cueAt(ctx: Ctx, k: number, limit: number): number | null {
  const { tokens } = ctx.seg;
  let j = k;
  for (let steps = 0; j < limit && steps < 6; steps++) {
    const key = (tokens[j] as Token).key;
    const adverbial = adverbialStartingAt(tokens, j, ctx.words);
    // A modal that reports by itself ("«…», ha continuato il ministro") is the cue when no verb follows it.
    const next = tokens[j + 1];
    const modal =
      ctx.words.modals.has(key) &&
      (!isCue(tokens[j], ctx) || isCue(next, ctx) || ctx.words.modalTo.includes(next?.key ?? ''));
    // "«…», fa sapere X": the causative before the verb it makes a reporting expression of.
    const make = ctx.words.make.has(key) && ctx.words.makeKnown.has(next?.key ?? '');
    if (
      ctx.words.aux.has(key) ||
      modal ||
      make ||
      (ctx.words.modalTo.includes(key) && ctx.words.modals.has((tokens[j - 1] as Token | undefined)?.key ?? ''))
    )
      j++;
    else if (adverbial > 0) j += adverbial;
    else break;
  }
  const t = tokens[j];
  if (!isCue(t, ctx)) return null;
  // A bare participle needs an auxiliary ("ha detto"), except after a quote ("«…», detto X" is rare; accept aux-less only for present/past forms).
  if (isParticiple(t as Token, ctx.words) && j === k) return null;
  return j;
}

/**
 * A name or title in quote marks inside running text ("il programma «Notte Fonda»", "i
 * «Amici del Parco»"): a short capitalized phrase with no verb, not introduced by a cue or a colon;
 * any capitalized title right after a noun of a work.
 */
function quotedName(ctx: Ctx, q: { start: number; end: number }, opener: number): boolean {
  const { tokens } = ctx.seg;
  const [first, last] = tokenRangeOf(
    ctx.seg,
    ctx.seg.sentences[(tokens[opener] as Token).sentence] as Sentence,
    q.start,
    q.end,
  );
  const words = tokens.slice(first, last).filter((t) => t.kind === 'word');
  const head = words[0];
  // "nella sua opera «…»", "il film "…"": the title of a work, however long.
  if (head?.cap && ctx.words.workNouns.has((tokens[opener - 1] as Token | undefined)?.key ?? '')) return true;
  if (head === undefined || !head.cap || words.length > 4) return false;
  if (words.some((t) => ctx.lex.verbFinite.has(t.key) || ctx.lex.speechCues.has(t.key))) return false;
  const before = tokens[opener - 1];
  return !(before !== undefined && (before.text === ':' || isCue(before, ctx)));
}

/**
 * Where the clause that holds a quote opening at token `end` starts, for its reporting verb: after
 * the last relative pronoun before it ("X paragona la riforma alla legge del 1951, la quale prevedeva
 * «…»": the quoted words are the law's, not X's), else at `from`.
 */
function relativeClauseStart(ctx: Ctx, from: number, end: number): number {
  for (let j = end - 1; j >= from; j--) {
    const t = ctx.seg.tokens[j] as Token;
    if (ctx.seg.tokenInQuote[j] === 1) continue;
    if (ctx.words.relativePronouns.has(t.key)) return j + 1;
  }
  return from;
}

/**
 * A clause ending in a colon with neither reporting verb nor speaker introduces words said only
 * when it speaks of speech: connectives alone ("…»; e poi: «…»"), a noun of speech or of its
 * channel ("nella nota: «…»"), a reporting participle ("la notizia è confermata dall'interessato:"),
 * "si legge". A clause that describes a thing ("gli obiettivi sono:",
 * "in caso di:") introduces the text of a document, not a statement.
 */
function colonClauseSpeaks(ctx: Ctx, from: number, colon: number): boolean {
  const { tokens } = ctx.seg;
  let start = from;
  for (let j = colon - 1; j >= from; j--)
    if (CLAUSE_BREAK.has((tokens[j] as Token).text)) {
      start = j + 1;
      break;
    }
  const words = tokens.slice(start, colon).filter((t) => t.kind === 'word');
  if (words.length > 0 && words.every((t) => ctx.words.connectives.has(t.key) || ctx.words.adverbs.has(t.key)))
    return true;
  return words.some(
    (t, k) =>
      ctx.lex.speechNouns.has(t.key) ||
      ctx.lex.sourceNouns.has(t.key) ||
      cueParticiple(t, ctx) ||
      ctx.words.channelNouns.has(t.key) ||
      (ctx.words.read.has(t.key) && ctx.words.reflexiveSiKeys.has(words[k - 1]?.key ?? '')),
  );
}

function quoteStatements(ctx: Ctx, s: Sentence, sentenceIdx: number): void {
  const { seg } = ctx;
  const { tokens, text } = seg;
  const quotes = seg.sentenceQuotes[sentenceIdx] ?? [];
  let sentenceSpeaker = null as { speaker: Speaker; actor: Actor | null } | null;
  let afterLastQuote = -1;
  for (const q of quotes) {
    const lastQuoteEnd = afterLastQuote;
    // Range the quote lives in: the sentence, or its enclosing quote.
    const parent =
      q.depth > 0 ? quotes.find((p) => p.depth === q.depth - 1 && p.open < q.open && p.close > q.close) : undefined;
    const rangeStart = parent ? parent.start : s.start;
    const rangeEnd = parent ? parent.end : s.end;
    const [bFirst, bLast] = tokenRangeOf(seg, s, rangeStart, q.open);
    const [aFirst, aLast] = tokenRangeOf(seg, s, q.close + 1, rangeEnd);
    afterLastQuote = aFirst;
    const beforeWords = [] as Token[];
    for (let k = bFirst; k < bLast; k++)
      if ((tokens[k] as Token).kind !== 'punct' || (tokens[k] as Token).text === ':')
        beforeWords.push(tokens[k] as Token);
    const inner = text.slice(q.start, q.end);
    const words = inner.split(/\s+/).filter(Boolean).length;
    // (A) «…», ha detto X.
    let k = aFirst;
    while (
      k < aLast &&
      ((tokens[k] as Token).text === ',' ||
        (tokens[k] as Token).text === '–' ||
        (tokens[k] as Token).text === '—' ||
        (tokens[k] as Token).text === '-')
    )
      k++;
    // A gerund after the quote ("…", insistendo che …) continues the main clause: not an inverted reporting clause.
    // English puts the comma inside the quote: "“We are ready,” said John Smith."
    // «…» ha detto X: with no comma only when the quote opens its sentence.
    const cueFound =
      k > aFirst || /,\s*$/.test(inner) || (beforeWords.length === 0 && !parent) ? cueAt(ctx, k, aLast) : null;
    let cueIdx = cueFound !== null && !isGerund(tokens[cueFound] as Token, ctx.words) ? cueFound : null;
    // «…», Rossi ha spiegato. / "…," Smith told reporters. / "…," she said.: the subject before the verb.
    let before: Speaker | null = null;
    let beforeActor: Actor | null = null;
    let pronounSubject = false;
    if (cueIdx === null && (k > aFirst || /,\s*$/.test(inner))) {
      const ai = ctx.actorAt.get(k);
      const named = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
      const pronoun = named === undefined && ctx.words.subjectPronouns.has((tokens[k] as Token | undefined)?.key ?? '');
      const after = named ? cueAt(ctx, named.last, aLast) : pronoun ? cueAt(ctx, k + 1, aLast) : null;
      if (after !== null && !isGerund(tokens[after] as Token, ctx.words)) {
        cueIdx = after;
        if (named) {
          beforeActor = found(named, 'speaker.subject-before-cue');
          before = speakerOf(ctx, beforeActor as Found);
        }
        // "«…», he told reporters outside X": the pronoun is the subject; no name after the verb is.
        pronounSubject = pronoun;
      }
    }
    // «…», si legge nella nota della Regione.: the document's author.
    if (cueIdx === null && k > aFirst) {
      const source = documentRead(ctx, k, aLast);
      if (source !== null) {
        const speaker = speakerOf(ctx, source);
        const kind: StatementKind = beforeWords.length === 0 || parent ? 'direct' : 'partial';
        push(
          ctx,
          'statement.quote-then-document',
          s,
          speaker,
          source,
          q.start,
          q.end,
          kind,
          tokensText(ctx.seg, k, k + 1),
          0.8,
        );
        sentenceSpeaker = { speaker, actor: source };
        continue;
      }
    }
    // «…», la replica di X. / «…»: questo il commento di X. / «…», è stata la risposta di X.
    if (cueIdx === null && (k > aFirst || (tokens[k] as Token | undefined)?.text === ':' || /,\s*$/.test(inner))) {
      let m = (tokens[k] as Token | undefined)?.text === ':' ? k + 1 : k;
      while (m < aLast && m - k < 4 && ctx.words.nounCueLead.has((tokens[m] as Token).key)) m++;
      const source = speechNounSource(ctx, m, aLast) ?? withTheseWords(ctx, m, aLast);
      if (source !== null) {
        const speaker = speakerOf(ctx, source);
        const kind: StatementKind = beforeWords.length === 0 || parent ? 'direct' : 'partial';
        const cue = tokensText(ctx.seg, m, source.first - 1);
        push(ctx, 'statement.quote-then-noun-cue', s, speaker, source, q.start, q.end, kind, cue, 0.85);
        sentenceSpeaker = { speaker, actor: source };
        continue;
      }
    }
    if (cueIdx !== null) {
      const after = before || pronounSubject ? null : subjectAfter(ctx, s, cueIdx + 1, aLast);
      const cue = cueSpan(ctx, s, cueIdx).text;
      let speaker: Speaker | null =
        before ?? (after ? speakerOf(ctx, after) : pronounSubject ? null : unnamedAfter(ctx, cueIdx + 1, aLast));
      let actor: Actor | null = beforeActor ?? after;
      let confidence = 0.9;
      // "Il titolare, X, è arrivato poco dopo: «…», ha detto.": the verb has no subject of its own, the
      // clause before the colon does, and it is who speaks, not whoever spoke last.
      // The quote after the colon is then the whole of what was said.
      let colonQuote = false;
      if (!speaker && !sentenceSpeaker) {
        const subject = colonClauseSubject(ctx, s, bFirst, bLast);
        colonQuote = subject !== null;
        if (subject !== null) {
          actor = subject;
          speaker = speakerOf(ctx, found(subject, 'speaker.colon-clause-subject'));
        }
      }
      if (!speaker) {
        speaker = sentenceSpeaker
          ? again(sentenceSpeaker.speaker, 'speaker.same-sentence-speaker')
          : lastSpeaker(ctx, s);
        actor = sentenceSpeaker?.actor ?? null;
        confidence = 0.75;
      }
      if (speaker) {
        // "Interviene il sindacato: «…», sostiene X.": a quote opening after a colon is all that was said, no fragment.
        const afterColon = bLast > bFirst && (tokens[bLast - 1] as Token).text === ':';
        const kind: StatementKind =
          beforeWords.length === 0 || parent || colonQuote || afterColon ? 'direct' : 'partial';
        push(ctx, 'statement.quote-then-cue', s, speaker, actor, q.start, q.end, kind, cue, confidence);
        sentenceSpeaker = { speaker, actor };
        continue;
      }
    }
    // (A') The reporting clause inside the quote, near its start: «… – ha dichiarato (X) – …».
    const [qFirst, qLast] = tokenRangeOf(seg, s, q.start, q.end);
    let insideCue: number | null = null;
    for (let j = qFirst + 1; j < Math.min(qLast - 1, qFirst + 30) && insideCue === null; j++) {
      if (!['–', '—', '-', ','].includes((tokens[j] as Token).text)) continue;
      const hit = cueAt(ctx, j + 1, qLast);
      if (hit === null || isGerund(tokens[hit] as Token, ctx.words)) continue;
      // The clause closes with a second dash or comma within a few words.
      for (let c = hit + 1; c < Math.min(qLast, hit + 6); c++)
        if (['–', '—', '-', ','].includes((tokens[c] as Token).text)) {
          insideCue = hit;
          break;
        }
    }
    if (insideCue !== null && !parent) {
      const actor = subjectAfter(ctx, s, insideCue + 1, qLast);
      const speaker = actor
        ? speakerOf(ctx, actor)
        : sentenceSpeaker
          ? again(sentenceSpeaker.speaker, 'speaker.same-sentence-speaker')
          : lastSpeaker(ctx, s);
      if (speaker) {
        push(
          ctx,
          'statement.cue-inside-quote',
          s,
          speaker,
          actor,
          q.start,
          q.end,
          'direct',
          cueSpan(ctx, s, insideCue).text,
          actor ? 0.85 : 0.7,
        );
        sentenceSpeaker = { speaker, actor };
        continue;
      }
    }
    // (B) X ha dichiarato: «…» / headline X: «…».
    const lastBefore = tokens[bLast - 1];
    if (lastBefore?.text === ':') {
      let cue: number | null = null;
      for (let j = bLast - 2; j >= bFirst && j >= bLast - 6; j--)
        if (isCue(tokens[j], ctx)) {
          cue = j;
          break;
        }
      // "…, affermando, dopo la notizia che X avrebbe cantato Y: «…»": a reporting verb whose words come after an
      // insertion set between its comma and the colon.
      for (let j = bLast - 7; cue === null && j >= bFirst && j >= bLast - 30; j--)
        if (isCue(tokens[j], ctx) && (tokens[j + 1] as Token | undefined)?.text === ',') {
          let n = j + 2;
          // Brackets may sit inside the insertion ("il sindaco di Sarego (VI)"); quotes and semicolons may not.
          while (
            n < bLast - 1 &&
            (!CLAUSE_BREAK.has((tokens[n] as Token).text) || /^[()]$/.test((tokens[n] as Token).text))
          )
            n++;
          if (n === bLast - 1) cue = j;
          break;
        }
      let actor: Found | null = null;
      let nounCue: number | null = null;
      let unnamed: Speaker | null = null;
      if (cue !== null) {
        actor = subjectBefore(ctx, s, cueSpan(ctx, s, cue).first) ?? subjectAfter(ctx, s, cue + 1, bLast - 1);
        // "Insorge l'opposizione: «…»"; "gli autori anonimi hanno lasciato scritto: «…»".
        if (actor === null) unnamed = unnamedAfter(ctx, cue + 1, bLast - 1) ?? unnamedSpeaker(ctx, s, cue);
      } else {
        const named = ctx.index.byLast.get(bLast - 1);
        const ai = named && named.first >= bFirst ? named : undefined;
        const articled =
          ai && ai.first === bFirst + 1 && ctx.words.nameArticlesBefore.has((tokens[bFirst] as Token).key);
        if (ai && (ai.first === bFirst || ai.first === s.first || articled) && !datelineName(ctx, s, ai))
          actor = found(ai, 'speaker.name-before-colon');
        // "Lo sfogo di X: «…»", "La replica del ministro X è arrivata in serata: «…»".
        for (let j = bFirst; actor === null && j < bLast - 2; j++) {
          actor = speechNounSource(ctx, j, bLast - 1);
          if (actor !== null) nounCue = j;
        }
        // "… le affermazioni fatte ieri dal premier X: «…»": the agent of the words named before the colon.
        for (let j = bFirst; actor === null && j < bLast - 2; j++) {
          if (!ctx.lex.speechNouns.has((tokens[j] as Token).key)) continue;
          for (let a = j + 1; a < Math.min(bLast - 1, j + 7); a++) {
            if (!ctx.words.agentPreps.has((tokens[a] as Token).key)) continue;
            const ai = ctx.actorAt.get(a + 1);
            if (ai !== undefined && (ctx.actors[ai] as Actor).last === bLast - 1) {
              actor = found(ctx.actors[ai] as Actor, 'speaker.agent-after-da');
              nounCue = j;
            }
            break;
          }
        }
      }
      // "… confermata dallo stesso interessato: «…»": the clause before the colon introduces the quote.
      if (!actor && cue === null && bLast - 1 - bFirst >= 3) {
        const subject = subjectBefore(ctx, s, bLast - 1);
        if (subject && !datelineName(ctx, s, subject)) actor = subject;
      }
      const introduced =
        cue === null &&
        !actor &&
        bLast - 1 - bFirst >= 3 &&
        colonClauseSpeaks(ctx, bFirst, bLast - 1) &&
        (sentenceSpeaker !== null || lastSpeaker(ctx, s) !== null);
      // "… nel registro della parrocchia che riporta: «…»": a verb opening a relative clause has its antecedent
      // for subject; with no speaker found there, no one else's, not the speaker before.
      const relativeCue =
        cue !== null &&
        ctx.words.complementizer.has((tokens[cueSpan(ctx, s, cue).first - 1] as Token | undefined)?.key ?? '');
      if (relativeCue && !actor && !unnamed) continue;
      if (actor || cue !== null || introduced) {
        const speaker = actor
          ? speakerOf(ctx, actor)
          : (unnamed ??
            (sentenceSpeaker ? again(sentenceSpeaker.speaker, 'speaker.same-sentence-speaker') : lastSpeaker(ctx, s)));
        if (speaker) {
          const rule =
            cue !== null
              ? 'statement.cue-then-colon-quote'
              : nounCue !== null
                ? 'statement.noun-cue-then-colon-quote'
                : actor
                  ? 'statement.name-then-colon-quote'
                  : 'statement.clause-then-colon-quote';
          push(
            ctx,
            rule,
            s,
            speaker,
            actor,
            q.start,
            q.end,
            'direct',
            cue !== null
              ? cueSpan(ctx, s, cue).text
              : nounCue !== null && actor
                ? tokensText(ctx.seg, nounCue, actor.first - 1)
                : null,
            actor ? 0.9 : 0.7,
          );
          sentenceSpeaker = { speaker, actor };
          continue;
        }
      }
    }
    // (C0) "un'argomentazione definita «folle» da X", "bollata come «inaccettabile» dal ministro": a
    // participle of a reporting verb, the quoted words, then the one who said them after "da".
    {
      let p = bLast - 1;
      if (ctx.words.as.has((tokens[p] as Token | undefined)?.key ?? '')) p--;
      const participle = tokens[p];
      const by = tokens[aFirst];
      const agentIdx = by !== undefined && ctx.words.agentPreps.has(by.key) ? ctx.actorAt.get(aFirst + 1) : undefined;
      if (
        participle !== undefined &&
        p >= bFirst &&
        cueParticiple(participle, ctx) &&
        agentIdx !== undefined &&
        words <= 12
      ) {
        const agent = found(ctx.actors[agentIdx] as Actor, 'speaker.agent-after-da');
        const speaker = speakerOf(ctx, agent);
        push(
          ctx,
          'statement.participle-quote-agent',
          s,
          speaker,
          agent,
          q.start,
          q.end,
          'partial',
          participle.text,
          0.8,
        );
        sentenceSpeaker = { speaker, actor: agent };
        continue;
      }
    }
    // (C) A quote inside a reported sentence: the nearest reporting verb before it, or the sentence's speaker.
    let cueBefore: number | null = null;
    const cuesBefore: number[] = [];
    const relativeFirst = relativeClauseStart(ctx, bFirst, bLast);
    // "…; uno striscione recitava «…»": a semicolon closes the clauses before it.
    let scanFirst = relativeFirst;
    for (let j = bLast - 1; j > relativeFirst; j--)
      if ((tokens[j] as Token).text === ';' && ctx.seg.tokenInQuote[j] !== 1) {
        scanFirst = j + 1;
        break;
      }
    // "X said …, but Y accused Z of «…»": a coordinated clause with a verb of its own holds the quote.
    for (let j = bLast - 2; j > scanFirst; j--) {
      const next = (tokens[j + 1] as Token).key;
      if (
        (tokens[j] as Token).text === ',' &&
        ctx.seg.tokenInQuote[j] !== 1 &&
        (ctx.words.commaCoordinators.has(next) || ctx.words.clauseContrast.has(next)) &&
        tokens.slice(j + 2, bLast).some((w) => isCue(w, ctx))
      ) {
        scanFirst = j + 1;
        break;
      }
    }
    for (let j = scanFirst; j < bLast; j++) {
      const t = tokens[j] as Token;
      if (ctx.seg.tokenInQuote[j] === 1 && !(t.start >= q.start && t.start < q.end)) continue;
      if (
        isCue(t, ctx) &&
        (!isParticiple(t, ctx.words) ||
          ctx.reflexiveCues.has(t) ||
          ctx.words.aux.has((tokens[j - 1] as Token | undefined)?.key ?? '') ||
          ctx.words.adverbs.has((tokens[j - 1] as Token | undefined)?.key ?? ''))
      )
        cuesBefore.push(j);
      else if (ctx.words.accordingPreposition.has(t.key) && (ctx.actorAt.has(j + 1) || ctx.actorAt.has(j + 2)))
        cuesBefore.push(j);
      else if (
        ctx.words.wordNouns.has(t.key) &&
        ctx.words.thirdPossessives.has((tokens[j - 1] as Token | undefined)?.key ?? '')
      )
        cuesBefore.push(j);
    }
    // The main reporting verb: the first one with a subject of its own, else the nearest.
    for (const j of cuesBefore) {
      const t = tokens[j] as Token;
      if (ctx.words.accordingPreposition.has(t.key) || isGerund(t, ctx.words)) continue;
      if (subjectBefore(ctx, s, cueSpan(ctx, s, j).first)) {
        cueBefore = j;
        break;
      }
    }
    if (cueBefore === null && cuesBefore.length > 0) cueBefore = cuesBefore[cuesBefore.length - 1] as number;
    if (cueBefore !== null) {
      const t = tokens[cueBefore] as Token;
      let actor: Found | null = null;
      let speaker: Speaker | null = null;
      let cue: string;
      if (ctx.words.accordingPreposition.has(t.key)) {
        const named = ctx.actors[ctx.actorAt.get(cueBefore + 1) ?? (ctx.actorAt.get(cueBefore + 2) as number)];
        actor = named ? found(named, 'speaker.after-secondo') : null;
        cue = ctx.words.accordingCue;
      } else if (ctx.words.wordNouns.has(t.key)) {
        cue = text.slice((tokens[cueBefore - 2] as Token | undefined)?.start ?? t.start, t.end);
      } else {
        const span = cueSpan(ctx, s, cueBefore);
        cue = span.text;
        actor = isGerund(t, ctx.words)
          ? null
          : (subjectBefore(ctx, s, span.first) ?? subjectAfter(ctx, s, cueBefore + 1, bLast));
      }
      if (!actor && isGerund(t, ctx.words) && sentenceSpeaker)
        speaker = again(sentenceSpeaker.speaker, 'speaker.same-sentence-speaker');
      // A relative clause's verb speaks for its antecedent: with no speaker found there, no one else's.
      if (!speaker && !actor && relativeFirst > bFirst && scanFirst === relativeFirst) continue;
      // "un cartello dei manifestanti recitava «…»": a common noun phrase as subject names no one.
      if (
        !actor &&
        !speaker &&
        !ctx.words.accordingPreposition.has(t.key) &&
        !ctx.words.wordNouns.has(t.key) &&
        !isGerund(t, ctx.words)
      )
        speaker = unnamedSpeaker(ctx, s, cueBefore);
      if (!speaker)
        speaker = actor
          ? speakerOf(ctx, actor)
          : sentenceSpeaker
            ? again(sentenceSpeaker.speaker, 'speaker.same-sentence-speaker')
            : lastSpeaker(ctx, s);
      if (speaker && words >= 1 && !quotedName(ctx, q, bLast)) {
        push(
          ctx,
          'statement.quote-in-reported-clause',
          s,
          speaker,
          actor ?? sentenceSpeaker?.actor ?? null,
          q.start,
          q.end,
          'partial',
          cue,
          actor ? 0.8 : 0.65,
        );
        sentenceSpeaker = { speaker, actor: actor ?? sentenceSpeaker?.actor ?? null };
        continue;
      }
    }
    if (sentenceSpeaker && words >= 2 && !quotedName(ctx, q, bLast) && relativeFirst <= lastQuoteEnd) {
      push(
        ctx,
        'statement.quote-of-sentence-speaker',
        s,
        again(sentenceSpeaker.speaker, 'speaker.same-sentence-speaker'),
        sentenceSpeaker.actor,
        q.start,
        q.end,
        'partial',
        null,
        0.6,
      );
      continue;
    }
    // (D') The attribution in the next sentence: «…». Lo ha detto X. / Così X. / Sono le parole di X.
    if (beforeWords.length === 0 && !parent && words >= 3) {
      const next = nextSentenceSpeaker(ctx, sentenceIdx);
      if (next !== null) {
        push(
          ctx,
          'statement.credited-by-next-sentence',
          s,
          next.speaker,
          next.actor,
          q.start,
          q.end,
          'direct',
          next.cue,
          0.8,
        );
        continue;
      }
    }
    // (D) A sentence that is only a quote, right after a statement: the same speaker goes on.
    const onlyQuote = beforeWords.length === 0 && aLast - aFirst <= 2 && !parent;
    const previous = ctx.out[ctx.out.length - 1];
    if (onlyQuote && previous && previous.sentenceIndex >= sentenceIdx - 1 && words >= 3 && ctx.last) {
      push(
        ctx,
        'statement.quote-continues',
        s,
        again(ctx.last, 'speaker.previous-speaker'),
        null,
        q.start,
        q.end,
        'direct',
        null,
        0.6,
        { followOn: true, objectAct: null },
      );
      continue;
    }
    // (D'') A first-person quote standing alone with no statement just before it: the person the
    // text is following (its latest subject, two sentences back at most), else a recent speaker.
    if (onlyQuote && words >= 3 && (!previous || previous.sentenceIndex < sentenceIdx - 1)) {
      const [qFirst, qLast] = tokenRangeOf(seg, s, q.start, q.end);
      const firstPerson = tokens.slice(qFirst, qLast).some((t) => isFirstPerson(ctx, t));
      const subject = sentenceIdx > 0 ? ctx.subjectUpTo[sentenceIdx - 1] : null;
      const speaker =
        subject && subject.entity !== null && subject.sentence >= sentenceIdx - 2
          ? speakerOf(ctx, found(subject, 'speaker.previous-person'))
          : ctx.last && ctx.lastSentence >= sentenceIdx - 3
            ? again(ctx.last, 'speaker.previous-speaker')
            : null;
      if (firstPerson && speaker)
        push(ctx, 'statement.first-person-quote-alone', s, speaker, null, q.start, q.end, 'direct', null, 0.5);
    }
  }
}

/**
 * "ritrovata l'auto", "distrutto il ponte": a past participle and an article with no auxiliary before
 * them, a headline's news, not words said.
 */
function bareParticipleClause(ctx: Ctx, k: number): boolean {
  const t = ctx.seg.tokens[k];
  const next = ctx.seg.tokens[k + 1];
  return (
    t !== undefined &&
    next !== undefined &&
    t.kind === 'word' &&
    ctx.seg.tokenInQuote[k] !== 1 &&
    (ctx.words.participleEnding.test(t.key) || ctx.words.participleInflectedEnding.test(t.key)) &&
    ctx.words.articles.has(next.key)
  );
}

/**
 * Whether the name before a colon cannot be the one speaking after it: a town or a place the text types
 * only as a place ("Cremona: «…»"; a country speaks for its government), or a name opening the sentence
 * before a colon or a comma and a bare participle clause ("Lecco, distrutta la targa …: «…»"), the
 * place the news comes from.
 */
function datelineName(ctx: Ctx, s: Sentence, a: Actor): boolean {
  const sep = ctx.seg.tokens[a.last];
  if (a.first === s.first && (sep?.text === ':' || sep?.text === ',') && bareParticipleClause(ctx, a.last + 1))
    return true;
  const entity = a.kind === 'name' && a.entity !== null ? ctx.ents.entities[a.entity] : undefined;
  if (entity?.type !== 'Place') return false;
  return !countryNames(ctx.lex).has(entity.name) && !ctx.lex.demonyms.has(normKey(entity.name));
}

/**
 * Speech after a colon with no quote marks: "X ha detto: abbiamo vinto noi", "X ha parlato
 * della spalla: mi sono fatto male". The words after the colon must speak in the first
 * person, and the clause before it must have a reporting verb or a named subject.
 */
function colonSpeech(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let c = s.first + 1; c < s.last - 3; c++) {
    if ((tokens[c] as Token).text !== ':' || ctx.seg.tokenInQuote[c] === 1 || ctx.seg.tokenInQuote[c + 1] === 1)
      continue;
    const next = tokens[c + 1] as Token;
    if (next.kind !== 'word') continue;
    let firstPerson = false;
    for (let k = c + 1; k < Math.min(s.last, c + 16) && !firstPerson; k++)
      firstPerson = isFirstPerson(ctx, tokens[k] as Token) && !pluralPerfect(tokens, k, ctx.words);
    let cue: number | null = null;
    for (let j = c - 1; j >= s.first && j >= c - 8; j--)
      if (isCue(tokens[j], ctx) && !isGerund(tokens[j] as Token, ctx.words)) {
        cue = j;
        break;
      }
    // "La risposta del sindaco fu immediata: il ponte resterà chiuso": a sentence opened by a noun
    // naming words said, with their source, then what was said after the colon.
    const noun = [s.first, s.first + 1, s.first + 2].find((k) => k < c && speechNounSource(ctx, k, c) !== null);
    if (noun !== undefined && cue === null && c - noun <= 10) {
      const source = speechNounSource(ctx, noun, c) as Found;
      push(
        ctx,
        'statement.noun-cue-then-colon-clause',
        s,
        speakerOf(ctx, source),
        source,
        next.start,
        firstPerson ? speechEnd(ctx, s) : s.end,
        firstPerson ? 'direct' : 'indirect',
        tokensText(ctx.seg, noun, noun),
        0.7,
      );
      return;
    }
    // "…, esprimendosi più volte su twitter: non sono tipo …": first-person words after a reporting gerund go on
    // with the speaker of the sentence's last statement.
    const inSentence = (tokens[s.first] as Token).sentence;
    if (cue === null && firstPerson && ctx.last !== null && ctx.lastSentence === inSentence) {
      let gerund: number | null = null;
      for (let j = c - 1; j >= s.first && j >= c - 12 && !CLAUSE_BREAK.has((tokens[j] as Token).text); j--)
        if (isCue(tokens[j], ctx) && isGerund(tokens[j] as Token, ctx.words)) {
          gerund = j;
          break;
        }
      if (gerund !== null) {
        push(
          ctx,
          'statement.gerund-colon-speech',
          s,
          again(ctx.last, 'speaker.same-sentence-speaker'),
          null,
          next.start,
          speechEnd(ctx, s),
          'direct',
          cueSpan(ctx, s, gerund).text,
          0.65,
        );
        return;
      }
    }
    // "Il ministro ha detto: il porto sarà pronto a maggio": a reporting verb right before a colon and a clause
    // of its own in the third person, with no quote marks: reported words ("ha approvato la legge: …" is not).
    if (!firstPerson && cue === c - 1 && !next.cap && finiteVerbAfter(ctx, s, c)) {
      const actor = subjectBefore(ctx, s, cueSpan(ctx, s, cue).first);
      const speaker = actor ? speakerOf(ctx, actor) : null;
      if (speaker && actor)
        push(
          ctx,
          'statement.cue-then-colon-clause',
          s,
          speaker,
          actor,
          next.start,
          s.end,
          'indirect',
          cueSpan(ctx, s, cue).text,
          0.7,
        );
      return;
    }
    // First-person words, or a new sentence opened by a capital right after a reporting verb.
    if (!firstPerson && !(cue !== null && next.cap && !ctx.actorAt.has(c + 1))) continue;
    // "Cremona: ritrovata l'auto …": a bare participle clause after the colon is news, not speech.
    if (cue === null && bareParticipleClause(ctx, c + 1)) continue;
    const named = ctx.index.byLast.get(c);
    const actor =
      cue !== null
        ? subjectBefore(ctx, s, cueSpan(ctx, s, cue).first)
        : named && named.first === s.first
          ? found(named, 'speaker.name-before-colon')
          : subjectBefore(ctx, s, c);
    // "Firenze: i ladri hanno colpito, abbiamo chiesto aiuto": a place before the colon does not speak.
    if (cue === null && actor && datelineName(ctx, s, actor)) continue;
    // "E poi: …", "Ed ancora: …": only connectives before the colon go on with the last speaker.
    let from = c - 1;
    while (from > s.first && (tokens[from - 1] as Token).text !== ';') from--;
    let connective = cue === null && !actor && c > from;
    for (let k = from; k < c && connective; k++) {
      const key = (tokens[k] as Token).key;
      connective = ctx.words.connectives.has(key) || ctx.words.adverbs.has(key) || ctx.words.longAdverbEnding.test(key);
    }
    // "Non difenderà il titolo, forse già lunedì: Credo che …": first-person speech after a clause with no
    // subject written goes to the person the text is following (its latest subject, two sentences back at most).
    const sentenceIdx = (tokens[s.first] as Token).sentence;
    const followed =
      cue === null && !actor && !connective && firstPerson && unnamedSubject(ctx, s, c) === null && sentenceIdx > 0
        ? ctx.subjectUpTo[sentenceIdx - 1]
        : null;
    const person =
      followed && followed.entity !== null && followed.sentence >= sentenceIdx - 2
        ? speakerOf(ctx, found(followed, 'speaker.previous-person'))
        : null;
    if (cue === null && !actor && !(connective && firstPerson) && !person) continue;
    const speaker = actor ? speakerOf(ctx, actor) : (person ?? lastSpeaker(ctx, s));
    if (speaker)
      push(
        ctx,
        connective ? 'statement.connective-colon-speech' : 'statement.colon-speech',
        s,
        speaker,
        actor,
        next.start,
        speechEnd(ctx, s),
        'direct',
        cue !== null ? cueSpan(ctx, s, cue).text : null,
        actor ? 0.75 : 0.6,
      );
    return;
  }
}

/** A finite verb written small: a form of "essere", an auxiliary or a finite form the lexicon lists. */
function finiteWord(ctx: Ctx, t: Token): boolean {
  return (
    t.kind === 'word' &&
    !t.cap &&
    (ctx.words.essere.has(t.key) ||
      ctx.words.aux.has(t.key) ||
      // "di" and "da" spell forms of "dire" and "dare" too, but are prepositions far more often.
      (ctx.lex.verbFinite.has(t.key) && !ctx.words.prepositions.has(t.key)))
  );
}

/**
 * "il sindaco di Varese, Davide Orsenigo, secondo cui «…»", "Anna Neri, secondo la quale il piano è sbagliato":
 * "secondo" at token `i` opens a relative clause whose source is the person or organization named right before
 * its comma; the clause is what that source says. Pushes the statement and tells whether it did.
 */
function relativeAccording(ctx: Ctx, s: Sentence, i: number): boolean {
  const { tokens } = ctx.seg;
  const next = (tokens[i + 1] as Token | undefined)?.key ?? '';
  const length = ctx.words.relativeCui.has(next)
    ? 1
    : ctx.words.articles.has(next) && ctx.words.relativeQuale.has((tokens[i + 2] as Token | undefined)?.key ?? '')
      ? 2
      : 0;
  if (length === 0 || (tokens[i - 1] as Token | undefined)?.text !== ',') return false;
  const named = ctx.index.byLast.get(i - 1);
  const type = named?.entity == null ? undefined : ctx.ents.entities[named.entity]?.type;
  const opens = tokens[i + 1 + length] as Token | undefined;
  if (!named || named.first < s.first || (type !== 'Person' && type !== 'Organization') || !opens) return false;
  if (opens.start >= s.end - 3) return false;
  const source = found(named, 'speaker.relative-antecedent');
  const clause = clauseToEnd(ctx, s, i + 1 + length);
  push(
    ctx,
    'statement.secondo-relative',
    s,
    speakerOf(ctx, source),
    source,
    clause.start,
    clause.end,
    clause.kind,
    ctx.words.accordingCue,
    0.75,
  );
  return true;
}

/**
 * The clause from token `open` to the sentence's end as a statement's words: a quote that makes all of it
 * ("secondo cui «…».") is taken within its marks, a partial quote; any other clause is indirect.
 */
function clauseToEnd(ctx: Ctx, s: Sentence, open: number): { start: number; end: number; kind: StatementKind } {
  const { tokens } = ctx.seg;
  const quote = quoteOpenedAt(ctx, open);
  const last = tokens[s.last - 2] as Token | undefined;
  return quote !== undefined && last !== undefined && quote.close >= last.start && quote.close < s.end
    ? { start: quote.start, end: quote.end, kind: 'partial' }
    : { start: (tokens[open] as Token).start, end: s.end, kind: 'indirect' };
}

/** The quote whose opening mark is token `k`, as the segmenter found it. */
function quoteOpenedAt(ctx: Ctx, k: number): Quote | undefined {
  const t = ctx.seg.tokens[k];
  return t === undefined ? undefined : ctx.seg.sentenceQuotes[t.sentence]?.find((q) => q.open === t.start);
}

/**
 * The comma closing a description set after a name whose comma is token `comma` ("X, leader del partito, …",
 * "X, il presidente della Provincia, …"): a title or a noun of a person, with no verb, closed by a comma before
 * the sentence's last words; -1 when none is.
 */
function descriptionAfter(ctx: Ctx, s: Sentence, comma: number): number {
  const { tokens } = ctx.seg;
  let k = comma + 1;
  if (ctx.words.articles.has((tokens[k] as Token | undefined)?.key ?? '')) k++;
  const head = (tokens[k] as Token | undefined)?.key ?? '';
  if (!ctx.lex.titles.has(head) && !ctx.lex.personNouns.has(head)) return -1;
  return phraseComma(ctx, s, k + 1);
}

/** The token the sentence's own words begin at: past a dateline and its dash ("TORINO — …"). */
function firstPastDateline(ctx: Ctx, s: Sentence): number {
  for (let j = s.first + 1; j <= Math.min(s.last - 1, s.first + DATELINE_WORDS); j++)
    if (datelineDash(ctx, s, j)) return j + 1;
  return s.first;
}

/** Where the sentence's own words begin, in characters. */
function pastDateline(ctx: Ctx, s: Sentence): number {
  const first = firstPastDateline(ctx, s);
  return first === s.first ? s.start : (ctx.seg.tokens[first] as Token).start;
}

/**
 * Whether token `j` is the dash that closes a dateline ("BARI — I sindaci hanno chiesto …", "ROMA, 3 maggio –
 * …"): a few words with no verb opening their line, then the dash. The place is where the news comes from,
 * never the subject of what follows.
 */
function datelineDash(ctx: Ctx, s: Sentence, j: number): boolean {
  const { tokens, text } = ctx.seg;
  if (!DATELINE_DASHES.has((tokens[j] as Token).text) || j === s.first || j - s.first > DATELINE_WORDS) return false;
  const opening = (tokens[s.first] as Token).start;
  if (opening > 0 && text[opening - 1] !== '\n') return false;
  for (let k = s.first; k < j; k++) if (finiteWord(ctx, tokens[k] as Token)) return false;
  return true;
}

/** The comma that closes a phrase with no verb of its own going on from token `from`, within a few words; -1 if none. */
function phraseComma(ctx: Ctx, s: Sentence, from: number): number {
  const { tokens } = ctx.seg;
  for (let c = from; c < Math.min(s.last - 2, from + PER_DESCRIPTION_WORDS); c++) {
    const w = tokens[c] as Token;
    if (w.text === ',') return c;
    if (CLAUSE_BREAK.has(w.text) || ctx.seg.tokenInQuote[c] === 1 || finiteWord(ctx, w) || isCue(w, ctx)) return -1;
  }
  return -1;
}

/**
 * The token before an aside set between commas that ends at token `k`: an adverb or a connective ("…, intanto,
 * …", "…, tuttavia, …"), a participle or a prepositional phrase with no verb of its own ("…, difeso
 * dall'avvocato X, …", "…, in una nota, …"); `k` itself when none does.
 */
function beforeCommaAside(ctx: Ctx, s: Sentence, k: number): number {
  const { tokens } = ctx.seg;
  if ((tokens[k] as Token | undefined)?.text !== ',') return k;
  let j = k - 1;
  while (
    j > s.first &&
    k - j <= 3 &&
    (ctx.words.adverbs.has((tokens[j] as Token).key) ||
      ctx.words.connectives.has((tokens[j] as Token).key) ||
      ctx.words.openingConnectives.has((tokens[j] as Token).key))
  )
    j--;
  if (j < k - 1 && j > s.first && (tokens[j] as Token).text === ',') return j - 1;
  // A participle, prepositional or indefinite phrase: from right after a comma to this one, no finite verb between.
  for (j = k - 1; j > s.first && k - j <= ASIDE_WORDS; j--) {
    const t = tokens[j] as Token;
    if (t.text === ',') {
      const opening = tokens[j + 1] as Token;
      // "Una delle vittime, una pensionata di 82 anni, ha raccontato …": an indefinite description in apposition.
      const aside =
        opening.kind === 'word' &&
        !opening.cap &&
        (isParticiple(opening, ctx.words) ||
          ctx.words.prepositions.has(opening.key) ||
          (ctx.words.indefinite.has(opening.key) && (tokens[j + 2] as Token | undefined)?.cap === false));
      return aside ? j - 1 : k;
    }
    // A verb form after an article is a noun ("in una nota").
    const prev = keyAt(tokens, j - 1);
    if (
      CLAUSE_BREAK.has(t.text) ||
      (finiteWord(ctx, t) && !ctx.words.articles.has(prev) && !ctx.words.indefinite.has(prev))
    )
      return k;
  }
  return k;
}

/**
 * Whose view "per" opens at token `i` ("Per Roberta Sala, la manovra è un errore"): a person or an
 * organization named after it, or a description and the person's name in apposition ("Per il capogruppo
 * del partito in Senato, Anna Neri, …"), followed by a comma. A bare description ("Per il momento, …",
 * "Per la famiglia, …") is no source.
 */
function perSource(ctx: Ctx, s: Sentence, i: number): Found | null {
  const { tokens } = ctx.seg;
  const ai = ctx.actorAt.get(i + 1) ?? ctx.actorAt.get(i + 2);
  const actor = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
  const typeOf = (a: Actor) => (a.entity === null ? undefined : ctx.ents.entities[a.entity]?.type);
  const type = actor && typeOf(actor);
  if (
    actor &&
    (type === 'Person' || type === 'Organization') &&
    (tokens[actor.last] as Token | undefined)?.text === ','
  ) {
    // "Per X, leader del partito, …": the description after the name is part of the speaker's phrase.
    const described = descriptionAfter(ctx, s, actor.last);
    const phrase = described > 0 ? { ...actor, last: described, end: (tokens[described - 1] as Token).end } : actor;
    return found(phrase, 'speaker.after-secondo');
  }
  // A description opened by a title the actors did not read as a role, no name right after it.
  const titled =
    ctx.words.articles.has((tokens[i + 1] as Token | undefined)?.key ?? '') &&
    ctx.lex.titles.has((tokens[i + 2] as Token | undefined)?.key ?? '');
  const from = actor?.kind === 'role' ? actor.last : titled ? i + 3 : -1;
  if (from < 0) return null;
  const comma = phraseComma(ctx, s, from);
  const bi = comma < 0 ? undefined : ctx.actorAt.get(comma + 1);
  const named = bi === undefined ? undefined : (ctx.actors[bi] as Actor);
  if (named === undefined || typeOf(named) !== 'Person' || (tokens[named.last] as Token | undefined)?.text !== ',')
    return null;
  // The description is the speaker's phrase: what it names is not what the clause is about.
  const phrase = { ...named, first: i + 1, start: (tokens[i + 1] as Token).start };
  return found(
    found({ ...phrase, text: ctx.seg.text.slice(phrase.start, named.end) }, 'speaker.after-secondo'),
    'speaker.apposition',
  );
}

/**
 * Whether token `at` opens a reporting clause set right after a quote ("«…», racconta una vicina", "“…,” said
 * a neighbour"): what follows its verb is who spoke, not what was said.
 */
function afterClosingQuote(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.seg;
  const prev = tokens[at - 1] as Token | undefined;
  const mark = prev?.text === ',' ? (tokens[at - 2] as Token | undefined) : prev;
  return mark !== undefined && ctx.seg.quoteCloses.has(mark.start) && ctx.seg.tokenInQuote[at - 1] !== 1;
}

/**
 * The subject of the clause that ends in a colon right before a quote (tokens `from` to `end`, the quote's
 * opening mark at `end`): the actor before its first finite verb, when it is an entity.
 */
function colonClauseSubject(ctx: Ctx, s: Sentence, from: number, end: number): Found | null {
  const { tokens } = ctx.seg;
  if ((tokens[end - 1] as Token | undefined)?.text !== ':') return null;
  for (let v = from; v < end - 1; v++) {
    const t = tokens[v] as Token;
    if (CLAUSE_BREAK.has(t.text)) return null;
    if (!finiteWord(ctx, t)) continue;
    const subject = subjectBefore(ctx, s, v);
    if (subject === null || subject.entity === null || datelineName(ctx, s, subject)) return null;
    return subject;
  }
  return null;
}

/** Whether a finite verb stands among the words from token `last` back to the clause opening at `clauseStart`. */
function clauseVerbBefore(ctx: Ctx, s: Sentence, last: number, clauseStart: number): boolean {
  const { tokens } = ctx.seg;
  for (let n = last; n >= s.first && (tokens[n] as Token).start >= clauseStart; n--)
    if (finiteWord(ctx, tokens[n] as Token)) return true;
  return false;
}

/** Whether a finite verb stands among the dozen words after token `from`, before a comma ("e" is no "è"). */
function finiteVerbAfter(ctx: Ctx, s: Sentence, from: number): boolean {
  const { tokens } = ctx.seg;
  for (let k = from + 1; k < Math.min(s.last, from + 13); k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    if (!ctx.words.and.includes(t.text.toLowerCase()) && finiteWord(ctx, t)) return true;
  }
  return false;
}

/** "sono crollate", "sono stati": "sono" before a plural participle is a third person plural. */
function pluralPerfect(tokens: readonly Token[], k: number, words: StatementWords): boolean {
  return (
    words.are.has((tokens[k] as Token).key) &&
    words.participlePluralEnding.test((tokens[k + 1] as Token | undefined)?.key ?? '')
  );
}

function isFirstPerson(ctx: Ctx, t: Token): boolean {
  return (
    ctx.lex.firstPerson.has(t.key) ||
    (t.kind === 'word' && t.key.length > 5 && ctx.words.firstPlural.test(t.key)) ||
    (t.kind === 'word' && t.text.length >= 4 && ctx.words.firstFuture.test(t.text) && !ctx.words.notFuture.has(t.key))
  );
}

/**
 * Where speech opened by a colon without quote marks ends: its sentence, and the next ones of
 * the paragraph while they go on in the first person with no quote, colon or reporting verb of
 * their own (one sentence without a first-person word is kept when a first-person one follows).
 */
function speechEnd(ctx: Ctx, s: Sentence): number {
  const { tokens } = ctx.seg;
  const sentences = ctx.seg.sentences;
  let end = s.end;
  let gap = 0;
  for (let n = (tokens[s.first] as Token).sentence + 1; n < sentences.length; n++) {
    const next = sentences[n] as Sentence;
    if (next.paragraph !== s.paragraph || next.boilerplate) break;
    let stop = false;
    let firstPerson = false;
    let cue = false;
    for (let k = next.first; k < next.last && !stop; k++) {
      const t = tokens[k] as Token;
      stop = t.text === ':' || ctx.seg.tokenInQuote[k] === 1;
      cue ||= isCue(t, ctx);
      firstPerson ||= isFirstPerson(ctx, t);
    }
    // A reporting verb in a sentence that does not speak in the first person is the writer's again.
    if (stop || (cue && !firstPerson)) break;
    if (firstPerson) {
      end = next.end;
      gap = 0;
    } else if (++gap > 1) break;
  }
  return end;
}

/**
 * "gli ingegneri dell'Anas", "i tecnici di Legambiente": unnamed members of a named
 * organization speak for it. `head` is the common noun; the organization follows it after "di".
 */
function memberOfOrganization(ctx: Ctx, head: number, end: number): number | null {
  const { tokens } = ctx.seg;
  const of = head + 1;
  if (of >= end || !ctx.words.of.has((tokens[of] as Token).key) || ctx.lex.titles.has((tokens[head] as Token).key))
    return null;
  const ai = ctx.actorAt.get(of + 1);
  if (ai === undefined) return null;
  const actor = ctx.actors[ai] as Actor;
  const type = actor.entity === null ? undefined : ctx.ents.entities[actor.entity]?.type;
  if (actor.entity === null || (type !== 'Organization' && type !== 'Other')) return null;
  return actor.entity;
}

/** The first word starting at or after offset `at`: the word that opens a clause starting there. */
function firstWordFrom(tokens: Token[], at: number): Token | undefined {
  for (let k = tokenAtOrAfter(tokens, at); k < tokens.length; k++)
    if ((tokens[k] as Token).kind === 'word') return tokens[k];
  return undefined;
}

/** The key of the token at `at`, or "" past the ends of the document. */
function keyAt(tokens: Token[], at: number): string {
  return tokens[at]?.key ?? '';
}

/** An article or a demonstrative at `at`, opening a noun phrase: "il gesto", "una bravata", "questa scelta". */
function opensNounPhrase(ctx: Ctx, at: number): boolean {
  const key = keyAt(ctx.seg.tokens, at);
  return ctx.words.articles.has(key) || ctx.words.indefiniteArticles.has(key) || ctx.words.demonstratives.has(key);
}

/**
 * A noun naming something said at token `k`, with its source after "di" ("la replica di X", "lo
 * sfogo del ministro X", "la risposta secca di X", "la replica da parte di X"): that source.
 */
function speechNounSource(
  ctx: Ctx,
  k: number,
  limit: number,
  nouns: ReadonlySet<string> = ctx.lex.speechNouns,
): Found | null {
  const { tokens } = ctx.seg;
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word' || !nouns.has(t.key)) return null;
  let of = k + 1;
  const adjective = tokens[of];
  if (
    !ctx.words.of.has(keyAt(tokens, of)) &&
    adjective?.kind === 'word' &&
    !adjective.cap &&
    ctx.words.of.has(keyAt(tokens, of + 1))
  )
    of++;
  if (!ctx.words.of.has(keyAt(tokens, of))) {
    const part = phraseAt(tokens, of, ctx.words.onThePart);
    if (part === 0 || !ctx.words.of.has(keyAt(tokens, of + part))) return null;
    of += part;
  }
  if (of + 1 >= limit) return null;
  // "la replica della società X": a noun saying what kind of body X is, between "di" and its name.
  const noun = tokens[of + 1];
  const kindOfBody = noun?.kind === 'word' && !noun.cap && ctx.lex.orgCues.has(noun.key);
  const ai = (kindOfBody ? ctx.actorAt.get(of + 2) : undefined) ?? ctx.actorAt.get(of + 1);
  return ai === undefined ? null : found(ctx.actors[ai] as Actor, 'speaker.of-speech-noun');
}

/**
 * "si legge nella nota della Regione", "si legge in una nota di X" at token `k`: the author of the document
 * read, named after it.
 */
function documentRead(ctx: Ctx, k: number, limit: number): Found | null {
  const { tokens } = ctx.seg;
  if (!ctx.words.reflexiveSiKeys.has(keyAt(tokens, k)) || !ctx.words.read.has(keyAt(tokens, k + 1))) return null;
  let m = k + 2;
  if (ctx.words.prepositions.has(keyAt(tokens, m))) m++;
  if (ctx.words.articles.has(keyAt(tokens, m)) || ctx.words.indefinite.has(keyAt(tokens, m))) m++;
  const source = documentAt(ctx, m, limit);
  return source && found(source, 'speaker.document-author');
}

/** A document at token `m` named with its author ("la nota della Regione", "il comunicato dell'Atac"): the author. */
function documentAt(ctx: Ctx, m: number, limit: number): Found | null {
  // Read whole as a source with its author.
  const whole = ctx.actorAt.get(m);
  if (
    whole !== undefined &&
    (ctx.actors[whole] as Actor).kind === 'source' &&
    (ctx.actors[whole] as Actor).entity !== null
  )
    return found(ctx.actors[whole] as Actor, 'speaker.of-speech-noun');
  return speechNounSource(ctx, m, limit, ctx.lex.sourceNouns);
}

/**
 * "Nella nota della Regione si legge che …", "Si legge nel comunicato del Comune che …": the clause after "che" is
 * what the document's author, named after the document before or after "si legge", says.
 */
function documentReadThat(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let k = s.first; k < s.last - 3; k++) {
    if (!ctx.words.reflexiveSiKeys.has(keyAt(tokens, k)) || !ctx.words.read.has(keyAt(tokens, k + 1))) continue;
    if (
      ctx.seg.tokenInQuote[k] === 1 ||
      ctx.out.some((o) => o.start <= (tokens[k] as Token).start && o.end > (tokens[k] as Token).start)
    )
      return;
    let source = documentRead(ctx, k, s.last);
    let that = k + 2;
    if (source !== null) {
      that = source.last;
      while (that < s.last && !ctx.words.that.has(keyAt(tokens, that)) && that - source.last < 3) that++;
    } else {
      // The document named before: "Nella nota della Regione si legge che …".
      for (let d = s.first; d < k - 2 && source === null; d++)
        if (ctx.words.prepositions.has(keyAt(tokens, d))) {
          const noun = ctx.words.articles.has(keyAt(tokens, d + 1)) ? d + 2 : d + 1;
          const named = documentAt(ctx, noun, k);
          source = named && found(named, 'speaker.document-author');
        }
    }
    if (source === null || !ctx.words.that.has(keyAt(tokens, that)) || that + 2 >= s.last) return;
    const speaker = speakerOf(ctx, source);
    push(
      ctx,
      'statement.document-read-that',
      s,
      speaker,
      source,
      (tokens[that + 1] as Token).start,
      clauseEnd(ctx, s, that, false),
      'indirect',
      tokensText(ctx.seg, k, k + 1),
      0.75,
    );
    return;
  }
}

/** "con queste parole X ha …": the subject after the phrase that points back at a quote. */
function withTheseWords(ctx: Ctx, k: number, limit: number): Found | null {
  const { tokens } = ctx.seg;
  if (
    !ctx.words.with.has(keyAt(tokens, k)) ||
    !ctx.words.such.includes(keyAt(tokens, k + 1)) ||
    !ctx.words.wordsNouns.includes(keyAt(tokens, k + 2))
  )
    return null;
  for (let a = k + 3; a < Math.min(limit, k + 6); a++) {
    const ai = ctx.actorAt.get(a);
    if (ai !== undefined) return found(ctx.actors[ai] as Actor, 'speaker.subject-after-cue');
  }
  return null;
}

/** The clause ending at character `end` is followed by a colon. */
function beforeColon(ctx: Ctx, end: number): boolean {
  return /^\s*:/.test(ctx.seg.text.slice(end, end + 4));
}

/** An unnamed subject written after the reporting verb ("«…» hanno commentato i ragazzi", "ha spiegato un testimone"). */
function unnamedAfter(ctx: Ctx, from: number, limit: number): Speaker | null {
  const { tokens, text } = ctx.seg;
  const det = tokens[from];
  const head = tokens[from + 1];
  // "«…», ha detto il primo cittadino": another name of an office the article has named one holder of.
  const office =
    det !== undefined && ctx.words.subjectDeterminers.has(det.key) && !ctx.actorAt.has(from + 1)
      ? officeAt(ctx, from + 1, limit)
      : null;
  const officeHolder = office === null ? null : holderBefore(ctx, office.names, from);
  if (officeHolder !== null && office !== null)
    return { ...officeHolder, text: text.slice((det as Token).start, (tokens[office.end - 1] as Token).end) };
  if (
    det === undefined ||
    head === undefined ||
    from + 1 >= limit ||
    !ctx.words.subjectDeterminers.has(det.key) ||
    head.kind !== 'word' ||
    head.cap ||
    ctx.lex.speechCues.has(head.key) ||
    ctx.lex.titles.has(head.key) ||
    ctx.actorAt.has(from + 1)
  )
    return null;
  let end = from + 2;
  while (
    end < limit &&
    end - from < 8 &&
    (tokens[end] as Token).kind === 'word' &&
    !ctx.words.clauseWords.has((tokens[end] as Token).key) &&
    !(ctx.words.prepositions.has((tokens[end] as Token).key) && !ctx.words.of.has((tokens[end] as Token).key))
  )
    end++;
  const written = text.slice(det.start, (tokens[end - 1] as Token).end);
  return bodySpeaker(ctx, from + 1, end, written) ?? { entity: null, text: written, how: ['speaker.unnamed-subject'] };
}

/**
 * An unnamed source headed by the common noun at token `head` (up to token `end`) that speaks for
 * someone named: a body of a country ("il governo cileno") or members of a named organization
 * ("gli ingegneri del X").
 */
function bodySpeaker(ctx: Ctx, head: number, end: number, written: string): Speaker | null {
  const country = ctx.words.bodyNouns.has((ctx.seg.tokens[head] as Token).key) ? countryOf(ctx, head, end) : null;
  if (country !== null) return { entity: country, text: written, how: ['speaker.body-of-country'] };
  const body = memberOfOrganization(ctx, head, end);
  if (body !== null) return { entity: body, text: written, how: ['speaker.body-of-named'] };
  // "secondo il quotidiano X", "secondo l'agenzia X": the body named right after its noun.
  const ai = ctx.actorAt.get(head + 1);
  const named = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
  const type = named?.entity == null ? undefined : ctx.ents.entities[named.entity]?.type;
  return named !== undefined && named.entity !== null && named.last <= end && type === 'Organization'
    ? { entity: named.entity, text: written, how: ['speaker.named-after-noun'] }
    : null;
}

/**
 * "X scrive un post, in cui critica …", "X ha pubblicato una nota nella quale denuncia …": a
 * reporting verb opening a relative clause of place has the main clause's subject.
 */
function mainSubject(ctx: Ctx, s: Sentence, at: number): Found | null {
  const { tokens } = ctx.seg;
  let k = at - 1;
  while (
    k > s.first &&
    (ctx.words.adverbs.has((tokens[k] as Token).key) || ctx.words.adverbEnding.test((tokens[k] as Token).key))
  )
    k--;
  const last = (tokens[k] as Token | undefined)?.key ?? '';
  const prev = (tokens[k - 1] as Token | undefined)?.key ?? '';
  const opens =
    (ctx.words.relativeCui.has(last) && ctx.words.relativeOpeners.includes(prev)) ||
    (ctx.words.relativeQuale.has(last) && ctx.words.relativeQualePreps.has(prev));
  if (!opens || (tokens[k - 2] as Token | undefined)?.text !== ',') return null;
  const actor = subjectBefore(ctx, s, k - 2);
  return actor ? found({ ...actor, how: [] } as Found, 'speaker.main-clause-subject') : null;
}

/**
 * "L'associazione ha spiegato …", "la società ha smentito …": a definite organization noun alone
 * names the organization of that kind named before it: one whose name opens with the noun
 * ("Associazione Italiana …"), else the only organization named in the two sentences before.
 */
function organizationNamedBefore(ctx: Ctx, det: number): number | null {
  const { tokens } = ctx.seg;
  const head = tokens[det + 1] as Token;
  if (!ctx.words.singularArticles.includes((tokens[det] as Token).key) || !ctx.lex.orgCues.has(head.key)) return null;
  const sentence = head.sentence;
  const before = ctx.actors.filter(
    (a) =>
      a.first < det && a.entity !== null && ['Organization', 'Other'].includes(ctx.ents.entities[a.entity]?.type ?? ''),
  );
  const headed = before.filter((a) =>
    normKey((ctx.ents.entities[a.entity as number] as LocalEntity).name).startsWith(`${head.key} `),
  );
  if (headed.length > 0) return (headed[headed.length - 1] as Actor).entity;
  // The organization that is the subject of the sentence before.
  const previous = ctx.index.bySentence[sentence - 1]?.[0];
  if (
    previous &&
    before.includes(previous) &&
    !ctx.words.prepositions.has((tokens[previous.first - 1] as Token | undefined)?.key ?? '')
  )
    return previous.entity;
  const near = new Set(before.filter((a) => a.sentence >= sentence - 2).map((a) => a.entity));
  const [only] = near;
  return near.size === 1 && only !== undefined ? only : null;
}

/**
 * "Nel suo ultimo romanzo, Il Grande Inganno, ha rivelato …": a name between commas after a prepositional
 * phrase names what the phrase speaks of, not the subject.
 */
function appositionToPhrase(ctx: Ctx, s: Sentence, a: Actor): boolean {
  const { tokens } = ctx.seg;
  if ((tokens[a.first - 1] as Token | undefined)?.text !== ',' || (tokens[a.last] as Token | undefined)?.text !== ',')
    return false;
  let open = a.first - 2;
  while (
    open > s.first &&
    (tokens[open - 1] as Token).text !== ',' &&
    !CLAUSE_BREAK.has((tokens[open - 1] as Token).text)
  )
    open--;
  if (!ctx.words.prepositions.has((tokens[open] as Token).key)) return false;
  // "In un'intervista al quotidiano Y, il ministro X, …": a phrase that names someone itself is a setting.
  for (let k = open; k < a.first - 1; k++) if (ctx.actorAt.has(k)) return false;
  return true;
}

/** Nothing but connectives before token `i` in its sentence ("Infatti, secondo …", "Ma secondo …"). */
function openingOnly(ctx: Ctx, s: Sentence, i: number): boolean {
  for (let k = s.first; k < i; k++) {
    const t = ctx.seg.tokens[k] as Token;
    if (
      t.text !== ',' &&
      !ctx.words.connectives.has(t.key) &&
      !ctx.words.adverbs.has(t.key) &&
      !ctx.words.openingConnectives.has(t.key)
    )
      return false;
  }
  return true;
}

/**
 * "secondo gli ingegneri del laboratorio, …", "…, secondo la stessa fonte.": a source that names
 * no one. The clause after the comma, or before "secondo" when it closes the sentence.
 */
function secondoUnnamed(ctx: Ctx, s: Sentence, i: number): void {
  const { tokens, text } = ctx.seg;
  const det = tokens[i + 1];
  const head = tokens[i + 2];
  if (
    !det ||
    !head ||
    !ctx.words.subjectDeterminers.has(det.key) ||
    head.kind !== 'word' ||
    head.cap ||
    // "secondo l'accusa", "secondo la denuncia": after its article a noun of words said, whatever verb it also spells.
    (ctx.lex.speechCues.has(head.key) && !ctx.lex.speechNouns.has(head.key))
  )
    return;
  if (ctx.words.relativeHeads.has(head.key)) return;
  let end = i + 3;
  while (
    end < s.last &&
    end - i < 10 &&
    (tokens[end] as Token).kind === 'word' &&
    !ctx.words.clauseWords.has((tokens[end] as Token).key) &&
    !ctx.lex.speechCues.has((tokens[end] as Token).key)
  )
    end++;
  const written = text.slice(det.start, (tokens[end - 1] as Token).end);
  // "secondo l'accusa": another name of an office names the one person written before with any of its names.
  const office = officeAt(ctx, i + 2, end);
  const holder = office === null ? null : holderBefore(ctx, office.names, i);
  const speaker: Speaker = (holder?.entity != null ? { ...holder, text: written } : null) ??
    bodySpeaker(ctx, i + 2, end, written) ?? {
      entity: null,
      text: written,
      how: ['speaker.unnamed-after-secondo'],
    };
  const after = tokens[end];
  // "Secondo la televisione di Stato invece i tre sono …": a sentence connective closes the source.
  const connective = tokens.slice(i + 3, end).findIndex((w) => ctx.words.sourceClosers.has(w.key));
  if (connective >= 0 && i + 3 + connective < s.last - 3 && openingOnly(ctx, s, i)) {
    const close = i + 3 + connective;
    const written = text.slice(det.start, (tokens[close - 1] as Token).end);
    const source: Speaker = bodySpeaker(ctx, i + 2, close, written) ?? {
      entity: null,
      text: written,
      how: ['speaker.unnamed-after-secondo'],
    };
    const from = (tokens[close + 1] as Token).text === ',' ? close + 2 : close + 1;
    // Up to a colon that opens the source's own words.
    let to = from;
    while (to < s.last && (tokens[to] as Token).text !== ':') to++;
    push(
      ctx,
      'statement.secondo-then-clause',
      s,
      source,
      null,
      (tokens[from] as Token).start,
      to < s.last ? (tokens[to] as Token).start : s.end,
      'indirect',
      ctx.words.accordingCue,
      0.6,
    );
    return;
  }
  // "… 18 feriti (secondo le prime notizie).": the source in brackets closing the sentence.
  const bracketed = (tokens[i - 1] as Token | undefined)?.text === '(' && after?.text === ')' && end >= s.last - 2;
  if (i > s.first + 2 && ((end >= s.last - 1 && (tokens[i - 1] as Token).text === ',') || bracketed))
    push(
      ctx,
      bracketed ? 'statement.bracketed-secondo' : 'statement.clause-then-secondo',
      s,
      speaker,
      null,
      s.start,
      (tokens[i - 1] as Token).start,
      'indirect',
      ctx.words.accordingCue,
      0.65,
    );
  else if (after && after.text === ',' && openingOnly(ctx, s, i) && end < s.last - 3)
    push(
      ctx,
      'statement.secondo-then-clause',
      s,
      speaker,
      null,
      after.end,
      s.end,
      'indirect',
      ctx.words.accordingCue,
      0.65,
    );
  else if (after && after.text === ',' && parenthetical(ctx, s, i) && end < s.last - 3)
    push(
      ctx,
      'statement.secondo-then-clause',
      s,
      speaker,
      null,
      s.start,
      s.end,
      'indirect',
      ctx.words.accordingCue,
      0.65,
    );
}

/**
 * "Il ponte, secondo X, resterà chiuso": an attribution set between commas inside its clause
 * (more than connectives before it), which credits the whole sentence.
 */
function parenthetical(ctx: Ctx, s: Sentence, i: number): boolean {
  if (i <= s.first + 1 || (ctx.seg.tokens[i - 1] as Token).text !== ',' || openingOnly(ctx, s, i)) return false;
  // "È stato comunicato che …, secondo X": a clause with a reporting verb of its own is not set inside.
  for (let k = s.first; k < i; k++) if (isCue(ctx.seg.tokens[k], ctx)) return false;
  return true;
}

/**
 * A sentence with no quote and no statement of its own, credited by the next one ("Il ponte
 * riaprirà lunedì. Lo ha annunciato il sindaco X." / "La notizia è stata confermata da X."): indirect
 * speech of that source, the whole sentence.
 */
function creditedSentence(ctx: Ctx, s: Sentence, sentenceIdx: number): void {
  if ((ctx.seg.sentenceQuotes[sentenceIdx] ?? []).length > 0) return;
  if (ctx.out.some((o) => o.sentenceIndex === sentenceIdx)) return;
  const next = nextSentenceSpeaker(ctx, sentenceIdx);
  if (next === null) return;
  push(
    ctx,
    'statement.sentence-credited-by-next',
    s,
    next.speaker,
    next.actor,
    pastDateline(ctx, s),
    s.end,
    'indirect',
    next.cue,
    0.75,
  );
}

/**
 * "l'assessore Ugo Brenta", "dell'assessore Ugo Brenta": an article (or none, after one joined to "di") and a noun
 * for a person at token `at`, then a name; the roles stage makes a role of a title with its name, not of such a noun.
 */
function personNounThenName(ctx: Ctx, at: number): boolean {
  const { tokens } = ctx.seg;
  const noun = ctx.words.articles.has(keyAt(tokens, at)) ? at + 1 : at;
  return ctx.lex.personNouns.has(keyAt(tokens, noun)) && ctx.actorAt.has(noun + 1);
}

/** The speaker a cue in the next sentence credits. */
function nextSentenceCredit(ctx: Ctx, actor: Actor): Speaker {
  return speakerOf(ctx, found(actor, 'speaker.next-sentence'));
}

/**
 * The subject written from token `from` on, credited with the sentence before, its cue the words from the sentence's
 * start to token `cueEnd`; null with no subject, or when a colon after it opens words of its own.
 */
function subjectAfterCredits(
  ctx: Ctx,
  s: Sentence,
  from: number,
  cueEnd: number,
): { speaker: Speaker; actor: Actor | null; cue: string } | null {
  const actor = subjectAfter(ctx, s, from, s.last);
  if (actor === null || colonAfterCredit(ctx, s, actor)) return null;
  return { speaker: nextSentenceCredit(ctx, actor), actor, cue: tokensText(ctx.seg, s.first, cueEnd) };
}

/** A reporting infinitive with an object pronoun joined to it ("dirlo", "annunciarlo"). */
function saidItInfinitive(ctx: Ctx, t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  for (const pronoun of ctx.words.encliticObjects) {
    if (!t.key.endsWith(pronoun) || t.key.length <= pronoun.length + 2) continue;
    if (ctx.lex.speechInfinitives.has(`${t.key.slice(0, t.key.length - pronoun.length)}e`)) return true;
  }
  return false;
}

/** The text from the start of token `from` to the end of token `to`. */
function tokensText(seg: Segmentation, from: number, to: number): string {
  return seg.text.slice((seg.tokens[from] as Token).start, (seg.tokens[to] as Token).end);
}

/** The speaker a sentence credits the sentence before with: "Lo ha detto X", "Così X", "Sono le parole di X". */
function nextSentenceSpeaker(
  ctx: Ctx,
  sentenceIdx: number,
): { speaker: Speaker; actor: Actor | null; cue: string } | null {
  const s = ctx.seg.sentences[sentenceIdx + 1];
  if (s === undefined) return null;
  const { tokens } = ctx.seg;
  const first = tokens[s.first] as Token;
  if (ctx.words.objectPronouns.has(first.key)) {
    const cue = cueAt(ctx, s.first + 1, s.last);
    if (cue === null) return null;
    return subjectAfterCredits(ctx, s, cue + 1, cue);
  }
  // "Ne è convinto il sindaco X": a conviction held of what the sentence before says.
  if (
    ctx.words.ofItPronouns.has(first.key) &&
    ctx.words.essere.has(keyAt(tokens, s.first + 1)) &&
    ctx.words.convictionAdjectives.has(keyAt(tokens, s.first + 2))
  ) {
    return subjectAfterCredits(ctx, s, s.first + 3, s.first + 2);
  }
  // "A dirlo è il sindaco X", "A confermarlo è stato il prefetto X": a reporting infinitive and its pronoun, then
  // its subject after "è": what the pronoun stands for is the sentence before.
  if (ctx.words.toKeys.has(first.key) && saidItInfinitive(ctx, tokens[s.first + 1])) {
    let k = s.first + 2;
    if (!ctx.words.essere.has(keyAt(tokens, k))) return null;
    k++;
    if (ctx.words.passiveAux.has(keyAt(tokens, k))) k++;
    return subjectAfterCredits(ctx, s, k, s.first + 1);
  }
  if (ctx.words.so.has(first.key)) {
    const ai =
      ctx.actorAt.get(s.first + 1) ?? (tokens[s.first + 1]?.text === ',' ? ctx.actorAt.get(s.first + 2) : undefined);
    const actor = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
    return actor ? { speaker: nextSentenceCredit(ctx, actor), actor, cue: first.text } : null;
  }
  // "La notizia è stata diffusa da X", "La circostanza è stata poi confermata dal ministero".
  const noun = ctx.words.nameArticlesBefore.has(first.key) ? s.first + 1 : s.first;
  if (ctx.words.newsNouns.has((tokens[noun] as Token | undefined)?.key ?? '')) {
    let k = noun + 1;
    while (
      k < s.last &&
      (ctx.words.essere.has((tokens[k] as Token).key) ||
        ctx.words.passiveAux.has((tokens[k] as Token).key) ||
        ctx.words.before.has((tokens[k] as Token).key) ||
        adverbialStartingAt(tokens, k, ctx.words) > 0)
    )
      k += Math.max(1, adverbialStartingAt(tokens, k, ctx.words));
    if (k === noun + 1 || !(cueParticiple(tokens[k], ctx) || ctx.words.newsParticiples.has((tokens[k] as Token).key)))
      return null;
    for (let a = k + 1; a < Math.min(s.last, k + 4); a++) {
      if (!ctx.words.agentPreps.has((tokens[a] as Token).key)) continue;
      const ai = ctx.actorAt.get(a + 1);
      if (ai !== undefined) {
        const actor = ctx.actors[ai] as Actor;
        return { speaker: nextSentenceCredit(ctx, actor), actor, cue: tokensText(ctx.seg, s.first, k) };
      }
      // "da alcuni testimoni": an unnamed source, up to a second agent ("… e poi confermata da Y").
      let limit = a + 2;
      while (limit < s.last && !ctx.words.agentLimits.includes((tokens[limit] as Token).key)) limit++;
      const unnamed = unnamedAfter(ctx, a + 1, limit);
      return unnamed ? { speaker: unnamed, actor: null, cue: tokensText(ctx.seg, s.first, k) } : null;
    }
    return null;
  }
  const what = whatWasSaid(ctx, s);
  if (what !== null) return what;
  // "(Queste) sono le parole di X", "Sono parole di X".
  for (let k = s.first; k < Math.min(s.last, s.first + 4); k++) {
    const t = tokens[k] as Token;
    if (
      ctx.words.statementNouns.has(t.key) &&
      ctx.words.wordsOf.includes((tokens[k + 1] as Token | undefined)?.key ?? '')
    ) {
      const ai = ctx.actorAt.get(k + 2) ?? (personNounThenName(ctx, k + 2) ? ctx.actorAt.get(k + 3) : undefined);
      const actor = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
      return actor
        ? { speaker: nextSentenceCredit(ctx, actor), actor, cue: tokensText(ctx.seg, s.first, k + 1) }
        : null;
    }
  }
  // "È la denuncia del sindacato X", "È l'allarme di X": a noun of something said after "è" names its source.
  if (ctx.words.essere.has(first.key)) {
    const noun = ctx.words.articles.has((tokens[s.first + 1] as Token | undefined)?.key ?? '')
      ? s.first + 2
      : s.first + 1;
    const source = speechNounSource(ctx, noun, s.last);
    if (source !== null)
      return { speaker: nextSentenceCredit(ctx, source), actor: source, cue: tokensText(ctx.seg, s.first, noun) };
  }
  return null;
}

/**
 * "Lo ha detto il ministro X durante la conferenza: il porto …": a colon after the source, before any comma,
 * opens what "lo" stands for, so the pronoun points forward and credits nothing before it ("Lo ha detto X,
 * aggiungendo: …" still points back).
 */
function colonAfterCredit(ctx: Ctx, s: Sentence, actor: Actor): boolean {
  const { tokens } = ctx.seg;
  for (let k = actor.last; k < Math.min(s.last - 1, actor.last + 8); k++) {
    const text = (tokens[k] as Token).text;
    if (text === ',' || text === ';') return false;
    if (text === ':' && ctx.seg.tokenInQuote[k] !== 1) return true;
  }
  return false;
}

/** How many words a time or place phrase closing a sentence after its reporting verb may run ("on Friday"). */
const CLOSING_PHRASE_WORDS = 4;

/** Whether only the sentence's end, or a short phrase of words with no verb, comes from token `from` on. */
function closesSentence(ctx: Ctx, s: Sentence, from: number): boolean {
  const { tokens } = ctx.seg;
  let k = from;
  while (k < s.last && (tokens[k] as Token).kind !== 'punct' && k - from < CLOSING_PHRASE_WORDS) {
    if (finiteWord(ctx, tokens[k] as Token) || ctx.words.that.has((tokens[k] as Token).key)) return false;
    k++;
  }
  return k >= s.last || (tokens[k] as Token).text === '.';
}

/**
 * statement.clause-then-subject-cue: "The plan was wrong, Mark Dalton said." / "Il piano è sbagliato, Marco Dalvesi
 * ha spiegato.": a clause with a verb of its own, a comma, then a named source and its reporting verb closing the
 * sentence (a quote before the comma is read by the quote layouts, a condition or time clause is no words said).
 */
function clauseThenSubjectCue(ctx: Ctx, s: Sentence, cueFirst: number, cue: number, cueText: string): boolean {
  const { tokens } = ctx.seg;
  const actor = ctx.index.byLast.get(cueFirst);
  if (
    actor === undefined ||
    !((actor.entity !== null && actor.kind === 'name') || actor.kind === 'unnamed') ||
    (tokens[actor.first - 1] as Token | undefined)?.text !== ',' ||
    actor.first - 1 <= s.first + 2 ||
    !closesSentence(ctx, s, cue + 1) ||
    ctx.seg.quoteCloses.has((tokens[actor.first - 2] as Token).start)
  )
    return false;
  const comma = actor.first - 1;
  // A dateline opening the sentence ("LONDON — …") is no part of what was said.
  const clauseStart = Math.max(clauseOpening(ctx, s, comma - 1), pastDateline(ctx, s));
  const opener = firstWordFrom(tokens, clauseStart);
  if (opener === undefined || ctx.words.subordinators.has(opener.key)) return false;
  if (!clauseVerbBefore(ctx, s, comma - 1, clauseStart)) return false;
  const speaker = speakerOf(ctx, found(actor, 'speaker.subject-before-cue'));
  push(
    ctx,
    'statement.clause-then-subject-cue',
    s,
    speaker,
    actor,
    clauseStart,
    (tokens[comma] as Token).start,
    'indirect',
    cueText,
    0.75,
  );
  return true;
}

/**
 * Where the clause a reporting verb at `cue` takes without "that" opens ("said the plan was wrong", "told reporters
 * they would stay"): past press nouns, a determiner, a subject pronoun or a name, with a finite verb among the next
 * words before any comma; -1 when the verb takes no such clause.
 */
function zeroThatClause(ctx: Ctx, s: Sentence, cue: number): number {
  const { tokens } = ctx.seg;
  if (!ctx.words.zeroThatCues.has((tokens[cue] as Token).key)) return -1;
  let open = cue + 1;
  while (open < s.last && ctx.words.pressNouns.includes((tokens[open] as Token).key)) open++;
  const first = tokens[open];
  if (first === undefined || first.kind !== 'word' || !(first.cap || ctx.words.zeroThatOpeners.has(first.key)))
    return -1;
  for (let k = open + 1; k < Math.min(s.last, open + 8); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return -1;
    if (finiteWord(ctx, t)) return open;
  }
  return -1;
}

/** The reporting verb of "come ha spiegato X", "come riferito dalla polizia" when "come" is token `at`, else null. */
function asCueAt(ctx: Ctx, s: Sentence, at: number): number | null {
  const { tokens } = ctx.seg;
  if (!ctx.words.as.has((tokens[at] as Token | undefined)?.key ?? '')) return null;
  let cue = at + 1;
  while (
    cue < Math.min(s.last, at + 5) &&
    (ctx.words.aux.has((tokens[cue] as Token).key) || ctx.words.adverbs.has((tokens[cue] as Token).key))
  )
    cue++;
  const verb = tokens[cue];
  if (verb === undefined || cue >= s.last || !(isCue(verb, ctx) || cueParticiple(verb, ctx))) return null;
  return cue;
}

/**
 * "La donna è esistita davvero, come affermava X": a clause, then "come" and a reporting verb with its
 * subject or agent, is that source's claim too; the clause is the statement before it in the sentence
 * when one ends at the comma, else the clause the comma closes.
 */
function clauseThenAsCue(ctx: Ctx, s: Sentence): void {
  const { tokens, text } = ctx.seg;
  for (let comma = s.first + 3; comma < s.last - 2; comma++) {
    if ((tokens[comma] as Token).text !== ',' || ctx.seg.tokenInQuote[comma] === 1) continue;
    const cue = asCueAt(ctx, s, comma + 1);
    if (cue === null) continue;
    const verb = tokens[cue] as Token;
    const by = ctx.words.agentPreps.has((tokens[cue + 1] as Token | undefined)?.key ?? '')
      ? ctx.actorAt.get(cue + 2)
      : undefined;
    const source =
      by !== undefined
        ? found(ctx.actors[by] as Actor, 'speaker.agent-after-da')
        : subjectAfter(ctx, s, cue + 1, s.last);
    if (source === null || (!isCue(verb, ctx) && by === undefined)) continue;
    const end = (tokens[comma - 1] as Token).end;
    const said = ctx.out.find((o) => o.end === end && o.kind === 'indirect' && o.start >= s.start);
    let start = s.start;
    for (let k = comma - 1; k >= s.first && !said; k--)
      if (CLAUSE_BREAK.has((tokens[k] as Token).text) || ctx.words.complementizer.has((tokens[k] as Token).key)) {
        start = (tokens[k + 1] as Token).start;
        break;
      }
    push(
      ctx,
      'statement.clause-then-as-cue',
      s,
      speakerOf(ctx, source),
      source,
      said ? said.start : start,
      end,
      'indirect',
      text.slice((tokens[comma + 1] as Token).start, verb.end),
      0.7,
    );
  }
}

/**
 * "Come ha spiegato il ministro X, la riforma …", "Come riferito dalla polizia, …", "Come ha
 * scherzato un collega, …": a sentence opened by "come" and a reporting verb says what the verb's
 * subject (or its agent after "da") said; the reported clause follows the comma
 * (`statement.as-cue-then-clause`). With nothing between the verb and the comma, the current speaker.
 */
function asCueThenClause(ctx: Ctx, s: Sentence): void {
  const { tokens, text } = ctx.seg;
  if (!ctx.words.as.has(tokens[s.first]?.key ?? '')) return;
  let cue = s.first + 1;
  while (
    cue < Math.min(s.last, s.first + 5) &&
    (ctx.words.aux.has((tokens[cue] as Token).key) || ctx.words.adverbs.has((tokens[cue] as Token).key))
  )
    cue++;
  const verb = tokens[cue];
  if (verb === undefined || !(isCue(verb, ctx) || cueParticiple(verb, ctx))) return;
  let comma = cue + 1;
  while (comma < Math.min(s.last, cue + 14) && tokens[comma]?.text !== ',') {
    if (CLAUSE_BREAK.has((tokens[comma] as Token).text) || ctx.seg.tokenInQuote[comma]) return;
    comma++;
  }
  if (tokens[comma]?.text !== ',' || comma + 3 >= s.last) return;
  let speaker: Speaker | null;
  let actor: Actor | null = null;
  if (comma === cue + 1) speaker = lastSpeaker(ctx, s);
  else {
    // "Come riferito dalla polizia": the agent after "da"; "come raccontato in tribunale dai vicini" past a place.
    let from = cue + 1;
    while (from < comma && !ctx.words.agentPreps.has((tokens[from] as Token).key) && from - cue < 4) from++;
    const agent = from < comma && ctx.words.agentPreps.has((tokens[from] as Token).key);
    const ai = agent ? ctx.actorAt.get(from + 1) : undefined;
    const subject =
      ai !== undefined
        ? found(ctx.actors[ai] as Actor, 'speaker.agent-after-da')
        : !agent
          ? subjectAfter(ctx, s, cue + 1, comma)
          : null;
    if (subject !== null) {
      actor = subject;
      speaker = speakerOf(ctx, subject);
    } else if (!agent) speaker = unnamedAfter(ctx, cue + 1, comma);
    else {
      // "dai camerieri", "dagli abitanti": the article is in the preposition.
      const head = tokens[from + 1] as Token;
      speaker =
        unnamedAfter(ctx, from + 1, comma) ??
        (!ctx.words.by.has((tokens[from] as Token).key) &&
        head.kind === 'word' &&
        !head.cap &&
        !ctx.lex.titles.has(head.key)
          ? {
              entity: null,
              text: text.slice(head.start, (tokens[comma - 1] as Token).end),
              how: ['speaker.unnamed-subject'],
            }
          : null);
    }
  }
  if (speaker === null) return;
  const cueText = text.slice((tokens[s.first] as Token).start, verb.end);
  push(
    ctx,
    'statement.as-cue-then-clause',
    s,
    speaker,
    actor,
    (tokens[comma + 1] as Token).start,
    clauseEnd(ctx, s, comma, false),
    'indirect',
    cueText,
    actor ? 0.75 : 0.65,
  );
}

/**
 * "Il ponte, spiega il sindaco, resterà chiuso", "In città, scrive la stampa locale, la tensione è
 * alta": a reporting verb and its subject set between commas inside a sentence with no quote marks
 * and no other statement; the whole sentence is what the subject said (`statement.cue-set-inside`).
 */
function cueSetInside(ctx: Ctx, s: Sentence, sentenceIdx: number): void {
  const { tokens, text } = ctx.seg;
  if ((ctx.seg.sentenceQuotes[sentenceIdx] ?? []).length > 0) return;
  if (ctx.out.some((o) => o.sentenceIndex === sentenceIdx)) return;
  for (let c = s.first + 2; c < s.last - 4; c++) {
    if ((tokens[c] as Token).text !== ',') continue;
    let cue = c + 1;
    while (
      cue < c + 4 &&
      (ctx.words.aux.has((tokens[cue] as Token).key) || ctx.words.adverbs.has((tokens[cue] as Token).key))
    )
      cue++;
    const verb = tokens[cue];
    if (
      verb === undefined ||
      !isCue(verb, ctx) ||
      isGerund(verb, ctx.words) ||
      (isParticiple(verb, ctx.words) && cue === c + 1)
    )
      continue;
    let close = cue + 1;
    while (close < Math.min(s.last, cue + 10) && (tokens[close] as Token).text !== ',') {
      if (CLAUSE_BREAK.has((tokens[close] as Token).text) || ctx.words.that.has((tokens[close] as Token).key)) break;
      close++;
    }
    if ((tokens[close] as Token | undefined)?.text !== ',' || close + 3 >= s.last) continue;
    let speaker: Speaker | null;
    let actor: Actor | null = null;
    // "X, avrebbe confermato, …": a name just before the comma is the verb's subject, not an insertion.
    if (close === cue + 1) speaker = ctx.index.byLast.has(c) ? null : lastSpeaker(ctx, s);
    else {
      actor = subjectAfter(ctx, s, cue + 1, close);
      // "nota anche come la X": a name after a preposition is not the subject.
      if (actor && tokens.slice(cue + 1, actor.first).some((t) => ctx.words.prepositions.has(t.key))) continue;
      speaker = actor ? speakerOf(ctx, actor) : unnamedAfter(ctx, cue + 1, close);
    }
    if (speaker === null) continue;
    const cueText = text.slice((tokens[c + 1] as Token).start, verb.end);
    // "…, ma in città, scrive la stampa, …": the clause the insertion sits in, not the one before "ma".
    let from = c - 1;
    while (
      from > s.first &&
      (tokens[from - 1] as Token).text !== ';' &&
      !(ctx.words.contrastWords.includes((tokens[from - 1] as Token).key) && (tokens[from - 2] as Token).text === ',')
    )
      from--;
    const start = (tokens[from] as Token).start;
    push(ctx, 'statement.cue-set-inside', s, speaker, actor, start, s.end, 'indirect', cueText, actor ? 0.7 : 0.6);
    return;
  }
}

/**
 * "Arrestato con l'accusa di rapina", "respinta con la motivazione che mancavano prove": a charge
 * or a ground stated by an unnamed source (`statement.charge-noun`, `speaker.unstated-source`):
 * after "di" the noun phrase up to a comma, after "che" the clause.
 */
function chargeNoun(ctx: Ctx, s: Sentence): void {
  const { tokens, text } = ctx.seg;
  for (let k = s.first; k < s.last - 3; k++) {
    if (!ctx.words.with.has((tokens[k] as Token).key)) continue;
    const noun = ctx.words.articles.has((tokens[k + 1] as Token).key) ? k + 2 : k + 1;
    if (!ctx.words.chargeNouns.has((tokens[noun] as Token | undefined)?.key ?? '')) continue;
    const link = tokens[noun + 1];
    if (link === undefined || !(ctx.words.ofBare.has(link.key) || ctx.words.that.has(link.key)) || noun + 3 >= s.last)
      continue;
    const next = tokens[noun + 2] as Token;
    if (next.kind !== 'word' && !ctx.seg.tokenInQuote[noun + 2]) continue;
    const speaker: Speaker = { entity: null, text: null, how: ['speaker.unstated-source'] };
    push(
      ctx,
      'statement.charge-noun',
      s,
      speaker,
      null,
      next.start,
      clauseEnd(ctx, s, noun + 1, ctx.words.ofBare.has(link.key)),
      'indirect',
      text.slice((tokens[k] as Token).start, link.end),
      0.55,
    );
  }
}

/**
 * "l'annuncio del ministro X di presentare …", "la richiesta di X di un nuovo candidato", "l'invito di X
 * a ritirare …": what the source announced, asked or offered (`statement.intent-noun-of-source`,
 * `speaker.of-speech-noun`), after the source (and its name in apposition) and "di" (or "a"), up to the
 * end of the clause. Only an infinitive or a noun phrase opened by an article follows.
 */
function intentNounOfSource(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let k = s.first; k < s.last - 4; k++) {
    if (
      !ctx.words.intentNouns.has(keyAt(tokens, k)) ||
      ctx.seg.tokenInQuote[k] === 1 ||
      !ctx.words.of.has(keyAt(tokens, k + 1))
    )
      continue;
    // The source, perhaps after a description ("del coordinatore del partito, Anna Rossi, di …").
    let at = k + 2;
    while (at < Math.min(s.last, k + 9) && !ctx.actorAt.has(at) && tokens[at]?.kind === 'word') at++;
    const ai = ctx.actorAt.get(at) ?? (tokens[at]?.text === ',' ? ctx.actorAt.get(at + 1) : undefined);
    if (ai === undefined) continue;
    let actor = ctx.actors[ai] as Actor;
    let link = actor.last;
    const setOff = actor.first > k + 2 && tokens[actor.first - 1]?.text === ',';
    if (setOff) {
      if (tokens[link]?.text !== ',') continue;
      link++;
    } else if (tokens[link]?.text === ',') {
      // "dell'assessore, Anna Rossi, di …", "del segretario di Azione, Anna Rossi, di …": a title's holder in
      // apposition; right after the noun's own name, a comma opens a list.
      if (actor.kind !== 'role' && actor.first === k + 2) continue;
      const named = ctx.actorAt.get(link + 1);
      const after = named === undefined ? undefined : (ctx.actors[named] as Actor);
      if (after === undefined || after.entity === null || tokens[after.last]?.text !== ',') continue;
      actor = after;
      link = after.last + 1;
    }
    const joiner = keyAt(tokens, link);
    const next = tokens[link + 1];
    if (next === undefined || next.kind !== 'word' || link + 2 >= s.last) continue;
    const infinitive = isInfinitiveKey(next.key, ctx.words);
    const toInfinitive = ctx.words.toKeys.has(joiner) && infinitive;
    const ofContent =
      ctx.words.ofBare.has(joiner) &&
      (infinitive || ctx.words.articles.has(next.key) || ctx.words.indefiniteArticles.has(next.key));
    if (!toInfinitive && !ofContent) continue;
    const source = found(actor, 'speaker.of-speech-noun');
    const speaker = speakerOf(ctx, source);
    if (speaker.entity === null) continue;
    push(
      ctx,
      'statement.intent-noun-of-source',
      s,
      speaker,
      actor,
      next.start,
      clauseEnd(ctx, s, link, true),
      'indirect',
      tokensText(ctx.seg, k, link),
      0.6,
    );
    k = link;
  }
}

/**
 * "Il ministro X ritiene inaccettabile la riforma", "ha giudicato positivo e utile l'incontro": a stance
 * verb, its judgement (up to four words, the first not an adverb) and the noun phrase it is about
 * (`statement.predicative-judgement`): what a named subject said, from the judgement to the clause's end.
 */
function predicativeJudgement(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let k = s.first + 1; k < s.last - 3; k++) {
    if (!ctx.lex.predicativeCues.has(keyAt(tokens, k)) || ctx.seg.tokenInQuote[k] === 1) continue;
    const first = tokens[k + 1] as Token;
    // "definendo il gesto come una bravata": the object, then "come" and the judgement.
    if (opensNounPhrase(ctx, k + 1)) {
      let c = k + 2;
      while (
        c < s.last - 2 &&
        c - k <= 6 &&
        (tokens[c] as Token).kind === 'word' &&
        !ctx.words.as.has(keyAt(tokens, c))
      )
        c++;
      if (!ctx.words.as.has(keyAt(tokens, c)) || !opensNounPhrase(ctx, c + 1)) continue;
      const span = cueSpan(ctx, s, k);
      // A gerund ("…, definendo …") goes on with the speaker of the sentence's last statement.
      const sentence = (tokens[s.first] as Token).sentence;
      const going =
        isGerund(tokens[k] as Token, ctx.words) && ctx.last !== null && ctx.lastSentence === sentence
          ? again(ctx.last, 'speaker.same-sentence-speaker')
          : null;
      const actor = going === null ? (subjectBefore(ctx, s, span.first) ?? mainSubject(ctx, s, span.first)) : null;
      const speaker = going ?? (actor === null ? null : speakerOf(ctx, actor));
      if (speaker === null || speaker.entity === null) continue;
      // The judgement ends where a gerund opens a clause of its own ("… come una bravata ma cancellando …").
      let end = clauseEnd(ctx, s, c + 1, true);
      for (let g = c + 2; g < s.last && (tokens[g] as Token).start < end; g++) {
        if (!isGerund(tokens[g] as Token, ctx.words) || (tokens[g] as Token).cap) continue;
        end = (tokens[ctx.words.coordinators.has(keyAt(tokens, g - 1)) ? g - 2 : g - 1] as Token).end;
        break;
      }
      push(ctx, 'statement.object-as-judgement', s, speaker, actor, first.start, end, 'indirect', span.text, 0.6);
      k = c;
      continue;
    }
    if (first.kind !== 'word' || first.cap || ctx.words.adverbs.has(first.key)) continue;
    let o = k + 1;
    while (
      o < s.last &&
      o - k <= 4 &&
      (tokens[o] as Token).kind === 'word' &&
      !(tokens[o] as Token).cap &&
      !opensNounPhrase(ctx, o) &&
      !ctx.words.prepositions.has(keyAt(tokens, o)) &&
      !ctx.words.of.has(keyAt(tokens, o)) &&
      !ctx.words.that.has(keyAt(tokens, o)) &&
      !isInfinitiveKey(keyAt(tokens, o), ctx.words)
    )
      o++;
    if (o === k + 1 || !opensNounPhrase(ctx, o) || o + 1 >= s.last) continue;
    const span = cueSpan(ctx, s, k);
    const actor = subjectBefore(ctx, s, span.first) ?? mainSubject(ctx, s, span.first);
    if (actor === null) continue;
    const speaker = speakerOf(ctx, actor);
    if (speaker.entity === null) continue;
    push(
      ctx,
      'statement.predicative-judgement',
      s,
      speaker,
      actor,
      first.start,
      clauseEnd(ctx, s, o, true),
      'indirect',
      span.text,
      0.6,
    );
    k = o;
  }
}

/**
 * "Il sindaco ha dato disposizioni alla polizia di chiudere il parco", "ha dato mandato ai legali di …": an order
 * given (a verb of giving, a noun of orders, perhaps an addressee) asks for what the infinitive after "di" says
 * (`statement.order-given`). Without that infinitive ("ha messo ordine nei conti") nothing is asked.
 */
function orderGiven(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let k = s.first + 1; k < s.last - 3; k++) {
    if (!ctx.words.giveVerbs.has(keyAt(tokens, k)) || ctx.seg.tokenInQuote[k] === 1) continue;
    const noun = ctx.words.articles.has(keyAt(tokens, k + 1)) ? k + 2 : k + 1;
    if (!ctx.words.orderNouns.has(keyAt(tokens, noun))) continue;
    let p = noun + 1;
    if (ctx.words.addresseePreps.has(keyAt(tokens, p)))
      while (
        p < s.last &&
        p - noun < 7 &&
        (tokens[p] as Token).kind === 'word' &&
        !ctx.words.ofBare.has(keyAt(tokens, p))
      )
        p++;
    const infinitive = tokens[p + 1];
    if (
      !ctx.words.ofBare.has(keyAt(tokens, p)) ||
      infinitive === undefined ||
      !isInfinitiveKey(infinitive.key, ctx.words)
    )
      continue;
    const span = cueSpan(ctx, s, k);
    const actor = subjectBefore(ctx, s, span.first) ?? mainSubject(ctx, s, span.first);
    if (actor === null) continue;
    push(
      ctx,
      'statement.order-given',
      s,
      speakerOf(ctx, actor),
      actor,
      infinitive.start,
      clauseEnd(ctx, s, p + 1, false),
      'indirect',
      tokensText(ctx.seg, k, noun),
      0.6,
    );
    k = p;
  }
}

/**
 * "La prefettura stima in 300 i feriti", "gli esperti stimano in almeno 300 …": a figure given by the
 * subject, named or unnamed; "viene stimato un ritardo di cinque settimane": a figure with no one named
 * (`statement.estimate`), from "in" (or the object) to the clause's end.
 */
function estimate(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let k = s.first + 1; k < s.last - 3; k++) {
    if (!ctx.lex.estimateCues.has(keyAt(tokens, k)) || ctx.seg.tokenInQuote[k] === 1) continue;
    const span = cueSpan(ctx, s, k);
    if (ctx.words.passiveAux.has(keyAt(tokens, k - 1))) {
      const object = tokens[k + 1] as Token;
      if (
        !(ctx.words.articles.has(object.key) || ctx.words.indefiniteArticles.has(object.key)) ||
        ctx.words.agentPreps.has(keyAt(tokens, k + 1))
      )
        continue;
      let n = k + 2;
      while (n < Math.min(s.last, k + 5) && tokens[n]?.kind !== 'num') n++;
      if (tokens[n]?.kind !== 'num') continue;
      const speaker: Speaker = { entity: null, text: null, how: ['speaker.passive-no-agent'] };
      push(
        ctx,
        'statement.estimate',
        s,
        speaker,
        null,
        object.start,
        clauseEnd(ctx, s, k, true),
        'indirect',
        span.text,
        0.55,
      );
      continue;
    }
    // "stima in 200 milioni i danni"; "Coldiretti stima danni per 200 milioni": a bare noun, then the figure.
    const object = tokens[k + 1] as Token;
    const bareNoun =
      object.kind === 'word' &&
      !object.cap &&
      !ctx.words.in.has(object.key) &&
      !ctx.words.articles.has(object.key) &&
      !ctx.words.that.has(object.key) &&
      !ctx.words.prepositions.has(object.key) &&
      !finiteWord(ctx, object);
    if (!ctx.words.in.has(object.key) && !bareNoun) continue;
    let n = k + 2;
    while (n < Math.min(s.last, k + 5) && tokens[n]?.kind === 'word' && !ctx.words.articles.has(keyAt(tokens, n))) n++;
    if (tokens[n]?.kind !== 'num') continue;
    const actor = subjectBefore(ctx, s, span.first) ?? mainSubject(ctx, s, span.first);
    // A bare noun after the verb is an estimate only with a named source: "si stima" or a borrowed one reads too much.
    if (bareNoun && actor === null) continue;
    const unnamed = actor === null ? unnamedSubject(ctx, s, span.first) : null;
    const speaker: Speaker | null =
      actor !== null
        ? speakerOf(ctx, actor)
        : unnamed === 'impersonal'
          ? { entity: null, text: null, how: ['speaker.impersonal-si'] }
          : unnamed;
    if (speaker === null) continue;
    push(
      ctx,
      'statement.estimate',
      s,
      speaker,
      actor,
      (tokens[k + 1] as Token).start,
      clauseEnd(ctx, s, k + 1, true),
      'indirect',
      span.text,
      0.6,
    );
  }
}

/**
 * "Giunge la voce che i minatori …", "circolano indiscrezioni che il ministro …": what is reported with no
 * source written (`statement.rumour`, `speaker.unstated-source`). Only a clause opened by a name or an
 * article after "che": "la voce che gira da giorni" is a relative clause, not what was reported.
 */
function rumour(ctx: Ctx, s: Sentence): void {
  const { tokens } = ctx.seg;
  for (let k = s.first; k < s.last - 3; k++) {
    if (
      !ctx.words.rumourNouns.has(keyAt(tokens, k)) ||
      ctx.seg.tokenInQuote[k] === 1 ||
      !ctx.words.that.has(keyAt(tokens, k + 1))
    )
      continue;
    const next = tokens[k + 2] as Token;
    if (
      next.kind !== 'word' ||
      !(next.cap || ctx.words.articles.has(next.key) || ctx.words.indefiniteArticles.has(next.key))
    )
      continue;
    const speaker: Speaker = { entity: null, text: null, how: ['speaker.unstated-source'] };
    push(
      ctx,
      'statement.rumour',
      s,
      speaker,
      null,
      next.start,
      clauseEnd(ctx, s, k + 1, false),
      'indirect',
      tokensText(ctx.seg, k, k + 1),
      0.5,
    );
  }
}

/**
 * "(Questo, almeno,) è quanto sostiene X", "È ciò che ha dichiarato il ministro": the sentence
 * before is what X said (statement rule `statement.sentence-credited-by-next`, speaker rule
 * `speaker.what-was-said`).
 */
function whatWasSaid(ctx: Ctx, s: Sentence): { speaker: Speaker; actor: Actor | null; cue: string } | null {
  const { tokens } = ctx.seg;
  let k = s.first;
  while (
    k < Math.min(s.last, s.first + 5) &&
    (ctx.words.whatOpeners.has((tokens[k] as Token).key) || tokens[k]?.text === ',')
  )
    k++;
  const verb = tokens[k];
  // "Questo quanto dichiarato dal sindaco X": after a demonstrative the verb "è" may be left out.
  const verbless = k > s.first && phraseAt(tokens, k, ctx.words.whatHeads) > 0;
  if (
    verb === undefined ||
    !(verbless || ctx.words.isText.has(verb.text.toLowerCase()) || ctx.words.wouldBe.has(verb.key))
  )
    return null;
  const headAt = verbless ? k : k + 1;
  const head = phraseAt(tokens, headAt, ctx.words.whatHeads);
  if (head === 0) return null;
  const from = headAt + head;
  // "quanto dichiarato": with no verb of its own the participle needs no auxiliary.
  const bareParticiple =
    verbless && isCue(tokens[from], ctx) && isParticiple(tokens[from] as Token, ctx.words) ? from : null;
  const cue = cueAt(ctx, from, s.last) ?? bareParticiple;
  if (cue === null) return null;
  const written = tokensText(ctx.seg, verbless ? s.first : k, cue);
  // "… quanto dichiarato dal sindaco X": the participle's agent.
  const agent = ctx.words.agentPreps.has(keyAt(tokens, cue + 1)) ? ctx.actorAt.get(cue + 2) : undefined;
  const actor =
    agent !== undefined
      ? found(ctx.actors[agent] as Actor, 'speaker.agent-after-da')
      : subjectAfter(ctx, s, cue + 1, s.last);
  if (actor !== null) return { speaker: speakerOf(ctx, found(actor, 'speaker.what-was-said')), actor, cue: written };
  const unnamed = unnamedAfter(ctx, cue + 1, s.last);
  return unnamed === null ? null : { speaker: unnamed, actor: null, cue: written };
}

/**
 * Where a reported clause starting at token `from` ends: the sentence end, a semicolon, or a
 * second reporting verb joined by "e"/"ma" ("ha ringraziato per … e ha chiesto …"), which
 * reports something else; with `atComma`, the first comma too (a noun-phrase object).
 */
function clauseEnd(ctx: Ctx, s: Sentence, from: number, atComma: boolean): number {
  const { tokens } = ctx.seg;
  for (let k = from + 1; k < s.last; k++) {
    const t = tokens[k] as Token;
    if (ctx.seg.tokenInQuote[k] === 1) continue;
    // "ha rimarcato la grande energia, forza e tenacia del presidente": a list of nouns goes on past its comma.
    if (atComma && t.text === ',' && nounListGoesOn(ctx, s, k)) continue;
    if (t.text === ';' || (atComma && (t.text === ',' || t.text === ':'))) return (tokens[k - 1] as Token).end;
    // "…, come ha spiegato X": the source the clause is set beside closes it; so does a contrast with a
    // clause of its own ("…, mentre altri hanno espresso …"), and a reporting gerund that says something
    // more ("…, aggiungendo che …", "…, denunciando un «accordo vergognoso»").
    if (
      t.text === ',' &&
      (asCueAt(ctx, s, k + 1) !== null ||
        ctx.words.clauseContrast.has((tokens[k + 1] as Token | undefined)?.key ?? '') ||
        gerundCueAt(ctx, k + 1))
    )
      return (tokens[k - 1] as Token).end;
    if (!ctx.words.coordinators.has(t.key)) continue;
    let v = k + 1;
    while (
      v < s.last &&
      v - k <= 3 &&
      (ctx.words.aux.has((tokens[v] as Token).key) || ctx.words.adverbs.has((tokens[v] as Token).key))
    )
      v++;
    if (isCue(tokens[v], ctx) && (v > k + 1 || !isParticiple(tokens[v] as Token, ctx.words)))
      return ((tokens[k - 1] as Token).text === ',' ? (tokens[k - 2] as Token) : (tokens[k - 1] as Token)).end;
  }
  return s.end;
}

/**
 * An infinitive clause from token `from` ends before a colon and a quote ("ha invitato i cittadini a non uscire:
 * «…»"): the quote is a statement of its own. `end` is where the clause would end otherwise.
 */
function untilColonQuote(ctx: Ctx, s: Sentence, from: number, end: number): number {
  const { tokens } = ctx.seg;
  for (let k = from + 1; k < s.last && (tokens[k] as Token).start < end; k++)
    if ((tokens[k] as Token).text === ':' && quoteOpenedAt(ctx, k + 1) !== undefined)
      return (tokens[k - 1] as Token).end;
  return end;
}

/** Whether token `k` is a reporting verb in the gerund ("aggiungendo", "sottolineando"). */
function gerundCueAt(ctx: Ctx, k: number): boolean {
  const t = ctx.seg.tokens[k];
  return t !== undefined && t.kind === 'word' && !t.cap && isCue(t, ctx) && isGerund(t, ctx.words);
}

/**
 * Whether one to three lowercase words follow the comma at `comma`, the last before "e", with no auxiliary or
 * reporting verb among them (a noun may be written as a verb is: "forza").
 */
function nounListGoesOn(ctx: Ctx, s: Sentence, comma: number): boolean {
  const { tokens } = ctx.seg;
  for (let n = comma + 1; n < s.last && n - comma <= 4; n++) {
    const w = tokens[n] as Token;
    // The word as written: "è" is no "e".
    const and = ctx.words.and.includes(w.text.toLowerCase());
    if (n > comma + 1 && and) return true;
    if (w.kind !== 'word' || w.cap || and || ctx.words.aux.has(w.key) || ctx.words.essere.has(w.key) || isCue(w, ctx))
      return false;
  }
  return false;
}

/**
 * Whether the clause after token `from`, up to its comma, holds a finite verb, with no speech after a colon
 * later in the sentence ("spiega come sono andate le cose: «…»": the words after the colon are what was said).
 */
function clauseHasVerb(ctx: Ctx, s: Sentence, from: number): boolean {
  const { tokens } = ctx.seg;
  let verb = false;
  let open = true;
  for (let k = from + 1; k < s.last; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    // Speech after the colon opens with a capital or a quote mark; a list or a figure does not.
    if (t.text === ':' && next !== undefined && (next.cap || /^[«“"„]$/.test(next.text))) return false;
    if (t.text === ',' || t.text === ';' || t.text === ':' || k - from > 12) open = false;
    if (open && finiteWord(ctx, t)) verb = true;
  }
  return verb;
}

/** Whether the word before token `at` is a common noun ("la striscia che"): a lowercase word that is no verb. */
function nounBefore(ctx: Ctx, at: number): boolean {
  const t = ctx.seg.tokens[at - 1];
  return (
    t !== undefined &&
    !ctx.words.comparativeBeforeChe.has(t.key) &&
    t.kind === 'word' &&
    !t.cap &&
    !ctx.lex.verbFinite.has(t.key) &&
    !ctx.words.aux.has(t.key) &&
    !ctx.words.adverbs.has(t.key) &&
    !isParticiple(t, ctx.words) &&
    !isInfinitiveKey(t.key, ctx.words)
  );
}

/** Auxiliaries of a passive reporting verb ("è stato detto", "viene riferito"). */
/** Cue classes whose verb takes what was said as its object ("è stato annunciato il rinvio", "è stata chiesta la revoca"). */
function takesSaidObject(cue: CueClass | undefined): boolean {
  return cue === 'announce' || cue === 'ask' || cue === 'deny';
}

/** How many tokens after `i` an attributing phrase ("a detta di", "stando al") takes, source excluded; 0 for none. */
function accordingPhrase(ctx: Ctx, i: number): number {
  const { tokens } = ctx.seg;
  for (const words of phrasesOpenedBy(ctx.words.accordingPhrases, tokens[i]?.key)) {
    if (!words.every((w, k) => (tokens[i + k] as Token | undefined)?.key === w)) continue;
    const joiner = (tokens[i + words.length] as Token | undefined)?.key ?? '';
    if (
      ctx.words.accordingAddressee.has(words[0] ?? '') ? ctx.words.addresseePreps.has(joiner) : ctx.words.of.has(joiner)
    )
      return words.length;
  }
  return 0;
}

/**
 * Whether the reporting verb whose span opens at token `first` sits in a condition ("se X annuncerà …"):
 * the condition word opens its clause a few words before, with no punctuation between.
 */
function inCondition(ctx: Ctx, s: Sentence, first: number): boolean {
  const { tokens } = ctx.seg;
  for (let k = first - 1; k >= Math.max(s.first, first - 8); k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (ctx.words.conditions.has(t.key))
      return !ctx.words.conditionConcessive.has((tokens[k - 1] as Token | undefined)?.key ?? '');
    if (ctx.words.clauseWords.has(t.key)) return false;
  }
  return false;
}

/**
 * The actor whose words a noun of speech names from token `at`: "le dichiarazioni del ministro X", "le parole
 * di X" (an article, the noun, "di", then the one who spoke, perhaps after a description), else null.
 */
function speechWordsOf(ctx: Ctx, s: Sentence, at: number): number | null {
  const { tokens } = ctx.seg;
  const noun = ctx.words.articles.has((tokens[at] as Token | undefined)?.key ?? '') ? at + 1 : at;
  if (!ctx.lex.speechNouns.has((tokens[noun] as Token | undefined)?.key ?? '')) return null;
  if (!ctx.words.of.has((tokens[noun + 1] as Token | undefined)?.key ?? '')) return null;
  for (let k = noun + 2; k < Math.min(s.last, noun + 6); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return null;
    const ai = ctx.actorAt.get(k);
    if (ai !== undefined) return ai;
  }
  return null;
}

/**
 * The acronym in parentheses closing the name an actor is part of ("… Marine Office (UKMO)"): the name
 * runs on past the actor in capitalized words (and "di"), then "(", an actor with an entity, ")".
 */
function acronymAfter(ctx: Ctx, s: Sentence, actor: Actor): Actor | null {
  const { tokens } = ctx.seg;
  let k = actor.last;
  let past = 0;
  while (
    k < s.last &&
    past < 6 &&
    (tokens[k] as Token).kind === 'word' &&
    ((tokens[k] as Token).cap || ctx.words.of.has((tokens[k] as Token).key))
  ) {
    k++;
    past++;
  }
  if (past === 0 || (tokens[k] as Token | undefined)?.text !== '(') return null;
  const ai = ctx.actorAt.get(k + 1);
  const inside = ai === undefined ? undefined : (ctx.actors[ai] as Actor);
  if (inside === undefined || inside.entity === null || (tokens[inside.last] as Token | undefined)?.text !== ')')
    return null;
  return inside;
}

/** Most words between a name read only in part and the acronym in brackets that closes it. */
const BRACKETED_ACRONYM_GAP = 6;

/** Whether `body`, named in brackets after the person `person`, is what the person belongs to ("Luca Ferretti (Mrp)"). */
function partyOf(ents: DocEntities, person: number, body: number): boolean {
  return ents.entities[person]?.type === 'Person' && ents.entities[body]?.type === 'Organization';
}

/**
 * speaker.bracketed-acronym: "la Federazione Italiana Pescatori (FIP)", "il senatore Luca Ferretti (Mrp)": one
 * word in brackets right after a name, the body's acronym or the person's party, ends the speaker's phrase, so
 * that a layout reads on past the brackets as past the name. Words between the name and the brackets
 * ("l'Agenzia nazionale dei trasporti (Ant)") join it only where the acronym names the same entity; a name read
 * in parts ("United Kingdom" "Marine Office (UKMO)") is left to speaker.acronym.
 * speaker.bracketed-body: a party or body of several words in brackets right after a person's name ("Giulia
 * Rastelli (Forza Italia)") ends the speaker's phrase the same way.
 */
function withBracketedAcronyms(seg: Segmentation, actors: Actor[], ents: DocEntities): Actor[] {
  const { tokens, text } = seg;
  const firstAt = new Map<number, Actor>();
  const lasts = new Set<number>();
  for (const a of actors) {
    if (!firstAt.has(a.first)) firstAt.set(a.first, a);
    lasts.add(a.last);
  }
  const folded = new Map<Actor, Found>();
  const inside = new Set<Actor>();
  for (const a of actors) {
    if (a.entity === null || lasts.has(a.first)) continue;
    let open = a.last;
    while (
      open - a.last < BRACKETED_ACRONYM_GAP &&
      (tokens[open] as Token | undefined)?.kind === 'word' &&
      (tokens[open] as Token).sentence === a.sentence
    )
      open++;
    const acronym = firstAt.get(open + 1);
    if (tokens[open]?.text !== '(' || acronym === undefined || acronym.entity === null) continue;
    const close = tokens[acronym.last];
    if (close?.text !== ')' || !(tokens[acronym.first] as Token).cap) continue;
    const oneWord = acronym.last === open + 2;
    if (oneWord && acronym.entity !== a.entity && (open > a.last || !partyOf(ents, a.entity, acronym.entity))) continue;
    // A body of several words in brackets is the person's, right after the name: "Giulia Rastelli (Forza Italia)".
    if (!oneWord && (open > a.last || !partyOf(ents, a.entity, acronym.entity))) continue;
    folded.set(a, {
      ...a,
      last: acronym.last + 1,
      end: close.end,
      text: text.slice(a.start, close.end),
      how: [oneWord ? 'speaker.bracketed-acronym' : 'speaker.bracketed-body'],
    });
    inside.add(acronym);
  }
  if (folded.size === 0) return actors;
  return actors.filter((a) => !inside.has(a)).map((a) => folded.get(a) ?? a);
}

/** A reporting verb indirectStatements reads, and what the readings of its subject and object look at. */
interface CueReading {
  ctx: Ctx;
  s: Sentence;
  /** The sentence's index in the article. */
  sentence: number;
  /** The cue's token and its index. */
  at: number;
  token: Token;
  span: { text: string; first: number };
  /** Where its complements open: past a comparison set between commas ("ha ribadito, come …, la …"). */
  open: number;
  /** The "che" (or "come") its complements run to, or where the search for it stopped. */
  that: number;
  cls: CueClass | undefined;
}

interface SubjectReading {
  actor: Actor | null;
  speaker: Speaker | null;
  confidence: number;
}

/** The subject of a cue: a comparison set between commas after it is recorded in the speaker's rules. */
function cueSubject(cue: CueReading): SubjectReading {
  const chosen = subjectOfCue(cue);
  return cue.open > cue.at + 1 && chosen.speaker !== null
    ? { ...chosen, speaker: { ...chosen.speaker, how: [...chosen.speaker.how, 'statement.past-comparison'] } }
    : chosen;
}

function subjectOfCue(cue: CueReading): SubjectReading {
  const { ctx, s, sentence: sentIdx, at: i, token: t, span, that: j } = cue;
  const { tokens } = ctx.seg;
  // A gerund ("…, aggiungendo che …") or a verb joined by "e" ("X ha detto che … e ha aggiunto che …")
  // goes on with the speaker of the sentence's last statement.
  const joined = (tokens[span.first - 1] as Token | undefined)?.key;
  // "…, continuando a esprimere …": a gerund leading the cue goes on as the cue's own gerund does.
  const continues =
    isGerund(t, ctx.words) || isGerund(tokens[span.first] as Token, ctx.words)
      ? { rule: 'speaker.same-sentence-speaker', confidence: 0.7 }
      : ctx.words.andKeys.has(joined ?? '')
        ? { rule: 'speaker.coordinated-verb', confidence: 0.75 }
        : null;
  // "si può dire che …", "si possono definire …": an impersonal "si" before a modal names no one.
  if (
    ctx.words.impersonalSi.has((tokens[span.first - 1] as Token | undefined)?.key ?? '') &&
    modalBefore(tokens, i, ctx.words) > 0
  )
    return { actor: null, speaker: { entity: null, text: null, how: ['speaker.impersonal-si'] }, confidence: 0.55 };
  const prev = continues ? ctx.out.filter((o) => o.sentenceIndex === sentIdx).pop() : undefined;
  if (continues && prev)
    return {
      actor: null,
      speaker: { entity: prev.speaker, text: prev.speakerText, how: [continues.rule] },
      confidence: continues.confidence,
    };
  const actor = subjectBefore(ctx, s, span.first) ?? subjectAfter(ctx, s, i + 1, j) ?? mainSubject(ctx, s, span.first);
  if (actor) return { actor, speaker: speakerOf(ctx, actor), confidence: 0.8 };
  const unnamed = unnamedSubject(ctx, s, span.first);
  if (unnamed === 'impersonal')
    return { actor: null, speaker: { entity: null, text: null, how: ['speaker.impersonal-si'] }, confidence: 0.55 };
  if (unnamed !== null) return { actor: null, speaker: unnamed, confidence: 0.6 };
  // "avverte che difenderà il territorio": a verb with no subject of its own inside a clause already
  // reported is part of what was said, not a statement of its own.
  if (ctx.out.some((o) => o.sentenceIndex === sentIdx && o.start <= t.start && t.start < o.end))
    return { actor: null, speaker: null, confidence: 0 };
  return { actor: null, speaker: lastSpeaker(ctx, s), confidence: 0.6 };
}

/**
 * The noun-phrase object at token `at` (from character `from`) is what was said; not after an
 * impersonal "si" (si parla di …, si critica …: no one in particular), and not a topic named
 * before a colon ("ha parlato della sua spalla: …": the words after the colon are what was said).
 */
function pushObject(cue: CueReading, from: number, at: number): void {
  const { ctx, s, span, cls } = cue;
  const { tokens } = ctx.seg;
  const { actor, speaker, confidence } = cueSubject(cue);
  const end = objectEnd(ctx, s, at, clauseEnd(ctx, s, at, true));
  // An unnamed subject's object ("il pilota ha chiesto una nuova rotta") is rarely words said; its denial is.
  const unnamedObject = speaker?.how.includes('speaker.unnamed-subject') && cls !== 'deny';
  // Nor is the object of a verb with no subject of its own ("Ha poi spiegato i motivi della scelta") given
  // to a name last heard before the sentence just before: an object is the weakest reading of a reporting
  // verb, a speaker borrowed across other sentences (whose subjects may be someone else, named or not) the
  // weakest speaker, and together they name the wrong person more often than the right one.
  const borrowedObject =
    speaker?.how.includes('speaker.previous-speaker') &&
    speaker.entity !== null &&
    ctx.lastSentence < (tokens[s.first] as Token).sentence - 1 &&
    cls !== 'deny';
  // "«…», ha assicurato l'assessore X": the subject after the verb is no object of it.
  const subjectIsObject = actor !== null && actor.start >= from && actor.start < end;
  // "Lo ha annunciato l'assessore X": the pronoun before the verb is its object, what was said before.
  const pronounObject = ctx.words.objectPronouns.has(keyAt(tokens, span.first - 1));
  if (
    speaker &&
    !afterClosingQuote(ctx, span.first) &&
    !speaker.how.includes('speaker.impersonal-si') &&
    !unnamedObject &&
    !borrowedObject &&
    !subjectIsObject &&
    !pronounObject &&
    !beforeColon(ctx, end)
  )
    push(ctx, 'statement.cue-object', s, speaker, actor, from, end, 'indirect', span.text, confidence - 0.1);
}

/**
 * Where a reporting verb's object ends: before "e", "ma" and a compound verb opening a clause of its own ("ha confermato
 * l'indagine ma non ha rilasciato dichiarazioni"), adverbs and "non" aside; else at `end`.
 */
function objectEnd(ctx: Ctx, s: Sentence, at: number, end: number): number {
  const { tokens } = ctx.seg;
  for (let k = at + 1; k < s.last && (tokens[k] as Token).end <= end; k++) {
    if (ctx.seg.tokenInQuote[k] === 1 || !ctx.words.coordinators.has((tokens[k] as Token).key)) continue;
    let v = k + 1;
    while (v < s.last && v - k <= 3 && ctx.words.adverbs.has((tokens[v] as Token).key)) v++;
    const verb = tokens[v];
    if (verb === undefined || verb.cap || !(ctx.words.aux.has(verb.key) || ctx.words.essere.has(verb.key))) continue;
    // "ed era molto critico …" goes on with a stance of the same subject; "ma non ha rilasciato …" is another deed.
    let p = v + 1;
    while (p < s.last && p - v <= 2 && ctx.words.adverbs.has((tokens[p] as Token).key)) p++;
    if (!isParticiple(tokens[p] as Token, ctx.words)) continue;
    return ((tokens[k - 1] as Token).text === ',' ? (tokens[k - 2] as Token) : (tokens[k - 1] as Token)).end;
  }
  return end;
}

/** Where the clause ending at token `last` opens: after the clause break or closing quote before it, else the sentence. */
function clauseOpening(ctx: Ctx, s: Sentence, last: number): number {
  const { tokens } = ctx.seg;
  for (let k = last; k >= s.first; k--) {
    const tk = tokens[k] as Token;
    if (CLAUSE_BREAK.has(tk.text) || ctx.seg.quoteCloses.has(tk.start)) return (tokens[k + 1] as Token).start;
  }
  return s.start;
}

/** Whether an article or an indefinite at token `k` opens a noun phrase, the object after a verb's channel. */
function objectOpensAt(ctx: Ctx, k: number): boolean {
  const { tokens } = ctx.seg;
  return (
    ctx.words.articles.has((tokens[k] as Token | undefined)?.key ?? '') ||
    ctx.words.indefinite.has((tokens[k] as Token | undefined)?.key ?? '')
  );
}

/** Indirect speech: "X ha detto che …", "secondo X, …", "nelle sue parole, …", "X nega le accuse …". */
function indirectStatements(ctx: Ctx, s: Sentence): void {
  const { seg } = ctx;
  const { tokens } = seg;
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || seg.tokenInQuote[i] === 1) continue;
    // "Per Roberta Sala, la manovra è un errore": "per" and a person or organization opening the sentence.
    if (ctx.words.for.has(t.key) && openingOnly(ctx, s, i) && perThenClause(ctx, s, i)) continue;
    // "X, secondo cui …", "X, secondo il quale …": the name before the comma, then what the clause says.
    if (ctx.words.accordingPreposition.has(t.key) && relativeAccording(ctx, s, i)) continue;
    // secondo X, … / according to X, …
    const according = Math.max(0, phraseAt(tokens, i, ctx.words.accordingTo) - 1);
    // "a detta di X", "stando a X", "a parere di X": phrases that work as "secondo".
    const phrase = accordingPhrase(ctx, i);
    if (ctx.words.accordingPreposition.has(t.key) || according || phrase > 0) {
      accordingStatement(ctx, s, i, according, phrase);
      continue;
    }
    if (inTheirWords(ctx, s, i)) continue;
    if (!isCue(t, ctx)) continue;
    // Passive reporting: "è stato annunciato che …", "viene riferito dalla polizia che …".
    // A reporting verb right after a passive auxiliary is its participle, whatever its ending ("is accused").
    if (ctx.words.passiveAux.has((tokens[i - 1] as Token | undefined)?.key ?? '')) {
      i = passiveStatement(ctx, s, i);
      continue;
    }
    i = cueStatements(ctx, s, i);
  }
}

/** "Per Roberta Sala, la manovra è un errore": the source after an opening "per", then its clause. */
function perThenClause(ctx: Ctx, s: Sentence, i: number): boolean {
  const { tokens } = ctx.seg;
  const source = perSource(ctx, s, i);
  const comma = source ? (tokens[source.last] as Token) : undefined;
  if (source && comma && source.last < s.last - 3) {
    const clause = clauseToEnd(ctx, s, source.last + 1);
    push(
      ctx,
      'statement.per-then-clause',
      s,
      speakerOf(ctx, source),
      source,
      clause.start,
      clause.end,
      clause.kind,
      ctx.words.forCue,
      0.7,
    );
    return true;
  }
  return false;
}

/** "…, però, i posti letto …": past a connective set between commas after the comma at `comma`, the comma that opens what was said. */
function pastConnective(ctx: Ctx, comma: number): number {
  const { tokens } = ctx.seg;
  const word = keyAt(tokens, comma + 1);
  return (ctx.words.connectives.has(word) || ctx.words.openingConnectives.has(word)) &&
    (tokens[comma + 2] as Token | undefined)?.text === ','
    ? comma + 2
    : comma;
}

/** "Secondo lui, il governo deve …" opening a sentence: the clause after the comma is the last named speaker's. */
function pronounAfterSecondo(ctx: Ctx, s: Sentence, i: number): void {
  const comma = ctx.seg.tokens[i + 2];
  if (comma?.text !== ',' || i + 4 >= s.last || !openingOnly(ctx, s, i)) return;
  const speaker = lastSpeaker(ctx, s);
  if (speaker === null || speaker.entity === null) return;
  push(
    ctx,
    'statement.secondo-then-clause',
    s,
    again(speaker, 'speaker.pronoun-after-secondo'),
    null,
    comma.end,
    s.end,
    'indirect',
    ctx.words.accordingCue,
    0.65,
  );
}

/**
 * "Secondo quanto riferito dall'azienda sanitaria, …", "…, stando a quanto riferito dagli inquirenti.": an
 * according phrase whose participle's agent names no one, up to its comma; the clause it qualifies is that
 * unnamed source's (or the named holder's, for another name of an office the article has named).
 */
function unnamedAgentStatement(ctx: Ctx, s: Sentence, i: number, by: number): boolean {
  const { tokens, text } = ctx.seg;
  const opening = openingOnly(ctx, s, i);
  const comma = opening ? phraseComma(ctx, s, by + 1) : -1;
  const limit = opening ? comma : s.last - 1;
  if (limit < 0 || (opening && comma >= s.last - 2)) return false;
  if (!opening && !(i > s.first + 2 && (tokens[i - 1] as Token).text === ',')) return false;
  const det = tokens[by + 1] as Token;
  let speaker: Speaker | null;
  if (ctx.words.subjectDeterminers.has(det.key)) speaker = unnamedAfter(ctx, by + 1, limit);
  else {
    // The preposition holds the article ("dalla polizia"): the source is written from its noun.
    if (det.kind !== 'word' || det.cap || ctx.lex.speechCues.has(det.key) || ctx.actorAt.has(by + 1)) return false;
    const office = officeAt(ctx, by + 1, limit);
    const holder = office === null ? null : holderBefore(ctx, office.names, by);
    if (office !== null && holder === null) return false;
    const end = office?.end ?? limit;
    const written = text.slice(det.start, (tokens[end - 1] as Token).end);
    speaker =
      holder !== null
        ? { ...holder, text: written }
        : (bodySpeaker(ctx, by + 1, end, written) ?? {
            entity: null,
            text: written,
            how: ['speaker.unnamed-after-secondo'],
          });
  }
  if (speaker === null) return false;
  const cue = text.slice((tokens[i] as Token).start, (tokens[by] as Token).end);
  const from = opening ? pastConnective(ctx, comma) : comma;
  if (opening)
    push(
      ctx,
      'statement.secondo-agent-then-clause',
      s,
      speaker,
      null,
      (tokens[from] as Token).end,
      s.end,
      'indirect',
      cue,
      0.65,
    );
  else
    push(
      ctx,
      'statement.clause-then-secondo',
      s,
      speaker,
      null,
      s.start,
      (tokens[i - 1] as Token).start,
      'indirect',
      cue,
      0.65,
    );
  return true;
}

/** "secondo X, …", "according to X, …", "a detta di X, …": the source of an according phrase at token `i`, and what it says. */
function accordingStatement(ctx: Ctx, s: Sentence, i: number, according: number, phrase: number): void {
  const { tokens, text } = ctx.seg;
  const t = tokens[i] as Token;
  const sentIdx = t.sentence;
  const extra = according || phrase;
  let ai = ctx.actorAt.get(i + 1 + extra) ?? ctx.actorAt.get(i + 2 + extra);
  // "secondo le dichiarazioni del ministro X", "secondo le parole di X": the one whose words they are.
  let agentOf = false;
  let wordsOf = false;
  if (ai === undefined && !according && phrase === 0) {
    const words = speechWordsOf(ctx, s, i + 1);
    if (words !== null) {
      ai = words;
      agentOf = true;
      wordsOf = true;
    }
  }
  // "secondo quanto riferito dalla polizia", "stando a quanto scritto dal quotidiano X": the agent of a participle.
  let agentAt = -1;
  if (ai === undefined && !according && !agentOf) {
    for (let k = i + 1; k < Math.min(s.last - 1, i + 7 + phrase); k++) {
      const w = tokens[k] as Token;
      if (w.kind !== 'word') break;
      if (ctx.words.agentPreps.has(w.key)) {
        // "dalla compagnia X", "dal quotidiano X": a common noun naming what the source is.
        const noun = tokens[k + 1];
        ai =
          ctx.actorAt.get(k + 1) ??
          (noun?.kind === 'word' && !noun.cap && ctx.lex.orgCues.has(noun.key) ? ctx.actorAt.get(k + 2) : undefined);
        agentOf = ai !== undefined;
        agentAt = k;
        break;
      }
    }
  }
  if (ai === undefined) {
    // "Secondo lui, …": the pronoun is the last speaker.
    if (!according && phrase === 0 && ctx.words.subjectPronouns.has(keyAt(tokens, i + 1))) {
      pronounAfterSecondo(ctx, s, i);
      return;
    }
    if (agentAt >= 0 && unnamedAgentStatement(ctx, s, i, agentAt)) return;
    if (!according && phrase === 0) secondoUnnamed(ctx, s, i);
    return;
  }
  let actor = found(
    ctx.actors[ai] as Actor,
    wordsOf ? 'speaker.of-speech-noun' : agentOf ? 'speaker.agent-after-da' : 'speaker.after-secondo',
  );
  // "secondo lo United Kingdom Marine Office (UKMO)": a name read only in part, then its acronym.
  const acronym = acronymAfter(ctx, s, actor);
  if (acronym !== null)
    actor = found(
      { ...acronym, first: actor.first, last: acronym.last + 1, how: actor.how ?? [] } as Found,
      'speaker.acronym',
    );
  // "…, secondo il direttore di X, Mario Rossi.": the name in apposition closing the sentence.
  let actorEnd = actor.last;
  while (ctx.words.of.has((tokens[actorEnd] as Token | undefined)?.key ?? '') && ctx.actorAt.has(actorEnd + 1))
    actorEnd = (ctx.actors[ctx.actorAt.get(actorEnd + 1) as number] as Actor).last;
  const apposed = tokens[actorEnd]?.text === ',' ? ctx.actorAt.get(actorEnd + 1) : undefined;
  const apposedEntity = apposed === undefined ? null : (ctx.actors[apposed] as Actor).entity;
  // "…, secondo le dichiarazioni del ministero, Mario Rossi.": a person named beside a body speaks for it.
  const personBesideBody =
    apposedEntity !== null &&
    actor.entity !== null &&
    ctx.ents.entities[apposedEntity]?.type === 'Person' &&
    ctx.ents.entities[actor.entity]?.type !== 'Person';
  // "…, secondo il Chief Operations Officer di Mediaset, Mario Rossi.": a description with its "di" complement,
  // however it was read, then the person it describes.
  const personAfterDescription =
    apposedEntity !== null && actorEnd > actor.last && ctx.ents.entities[apposedEntity]?.type === 'Person';
  if (
    apposed !== undefined &&
    (ctx.actors[apposed] as Actor).last >= s.last - 1 &&
    apposedEntity !== null &&
    (actor.entity === null || personBesideBody || personAfterDescription)
  )
    actor = found({ ...(ctx.actors[apposed] as Actor), how: actor.how ?? [] } as Found, 'speaker.apposition');
  // "…, secondo X.": what comes before is what X says.
  const closing =
    actorEnd >= s.last - 1 || (apposed !== undefined && (ctx.actors[apposed] as Actor).last >= s.last - 1);
  // "… (secondo X).": the source in brackets closing the sentence.
  const closingBracket =
    (tokens[i - 1] as Token | undefined)?.text === '(' && tokens[actorEnd]?.text === ')' && actorEnd >= s.last - 2;
  if (i > s.first + 2 && ((closing && (tokens[i - 1] as Token).text === ',') || closingBracket)) {
    // "È stato comunicato che …, secondo X.": a statement read before with no one named is X's.
    const comma = (tokens[i - 1] as Token).start;
    const open = ctx.out.findIndex(
      (o) => o.sentenceIndex === sentIdx && o.kind === 'indirect' && o.start < comma && o.end >= comma,
    );
    const held = ctx.out[open];
    if (held !== undefined) {
      if (held.speaker === null && held.speakerText === null) {
        const speaker = speakerOf(ctx, actor);
        let end = comma;
        while (end > held.start && /\s/.test(text[end - 1] as string)) end--;
        ctx.out[open] = {
          ...held,
          speaker: speaker.entity,
          speakerText: speaker.text,
          end,
          quote: text.slice(held.start, end),
          about: aboutOf(ctx, s, held.start, end, speaker, actor, true),
          trace: [held.trace[0] as string, 'statement.trailing-source', ...speaker.how],
        };
      }
      return;
    }
    push(
      ctx,
      closingBracket ? 'statement.bracketed-secondo' : 'statement.clause-then-secondo',
      s,
      speakerOf(ctx, actor),
      actor,
      s.start,
      (tokens[i - 1] as Token).start,
      'indirect',
      ctx.words.accordingCue,
      0.75,
    );
    return;
  }
  // "X, secondo le dichiarazioni di Y, non esclude …": the words' source set inside a clause of its own subject.
  if (wordsOf && (tokens[actor.last] as Token | undefined)?.text !== ',') return;
  if (agentOf) {
    const next = tokens[actor.last];
    const cueWritten = text.slice(t.start, (tokens[actor.first - 1] as Token).end);
    // After its clause ("…, secondo quanto affermato dalla compagnia X nel suo sito."): the clause
    // before is what was said; set between commas inside it, the whole sentence.
    if (parenthetical(ctx, s, i)) {
      let close = actor.last;
      while (close < s.last && (tokens[close] as Token).text !== ',') close++;
      const inside = close < s.last - 2;
      push(
        ctx,
        inside ? 'statement.secondo-agent-then-clause' : 'statement.clause-then-secondo',
        s,
        speakerOf(ctx, actor),
        actor,
        s.start,
        inside ? s.end : (tokens[i - 1] as Token).start,
        'indirect',
        cueWritten,
        0.7,
      );
      return;
    }
    if (next && next.text === ',' && actor.last < s.last - 2)
      push(
        ctx,
        'statement.secondo-agent-then-clause',
        s,
        speakerOf(ctx, actor),
        actor,
        (tokens[pastConnective(ctx, actor.last)] as Token).end,
        s.end,
        'indirect',
        text.slice(t.start, (tokens[actor.first - 1] as Token).end),
        0.7,
      );
    else if (next && next.kind === 'word' && actor.last < s.last - 2) {
      // "secondo quanto riferito dal ministro alla stampa estera, …": the addressee or the channel ends at its comma.
      let comma = actor.last;
      if (ctx.words.addresseePreps.has(next.key) || ctx.words.channelPreps.has(next.key))
        while (comma < s.last - 2 && comma - actor.last < 8 && (tokens[comma] as Token).text !== ',') comma++;
      const opens = (tokens[comma] as Token).text === ',' ? (tokens[comma + 1] as Token) : next;
      push(
        ctx,
        'statement.secondo-agent-then-clause',
        s,
        speakerOf(ctx, actor),
        actor,
        opens.start,
        s.end,
        'indirect',
        text.slice(t.start, (tokens[actor.first - 1] as Token).end),
        0.7,
      );
    }
    return;
  }
  if (
    !ctx.words.accordingWords.includes((tokens[actor.first - 1] as Token).key) &&
    !(phrase > 0 && actor.first === i + 1 + phrase) &&
    !ctx.words.articles.has((tokens[actor.first - 1] as Token).key)
  )
    return;
  const next = tokens[actor.last];
  let start: number;
  let end: number;
  let bracketed = false;
  if (next && next.text === ',' && actor.last < s.last - 1) {
    // "Secondo Bloomberg, Peskov ha chiesto …": the clause has a speaker of its own.
    const inner = ctx.actorAt.get(actor.last + 1);
    if (inner !== undefined) {
      let v = (ctx.actors[inner] as Actor).last;
      while (
        v < s.last &&
        (ctx.words.aux.has((tokens[v] as Token).key) || ctx.words.adverbs.has((tokens[v] as Token).key))
      )
        v++;
      if (isCue(tokens[v], ctx)) return;
    }
    // "Il ponte, secondo X, resterà chiuso": set between commas inside the clause, the whole sentence is X's.
    start = parenthetical(ctx, s, i) ? s.start : next.end;
    end = s.end;
    // "Secondo X, leader del partito, …": the description set after the name is the speaker's, not said.
    const described = start === s.start ? -1 : descriptionAfter(ctx, s, actor.last);
    if (described > 0) {
      start = (tokens[described] as Token).end;
      actor = { ...actor, last: described, end: (tokens[described - 1] as Token).end };
    }
  } else if (next && next.kind === 'word' && actor.last < s.last - 1) {
    start = next.start;
    end = s.end;
    // "Secondo fonti vicine al dossier, …": an unnamed source's phrase goes on to its comma.
    const comma = actor.entity === null ? phraseComma(ctx, s, actor.last) : -1;
    if (comma > 0) {
      start = (tokens[comma] as Token).end;
      actor = {
        ...actor,
        last: comma,
        end: (tokens[comma - 1] as Token).end,
        text: text.slice(actor.start, (tokens[comma - 1] as Token).end),
      };
    }
  } else if (i > s.first && next?.text === ')' && (tokens[i - 1] as Token).text === '(') {
    // "Il ponte (secondo i tecnici) reggerà …": set in brackets inside the clause, the whole sentence is X's.
    start = s.start;
    end = s.end;
    bracketed = true;
  } else if (i > s.first) {
    start = s.start;
    end = t.start;
  } else return;
  push(
    ctx,
    bracketed
      ? 'statement.bracketed-secondo'
      : according
        ? 'statement.according-to'
        : phrase > 0
          ? 'statement.according-phrase'
          : 'statement.secondo-then-clause',
    s,
    speakerOf(ctx, actor),
    actor,
    start,
    end,
    'indirect',
    according
      ? ctx.words.accordingToCue
      : phrase > 0
        ? text.slice(t.start, (tokens[i + phrase] as Token).end)
        : ctx.words.accordingCue,
    0.75,
  );
  return;
}

/** "nelle sue parole, …": the clause after goes on with the last speaker. */
function inTheirWords(ctx: Ctx, s: Sentence, i: number): boolean {
  const { tokens, text } = ctx.seg;
  const t = tokens[i] as Token;
  const continued = ctx.words.wordNouns.has(t.key) ? lastSpeaker(ctx, s) : null;
  if (
    ctx.words.wordNouns.has(t.key) &&
    ctx.words.thirdPossessives.has((tokens[i - 1] as Token | undefined)?.key ?? '') &&
    (tokens[i + 1] as Token | undefined)?.text === ',' &&
    continued
  ) {
    push(
      ctx,
      'statement.in-their-words',
      s,
      continued,
      null,
      (tokens[i + 1] as Token).end,
      s.end,
      'indirect',
      text.slice((tokens[i - 2] as Token).start, t.end),
      0.65,
    );
    return true;
  }
  return false;
}

/** Passive reporting at the participle `i`; returns the token the sentence's reading goes on from. */
function passiveStatement(ctx: Ctx, s: Sentence, i: number): number {
  const { tokens, text } = ctx.seg;
  const t = tokens[i] as Token;
  let j = i + 1;
  let agent: Actor | null = null;
  const by = ctx.words.agentPreps.has((tokens[j] as Token | undefined)?.key ?? '') ? ctx.actorAt.get(j + 1) : undefined;
  if (by !== undefined) {
    agent = ctx.actors[by] as Actor;
    j = agent.last;
  }
  if (ctx.words.that.has((tokens[j] as Token | undefined)?.key ?? '') && j < s.last - 2) {
    const speaker: Speaker = agent
      ? speakerOf(ctx, found(agent, 'speaker.agent-after-da'))
      : { entity: null, text: null, how: ['speaker.passive-no-agent'] };
    const cue = text.slice((tokens[i - 1] as Token).start, t.end);
    push(
      ctx,
      'statement.passive-cue-that',
      s,
      speaker,
      agent,
      (tokens[j] as Token).end,
      clauseEnd(ctx, s, j, false),
      'indirect',
      cue,
      agent ? 0.75 : 0.55,
    );
    return j;
  } else if (
    // "è stato annunciato dal ministro il rinvio delle elezioni": the subject after the verb is what was said.
    // With no agent ("è stato confermato il fermo") the writer narrates: the source is not recoverable.
    agent &&
    (takesSaidObject(ctx.lex.speechCues.get(t.key)) || ctx.lex.objectCues.has(t.key)) &&
    (ctx.words.articles.has((tokens[j] as Token | undefined)?.key ?? '') ||
      ctx.words.indefinite.has((tokens[j] as Token | undefined)?.key ?? '')) &&
    (tokens[j + 1] as Token | undefined)?.kind === 'word' &&
    !(tokens[j + 1] as Token).cap &&
    !ctx.actorAt.has(j) &&
    !ctx.actorAt.has(j + 1) &&
    j + 2 < s.last
  ) {
    push(
      ctx,
      'statement.passive-cue-object',
      s,
      speakerOf(ctx, found(agent, 'speaker.agent-after-da')),
      agent,
      (tokens[j] as Token).start,
      clauseEnd(ctx, s, j, true),
      'indirect',
      text.slice((tokens[i - 1] as Token).start, t.end),
      0.7,
    );
    return j;
  }
  return i;
}

/** The clause, infinitive or object a reporting verb at token `i` takes; returns the token the reading goes on from. */
function cueStatements(ctx: Ctx, s: Sentence, i: number): number {
  const { seg } = ctx;
  const { tokens } = seg;
  const t = tokens[i] as Token;
  const sentIdx = t.sentence;
  if (
    isParticiple(t, ctx.words) &&
    !auxBefore(tokens, i, ctx.words) &&
    !ctx.words.adverbs.has((tokens[i - 1] as Token | undefined)?.key ?? '') &&
    !ctx.reflexiveCues.has(t)
  )
    return i;
  // "ha voluto ribadire, come aveva già fatto nel 2019, la serietà …": a comparison set between commas after the
  // cue is skipped; what was said follows it.
  let open = i + 1;
  if (
    (tokens[i + 1] as Token | undefined)?.text === ',' &&
    ctx.words.as.has((tokens[i + 2] as Token | undefined)?.key ?? '')
  ) {
    let c = i + 3;
    while (
      c < s.last &&
      c - i < 16 &&
      (tokens[c] as Token).text !== ',' &&
      !CLAUSE_BREAK.has((tokens[c] as Token).text)
    )
      c++;
    if ((tokens[c] as Token | undefined)?.text === ',' && c < s.last - 3) open = c + 1;
  }
  // Relative clauses ("le affermazioni secondo cui …", "che ha detto") are not reporting clauses of their own.
  // X ha detto (a Y) che …
  let j = open;
  let steps = 0;
  while (
    j < s.last &&
    steps < 12 &&
    !ctx.words.that.has((tokens[j] as Token).key) &&
    (tokens[j] as Token).text !== ',' &&
    (tokens[j] as Token).text !== '.' &&
    !CLAUSE_BREAK.has((tokens[j] as Token).text) &&
    !(coordinatedCue(ctx, j) && j > i + 1)
  ) {
    j++;
    steps++;
  }
  const cls = ctx.lex.speechCues.get(t.key) ?? ctx.lex.speechInfinitives.get(t.key);
  // "ha voluto ribadire la sua fiducia": an infinitive after a modal takes an object as its finite forms do.
  const objectKey = ctx.modalCues.has(t) ? (ctx.words.objectFormOfInfinitive.get(t.key) ?? t.key) : t.key;
  const span = cueSpan(ctx, s, i);
  // "ha sottolineato come la riforma sia necessaria", "spiegando come il sistema funziona": "come" opening a
  // clause with a verb of its own works as "che" ("ha parlato come testimone" has none).
  let come = i + 1;
  while (come < s.last && ctx.words.adverbs.has((tokens[come] as Token).key)) come++;
  const asThat =
    cls === 'say' && ctx.words.as.has((tokens[come] as Token | undefined)?.key ?? '') && clauseHasVerb(ctx, s, come);
  if (asThat) j = come;
  // "…, ha detto(, aggiungendo …)": a reported clause before a subject-less or inverted reporting verb.
  const before = tokens[span.first - 1];
  const after = tokens[i + 1];
  if (clauseThenSubjectCue(ctx, s, span.first, i, span.text)) return i;
  if (
    before?.text === ',' &&
    span.first - 1 > s.first + 3 &&
    // "…, fa sapere l'agenzia.": a reporting expression with its causative reads as a participle does.
    (isParticiple(t, ctx.words) || ctx.modalCues.has(t)) &&
    // "Il suo avvocato, Anna Bianchi, ha dichiarato che …": a name in apposition, not a reported clause.
    !(ctx.index.byLast.has(span.first - 1) && !subjectAfter(ctx, s, i + 1, s.last)) &&
    (!after ||
      after.text === ',' ||
      after.text === '.' ||
      ctx.actorAt.has(i + 1) ||
      ctx.actorAt.has(i + 2) ||
      personNounThenName(ctx, i + 1))
  ) {
    const actor = subjectAfter(ctx, s, i + 1, s.last);
    const speaker = actor ? speakerOf(ctx, actor) : lastSpeaker(ctx, s);
    const clauseStart = clauseOpening(ctx, s, span.first - 2);
    // "Se ciò non avvenisse, ha avvertito X, …": a condition or a time clause is not what was said.
    const opener = firstWordFrom(tokens, clauseStart);
    const dependent = opener !== undefined && ctx.words.subordinators.has(opener.key);
    // "Vari governi, incluso il nostro, hanno sollecitato …": with no finite verb before the comma it is the
    // subject, not a clause said.
    const clauseVerb = clauseVerbBefore(ctx, s, span.first - 2, clauseStart);
    if (speaker && !dependent && clauseVerb && !ctx.seg.quoteCloses.has((tokens[span.first - 2] as Token).start)) {
      push(
        ctx,
        'statement.clause-then-cue',
        s,
        speaker,
        actor,
        clauseStart,
        before.start,
        'indirect',
        span.text,
        actor ? 0.75 : 0.65,
      );
    }
    if (clauseVerb) return i;
  }
  // "Se X annuncerà il ritiro, …", "qualora il ministro dica che …": a condition, not something said.
  if (inCondition(ctx, s, span.first)) return i;
  const cue: CueReading = { ctx, s, sentence: sentIdx, at: i, token: t, span, open, that: j, cls };
  return cueComplements(cue, objectKey, asThat);
}

/** What a reporting verb's reading `cue` says: a stance, an appeal, a clause with or without "che", an infinitive or an object; returns the token the reading goes on from. */
function cueComplements(cue: CueReading, objectKey: string, asThat: boolean): number {
  const { ctx, s, at: i, token: t, span, open, that: j, cls } = cue;
  const { seg } = ctx;
  const { tokens } = seg;
  // "si è detto soddisfatto dell'accordo", "si è dichiarata contraria alla riforma": a stance stated.
  const stance = tokens[i + 1];
  if (
    ctx.reflexiveCues.has(t) &&
    stance !== undefined &&
    stance.kind === 'word' &&
    !stance.cap &&
    !ctx.words.that.has(stance.key) &&
    !ctx.words.of.has(stance.key) &&
    !ctx.words.articles.has(stance.key) &&
    !ctx.words.prepositions.has(stance.key) &&
    i + 2 < s.last
  ) {
    const { actor, speaker, confidence } = cueSubject(cue);
    // Only a named subject: a stance with no one to hold it is left out.
    if (speaker && speaker.entity !== null && actor !== null && actor.first < i && !ctx.seg.tokenInQuote[i + 1])
      push(
        ctx,
        'statement.reflexive-stance',
        s,
        speaker,
        actor,
        stance.start,
        clauseEnd(ctx, s, i, true),
        'indirect',
        span.text,
        confidence - 0.1,
      );
    return i;
  }
  if (ctx.words.appealNouns.has(t.key) && ctx.modalCues.has(t)) {
    const { actor, speaker, confidence } = cueSubject(cue);
    const next = tokens[i + 1];
    if (speaker && next && next.kind === 'word' && i + 3 < s.last)
      push(
        ctx,
        'statement.appeal-noun',
        s,
        speaker,
        actor,
        next.start,
        // "…, tramite il portavoce X, che ha …": what the appeal asks ends at its comma.
        clauseEnd(ctx, s, i, true),
        'indirect',
        span.text,
        confidence - 0.1,
      );
    return i;
  }
  const zeroThat = ctx.words.that.has((tokens[j] as Token | undefined)?.key ?? '') ? -1 : zeroThatClause(ctx, s, i);
  if (zeroThat >= 0) {
    const { actor, speaker, confidence } = cueSubject(cue);
    if (speaker)
      push(
        ctx,
        'statement.cue-zero-that-clause',
        s,
        speaker,
        actor,
        (tokens[zeroThat] as Token).start,
        clauseEnd(ctx, s, zeroThat - 1, false),
        'indirect',
        span.text,
        confidence - 0.1,
      );
    return i;
  }
  if ((ctx.words.that.has((tokens[j] as Token | undefined)?.key ?? '') || asThat) && j < s.last - 2) {
    const { actor, speaker, confidence } = cueSubject(cue);
    // "ha detto (ai giornalisti) che …" quotes the clause; with more words between, the object is part of what was said.
    let k = open;
    while (
      k < j &&
      (ctx.words.adverbs.has((tokens[k] as Token).key) ||
        ctx.words.addresseePreps.has((tokens[k] as Token).key) ||
        ctx.actorAt.has(k) ||
        (tokens[k] as Token).cap ||
        // "continua a dire che …", "ha voluto ribadire che …".
        ctx.lex.speechInfinitives.has((tokens[k] as Token).key) ||
        // "hanno sottolineato e rimarcato che …": two verbs, one clause.
        (ctx.words.and.includes((tokens[k] as Token).key) && isCue(tokens[k + 1], ctx)) ||
        (ctx.words.and.includes((tokens[k - 1] as Token | undefined)?.key ?? '') && isCue(tokens[k], ctx)) ||
        ctx.words.pressNouns.includes((tokens[k] as Token).key) ||
        // "ha detto all'agenzia X che …": the noun of the body addressed, then its name.
        (ctx.lex.orgCues.has((tokens[k] as Token).key) && ctx.actorAt.has(k + 1)) ||
        // "ha precisato in una nota che …", "said in a statement that …".
        ctx.words.channelPreps.has((tokens[k] as Token).key) ||
        ctx.words.indefinite.has((tokens[k] as Token).key) ||
        ctx.words.channelAn.has((tokens[k] as Token).key) ||
        (ctx.words.channelA.has((tokens[k] as Token).key) &&
          ctx.words.channelNouns.has((tokens[k + 1] as Token | undefined)?.key ?? '')) ||
        ctx.words.channelNouns.has((tokens[k] as Token).key))
    )
      k++;
    const from = k === j ? (tokens[j] as Token).end : (tokens[open] as Token).start;
    // An impersonal "si" says only a "che" clause ("si ritiene che …"); "si possono definire X che …" names X.
    const impersonalObject = k !== j && speaker?.how.includes('speaker.impersonal-si') === true;
    // "ha continuato la striscia che …": after the object of a verb that takes none as words said, "che" is
    // a relative pronoun, not the opening of a reported clause.
    const relative =
      k !== j && !asThat && !ctx.lex.objectCues.has(objectKey) && !takesSaidObject(cls) && nounBefore(ctx, j);
    if (relative) return i;
    if (speaker && !impersonalObject)
      push(
        ctx,
        'statement.cue-that-clause',
        s,
        speaker,
        actor,
        from,
        clauseEnd(ctx, s, j, false),
        'indirect',
        span.text,
        confidence,
      );
    return j;
  }
  // X ha chiesto (al governo) di ritirare …; X ha negato di averlo …: the infinitive clause is what was said.
  let o = open;
  while (
    o < s.last &&
    ctx.words.adverbs.has((tokens[o] as Token).key) &&
    !ctx.words.articles.has((tokens[o] as Token).key)
  )
    o++;
  if (ctx.words.addresseePreps.has((tokens[o] as Token | undefined)?.key ?? '')) {
    const addressee = ctx.actorAt.get(o + 1);
    let p = addressee !== undefined ? (ctx.actors[addressee] as Actor).last : o + 1;
    while (
      p < s.last &&
      p - o < 5 &&
      !ctx.words.ofBare.has((tokens[p] as Token).key) &&
      (tokens[p] as Token).kind === 'word'
    )
      p++;
    if (ctx.words.ofBare.has((tokens[p] as Token | undefined)?.key ?? '')) o = p;
  }
  // "ha accusato Mosca di non volere la pace": the one accused, then "di" and what they are accused of.
  const accused =
    cls !== 'accuse'
      ? undefined
      : (ctx.actorAt.get(o) ?? (ctx.words.articles.has(keyAt(tokens, o)) ? ctx.actorAt.get(o + 1) : undefined));
  // What one is accused of ends at its comma ("X, che accusa Y di aver mentito, chiede …").
  const accusedOf = accused !== undefined && ctx.words.ofBare.has(keyAt(tokens, (ctx.actors[accused] as Actor).last));
  if (accusedOf) o = (ctx.actors[accused] as Actor).last;
  // "ha invitato il consiglio a votare …": a request's addressee, then "a" and the infinitive.
  if (cls === 'ask' && !ctx.words.ofBare.has((tokens[o] as Token | undefined)?.key ?? '')) {
    let p = o;
    while (
      p < s.last &&
      p - o < 6 &&
      !ctx.words.infinitivePreps.includes((tokens[p] as Token).key) &&
      (tokens[p] as Token).kind === 'word'
    )
      p++;
    if (
      ctx.words.infinitivePreps.includes((tokens[p] as Token | undefined)?.key ?? '') &&
      isInfinitiveKey((tokens[p + 1] as Token | undefined)?.key ?? '', ctx.words)
    )
      o = p;
  }
  // "di «non volere la pace»": the quote opens on the infinitive.
  const quoteOpens = quoteOpenedAt(ctx, o + 1) !== undefined;
  const infinitive = tokens[quoteOpens ? o + 2 : o + 1];
  const joiner = (tokens[o] as Token | undefined)?.key ?? '';
  if (
    (ctx.words.ofBare.has(joiner) || (ctx.words.toKeys.has(joiner) && cls === 'ask')) &&
    infinitive &&
    infinitive.kind === 'word' &&
    isInfinitiveKey(infinitive.key, ctx.words) &&
    o + 2 < s.last
  ) {
    const { actor, speaker, confidence } = cueSubject(cue);
    if (speaker)
      push(
        ctx,
        'statement.cue-infinitive',
        s,
        speaker,
        actor,
        (tokens[o + 1] as Token).start,
        untilColonQuote(ctx, s, o + 1, clauseEnd(ctx, s, o + 1, accusedOf)),
        'indirect',
        span.text,
        confidence - 0.05,
      );
    return o + 1;
  }
  // "ha parlato di un complotto", "si lamentava della riforma": the object after "di".
  if (
    ctx.lex.objectCuesOf.has(objectKey) &&
    ctx.words.of.has((tokens[o] as Token | undefined)?.key ?? '') &&
    o + 3 < s.last
  ) {
    const of = tokens[o] as Token;
    // "si lamenta della «pessima» accoglienza": the quoted words open the object ("ha parlato di «…»" is
    // a partial quote: only a figure or an indefinite after "parlare di" is a claim of its own).
    const quoted =
      ctx.lex.objectCuesOf.get(objectKey) === 'any' &&
      /^[«“"]$/.test((tokens[o + 1] as Token).text) &&
      seg.tokenInQuote[o + 2] === 1;
    const next = tokens[quoted ? o + 2 : o + 1] as Token;
    const claim = next.kind === 'num' || ctx.words.indefinite.has(next.key) || ctx.words.quantityWords.has(next.key);
    if (
      (next.kind === 'num' || (next.kind === 'word' && !next.cap && !isInfinitiveKey(next.key, ctx.words))) &&
      !ctx.actorAt.has(o + 1) &&
      (ctx.lex.objectCuesOf.get(objectKey) === 'any' || (ctx.words.ofBare.has(of.key) && claim))
    ) {
      pushObject(cue, ctx.words.ofBare.has(of.key) ? next.start : of.start, o);
      return o + 1;
    }
  }
  // "ha annunciato sul proprio profilo la riuscita …", "ha confermato in una nota il ritiro …": the channel comes first.
  // "ha denunciato presso i carabinieri un tentativo …": the channel's own article is skipped.
  if (ctx.words.channelPreps.has((tokens[o] as Token | undefined)?.key ?? '')) {
    const own = ctx.words.articles.has((tokens[o + 1] as Token | undefined)?.key ?? '') ? o + 2 : o + 1;
    let p = own;
    while (p < s.last && p - o < 9 && (tokens[p] as Token).kind === 'word' && !objectOpensAt(ctx, p)) p++;
    if (p > own && objectOpensAt(ctx, p)) o = p;
  }
  // "ha espresso soddisfazione per …", "manifesta profonda preoccupazione", "ha espresso «piena fiducia» in …":
  // a stance noun with no article, perhaps after one adjective, and what follows it are the stance stated.
  if (ctx.lex.objectCues.has(objectKey) && o + 2 < s.last) {
    const h = seg.tokenInQuote[o + 1] === 1 && (tokens[o] as Token).kind !== 'word' ? o + 1 : o;
    const head = tokens[h] as Token;
    const second = tokens[h + 1];
    const stance =
      head.kind === 'word' &&
      !head.cap &&
      (ctx.lex.stanceNouns.has(head.key) ||
        (second !== undefined &&
          second.kind === 'word' &&
          ctx.lex.stanceNouns.has(second.key) &&
          !ctx.words.articles.has(head.key) &&
          !ctx.words.indefinite.has(head.key) &&
          !ctx.words.prepositions.has(head.key)));
    if (stance) {
      pushObject(cue, (tokens[o] as Token).start, o);
      return o + 1;
    }
  }
  // X ha chiesto le dimissioni …; X ha annunciato il ritiro …; X critica la riforma: a common-noun object.
  const objectArticle = tokens[o];
  // "denunciando un «accordo vergognoso» per …": the object of a verb of stance may have its head quoted ("ha
  // dichiarato il «non luogo a procedere»" quotes a formula, a partial quote of its own).
  const quotedHead =
    ctx.lex.objectCues.has(objectKey) && seg.tokenInQuote[o + 2] === 1 && seg.tokenInQuote[o + 1] !== 1;
  const objectHead = quotedHead ? tokens[o + 2] : tokens[o + 1];
  if (
    (cls === 'ask' || cls === 'announce' || cls === 'deny' || ctx.lex.objectCues.has(objectKey)) &&
    objectArticle &&
    objectHead &&
    (ctx.words.articles.has(objectArticle.key) || ctx.words.indefinite.has(objectArticle.key)) &&
    objectHead.kind === 'word' &&
    !objectHead.cap &&
    !ctx.actorAt.has(o) &&
    !ctx.actorAt.has(o + 1) &&
    o + 2 < s.last
  ) {
    pushObject(cue, objectArticle.start, o);
    return o + 1;
  }
  // X nega/smentisce/respinge le accuse …; X ha accusato Y di …
  if (cls === 'deny' || cls === 'accuse') {
    let a = i + 1;
    while (a < s.last && a - i <= 2 && ctx.words.articles.has((tokens[a] as Token).key)) a++;
    const n = tokens[a];
    const denial = cls === 'deny' && a > i + 1 && n && ctx.words.denialObjects.has(n.key);
    let di = i + 1;
    while (
      di < s.last &&
      di - i < 8 &&
      !ctx.words.accusationOf.has((tokens[di] as Token).key) &&
      (tokens[di] as Token).text !== ',' &&
      (tokens[di] as Token).text !== '.'
    )
      di++;
    const accusation =
      cls === 'accuse' && ctx.words.accusationOf.has((tokens[di] as Token | undefined)?.key ?? '') && di < s.last - 2;
    if (denial || accusation) {
      const { actor, speaker, confidence } = cueSubject(cue);
      if (speaker)
        push(
          ctx,
          denial ? 'statement.denial-object' : 'statement.accusation-of',
          s,
          speaker,
          actor,
          (tokens[i + 1] as Token).start,
          // "X, che accusa Y di …, chiede …": a relative clause ends at its comma; "X accusa Y di … e avverte
          // che …" at the next reporting verb.
          ctx.words.complementizer.has((tokens[span.first - 1] as Token | undefined)?.key ?? '') &&
            (tokens[span.first - 2] as Token | undefined)?.text === ','
            ? clauseEnd(ctx, s, i, true)
            : clauseEnd(ctx, s, i, false),
          'indirect',
          span.text,
          confidence - 0.1,
          { followOn: false, objectAct: denial ? 'denial' : 'accusation' },
        );
      return a;
    }
  }
  return i;
}

/**
 * One attribution, one statement however many quote marks it spans: «…» e «…», «…»; e poi: «…»,
 * and «…», ha detto X. «…» (a follow-on quote with no reporting words of its own) are one direct
 * statement running from the first quoted word to the last, as a multi-sentence quote is.
 */
/** The words between the two halves of a split quote: its close, the reporting clause, a comma and the opening of the rest. */
const SPLIT_QUOTE_GAP = /^\s*[»”"]\s*,[^«»“”"]+,\s*[«“"]\s*$/;

function quoteChains(out: FoundStatement[], text: string, words: StatementWords): FoundStatement[] {
  const order = [...out].sort((a, b) => a.start - b.start);
  /** Each statement folded into another → the first statement of its chain. */
  const rootOf = new Map<FoundStatement, FoundStatement>();
  /** The first statement of a chain → the statement the chain makes. */
  const chain = new Map<FoundStatement, FoundStatement>();
  let previous: FoundStatement | null = null;
  for (const statement of order) {
    const root = previous === null ? null : (rootOf.get(previous) ?? previous);
    const head = root === null ? null : (chain.get(root) ?? root);
    if (
      previous !== null &&
      root !== null &&
      head !== null &&
      head.kind === 'direct' &&
      statement.kind !== 'indirect' &&
      statement.start >= head.end &&
      statement.speaker === head.speaker &&
      statement.speakerText === head.speakerText &&
      statement.sentenceIndex <= previous.sentenceIndex + 1
    ) {
      const between = text.slice(head.end, statement.start);
      const gap = between.split(/[\s«»"“”„';:,.–—-]+/).filter(Boolean);
      // "e poi: «…»", "ed ancora: «…»": a colon after the connective introduces words of their own.
      const joined =
        statement.sentenceIndex === previous.sentenceIndex &&
        !between.includes(':') &&
        gap.every((w) => words.connectives.has(normKey(w)));
      // "«…», spiega X, «…»": one quote its reporting clause splits, from the first quoted word to the last.
      const split =
        statement.sentenceIndex === previous.sentenceIndex &&
        head.cue !== null &&
        statement.cue === head.cue &&
        !/[.;:!?]/.test(between) &&
        SPLIT_QUOTE_GAP.test(between);
      if (
        (joined && (statement.cue === null || statement.cue === head.cue)) ||
        split ||
        (statement.followOn && gap.length <= 12)
      ) {
        chain.set(root, {
          ...head,
          end: statement.end,
          quote: text.slice(head.start, statement.end),
          about: [...new Set([...head.about, ...statement.about])],
          trace: chain.has(root)
            ? head.trace
            : [head.trace[0] as string, 'statement.quote-chain', ...head.trace.slice(1)],
        });
        rootOf.set(statement, root);
        previous = statement;
        continue;
      }
    }
    previous = statement;
  }
  return out.filter((statement) => !rootOf.has(statement)).map((statement) => chain.get(statement) ?? statement);
}

/**
 * One thing said, one record: a reported clause that is only a quote already read
 * ("dice che «…»") gives way to the quote; a partial quote inside a reported clause of
 * the same speaker is part of it, and so are words a speaker quotes inside their own direct quote.
 */
function oneRecordPerStatement(out: FoundStatement[]): FoundStatement[] {
  const quoteMarks = /^[\s«»"“”„']+|[\s«»"“”„'.]+$/g;
  const kept = out.filter((statement) => {
    if (statement.kind !== 'indirect') return true;
    // "I Verdi, secondo X, non escludono …": the verb's object is already inside the clause "secondo X" credits.
    if (
      statement.trace.includes('speaker.source-before-cue') &&
      out.some(
        (o) =>
          o !== statement &&
          o.kind === 'indirect' &&
          o.speaker === statement.speaker &&
          o.start <= statement.start &&
          o.end >= statement.end,
      )
    )
      return false;
    const inner = statement.quote.replace(quoteMarks, '');
    return !out.some(
      (q) =>
        q.kind !== 'indirect' &&
        q.speaker === statement.speaker &&
        q.start >= statement.start &&
        q.end <= statement.end &&
        q.quote.length >= inner.length * 0.8,
    );
  });
  return kept.filter(
    (statement) =>
      // Words the speaker quotes inside their own quote are part of it ("«… dicendo "aspettiamo" …»").
      !kept.some(
        (d) =>
          d !== statement &&
          d.kind === 'direct' &&
          d.speaker === statement.speaker &&
          (d.speaker !== null || d.speakerText === statement.speakerText) &&
          d.start <= statement.start &&
          d.end >= statement.end,
      ) &&
      (statement.kind !== 'partial' ||
        !kept.some(
          (r) =>
            r.kind === 'indirect' &&
            r.speaker === statement.speaker &&
            // One named speaker however written; unnamed ones only when written alike.
            (r.speaker !== null || r.speakerText === statement.speakerText) &&
            r.start <= statement.start &&
            r.end >= statement.end,
        )),
  );
}

/** "Domanda:", "D:" opening a sentence (`labels`), with the colon after it: the token after the colon. */
function labelled(ctx: Ctx, s: Sentence, labels: ReadonlySet<string>): number | null {
  const { tokens } = ctx.seg;
  const label = tokens[s.first] as Token;
  return labels.has(label.key) && s.first + 1 < s.last && (tokens[s.first + 1] as Token).text === ':'
    ? s.first + 2
    : null;
}

/** A question of an interview sentence `si` may be: a paragraph of its own ending in "?", labelled, or prompting. */
function questionAt(ctx: Ctx, si: number): boolean {
  const { sentences, text } = ctx.seg;
  const s = sentences[si] as Sentence;
  const endsParagraph = (sentences[si + 1] as Sentence | undefined)?.paragraph !== s.paragraph;
  return (
    (endsParagraph && text.slice(s.start, s.end).trimEnd().endsWith('?')) ||
    labelled(ctx, s, ctx.words.questionLabels) !== null ||
    (endsParagraph && promptsQuotedAnswer(ctx, si))
  );
}

/**
 * "I residenti parlano di un'opera inutile." then "«Rispetto le loro posizioni …»": in an interview whose answers
 * are quoted, a paragraph with no quote of its own followed by a paragraph that opens with a quote mark is the
 * interviewer's turn, put as a statement rather than a question.
 */
function promptsQuotedAnswer(ctx: Ctx, si: number): boolean {
  const { sentences } = ctx.seg;
  const s = sentences[si] as Sentence;
  const next = sentences[si + 1] as Sentence | undefined;
  if (next === undefined || next.paragraph === s.paragraph) return false;
  if ((ctx.seg.sentenceQuotes[si] ?? []).length > 0) return false;
  if (quoteOpenedAt(ctx, next.first) === undefined) return false;
  // The whole paragraph is the turn: none of its sentences holds a quote.
  for (let k = si - 1; k >= 0 && (sentences[k] as Sentence).paragraph === s.paragraph; k--)
    if ((ctx.seg.sentenceQuotes[k] ?? []).length > 0) return false;
  return true;
}

/** Whether a statement of someone other than `entity` stands in the paragraph of sentence `si`. */
function otherVoiceInParagraph(ctx: Ctx, si: number, entity: number | null): boolean {
  const paragraph = (ctx.seg.sentences[si] as Sentence).paragraph;
  return ctx.out.some(
    (o) =>
      o.speaker !== entity && (ctx.seg.sentences[o.sentenceIndex] as Sentence | undefined)?.paragraph === paragraph,
  );
}

/** The person the first question after the interview's introduction (sentence `intro`) addresses by name. */
function addressedByFirstQuestion(ctx: Ctx, intro: number): Actor | null {
  const { sentences, tokens } = ctx.seg;
  for (let si = intro + 1; si < sentences.length && (sentences[si] as Sentence).paragraph <= 3; si++) {
    if (!questionAt(ctx, si)) continue;
    // The question's paragraph opens with the name, or a title and the name, then a comma.
    let first = si;
    while (first > 0 && (sentences[first - 1] as Sentence).paragraph === (sentences[si] as Sentence).paragraph) first--;
    const opening = firstPastDateline(ctx, sentences[first] as Sentence);
    for (const a of ctx.index.bySentence[first] ?? []) {
      if (a.first < opening) continue;
      if (a.first > opening + 1) break;
      const type = a.entity === null ? undefined : ctx.ents.entities[a.entity]?.type;
      if (type === 'Person' && (tokens[a.last] as Token | undefined)?.text === ',') return a;
    }
    return null;
  }
  return null;
}

/**
 * A question-and-answer interview. "Intervista a X" ("intervista con X") opening a sentence of the
 * headline or the standfirst names the person interviewed; from there on, every sentence after a
 * question (a sentence ending with "?" at the end of its paragraph, or opening with "Domanda:") up
 * to the next question is that person's answer, in their own words, unless a rule found a statement
 * in it already. The questions are the interviewer's and never a statement; a quote in the headline
 * with no source of its own is the interviewee's.
 */
function interviewAnswers(ctx: Ctx): void {
  const { tokens, sentences } = ctx.seg;
  let intro = -1;
  let interviewee: Actor | null = null;
  for (let si = 0; si < sentences.length && interviewee === null; si++) {
    const s = sentences[si] as Sentence;
    if (s.paragraph > 1) break;
    const first = tokens[s.first] as Token;
    if (
      !ctx.words.interviewNouns.has(first.key) ||
      !ctx.words.interviewPreps.has((tokens[s.first + 1] as Token | undefined)?.key ?? '')
    )
      continue;
    intro = si;
    const ai = ctx.actorAt.get(s.first + 2);
    const actor = ai === undefined ? undefined : ctx.actors[ai];
    if (actor?.entity != null && ctx.ents.entities[actor.entity]?.type === 'Person') interviewee = actor;
  }
  // "Intervista al sindaco di X …", then "Sindaco Mario Rossi, …?": the person the first question addresses.
  if (interviewee === null && intro >= 0) interviewee = addressedByFirstQuestion(ctx, intro);
  if (interviewee === null) return;
  const speaker = (): Speaker => speakerOf(ctx, found(interviewee, 'speaker.interviewee'));
  const said = (start: number, end: number) => ctx.out.some((o) => o.start < end && o.end > start);
  const introSentence = sentences[intro] as Sentence;
  for (const q of ctx.seg.sentenceQuotes[intro] ?? [])
    if (q.depth === 0 && !said(q.start, q.end))
      push(ctx, 'statement.interview-headline', introSentence, speaker(), null, q.start, q.end, 'direct', null, 0.8);
  let answering = false;
  for (let si = intro + 1; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    if (s.boilerplate) continue;
    // A question of the layout stands at the end of its paragraph (or is labelled): a rhetorical
    // question inside a paragraph of narrative is no turn of the interview.
    if (questionAt(ctx, si)) {
      answering = true;
      continue;
    }
    if (!answering || said(s.start, s.end)) continue;
    const from = labelled(ctx, s, ctx.words.answerLabels);
    let start = from === null ? s.start : ((tokens[from] as Token | undefined)?.start ?? s.end);
    let end = s.end;
    // «…» around the whole answer: the words inside the marks.
    const whole = (ctx.seg.sentenceQuotes[si] ?? []).find(
      (q) => q.depth === 0 && q.open <= start + 1 && q.close >= end - 2,
    );
    if (whole) {
      start = whole.start;
      end = whole.end;
      // A sentence with no quote in a paragraph where someone else speaks is the writer's narrative.
    } else if (otherVoiceInParagraph(ctx, si, interviewee.entity)) continue;
    push(ctx, 'statement.interview-answer', s, speaker(), null, start, end, 'direct', null, 0.8);
  }
}

/** The reporting verbs that follow a modal or make a reporting expression ("vuole ribadire", "ha fatto sapere", "mette a verbale", "lancia un appello"). */
function modalCuesOf(tokens: readonly Token[], lex: Lexicon, words: StatementWords): Set<Token> {
  const modalCues = new Set<Token>();
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && lex.speechInfinitives.has(t.key) && modalBefore(tokens, k, words) > 0) modalCues.add(t);
    // "ha fatto sapere", "fa sapere", "hanno fatto sapere": a reporting expression.
    // "ha fatto notare che …", "fa notare", "ha fatto presente che …": what is pointed out follows.
    if (words.makeKnown.has(t.key) && words.make.has((tokens[k - 1] as Token).key)) modalCues.add(t);
    // "mette a verbale che …", "ha messo a verbale".
    if (
      words.recordNouns.has(t.key) &&
      words.recordPreps.has((tokens[k - 1] as Token).key) &&
      words.put.has((tokens[k - 2] as Token | undefined)?.key ?? '')
    )
      modalCues.add(t);
    // "ha lanciato un appello alla …", "rivolge un monito ai …": what is asked follows the noun.
    if (appealBefore(tokens, k, words) > 0) modalCues.add(t);
  }
  return modalCues;
}

/** The reporting verbs used reflexively ("si è detto", "si dichiara"). */
function reflexiveCuesOf(tokens: readonly Token[], lex: Lexicon, words: StatementWords): Set<Token> {
  const reflexiveCues = new Set<Token>();
  for (let k = 2; k < tokens.length; k++)
    if (reflexiveCue(tokens, k, lex.speechCues, words)) reflexiveCues.add(tokens[k] as Token);
  return reflexiveCues;
}

/** The forms of reporting verbs that are nouns or adjectives where they stand ("la condanna", "più noto come", "è contrario"). */
function nounUsesOf(tokens: readonly Token[], lex: Lexicon, words: StatementWords): Set<Token> {
  const nounUses = new Set<Token>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!lex.speechCues.has(t.key)) continue;
    if (k > 0 && words.determiners.has((tokens[k - 1] as Token).key)) nounUses.add(t);
    // "Condanna anche da parte di X": a noun with its source, not a verb.
    const next = words.also.has((tokens[k + 1] as Token | undefined)?.key ?? '') ? k + 2 : k + 1;
    if (phraseAt(tokens, next, words.onThePart) > 0) nounUses.add(t);
    // "il virus, più noto come «…»": the adjective "known" before the name a thing goes by, not a verb of saying.
    if (phraseAt(tokens, k, words.knownAs) > 0) nounUses.add(t);
    // "era molto critico verso …", "è contrario a …": a form that is not a participle after a copula is the
    // adjective, a stance held, not a verb of saying (a passive's or a reflexive's participle is still one).
    let p = k - 1;
    while (p > 0 && (words.adverbs.has((tokens[p] as Token).key) || words.degreeWords.has((tokens[p] as Token).key)))
      p--;
    if (p >= 0 && words.essereWritten.has((tokens[p] as Token).text.toLowerCase()) && !isParticiple(t, words))
      nounUses.add(t);
  }
  return nounUses;
}

export function extractStatements(
  seg: Segmentation,
  actors: Actor[],
  ents: DocEntities,
  lex: Lexicon = LEXICON,
  disabled: ReadonlySet<string> | null = null,
): LocalStatement[] {
  const words = statementWords(lex);
  actors = withBracketedAcronyms(seg, actors, ents);
  const actorAt = new Map<number, number>();
  actors.forEach((a, k) => actorAt.set(a.first, k));
  const index = indexActors(actors, seg.sentences.length);
  const sentenceMentions: { entity: number; start: number; end: number }[][] = seg.sentences.map(() => []);
  for (const e of ents.entities)
    for (const m of e.mentions) sentenceMentions[m.sentence]?.push({ entity: e.index, start: m.start, end: m.end });
  const subjectUpTo: (Actor | null)[] = [];
  let lastSubject: Actor | null = null;
  seg.sentences.forEach((_, si) => {
    for (const a of index.bySentence[si] ?? []) {
      if (a.entity === null || ents.entities[a.entity]?.type !== 'Person') continue;
      if (words.prepositions.has((seg.tokens[a.first - 1] as Token | undefined)?.key ?? '')) continue;
      lastSubject = a;
      break;
    }
    subjectUpTo.push(lastSubject);
  });
  const modalCues = modalCuesOf(seg.tokens, lex, words);
  const reflexiveCues = reflexiveCuesOf(seg.tokens, lex, words);
  const nounUses = nounUsesOf(seg.tokens, lex, words);
  const ctx: Ctx = {
    seg,
    disabled,
    actors,
    ents,
    lex,
    words,
    last: null,
    lastSentence: -1,
    out: [],
    actorAt,
    index,
    sentenceMentions,
    subjectUpTo,
    nounUses,
    modalCues,
    reflexiveCues,
  };
  seg.sentences.forEach((s, idx) => {
    if (s.boilerplate) return;
    quoteStatements(ctx, s, idx);
    asCueThenClause(ctx, s);
    // Indirect speech before colon speech: "X ha dichiarato che …; e ancora: …" goes on with X.
    indirectStatements(ctx, s);
    colonSpeech(ctx, s);
    clauseThenAsCue(ctx, s);
    chargeNoun(ctx, s);
    intentNounOfSource(ctx, s);
    predicativeJudgement(ctx, s);
    orderGiven(ctx, s);
    estimate(ctx, s);
    rumour(ctx, s);
    cueSetInside(ctx, s, idx);
    documentReadThat(ctx, s);
    creditedSentence(ctx, s, idx);
  });
  interviewAnswers(ctx);
  const statements = oneRecordPerStatement(quoteChains(ctx.out, seg.text, words)).map((made) => {
    const { act, rule } = speechAct(made, lex);
    const { followOn: _followOn, objectAct: _objectAct, ...statement } = made;
    return { ...statement, act, trace: [...statement.trace, rule] };
  });
  // The rules added to a statement after it was made (a quote chain, a trailing source, its act).
  return disabled === null ? statements : statements.filter((statement) => !holdsDisabled(statement.trace, disabled));
}
