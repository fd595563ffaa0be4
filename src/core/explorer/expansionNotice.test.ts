import { describe, expect, it } from 'vitest';
import { expansionNotice } from './expansionNotice.ts';

describe('expansionNotice', () => {
  it('counts the neighbours added, and those already shown', () => {
    expect(expansionNotice('Ada Rossi', { shown: 3, total: 3, truncated: false }, 3)).toBe(
      'Added 3 neighbours of Ada Rossi.',
    );
    expect(expansionNotice('Ada Rossi', { shown: 5, total: 5, truncated: false }, 1)).toBe(
      'Added 1 neighbour of Ada Rossi; 4 were already shown.',
    );
    expect(expansionNotice('Ada Rossi', { shown: 2, total: 2, truncated: false }, 1)).toBe(
      'Added 1 neighbour of Ada Rossi; 1 was already shown.',
    );
  });

  it('says how many of all the neighbours were fetched, as the panel does', () => {
    expect(expansionNotice('Ada Rossi', { shown: 24, total: 30, truncated: true }, 6)).toBe(
      'Added 6 neighbours of Ada Rossi (24 of 30 shown); 18 were already shown.',
    );
  });

  it('says so when nothing was added', () => {
    expect(expansionNotice('Ada Rossi', { shown: 30, total: 30, truncated: false }, 0)).toBe(
      'No new neighbours of Ada Rossi: all 30 are already shown.',
    );
    expect(expansionNotice('Ada Rossi', { shown: 24, total: 30, truncated: true }, 0)).toBe(
      'No new neighbours of Ada Rossi: the 24 of 30 fetched are already shown; "Show more" in its panel fetches more.',
    );
    expect(expansionNotice('Ada Rossi', { shown: 0, total: 0, truncated: false }, 0)).toBe(
      'Ada Rossi has no neighbours to add.',
    );
  });
});
