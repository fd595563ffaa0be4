// Families of Italian attribution layouts, one construction per test. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from './testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));
const tracesOf = (text: string) => extract([doc(text)]).statements.map((s) => s.trace);

describe('one attribution, one statement across quote marks', () => {
  it('joins two quotes linked by "e" after one reporting verb', () => {
    const text = 'La ministra Anna Bellini ha detto: «Oggi apriamo il cantiere» e «Domani lo chiudiamo».';
    expect(statementsOf(text)).toStrictEqual([
      ['Anna Bellini', 'direct', 'Oggi apriamo il cantiere» e «Domani lo chiudiamo'],
    ]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.cue-then-colon-quote', 'statement.quote-chain', 'speaker.subject-before-cue', 'act.from-cue'],
    ]);
  });

  it('runs a follow-on quote with no reporting words of its own into the quote before it', () => {
    const text = '«Non abbiamo ricevuto nulla», ha detto Paolo Verdi. «Aspettiamo la lettera del ministero».';
    expect(statementsOf(text)).toStrictEqual([
      [
        'Paolo Verdi',
        'direct',
        'Non abbiamo ricevuto nulla», ha detto Paolo Verdi. «Aspettiamo la lettera del ministero',
      ],
    ]);
  });

  it('keeps two quotes with a reporting verb each as two statements', () => {
    const text = '«Siamo pronti», ha detto Paolo Verdi. «Partiremo domani», ha aggiunto.';
    expect(statementsOf(text)).toStrictEqual([
      ['Paolo Verdi', 'direct', 'Siamo pronti'],
      ['Paolo Verdi', 'direct', 'Partiremo domani'],
    ]);
  });

  it('keeps a quote introduced by "e poi:" as a statement of its own', () => {
    const text = 'Il sindaco Carlo Neri ha dichiarato: «Il ponte è sicuro»; e poi: «Lo riapriremo a maggio».';
    expect(statementsOf(text)).toStrictEqual([
      ['Carlo Neri', 'direct', 'Il ponte è sicuro'],
      ['Carlo Neri', 'direct', 'Lo riapriremo a maggio'],
    ]);
  });
});
