// Adversarial and random article texts for the extractor fuzz test, deterministic from a seed.

import { seededRandom } from '../../../contract/seededRandom.ts';
import type { RawDocument } from '../../../contract/extraction.ts';

export interface FuzzCase {
  name: string;
  text: string;
}

const ALPHABETS = {
  latin: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàèéìòùÀÈÉÌÒÙçñöüß',
  punctuation: '.,;:!?…-–—()[]{}/\\|@#%&*+=<>^~_',
  quotes: '«»“”„‟"\'‘’‹›`´',
  rtl: 'אבגדהוזחטיכלמנסעפצקרשתابتثجحخدذرزسشصضطظعغفقكلمنهوي\u200f\u200e\u202b\u202e\u2067',
  emoji: ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇮🇹', '❤️', '🏳️‍🌈', '\u{1F9D1}\u200D\u{1F4BB}', '🙂'],
  // Control characters other than NUL, and invisible ones.
  control: [
    ...Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)),
    '\u007f',
    '\u0085',
    '\u00ad',
    '\u200b',
    '\u2028',
    '\u2029',
    '\ufeff',
  ],
  combining: ['\u0301', '\u0300', '\u0308', '\u0327', '\u20dd'],
  words: [
    'il',
    'ministro',
    'Mario',
    'Rossi',
    'ha',
    'detto',
    'che',
    'secondo',
    'Roma',
    'presidente',
    'Putin',
    'ha dichiarato',
    'ha aggiunto',
    'portavoce',
    'del',
    'Cremlino',
    "l'Unione",
    'Europea',
    'NATO',
    'ONU',
  ],
};

export function fuzzCases(seed: number, randomCount: number): FuzzCase[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[] | string): T | string =>
    items[Math.floor(random() * items.length)] as T | string;
  const cases: FuzzCase[] = [
    { name: 'empty', text: '' },
    { name: 'only spaces', text: ' \n\t \n ' },
    { name: 'only punctuation', text: '.,;:!?…«»“”()[]—–-'.repeat(400) },
    {
      name: 'unbalanced opening quotes',
      text: '«Non accetteremo, ha detto Mario Rossi. «Mai. «Ancora, ha aggiunto Rossi.',
    },
    {
      name: 'unbalanced closing quotes',
      text: 'Non accetteremo», ha detto Mario Rossi. Mai»» ha aggiunto. ”Fine”” ha detto Rossi»',
    },
    {
      name: 'deeply repeated quote marks',
      text: `Il ministro Mario Rossi ha detto: ${'«'.repeat(5000)}sì${'»'.repeat(4999)}`,
    },
    { name: 'alternating quote marks', text: `${'«“"\'”»'.repeat(3000)} ha detto Mario Rossi.` },
    {
      name: '100k-character sentence',
      text: `Il ministro Mario Rossi ha detto che ${Array.from(
        { length: 16_000 },
        (_, i) => ALPHABETS.words[i % ALPHABETS.words.length],
      )
        .join(' ')
        .slice(0, 100_000)}`,
    },
    { name: '100k characters without a space', text: 'Rossi'.repeat(20_000) },
    { name: 'many short sentences', text: Array.from({ length: 5000 }, (_, i) => `Rossi ha detto ${i}.`).join(' ') },
    {
      name: 'capitalized words only',
      text: Array.from(
        { length: 8000 },
        (_, i) => `${ALPHABETS.words[i % 20]!.charAt(0).toUpperCase()}${ALPHABETS.words[i % 20]!.slice(1)}`,
      ).join(' '),
    },
    {
      name: 'right-to-left text',
      text: 'قال الرئيس محمد عباس إن «السلام ممكن». אמר ראש הממשלה: «נמשיך». \u202eIl ministro Rossi ha detto\u202c che «sì».',
    },
    {
      name: 'emoji everywhere',
      text: '👨‍👩‍👧‍👦 Il ministro 🇮🇹 Mario Rossi 😀 ha detto: «Siamo 👍🏽 pronti ❤️», ha aggiunto Rossi 🏳️‍🌈.',
    },
    { name: 'lone surrogates', text: 'Il ministro \ud83d Mario Rossi ha detto: «sì\ude00», ha aggiunto \udfff Rossi.' },
    {
      name: 'control characters',
      text: `Il ministro${ALPHABETS.control.join('')}Mario Rossi ha detto: «sì\u0007», ha aggiunto\u001b[31m Rossi.`,
    },
    {
      name: 'combining marks',
      text: `Il ministro Ma${'\u0301'.repeat(500)}rio Rossi ha detto: «sì», ha aggiunto Rossi.`,
    },
    { name: 'nested quotes', text: '«Rossi ha detto: “Bianchi ha detto: ‹Verdi ha detto: "sì"›”», ha detto Neri.' },
    { name: 'cue chain', text: `Mario Rossi ${'ha detto che '.repeat(3000)}va bene.` },
    {
      name: 'long name chain',
      text: `${Array.from({ length: 3000 }, (_, i) => `Mario${i} Rossi${i}`).join(', ')} hanno detto che «va bene».`,
    },
  ];
  for (let index = 0; index < randomCount; index += 1) {
    const length = Math.floor(random() * 3000);
    const pools = [
      ALPHABETS.latin,
      ALPHABETS.punctuation,
      ALPHABETS.quotes,
      ALPHABETS.rtl,
      ALPHABETS.emoji,
      ALPHABETS.control,
      ALPHABETS.combining,
      ALPHABETS.words,
    ];
    let text = '';
    while (text.length < length) {
      const roll = random();
      if (roll < 0.15) text += ' ';
      else if (roll < 0.2) text += '. ';
      else if (roll < 0.23) text += '\n\n';
      else text += String(pick(pools[Math.floor(random() * pools.length)]!)) + (random() < 0.3 ? ' ' : '');
    }
    cases.push({ name: `random ${index}`, text });
  }
  return cases;
}

export function asDocument(fuzz: FuzzCase, index: number): RawDocument {
  return {
    source: `fuzz/${index}.txt`,
    title: null,
    date: null,
    url: null,
    text: fuzz.text,
    language: 'it',
    errors: [],
  };
}
