import { describe, expect, it } from 'vitest';
import { dayOf, exportBaseName, slugify, sourceLine } from './naming.ts';

const DAY = new Date(2026, 11, 5, 9, 30);

describe('slugify', () => {
  it('keeps lower case ASCII words joined by hyphens', () => {
    expect(slugify('Ministero dell’Economia & Finanze')).toBe('ministero-dell-economia-finanze');
    expect(slugify('  Citta\u0300 di Ågård  ')).toBe('citta-di-agard');
    expect(slugify('/home/user/data/x.txt')).toBe('home-user-data-x-txt');
    expect(slugify('«»')).toBe('');
  });

  it('cuts long names at 60 characters without a trailing hyphen', () => {
    const slug = slugify(`${'a'.repeat(59)} b`);
    expect(slug).toBe('a'.repeat(59));
  });
});

describe('exportBaseName', () => {
  it('names the view and the console result by the day', () => {
    expect(exportBaseName({ scope: 'view', subject: 'X', withNeighbors: true, date: DAY })).toBe('view-2026-12-05');
    expect(exportBaseName({ scope: 'console', subject: null, withNeighbors: false, date: DAY })).toBe(
      'query-2026-12-05',
    );
  });

  it('names a selection by its entity, with or without its neighbours', () => {
    expect(exportBaseName({ scope: 'selection', subject: 'Anna Bellò', withNeighbors: true, date: DAY })).toBe(
      'anna-bello-neighbours',
    );
    expect(exportBaseName({ scope: 'selection', subject: 'Anna Bellò', withNeighbors: false, date: DAY })).toBe(
      'anna-bello',
    );
    expect(exportBaseName({ scope: 'selection', subject: '???', withNeighbors: false, date: DAY })).toBe('entity');
  });
});

describe('sourceLine', () => {
  it('names the corpus and the day of a view', () => {
    expect(dayOf(DAY)).toBe('2026-12-05');
    expect(sourceLine({ articles: 46, query: null, date: DAY })).toBe(
      'newsgraph · 46 articles · explorer view · 2026-12-05',
    );
    expect(sourceLine({ articles: 1, query: null, date: DAY })).toBe(
      'newsgraph · 1 article · explorer view · 2026-12-05',
    );
  });

  it('names the query of a console view on one line, shortened', () => {
    expect(sourceLine({ articles: null, query: 'MATCH (p)\n  RETURN p', date: DAY })).toBe(
      'newsgraph · query: MATCH (p) RETURN p · 2026-12-05',
    );
    const long = sourceLine({ articles: null, query: `RETURN ${'x'.repeat(200)}`, date: DAY });
    expect(long).toBe(`newsgraph · query: RETURN ${'x'.repeat(112)}… · 2026-12-05`);
  });
});
