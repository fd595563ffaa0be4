// The seat rules of the typing stage: a seat news writes for the body housed there is that body, and reads as the
// building where it is named as a place. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { doc } from '../testDocs.ts';

/** [name, type, trace, [each mention's text, its reading's type and rule]], in the result's order. */
function readings(text: string): [string, string, string[], [string, string | null, string | null][]][] {
  return extract([doc(text)]).entities.map((e) => [
    e.name,
    e.type,
    e.trace ?? [],
    e.mentions.map((m) => [m.text, m.reading?.type ?? null, m.reading?.rule ?? null]),
  ]);
}

describe('seats of institutions', () => {
  it('type.institution-seat: a seat acting is the body housed there', () => {
    expect(readings('Ieri Montecitorio ha approvato la riforma delle pensioni.')).toStrictEqual([
      ['Montecitorio', 'Organization', ['type.institution-seat'], [['Montecitorio', null, null]]],
    ]);
  });

  it('type.institution-seat: a seat opened by a building word is the body, not the building', () => {
    expect(readings('In serata Palazzo Madama ha votato la fiducia.')).toStrictEqual([
      ['Palazzo Madama', 'Organization', ['type.institution-seat'], [['Palazzo Madama', null, null]]],
    ]);
  });

  it('type.institution-seat: a street standing for a market is the market', () => {
    expect(readings('Piazza Affari ha chiuso la seduta in calo.')).toStrictEqual([
      ['Piazza Affari', 'Organization', ['type.institution-seat'], [['Piazza Affari', null, null]]],
    ]);
  });

  it('type.institution-seat: the street of a ministry acting is the ministry', () => {
    expect(readings('Via Arenula ha diffuso una nota sulle carceri.')).toStrictEqual([
      ['Via Arenula', 'Organization', ['type.institution-seat'], [['Via Arenula', null, null]]],
    ]);
  });

  it('type.institution-seat: a seat whose name is a common word is the seat after a masculine article', () => {
    expect(readings('Il Colle ha firmato il decreto in serata.')).toStrictEqual([
      ['Colle', 'Organization', ['type.institution-seat'], [['Colle', null, null]]],
    ]);
  });

  it('type.institution-seat: the same word with no article is no seat', () => {
    expect(readings('Siamo arrivati a Colle in serata.')).toStrictEqual([
      ['Colle', 'Place', ['type.after-place-preposition'], [['Colle', null, null]]],
    ]);
  });

  it('type.seat-as-building: a seat after a preposition of place is the building', () => {
    expect(readings('Il ministro ha parlato ai giornalisti a Montecitorio.')).toStrictEqual([
      ['Montecitorio', 'Organization', ['type.institution-seat'], [['Montecitorio', 'Place', 'type.seat-as-building']]],
    ]);
  });

  it('type.seat-as-building: a seat after a part of a building and "di" is the building', () => {
    expect(readings("La seduta si è aperta nell'aula di Montecitorio.")).toStrictEqual([
      ['Montecitorio', 'Organization', ['type.institution-seat'], [['Montecitorio', 'Place', 'type.seat-as-building']]],
    ]);
  });

  it('type.seat-as-building: a seat the gazetteer knows, after "a", is the building', () => {
    expect(readings('Il vertice si è tenuto a Palazzo Chigi nel pomeriggio.')).toStrictEqual([
      ['Palazzo Chigi', 'Organization', ['type.gazetteer'], [['Palazzo Chigi', 'Place', 'type.seat-as-building']]],
    ]);
  });

  it('type.seat-as-building: a seat after "da" stays the body', () => {
    expect(readings('La nota è stata diffusa da Palazzo Chigi in serata.')).toStrictEqual([
      ['Palazzo Chigi', 'Organization', ['type.gazetteer'], [['Palazzo Chigi', null, null]]],
    ]);
  });

  it('type.seat-place-acting: a place listed as a seat, after a bare definite article, is the body seated there', () => {
    expect(readings('Il Vaticano, per voce del suo portavoce, smentisce.')).toStrictEqual([
      ['Vaticano', 'Place', ['type.gazetteer'], [['Vaticano', 'Organization', 'type.seat-place-acting']]],
    ]);
  });

  it('type.seat-place-acting: the same place after "in" stays the place', () => {
    expect(readings('Il cardinale vive in Vaticano da anni.')).toStrictEqual([
      ['Vaticano', 'Place', ['type.gazetteer'], [['Vaticano', null, null]]],
    ]);
  });
});

describe('bodies named by a generic noun', () => {
  it('mention.body-after-time-adjective: a body noun after an article and an adjective of time is the body in office', () => {
    expect(readings('Da quando governa la nuova amministrazione i conti tornano.')).toStrictEqual([
      [
        'amministrazione',
        'Organization',
        ['type.head-noun', 'mention.body-after-time-adjective'],
        [['amministrazione', null, null]],
      ],
    ]);
  });

  it('mention.body-after-time-adjective: with no article before the adjective, no body', () => {
    expect(readings('Serve una nuova amministrazione dei beni comuni.')).toStrictEqual([]);
  });
});
