// Reporting clauses whose speaker stands outside the verb's own clause: the subject of a clause before a colon,
// a description and the name set after it, a causative before the verb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));
const tracesOf = (text: string) => extract([doc(text)]).statements.map((s) => s.trace);

describe('a quote after a colon, then a verb with no subject of its own', () => {
  const text =
    "Il titolare, Franco Lorvetti, è arrivato poco dopo: «Quarant'anni di lavoro andati in fumo», ha detto ai cronisti.";

  it('gives the quote to the subject of the clause before the colon', () => {
    expect(statementsOf(text)).toStrictEqual([['Franco Lorvetti', 'direct', "Quarant'anni di lavoro andati in fumo"]]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.quote-then-cue', 'speaker.apposition', 'speaker.colon-clause-subject', 'act.from-cue'],
    ]);
  });

  it('gives it to that subject rather than to the speaker of the sentence before', () => {
    expect(statementsOf(`«Abbiamo visto le fiamme», ha detto Elena Sgarbossa. ${text}`)).toStrictEqual([
      ['Elena Sgarbossa', 'direct', 'Abbiamo visto le fiamme'],
      ['Franco Lorvetti', 'direct', "Quarant'anni di lavoro andati in fumo"],
    ]);
  });

  it('reads the same layout in English', () => {
    expect(
      statementsOf('The owner, Frank Lowell, arrived soon after: "Forty years of work gone," he told reporters.'),
    ).toStrictEqual([['Frank Lowell', 'direct', 'Forty years of work gone']]);
  });

  it('leaves a place opening the sentence to no one', () => {
    expect(statementsOf("Cremona, distrutta la targa: «Un gesto vile», ha detto all'uscita.")).toStrictEqual([]);
  });
});

describe('a reporting verb right after a quote', () => {
  it('reads the noun phrase after it as who spoke, never as what was said', () => {
    expect(statementsOf('«Abbiamo sentito un boato», racconta una vicina, Elena Sgarbossa, 54 anni.')).toStrictEqual([
      ['Elena Sgarbossa', 'direct', 'Abbiamo sentito un boato'],
    ]);
  });

  it('reads a causative before the verb ("fa sapere")', () => {
    expect(
      statementsOf("«L'adesione ha superato il 70 per cento», fa sapere la Federazione dei Trasporti in una nota."),
    ).toStrictEqual([['Federazione dei Trasporti', 'direct', "L'adesione ha superato il 70 per cento"]]);
  });
});

describe('"per" opening the sentence with a description and a name', () => {
  it('gives the clause to the name set between commas after the description', () => {
    const text = 'Per il capogruppo del partito in Senato, Lorenzo Bracchi, il governo ha scelto lo scontro.';
    expect(statementsOf(text)).toStrictEqual([['Lorenzo Bracchi', 'indirect', 'il governo ha scelto lo scontro']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.per-then-clause', 'speaker.after-secondo', 'speaker.apposition', 'act.plain-claim'],
    ]);
  });

  it('reads no source in a description with a verb of its own', () => {
    expect(
      statementsOf('Per il sindaco che ha firmato, Lorenzo Bracchi, il governo ha scelto lo scontro.'),
    ).toStrictEqual([]);
  });

  it('reads no source in a phrase of time', () => {
    expect(statementsOf('Per il momento, la strada resta chiusa.')).toStrictEqual([]);
  });
});

describe('a description, then a title and a name between commas', () => {
  it('gives the quote to the name after the title', () => {
    expect(
      statementsOf("Il comandante provinciale, l'ingegner Paolo Rinaldini, esclude il dolo: «Non ci sono inneschi»."),
    ).toStrictEqual([['Paolo Rinaldini', 'direct', 'Non ci sono inneschi']]);
  });

  it('gives the clause to the name after a rank', () => {
    expect(statementsOf('Il portavoce, il colonnello Mario Verdi, ha detto che la strada è chiusa.')).toStrictEqual([
      ['Mario Verdi', 'indirect', 'la strada è chiusa'],
    ]);
  });
});
