// Where the evidence for a speaker is ambiguous the rules decline: no speaker, or no statement,
// rather than a wrong one. One construction per test; sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));

describe('a reporting verb inside a relative clause on an unnamed antecedent', () => {
  it('does not give the clause to the name opening the sentence', () => {
    const text =
      'Luca Ferri, ex sindaco di Borgoverde, ha riaperto la strada nonostante le lettere arrivate in comune, che sostenevano che il ponte fosse pericoloso.';
    expect(statementsOf(text)).toStrictEqual([]);
  });
});

describe('the object of a reporting verb with no subject of its own', () => {
  it('is not given to a name last heard before the sentence just before', () => {
    const text =
      'Il sindaco Carlo Neri ha detto che il ponte riaprirà a maggio. Il cantiere era fermo da due anni. Ha poi spiegato i motivi del ritardo.';
    expect(statementsOf(text)).toStrictEqual([['Carlo Neri', 'indirect', 'il ponte riaprirà a maggio']]);
  });

  it('is still given to the name that spoke in the sentence just before', () => {
    const text = 'Il sindaco Carlo Neri ha detto che il ponte riaprirà a maggio. Ha poi spiegato i motivi del ritardo.';
    expect(statementsOf(text)).toStrictEqual([
      ['Carlo Neri', 'indirect', 'il ponte riaprirà a maggio'],
      ['Carlo Neri', 'indirect', 'i motivi del ritardo'],
    ]);
  });

  it('leaves a that-clause of such a verb to the name heard before', () => {
    const text =
      'Il sindaco Carlo Neri ha detto che il ponte riaprirà a maggio. Il cantiere era fermo da due anni. Ha poi spiegato che il ritardo dipende dalla ditta.';
    expect(statementsOf(text)).toStrictEqual([
      ['Carlo Neri', 'indirect', 'il ponte riaprirà a maggio'],
      ['Carlo Neri', 'indirect', 'il ritardo dipende dalla ditta'],
    ]);
  });
});

describe('a form of a reporting verb that is not one', () => {
  it('reads no statement in "più nota come" before a quoted name', () => {
    const text = 'Nel villaggio di Borgoverde è arrivata la malattia, più nota come "febbre del fiume".';
    expect(statementsOf(text)).toStrictEqual([]);
  });
});

describe('a reporting verb opening a relative clause before a colon', () => {
  it('does not give the quote to the speaker before when no speaker is found in its antecedent', () => {
    const text =
      'Il sindaco Carlo Neri ha detto che il ponte riaprirà. La ricevuta è conservata nell\'archivio dell\'Abbazia di Valdorsa che annota: "Consegnato il 3 maggio".';
    expect(statementsOf(text)).toStrictEqual([['Carlo Neri', 'indirect', 'il ponte riaprirà']]);
  });
});

describe('a form of a reporting verb after a copula', () => {
  it('reads no statement in the adjective of a stance held ("era molto critico")', () => {
    const text = 'Carlo Neri da tempo era molto critico nei confronti della giunta di Borgoverde.';
    expect(statementsOf(text)).toStrictEqual([]);
  });

  it('does not take the conjunction "e" for the copula "è"', () => {
    const text = 'Carlo Neri ha lasciato la giunta e afferma che il bilancio è falso.';
    expect(statementsOf(text)).toStrictEqual([['Carlo Neri', 'indirect', 'il bilancio è falso']]);
  });
});
