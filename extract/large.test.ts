import { describe, expect, it } from 'vitest';
import { extract } from './extractor.ts';
import { doc } from './testDocs.ts';

// More mentions than one call's arguments may hold: gathered with push(...) or compared
// with Math.max(...) they overflowed the stack and failed the whole batch.
describe('extraction of an article naming one entity 130,000 times', () => {
  it('keeps every mention', () => {
    const times = 130_000;
    const result = extract([doc(`Mario Draghi parla. ${'Draghi. '.repeat(times)}`)]);
    expect(result.entities.map((entity) => [entity.name, entity.mentions.length])).toStrictEqual([
      ['Mario Draghi', times + 1],
    ]);
  });
});
