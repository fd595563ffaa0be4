// A generator of Italian news-like articles for scale runs: sentence templates of the
// constructions newsgraph reads (quotes, reported speech, "secondo", meetings) filled with
// names from an open vocabulary, as news has them: people, organisations and towns are
// built from parts (given names from the lexicon, surnames from stems and endings, towns
// from syllables, "Associazione … di <town>"), and each article draws them from a
// Pitman–Yor process, so a few names recur in thousands of articles (Zipf-like) while the
// number of distinct names keeps growing with the corpus (Heaps' law). About 4.7
// statements per article, as in the attribution set. Deterministic from a seed, so 1k/10k/
// 50k runs are reproducible. The texts are synthetic: no real article or name list is copied.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../contract/extraction.ts';
import { seededRandom } from '../contract/seededRandom.ts';

const LEXICON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../extract/lang/it');

function lexiconLines(file: string): string[] {
  return readFileSync(path.join(LEXICON, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Parts of names, written for the generator: stems and endings of Italian surnames, syllables
// and openings of town names, heads of organisations. Combined, they give hundreds of
// thousands of distinct names, none of them taken from a list of real ones.
const SURNAME_STEMS = [
  'Ross',
  'Bianc',
  'Ferr',
  'Gall',
  'Mor',
  'Rin',
  'Cost',
  'Marin',
  'Bert',
  'Fontan',
  'Lomb',
  'Sant',
  'Valent',
  'Grim',
  'Pell',
  'Capr',
  'Benedett',
  'Mart',
  'Fior',
  'Baldass',
  'Cer',
  'Giord',
  'Lucch',
  'Mazz',
  'Negr',
  'Orsol',
  'Pagan',
  'Quar',
  'Rizz',
  'Sacc',
  'Tamb',
  'Ugol',
  'Vent',
  'Zan',
  'Bonv',
  'Carb',
  'Dall',
  'Fabr',
  'Gatt',
  'Innoc',
  'Lanz',
  'Mancin',
  'Nard',
  'Ottav',
  'Pasqu',
  'Ricc',
  'Serr',
  'Tost',
  'Vill',
  'Zucc',
  'Amat',
  'Bellin',
  'Cald',
  'Donat',
  'Ferl',
  'Guarn',
  'Landr',
  'Mecc',
  'Nicol',
  'Palm',
  'Roman',
  'Salv',
  'Terr',
  'Vitt',
  'Alber',
  'Brun',
  'Corr',
  'Fort',
];
const SURNAME_ENDINGS = [
  'i',
  'ini',
  'etti',
  'elli',
  'ucci',
  'oni',
  'ato',
  'ari',
  'esi',
  'one',
  'otti',
  'ello',
  'illi',
  'acci',
  'eri',
  'uzzi',
  'ale',
  'ano',
  'iero',
  'ola',
];
const SURNAME_PARTICLES = ['De ', 'Di ', 'Lo ', 'Del ', 'Dal ', 'La '];
const TOWN_OPENINGS = [
  'Castel',
  'Rocca',
  'Borgo',
  'Poggio',
  'Monte',
  'Torre',
  'Pieve',
  'Villa',
  'Colle',
  'Serra',
  'Val',
  'Ponte',
  'Fonte',
  'Campo',
  'Pietra',
  'Casal',
  'Fiume',
  'Sasso',
  'Porto',
  'Lago',
];
const TOWN_SYLLABLES = [
  'ma',
  'ri',
  'no',
  'la',
  've',
  'ra',
  'to',
  'bel',
  'fio',
  'ren',
  'mo',
  'sa',
  'lu',
  'ne',
  'ga',
  'do',
  'ce',
  'li',
  'ro',
  'ta',
  'vi',
  'san',
  'cor',
  'mi',
  'pe',
];
const TOWN_ENDINGS = ['no', 'na', 'lla', 'llo', 'ra', 'ro', 'se', 'ni', 'to', 'sco', 'nese', 'rano', 'lia'];
const ORG_HEADS = ['Associazione', 'Fondazione', 'Banca', 'Federazione', 'Istituto'];
const ORG_MIDDLES = [
  'dei Commercianti',
  'degli Artigiani',
  'Agricola',
  'di Credito Cooperativo',
  'Popolare',
  'per lo Sviluppo',
  'dei Produttori',
  'Culturale',
  'degli Albergatori',
  'dei Pescatori',
  'Sportiva',
  'per la Ricerca',
  'dei Viticoltori',
  'Edile',
  'degli Industriali',
  'del Territorio',
];

const CUES = ['ha detto', 'ha dichiarato', 'ha affermato', 'ha aggiunto', 'ha spiegato', 'ha sottolineato'];
const INDIRECT = ['ha detto che', 'ha affermato che', 'ha sostenuto che', 'ha negato che', 'ha ribadito che'];
const ROLES = [
  'il sindaco',
  'il presidente',
  "l'assessore",
  'il segretario',
  'la presidente',
  'il direttore',
  'la portavoce',
];
const CLAUSES = [
  'il comune non intende cambiare linea sul piano urbanistico',
  'i lavori riprenderanno la prossima settimana',
  'le accuse sono prive di fondamento',
  'la situazione resta difficile ma sotto controllo',
  'serve un accordo vincolante con la regione',
  "i prezzi torneranno a scendere entro la fine dell'anno",
  'la crisi ha colpito soprattutto le piccole imprese',
  'il bilancio si chiuderà in attivo',
  'nessuno è stato informato in anticipo',
  'i fondi arriveranno entro la primavera',
  'la decisione sarà presa dopo il confronto con i cittadini',
  'il progetto non ha alcuna copertura finanziaria',
];
const ABOUT_PERSON = [
  'non ha mai risposto alle domande dei cittadini',
  'ha sbagliato a firmare il contratto',
  'dovrebbe chiarire la sua posizione',
  'ha fatto un buon lavoro in questi anni',
  'non era presente alla riunione decisiva',
];
const ABOUT_ORGANIZATION = [
  'deve chiarire la sua posizione sui fondi',
  'ha chiesto un incontro urgente',
  'non ha rispettato gli accordi',
  'sostiene il progetto fin dall’inizio',
];
const QUOTES = [
  'Non accetteremo alcuna ingerenza nelle scelte del territorio',
  'È un passo avanti importante, ma il lavoro non è finito',
  'Queste notizie sono completamente false',
  'Siamo pronti a discutere, ma non a qualsiasi condizione',
  'La nostra priorità resta la sicurezza dei cittadini',
  'Il dialogo è l’unica strada possibile',
  'Chiediamo risposte chiare e tempi certi',
  'Abbiamo fatto tutto il possibile per evitare la chiusura',
  'Questa è una giornata storica per la nostra comunità',
  'Nessuno verrà lasciato indietro',
];
const FILLER = [
  'La notizia è stata ripresa dai principali quotidiani nel corso della giornata.',
  'La vicenda potrebbe avere conseguenze anche sui conti pubblici.',
  "Nelle ultime settimane il dibattito si è concentrato soprattutto sull'economia locale.",
  'La crescita del trimestre è stata inferiore alle attese.',
  'Il tema sarà al centro della prossima riunione prevista per il mese prossimo.',
  "Le opposizioni hanno chiesto un consiglio straordinario sull'argomento.",
  'La vicenda va avanti da diversi mesi senza una soluzione condivisa.',
  'Molti residenti hanno espresso preoccupazione per i tempi dei lavori.',
];

/**
 * Draws from an open vocabulary, one Pitman–Yor process per kind of name: a name already
 * drawn `c` times comes back with weight `c - discount`, a new one with weight
 * `strength + discount × names so far`. Distinct names grow as a power (about `discount`)
 * of the draws, and their frequencies follow a power law.
 */
class OpenVocabulary {
  private readonly names: string[] = [];
  private readonly counts: number[] = [];
  /** One entry per draw (the name's index): a uniform pick from it weighs names by count. */
  private readonly draws: number[] = [];

  constructor(
    private readonly random: () => number,
    private readonly discount: number,
    private readonly strength: number,
    private readonly fresh: () => string,
    private readonly taken: Set<string>,
  ) {}

  draw(): string {
    const total = this.draws.length;
    const newWeight = this.strength + this.discount * this.names.length;
    for (;;) {
      if (this.random() * (this.strength + total) < newWeight) return this.add();
      // Weight c - discount: a uniform draw (weight c), kept with probability (c - discount) / c.
      const index = this.draws[Math.floor(this.random() * total)]!;
      const count = this.counts[index]!;
      if (this.random() * count < count - this.discount) {
        this.counts[index] = count + 1;
        this.draws.push(index);
        return this.names[index]!;
      }
    }
  }

  private add(): string {
    let name = this.fresh();
    for (let tries = 0; this.taken.has(name); tries++) name = this.fresh();
    this.taken.add(name);
    this.names.push(name);
    this.counts.push(1);
    this.draws.push(this.names.length - 1);
    return name;
  }
}

const FEMININE_HEADS = new Set(['Associazione', 'Fondazione', 'Banca', 'Federazione', 'Cooperativa']);

/** "la Banca …", "l'Associazione …", "il Consorzio …". */
function the(organization: string): string {
  if (/^[AEIOU]/.test(organization)) return `l'${organization}`;
  return `${FEMININE_HEADS.has(organization.split(' ')[0]!) ? 'la' : 'il'} ${organization}`;
}

/** "della Banca …", "dell'Istituto …", "del Consorzio …". */
function ofThe(organization: string): string {
  const article = the(organization);
  return article.startsWith("l'")
    ? `del${article}`
    : article.startsWith('la ')
      ? `del${article}`
      : `del ${organization}`;
}

export interface CorpusOptions {
  articles: number;
  /** Target words per article (approximate). */
  words?: number;
  seed?: number;
}

/** Statement sentences in one article: 2 to 8, 4.7 on average. */
const STATEMENT_COUNTS = [2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8];

export function generateCorpus(options: CorpusOptions): RawDocument[] {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const firstNames = lexiconLines('first-names.txt')
    .flatMap((line) => line.split(/\s+/))
    .filter((name) => /^[a-z]{3,}[aeio]$/.test(name) && !/[jkwxy]/.test(name))
    .map(capitalize);
  const surname = (): string =>
    `${random() < 0.08 ? pick(SURNAME_PARTICLES) : ''}${pick(SURNAME_STEMS)}${pick(SURNAME_ENDINGS)}`;
  const town = (): string => {
    const roll = random();
    const middle = `${pick(TOWN_SYLLABLES)}${random() < 0.5 ? pick(TOWN_SYLLABLES) : ''}${pick(TOWN_ENDINGS)}`;
    if (roll < 0.45) return `${pick(TOWN_OPENINGS)}${middle}`;
    if (roll < 0.6) return `${pick(TOWN_OPENINGS)} ${capitalize(middle)}`;
    return capitalize(`${pick(TOWN_SYLLABLES)}${middle}`);
  };
  const taken = new Set<string>();
  const people = new OpenVocabulary(random, 0.72, 40, () => `${pick(firstNames)} ${surname()}`, taken);
  const places = new OpenVocabulary(random, 0.6, 20, town, taken);
  const organizations = new OpenVocabulary(
    random,
    0.6,
    20,
    () => {
      const head = pick(ORG_HEADS);
      const middle = pick(ORG_MIDDLES);
      // Adjectives agree with the head: "Istituto Agricolo", "Banca Agricola".
      return `${head} ${FEMININE_HEADS.has(head) ? middle : middle.replace(/(Agricol|Sportiv)a$/, '$1o')} di ${places.draw()}`;
    },
    taken,
  );
  const targetWords = options.words ?? 600;
  const documents: RawDocument[] = [];

  for (let index = 0; index < options.articles; index += 1) {
    // An article's cast: a few people, an organisation or two, a couple of places.
    const cast = [...new Set(Array.from({ length: 2 + Math.floor(random() * 4) }, () => people.draw()))];
    const orgs = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => organizations.draw()))];
    const towns = [...new Set(Array.from({ length: 1 + Math.floor(random() * 2) }, () => places.draw()))];
    // The first mention of a person is the full name, later ones often the surname.
    const named = new Set<string>();
    const person = (who: string): string => {
      if (named.has(who) && random() < 0.5) return who.slice(who.indexOf(' ') + 1);
      named.add(who);
      return who;
    };
    const lead = cast[0]!;
    const place = towns[0]!;
    const organization = orgs[0]!;
    const title = random() < 0.5 ? `${place}, ${pick(CLAUSES)}` : `${organization}: ${pick(CLAUSES)}`;
    // Many statements are about someone: another person of the article, or an organisation.
    const claim = (speaker: string): string => {
      const roll = random();
      const others = cast.filter((name) => name !== speaker);
      if (roll < 0.25 && others.length > 0) return `${person(pick(others))} ${pick(ABOUT_PERSON)}`;
      if (roll < 0.4) return `${the(pick(orgs))} ${pick(ABOUT_ORGANIZATION)}`;
      return pick(CLAUSES);
    };
    const statementSentences = (): string => {
      const roll = random();
      const who = pick(cast);
      if (roll < 0.35) return `«${pick(QUOTES)}», ${pick(CUES)} ${person(who)}.`;
      if (roll < 0.6) return `Secondo ${person(who)}, ${claim(who)}.`;
      if (roll < 0.8) return `${capitalize(pick(ROLES))} ${person(who)} ${pick(INDIRECT)} ${claim(who)}.`;
      return `${person(who)} ${pick(INDIRECT)} ${claim(who)}.`;
    };
    const mentionSentence = (): string => {
      const roll = random();
      if (roll < 0.3)
        return `${person(pick(cast))} ha incontrato ${person(pick(cast))} a ${pick(towns)} per discutere del ruolo ${ofThe(pick(orgs))}.`;
      if (roll < 0.6) return `La riunione si è svolta a ${pick(towns)} alla presenza di ${person(pick(cast))}.`;
      if (roll < 0.8) return `Alla discussione hanno partecipato anche i rappresentanti ${ofThe(pick(orgs))}.`;
      return pick(FILLER);
    };
    const statementCount = pick(STATEMENT_COUNTS);
    const sentences: string[] = [
      `${capitalize(pick(ROLES))} ${person(lead)} ${pick(INDIRECT)} ${pick(CLAUSES)}.`,
      `L'incontro si è tenuto a ${place} nella sede ${ofThe(organization)}.`,
    ];
    for (let s = 1; s < statementCount; s++) sentences.push(statementSentences());
    // The rest: meetings, places and filler without statements, in among the statements.
    let words = sentences.join(' ').split(/\s+/).length;
    while (words < targetWords) {
      const sentence = random() < 0.35 ? mentionSentence() : pick(FILLER);
      sentences.splice(2 + Math.floor(random() * (sentences.length - 1)), 0, sentence);
      words += sentence.split(/\s+/).length;
    }
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    const body = sentences.reduce<string[]>((paragraphs, sentence, i) => {
      if (i % 4 === 0) paragraphs.push(sentence);
      else paragraphs[paragraphs.length - 1] += ` ${sentence}`;
      return paragraphs;
    }, []);
    documents.push({
      source: `generated/${String(index).padStart(6, '0')}.txt`,
      title,
      date: `2024-${month}-${day}`,
      url: null,
      text: `${title}\n\n${body.join('\n\n')}`,
      language: 'it',
      errors: [],
    });
  }
  return documents;
}

export function countWords(documents: RawDocument[]): number {
  let words = 0;
  for (const doc of documents) words += doc.text.split(/\s+/).filter(Boolean).length;
  return words;
}

/** Writes each article to `<dir>/<index>.txt` (a date line, then the title and body), as a user's folder would hold them. */
export function writeCorpus(dir: string, documents: RawDocument[]): string[] {
  mkdirSync(dir, { recursive: true });
  return documents.map((doc, index) => {
    const file = path.join(dir, `${String(index).padStart(6, '0')}.txt`);
    writeFileSync(file, `${doc.date ? `date: ${doc.date}\n` : ''}${doc.text}\n`);
    return file;
  });
}
