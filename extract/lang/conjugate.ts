// Regular conjugation of reporting verbs: the third-person forms news writes
// (present, past simple, imperfect, future, conditional, subjunctive), the
// gerund and the masculine past participle, from the endings of the language's
// morphology (lexicon/it/morphology.txt). Irregular forms come from the lexicon
// line; a listed participle replaces the regular one.
import { endingPairs, endings, onlyEnding } from './morphology.ts';

/** Infinitive endings, first conjugation first: its stems take the spelling rules below. */
const CONJUGATIONS = endings('conjugations');
const FIRST = CONJUGATIONS[0] as string;
const ENDINGS = new Map(CONJUGATIONS.map((c) => [c, endings(c)]));
const FUTURE = new Set(endings('future'));
const ISC_ENDINGS = endings('isc');
const ISC_REPLACES = new Set(endings('isc-replaces'));
const PARTICIPLE = endingPairs('participle-infix');
const LISTED_PARTICIPLE = endings('listed-participle');
const IRREGULAR_FLAG = onlyEnding('irregular-flag');
const ISC_FLAG = onlyEnding('isc-flag');

/** Stem for the future and conditional of -care/-gare verbs: "critica" → "criticherà". */
function futureStem(stem: string, conjugation: string): string {
  return conjugation === FIRST && /[cg]$/.test(stem) ? `${stem}h` : stem;
}

/** Forms of `lemma` (an infinitive in one of the conjugations); `extra` lists irregular forms and the flags. */
export function conjugate(lemma: string, extra: string[] = []): string[] {
  if (extra.includes(IRREGULAR_FLAG)) return extra.filter((f) => f !== IRREGULAR_FLAG);
  const conjugation = CONJUGATIONS.find((c) => lemma.endsWith(c));
  const conjugationEndings = conjugation === undefined ? undefined : ENDINGS.get(conjugation);
  if (conjugation === undefined || conjugationEndings === undefined)
    throw new Error(`"${lemma}" is not an infinitive (${CONJUGATIONS.map((c) => `-${c}`).join(', ')})`);
  const stem = lemma.slice(0, -conjugation.length);
  const forms = new Set<string>();
  const isc = extra.includes(ISC_FLAG);
  for (const ending of conjugationEndings) {
    if (isc && ISC_REPLACES.has(ending)) continue;
    const future = conjugation === FIRST && FUTURE.has(ending);
    const base = future ? futureStem(stem, conjugation) : stem;
    // -care/-gare and -ciare/-giare before i: "critichi", "annunci".
    let form = base + ending;
    if (conjugation === FIRST && /^i/.test(ending))
      form = /[cg]$/.test(stem) ? `${stem}h${ending}` : /[cg]i$/.test(stem) ? stem + ending.slice(1) : form;
    if (future && /[cg]i$/.test(stem)) form = stem.slice(0, -1) + ending;
    forms.add(form);
  }
  if (isc) for (const ending of ISC_ENDINGS) forms.add(stem + ending);
  const listed = extra.filter((f) => f !== ISC_FLAG);
  const participle = listed.find((f) => /[^aeiou]o$/.test(f) && LISTED_PARTICIPLE.some((e) => f.endsWith(e)));
  const participleStem =
    participle !== undefined ? participle.slice(0, -1) : stem + (PARTICIPLE.get(conjugation) ?? '');
  // The masculine participle only: news reports with "ha detto"; "è stata annunciata" is a passive, "la proposta" a noun.
  forms.add(`${participleStem}o`);
  for (const form of listed) forms.add(form);
  return [...forms];
}
