// Attribution families found missing on news the rules were not written from (issue 12):
// one construction per test, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extractor.ts';
import { nameOf } from './testDocs.ts';

/** [speaker name, speaker as written, kind, quote, trace] for each statement, in text order. */
const attributed = (text: string) => {
  const result = extract([
    { source: 'test.txt', title: null, date: null, url: null, text, language: 'it', errors: [] },
  ]);
  return result.statements.map((s) => [nameOf(result, s.speaker), s.speakerText, s.kind, s.quote, s.trace]);
};

describe('unnamed collective sources', () => {
  it('keeps the lawyers of a family unnamed, not the last speaker, when a gerund goes on with their clause', () => {
    expect(
      attributed(
        "Il sindaco Mario Rossi ha detto che il ponte è sicuro. Gli avvocati della famiglia hanno lasciato l'aula del tribunale in segno di protesta, sostenendo che il processo era irregolare.",
      ),
    ).toStrictEqual([
      [
        'Mario Rossi',
        'Il sindaco Mario Rossi',
        'indirect',
        'il ponte è sicuro',
        ['statement.cue-that-clause', 'speaker.subject-before-cue', 'act.from-cue'],
      ],
      [
        null,
        'Gli avvocati della famiglia',
        'indirect',
        'il processo era irregolare',
        ['statement.cue-that-clause', 'speaker.clause-subject', 'act.from-cue'],
      ],
    ]);
  });
});
