import { describe, expect, it } from 'vitest';
import { phraseAt, phrasesClosedBy, phrasesOpenedBy, type PhraseList } from './phrases.ts';
import { tokenize } from './segment.ts';

const tokensOf = (text: string) => tokenize(text).tokens;

describe('phrases in a token run', () => {
  const asides: PhraseList = [['in', 'ogni', 'caso'], ['in'], ['comunque']];

  it('gives the length of the first listed phrase the tokens spell from an index', () => {
    const tokens = tokensOf('Lo farà, in ogni caso, domani.');
    expect([phraseAt(tokens, 3, asides), phraseAt(tokens, 3, [['in'], ['in', 'ogni', 'caso']])]).toStrictEqual([3, 1]);
  });

  it('gives 0 where no phrase starts, and past the last token', () => {
    const tokens = tokensOf('Lo farà comunque domani.');
    expect([phraseAt(tokens, 1, asides), phraseAt(tokens, 2, asides), phraseAt(tokens, 9, asides)]).toStrictEqual([
      0, 1, 0,
    ]);
  });

  it('reads no word in a token the caller refuses', () => {
    const tokens = tokensOf('Ne parla di Nuovo Borgo Tarsi.');
    const again: PhraseList = [['di', 'nuovo']];
    expect([phraseAt(tokens, 2, again), phraseAt(tokens, 2, again, (t) => !t.cap)]).toStrictEqual([2, 0]);
  });

  it('picks the phrases a word opens or closes, in list order', () => {
    expect([
      phrasesOpenedBy(asides, 'in'),
      phrasesClosedBy(asides, 'caso'),
      phrasesOpenedBy(asides, 'ieri'),
    ]).toStrictEqual([[['in', 'ogni', 'caso'], ['in']], [['in', 'ogni', 'caso']], []]);
  });

  it('compares every phrase of a list that holds an empty one', () => {
    const list: PhraseList = [['in'], []];
    expect(phrasesOpenedBy(list, 'ieri')).toStrictEqual([['in'], []]);
  });
});
