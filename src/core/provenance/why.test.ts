import { describe, expect, it } from 'vitest';
import { whyOf } from './why.ts';

describe('whyOf', () => {
  it('splits a statement trace into how it was found and how its speaker was', () => {
    expect(whyOf(['statement.cue-that-clause', 'speaker.previous-speaker'])).toStrictEqual({
      found: ['a reporting verb followed by "che" and the reported clause'],
      speaker: ['no subject of its own: the speaker of the statement before'],
    });
  });

  it('keeps the order of a relation trace, and shows an unknown id as written', () => {
    expect(whyOf(['relation.role-phrase-with-name', 'relation.role-qualifier', 'llm.step-3'])).toStrictEqual({
      found: [
        'a role phrase written with the name (il portavoce del Cremlino X)',
        'the organization or place qualifying the role',
        'llm.step-3',
      ],
      speaker: [],
    });
  });

  it('gives nothing for a store written before statements kept their rules', () => {
    expect(whyOf([])).toStrictEqual({ found: [], speaker: [] });
  });
});
