// A speaker named in full with its acronym in brackets after it, in each layout that reads a speaker before or
// after its cue. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc, said } from '../testDocs.ts';

const statementsOf = (text: string) => said(extract([doc(text)]));
const tracesOf = (text: string) => extract([doc(text)]).statements.map((s) => s.trace);

describe('a source after "secondo", then its acronym in brackets', () => {
  it('reads the clause after the comma that follows the brackets', () => {
    const text = 'Secondo la Federazione Italiana Pescatori (FIP), il piano è sbagliato.';
    expect(statementsOf(text)).toStrictEqual([['Federazione Italiana Pescatori', 'indirect', 'il piano è sbagliato']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.secondo-then-clause', 'speaker.bracketed-acronym', 'speaker.after-secondo', 'act.plain-claim'],
    ]);
  });

  it('reads the clause right after the brackets', () => {
    expect(statementsOf('Secondo la Federazione Italiana Pescatori (FIP) il piano è sbagliato.')).toStrictEqual([
      ['Federazione Italiana Pescatori', 'indirect', 'il piano è sbagliato'],
    ]);
  });

  it('reads a long form with lowercase words in it', () => {
    expect(statementsOf("Secondo l'Agenzia nazionale dei trasporti (Ant), il ponte va chiuso.")).toStrictEqual([
      ['Agenzia nazionale dei trasporti', 'indirect', 'il ponte va chiuso'],
    ]);
  });

  it('reads the clause before when the source closes the sentence', () => {
    expect(statementsOf('Il ponte va chiuso, secondo la Federazione Italiana Pescatori (FIP).')).toStrictEqual([
      ['Federazione Italiana Pescatori', 'indirect', 'Il ponte va chiuso'],
    ]);
  });

  it('reads a phrase that works as "secondo"', () => {
    expect(statementsOf('Stando alla Federazione Italiana Pescatori (FIP), il piano è sbagliato.')).toStrictEqual([
      ['Federazione Italiana Pescatori', 'indirect', 'il piano è sbagliato'],
    ]);
  });

  it('reads the agent after "dichiarato da"', () => {
    const text = 'Secondo quanto dichiarato dalla Federazione Italiana Pescatori (FIP), il piano è sbagliato.';
    expect(statementsOf(text)).toStrictEqual([['Federazione Italiana Pescatori', 'indirect', 'il piano è sbagliato']]);
  });

  it('reads the acronym in brackets when the full name is read only in part and does not spell it', () => {
    const text =
      'Secondo lo United Kingdom Marine Office (MOUK) la marea ha superato i tre metri. Il MOUK ha misurato il picco.';
    expect(statementsOf(text)).toStrictEqual([['Marine Office', 'indirect', 'la marea ha superato i tre metri']]);
    expect(tracesOf(text)).toStrictEqual([
      ['statement.secondo-then-clause', 'speaker.after-secondo', 'speaker.acronym', 'act.plain-claim'],
    ]);
  });

  it("steps over a person's party in brackets", () => {
    expect(statementsOf('Secondo il senatore Luca Ferretti (Mrp), il piano è sbagliato.')).toStrictEqual([
      ['Luca Ferretti', 'indirect', 'il piano è sbagliato'],
    ]);
  });
});

describe('a subject before or after its reporting verb, then its acronym in brackets', () => {
  it('reads the subject before "ha dichiarato che"', () => {
    expect(
      statementsOf('La Federazione Italiana Pescatori (FIP) ha dichiarato che il piano è sbagliato.'),
    ).toStrictEqual([['Federazione Italiana Pescatori', 'indirect', 'il piano è sbagliato']]);
  });

  it('reads the subject after the verb that follows a quote', () => {
    expect(statementsOf('«Il piano è sbagliato», ha detto la Federazione Italiana Pescatori (FIP).')).toStrictEqual([
      ['Federazione Italiana Pescatori', 'direct', 'Il piano è sbagliato'],
    ]);
  });

  it('reads the subject after the verb that follows a clause', () => {
    expect(statementsOf('Il piano è sbagliato, ha spiegato la Federazione Italiana Pescatori (FIP).')).toStrictEqual([
      ['Federazione Italiana Pescatori', 'indirect', 'Il piano è sbagliato'],
    ]);
  });

  it('reads the name before a colon and a quote', () => {
    expect(statementsOf('La Federazione Italiana Pescatori (FIP): «Il piano è sbagliato».')).toStrictEqual([
      ['Federazione Italiana Pescatori', 'direct', 'Il piano è sbagliato'],
    ]);
  });
});
