import { describe, expect, it } from 'vitest';
import { formatPosReport, scorePos, type PosReport } from './pos.ts';

describe('the part-of-speech section of the report', () => {
  it('prints accuracy, proper-noun precision and recall, and opening capitals per test file', () => {
    const report: PosReport = {
      dir: '/ud',
      language: 'it',
      files: [
        {
          file: 'a.conllu',
          tokens: 200,
          correct: 190,
          propn: { hit: 9, predicted: 10, gold: 12 },
          initialCapitals: { tokens: 20, nameRight: 19 },
        },
        {
          file: 'bb.conllu',
          tokens: 10,
          correct: 5,
          propn: { hit: 0, predicted: 0, gold: 0 },
          initialCapitals: { tokens: 0, nameRight: 0 },
        },
      ],
    };
    expect(formatPosReport(report).split('\n')).toStrictEqual([
      '             tokens  accuracy  PROPN P  PROPN R  opening capitals named right',
      '  a.conllu      200     95.0%    90.0%    75.0%   95.0% (19/20)',
      '  bb.conllu      10     50.0%      n/a      n/a     n/a (0/0)',
    ]);
  });

  it('scores nothing for a language without a model', async () => {
    expect(await scorePos('/nowhere', 'xx')).toStrictEqual(null);
  });
});
