import { describe, expect, it } from 'vitest';
import { sentenceOffsets } from './statements.ts';

describe('sentenceOffsets', () => {
  it('finds the occurrence of the sentence that holds the quote', () => {
    const text = 'Disse «sì». Poi: Disse «sì».';
    expect(sentenceOffsets(text, 'Disse «sì».', 23, 25)).toStrictEqual({ sentenceStart: 17, sentenceEnd: 28 });
    expect(sentenceOffsets(text, 'Disse «sì».', 7, 9)).toStrictEqual({ sentenceStart: 0, sentenceEnd: 11 });
    expect(sentenceOffsets(text, 'missing', 7, 9)).toStrictEqual({ sentenceStart: 7, sentenceEnd: 9 });
  });
});
