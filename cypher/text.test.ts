import { describe, expect, it } from 'vitest';
import { foldText, searchTextOf } from './text.ts';

describe('foldText', () => {
  it('folds case, accents, apostrophes, dashes and spaces', () => {
    expect(foldText('  Città   dell’Àquila – NIÑO ')).toBe("citta dell'aquila - nino");
    expect(foldText('Ŝtefan Çelik')).toBe('stefan celik');
  });
});

describe('searchTextOf', () => {
  it('joins the folded name and aliases once each between separators', () => {
    expect(searchTextOf('Mario Draghi', ['Draghi', 'DRAGHI', 'Super|Mario', ' '])).toBe(
      '|mario draghi|draghi|super mario|',
    );
  });
});
