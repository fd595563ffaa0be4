// Regular conjugation of reporting verbs: the third-person forms news writes
// (present, past simple, imperfect, future, conditional, subjunctive), the
// gerund and the masculine past participle, from the endings of the model's
// morphology (extract/lang/<code>/morphology.txt). Irregular forms come from the
// lexicon line; a listed participle replaces the regular one. A model whose
// morphology has no conjugations keeps the listed forms and makes none.
import { DEFAULT_LANGUAGE } from '../engine/dataFile.ts';
import { endingPairsIn, endingsIn, morphologyOf } from './morphology.ts';

type Morphology = ReadonlyMap<string, readonly string[]>;

/** The conjugation tables of one model's morphology, read once per model. */
interface Conjugation {
  /** Infinitive endings, first conjugation first: its stems take the spelling rules below. */
  conjugations: readonly string[];
  first: string;
  endings: Map<string, readonly string[]>;
  future: Set<string>;
  iscEndings: readonly string[];
  iscReplaces: Set<string>;
  participle: Map<string, string>;
  listedParticiple: readonly string[];
  irregularFlag: string | null;
  iscFlag: string | null;
}

const tables = new WeakMap<Morphology, Conjugation>();

/** The one entry of a flag class, null when the model has none. */
function flag(morphology: Morphology, name: string): string | null {
  const entries = endingsIn(morphology, name);
  if (entries.length > 1) throw new Error(`morphology class [${name}] holds ${entries.length} entries, not one`);
  return entries[0] ?? null;
}

function conjugationOf(morphology: Morphology): Conjugation {
  let table = tables.get(morphology);
  if (table === undefined) {
    const conjugations = endingsIn(morphology, 'conjugations');
    table = {
      conjugations,
      first: conjugations[0] ?? '',
      endings: new Map(conjugations.map((c) => [c, endingsIn(morphology, c)])),
      future: new Set(endingsIn(morphology, 'future')),
      iscEndings: endingsIn(morphology, 'isc'),
      iscReplaces: new Set(endingsIn(morphology, 'isc-replaces')),
      participle: endingPairsIn(morphology, 'participle-infix'),
      listedParticiple: endingsIn(morphology, 'listed-participle'),
      irregularFlag: flag(morphology, 'irregular-flag'),
      iscFlag: flag(morphology, 'isc-flag'),
    };
    tables.set(morphology, table);
  }
  return table;
}

/** Stem for the future and conditional of -care/-gare verbs: "critica" → "criticherà". */
function futureStem(stem: string, conjugation: string, table: Conjugation): string {
  return conjugation === table.first && /[cg]$/.test(stem) ? `${stem}h` : stem;
}

/**
 * Forms of `lemma` (an infinitive in one of the conjugations of `morphology`, the default model's
 * unless given); `extra` lists irregular forms and the flags.
 */
export function conjugate(
  lemma: string,
  extra: readonly string[] = [],
  morphology: Morphology = morphologyOf(DEFAULT_LANGUAGE),
): string[] {
  const table = conjugationOf(morphology);
  const { irregularFlag, iscFlag } = table;
  if (table.conjugations.length === 0) return extra.filter((f) => f !== irregularFlag && f !== iscFlag);
  if (irregularFlag !== null && extra.includes(irregularFlag)) return extra.filter((f) => f !== irregularFlag);
  const conjugation = table.conjugations.find((c) => lemma.endsWith(c));
  const conjugationEndings = conjugation === undefined ? undefined : table.endings.get(conjugation);
  if (conjugation === undefined || conjugationEndings === undefined)
    throw new Error(`"${lemma}" is not an infinitive (${table.conjugations.map((c) => `-${c}`).join(', ')})`);
  const stem = lemma.slice(0, -conjugation.length);
  const forms = new Set<string>();
  const isc = iscFlag !== null && extra.includes(iscFlag);
  const first = conjugation === table.first;
  for (const ending of conjugationEndings) {
    if (isc && table.iscReplaces.has(ending)) continue;
    const future = first && table.future.has(ending);
    const base = future ? futureStem(stem, conjugation, table) : stem;
    // -care/-gare and -ciare/-giare before i: "critichi", "annunci".
    let form = base + ending;
    if (first && /^i/.test(ending))
      form = /[cg]$/.test(stem) ? `${stem}h${ending}` : /[cg]i$/.test(stem) ? stem + ending.slice(1) : form;
    if (future && /[cg]i$/.test(stem)) form = stem.slice(0, -1) + ending;
    forms.add(form);
  }
  if (isc) for (const ending of table.iscEndings) forms.add(stem + ending);
  const listed = extra.filter((f) => f !== iscFlag);
  const participle = listed.find((f) => /[^aeiou]o$/.test(f) && table.listedParticiple.some((e) => f.endsWith(e)));
  const participleStem =
    participle !== undefined ? participle.slice(0, -1) : stem + (table.participle.get(conjugation) ?? '');
  // The masculine participle only: news reports with "ha detto"; "è stata annunciata" is a passive, "la proposta" a noun.
  forms.add(`${participleStem}o`);
  for (const form of listed) forms.add(form);
  return [...forms];
}
