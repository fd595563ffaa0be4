// A generated extraction result made of statements, for the statements table's tests and
// bench: deterministic from its seed, five statements an article, with what makes sorting and
// searching hard: names and words with accents and in any case, typographic apostrophes and
// dashes, quotes repeated word for word, shared dates, speakers and outlets (ties), undated
// articles and statements dated apart from theirs, statements with no speaker entity or
// none at all, titles blank or missing, outlets declared, by URL, by sub-domain or by IP.

import type {
  ExtractedDocument,
  ExtractedEntity,
  ExtractedStatement,
  ExtractionResult,
} from '../../contract/extraction.ts';
import { SPEECH_ACTS, STATEMENT_KINDS } from '../../contract/graph.ts';
import { seededRandom } from '../../contract/seededRandom.ts';

const GIVEN = ['Mario', 'Émile', 'Niccolò', 'anna', 'Lucía', 'Zoë', 'Ólafur', 'Giorgia', 'ANDREA', 'Çelik', 'Luca'];
const FAMILY = ['Rossi', 'Zola', 'Bianchi', 'de Rossi', 'Müller', 'Ferrè', 'Àlvarez', 'Ricci', 'Ōta', 'Łukasz'];
const WORDS = [
  'governo',
  'perché',
  'Perché',
  'città',
  'CITTÀ',
  'l’accordo',
  "l'accordo",
  'non',
  'è',
  'vero',
  'assolutamente',
  'false',
  'Europa',
  'sarà',
  'più',
  'così',
  'déjà',
  'niño',
  'über',
  'Straße',
  'grün',
  'piano',
  'legge',
  '—',
  '–',
  'ok',
  'bilancio',
  'ΣΟΦΙΑ',
  'naïve',
  '`citato`',
  'café',
  '😀',
  '\uffee',
];
const CUES = ['ha detto', 'ha dichiarato', 'Ha  Detto', 'ha affermato', 'secondo', 'ha aggiunto'];
const SPEAKER_TEXTS = ['un portavoce', 'Zeta ufficio', 'il ministero', 'Fonti vicine', 'àltri'];
const OUTLETS: { url: (article: number) => string | null; source: (article: number) => string; name?: string }[] = [
  { url: (n) => `https://www.corriere.it/politica/${n}`, source: (n) => `https://www.corriere.it/politica/${n}` },
  { url: (n) => `https://milano.corriere.it/${n}`, source: (n) => `feed.json[${n}]` },
  { url: (n) => `https://news.bbc.co.uk/${n}`, source: (n) => `https://news.bbc.co.uk/${n}` },
  { url: () => null, source: (n) => `feed.json[${n}]`, name: 'Corriere della Sera' },
  { url: () => null, source: (n) => `https://abc.zeit.de/${n}` },
  { url: (n) => `http://192.168.1.10/${n}`, source: (n) => `C:\\data\\${n}.txt` },
  { url: () => null, source: (n) => `notes/${n}.txt` },
  {
    url: (n) => `https://www.repubblica.it/${n}`,
    source: (n) => `https://www.repubblica.it/${n}`,
    name: ' la Repubblica ',
  },
];
const TITLES = ['Il vertice', 'alpha', 'Zebra', 'Beta', '  ', 'Città al voto', 'Élite', 'über alles'];

export interface StatementCorpusOptions {
  statements: number;
  seed?: number;
}

/** `statements` statements in ceil(statements / 5) articles, with their speakers and targets. */
export function statementCorpus({ statements: count, seed = 1 }: StatementCorpusOptions): ExtractionResult {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const people = Array.from({ length: 60 }, (_, i) => {
    const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]}`;
    return { id: `person:p${i}`, name };
  });
  const entities = new Map<string, ExtractedEntity>();
  const documents: ExtractedDocument[] = [];
  const statements: ExtractedStatement[] = [];
  const quotes: string[] = [];
  for (let article = 0; article * 5 < count; article++) {
    const id = `art-${String(article).padStart(6, '0')}`;
    const outlet = pick(OUTLETS);
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 3);
    const date = random() < 0.1 ? null : `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    let text = `${pick(TITLES)}\n\n`;
    const mentionsHere: { speaker: { id: string; name: string }; start: number }[] = [];
    const inArticle = Math.min(5, count - article * 5);
    for (let k = 0; k < inArticle; k++) {
      const roll = random();
      const speaker = roll < 0.75 ? pick(people) : null;
      const speakerText = speaker ? speaker.name : roll < 0.95 ? pick(SPEAKER_TEXTS) : null;
      // A quote said before, word for word, a tenth of the time: equal sort keys.
      const quote =
        quotes.length > 0 && random() < 0.1
          ? pick(quotes)
          : Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(WORDS)).join(
              random() < 0.1 ? '\u00a0' : ' ',
            );
      quotes.push(quote);
      const who = speakerText ?? 'Qualcuno';
      const cue = pick(CUES);
      const sentenceStart = text.length;
      if (speaker) mentionsHere.push({ speaker, start: text.length });
      text += `${who} ${cue}: «`;
      const start = text.length;
      text += quote;
      const end = text.length;
      text += '». ';
      const target = random() < 0.3 ? pick(people) : null;
      statements.push({
        id: `st-${id}-${k}`,
        document: id,
        speaker: speaker?.id ?? null,
        speakerText,
        quote,
        kind: pick(STATEMENT_KINDS),
        ...(random() < 0.8 ? { act: pick(SPEECH_ACTS) } : {}),
        cue,
        about: target && target.id !== speaker?.id ? [target.id] : [],
        sentence: text.slice(sentenceStart, text.length - 1),
        start,
        end,
        confidence: 0.9,
        trace: ['bench.generated'],
      });
    }
    for (const { speaker, start } of mentionsHere) {
      const known = entities.get(speaker.id) ?? {
        id: speaker.id,
        name: speaker.name,
        type: 'Person' as const,
        aliases: [],
        mentions: [],
      };
      known.mentions.push({ document: id, start, end: start + speaker.name.length, text: speaker.name });
      entities.set(speaker.id, known);
    }
    const title = text.slice(0, text.indexOf('\n'));
    documents.push({
      id,
      source: outlet.source(article),
      ...(outlet.name ? { sourceName: outlet.name } : {}),
      title: random() < 0.1 ? null : title,
      date,
      url: outlet.url(article),
      language: 'it',
      errors: [],
      text,
    });
  }
  // Targets need their entity even where they never speak.
  for (const statement of statements) {
    for (const target of statement.about) {
      if (entities.has(target)) continue;
      const person = people.find((candidate) => candidate.id === target)!;
      entities.set(target, { id: target, name: person.name, type: 'Person', aliases: [], mentions: [] });
    }
  }
  return { documents, entities: [...entities.values()], statements, relations: [] };
}
