// Where the evidence for a speaker is ambiguous the rules decline: no speaker, or no statement,
// rather than a wrong one. One construction per test; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));

describe('a reporting verb inside a relative clause on an unnamed antecedent', () => {
  it('does not give the clause to the name opening the sentence', () => {
    const text =
      'Luca Ferri, ex sindaco di Borgoverde, ha chiuso il ponte, ignorando gli avvisi arrivati in settimana, che dicevano che la struttura era sicura.';
    expect(statementsOf(text)).toStrictEqual([]);
  });
});
