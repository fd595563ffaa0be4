// Regular Italian conjugation of reporting verbs: the third-person forms news
// writes (present, past simple, imperfect, future, conditional, subjunctive),
// the gerund and the masculine past participle. Irregular forms come
// from the lexicon line; a listed participle replaces the regular one.

type Conjugation = 'are' | 'ere' | 'ire';

const ENDINGS: Record<Conjugation, string[]> = {
  are: [
    'a',
    'ano',
    'ò',
    'arono',
    'ava',
    'avano',
    'erà',
    'eranno',
    'erebbe',
    'erebbero',
    'i',
    'ino',
    'asse',
    'assero',
    'ando',
  ],
  ere: [
    'e',
    'ono',
    'é',
    'ette',
    'erono',
    'ettero',
    'eva',
    'evano',
    'erà',
    'eranno',
    'erebbe',
    'erebbero',
    'a',
    'ano',
    'esse',
    'essero',
    'endo',
  ],
  ire: [
    'e',
    'ono',
    'ì',
    'irono',
    'iva',
    'ivano',
    'irà',
    'iranno',
    'irebbe',
    'irebbero',
    'a',
    'ano',
    'isse',
    'issero',
    'endo',
  ],
};
const ISC_ENDINGS = ['isce', 'iscono', 'isca', 'iscano'];
const PARTICIPLE: Record<Conjugation, string> = { are: 'at', ere: 'ut', ire: 'it' };

/** Stem for the future and conditional of -care/-gare verbs: "critica" → "criticherà". */
function futureStem(stem: string, conjugation: Conjugation): string {
  return conjugation === 'are' && /[cg]$/.test(stem) ? `${stem}h` : stem;
}

/** Forms of `lemma` (an infinitive ending in -are, -ere or -ire); `extra` lists irregular forms and the "isc" flag. */
export function conjugate(lemma: string, extra: string[] = []): string[] {
  if (extra.includes('irr')) return extra.filter((f) => f !== 'irr');
  const conjugation = lemma.slice(-3) as Conjugation;
  if (!(conjugation in ENDINGS)) throw new Error(`"${lemma}" is not an Italian infinitive (-are, -ere, -ire)`);
  const stem = lemma.slice(0, -3);
  const forms = new Set<string>();
  const isc = extra.includes('isc');
  for (const ending of ENDINGS[conjugation]) {
    if (isc && (ending === 'e' || ending === 'ono' || ending === 'a' || ending === 'ano')) continue;
    const future = ending.startsWith('er') && ending.length > 2 && conjugation === 'are';
    const base = future ? futureStem(stem, conjugation) : stem;
    // -care/-gare and -ciare/-giare before i: "critichi", "annunci".
    let form = base + ending;
    if (conjugation === 'are' && /^i/.test(ending))
      form = /[cg]$/.test(stem) ? `${stem}h${ending}` : /[cg]i$/.test(stem) ? stem + ending.slice(1) : form;
    if (conjugation === 'are' && future && /[cg]i$/.test(stem)) form = stem.slice(0, -1) + ending;
    forms.add(form);
  }
  if (isc) for (const ending of ISC_ENDINGS) forms.add(stem + ending);
  const listed = extra.filter((f) => f !== 'isc');
  const participle = listed.find(
    (f) => /[^aeiou]o$/.test(f) && (f.endsWith('to') || f.endsWith('so') || f.endsWith('sto')),
  );
  const participleStem = participle !== undefined ? participle.slice(0, -1) : stem + PARTICIPLE[conjugation];
  // The masculine participle only: news reports with "ha detto"; "è stata annunciata" is a passive, "la proposta" a noun.
  forms.add(`${participleStem}o`);
  for (const form of listed) forms.add(form);
  return [...forms];
}
