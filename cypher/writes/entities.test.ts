import { describe, expect, it } from 'vitest';
import { mergeEntityNames } from './entities.ts';

describe('mergeEntityNames', () => {
  it('keeps the longer name and makes every other name an alias, once', () => {
    expect(
      mergeEntityNames(
        { name: 'Draghi', aliases: ['SuperMario'] },
        { name: 'Mario Draghi', aliases: ['draghi', 'Supermario', 'M. Draghi'] },
      ),
    ).toStrictEqual({
      name: 'Mario Draghi',
      aliases: ['Draghi', 'SuperMario', 'M. Draghi'],
    });
    expect(mergeEntityNames({ name: 'Roma', aliases: [] }, { name: 'Rome', aliases: [] })).toStrictEqual({
      name: 'Roma',
      aliases: ['Rome'],
    });
    expect(mergeEntityNames(null, { name: 'Roma', aliases: ['Rome'] })).toStrictEqual({
      name: 'Roma',
      aliases: ['Rome'],
    });
  });
});
