// A generator of Italian news-like articles for scale runs: sentence templates of the
// constructions newsgraph reads (quotes, reported speech, roles, interactions) filled
// with names drawn from the project's lexicons. Deterministic from a seed, so 1k/10k/50k
// article runs are reproducible. The texts are synthetic: no real article is copied.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawDocument } from '../contract/extraction.ts';

const LEXICON = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../ingest/lexicon/it');

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lexiconLines(file: string): string[] {
  return readFileSync(path.join(LEXICON, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// Surnames written for the generator (common Italian and international surnames).
const SURNAMES = [
  'Rossi',
  'Bianchi',
  'Ferrari',
  'Esposito',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'De Luca',
  'Mancini',
  'Costa',
  'Giordano',
  'Rizzo',
  'Lombardi',
  'Moretti',
  'Barbieri',
  'Fontana',
  'Santoro',
  'Mariani',
  'Rinaldi',
  'Caruso',
  'Ferrara',
  'Galli',
  'Martini',
  'Leone',
  'Longo',
  'Smith',
  'Johnson',
  'Miller',
  'Walker',
  'Schneider',
  'Fischer',
  'Dubois',
  'Moreau',
  'Ivanov',
  'Petrov',
  'Smirnov',
  'Kuznetsov',
  'Novak',
  'Kowalski',
  'García',
  'Fernández',
  'Silva',
  'Santos',
  'Yilmaz',
  'Nakamura',
];

const ROLES = [
  ['il portavoce', 'del ministero degli Esteri'],
  ['il ministro degli Esteri', ''],
  ['il presidente', 'della Commissione'],
  ['il segretario generale', 'del partito'],
  ['il direttore', "dell'agenzia"],
  ['la ministra della Difesa', ''],
  ['il sindaco', ''],
];

const CUES = ['ha detto', 'ha dichiarato', 'ha affermato', 'ha aggiunto', 'ha spiegato', 'ha sottolineato'];
const INDIRECT = ['ha detto che', 'ha affermato che', 'ha sostenuto che', 'ha negato che', 'ha ribadito che'];
const CLAUSES = [
  'il governo non intende cambiare linea sulla politica energetica',
  'i negoziati riprenderanno la prossima settimana',
  'le accuse sono prive di fondamento',
  'la situazione al confine resta tesa ma sotto controllo',
  'serve un accordo vincolante sulla sicurezza regionale',
  "l'inflazione tornerà a scendere entro la fine dell'anno",
  'le sanzioni hanno colpito soprattutto le piccole imprese',
];
const QUOTES = [
  'Non accetteremo alcuna ingerenza nei nostri affari interni',
  'È un passo avanti importante, ma il lavoro non è finito',
  'Queste notizie sono completamente false',
  'Siamo pronti a discutere, ma non a qualsiasi condizione',
  'La nostra priorità resta la sicurezza dei cittadini',
  'Il dialogo è l’unica strada possibile',
];
const FILLER = [
  'La notizia è stata ripresa dai principali quotidiani nel corso della giornata.',
  'Gli analisti osservano che la vicenda potrebbe avere conseguenze anche sui mercati.',
  "Nelle ultime settimane il dibattito pubblico si è concentrato soprattutto sull'economia.",
  'Secondo i dati ufficiali, la crescita del trimestre è stata inferiore alle attese.',
  'Il tema sarà al centro del prossimo vertice previsto per il mese prossimo.',
  'Le opposizioni hanno chiesto un dibattito urgente in parlamento.',
];

export interface CorpusOptions {
  articles: number;
  /** Target words per article (approximate). */
  words?: number;
  seed?: number;
}

export function generateCorpus(options: CorpusOptions): RawDocument[] {
  const random = rng(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const firstNames = lexiconLines('first-names.txt')
    .flatMap((line) => line.split(/\s+/))
    .filter((name) => name.length > 2)
    .map(capitalize);
  const places = lexiconLines('places.txt').map((line) => line.split('|')[0]!.trim());
  const organizations = lexiconLines('organizations.txt').map((line) => line.split('|')[0]!.trim());
  // A fixed cast per corpus, so people recur across articles as in real news.
  const cast = Array.from(
    { length: Math.max(50, Math.ceil(options.articles / 4)) },
    () => `${pick(firstNames)} ${pick(SURNAMES)}`,
  );
  const targetWords = options.words ?? 600;
  const documents: RawDocument[] = [];

  for (let index = 0; index < options.articles; index += 1) {
    const speaker = pick(cast);
    const other = pick(cast);
    const place = pick(places);
    const organization = pick(organizations);
    const [role, qualifier] = pick(ROLES);
    const surname = speaker.split(' ').slice(1).join(' ');
    const title = `${speaker}: «${pick(QUOTES)}»`;
    const sentences: string[] = [
      `${capitalize(role!)}${qualifier ? ` ${qualifier}` : ''} ${speaker} ${pick(INDIRECT)} ${pick(CLAUSES)}.`,
      `«${pick(QUOTES)}», ${pick(CUES)} ${surname} durante una conferenza stampa a ${place}.`,
      `${speaker} ha incontrato ${other} a ${place} per discutere del ruolo di ${organization}.`,
    ];
    let words = sentences.join(' ').split(/\s+/).length;
    while (words < targetWords) {
      const roll = random();
      let sentence: string;
      if (roll < 0.2) sentence = `«${pick(QUOTES)}», ${pick(CUES)} ${pick(cast)}.`;
      else if (roll < 0.35) sentence = `Secondo ${pick(cast)}, ${pick(CLAUSES)}.`;
      else if (roll < 0.45)
        sentence = `${pick(cast)} ha criticato ${pick(cast)} per la gestione della crisi a ${pick(places)}.`;
      else sentence = pick(FILLER);
      sentences.push(sentence);
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
