import { describe, expect, it } from 'vitest';
import type { SearchHit, StatementView } from '../../../contract/api.ts';
import { quoteSnippet, resultKey, searchResults } from './searchResults.ts';

const hit = (id: string): SearchHit => ({ id, name: id, type: 'Person', aliases: [], matched: id, mentions: 1 });
const statement = (id: string, quote: string): StatementView => ({
  id,
  articleId: 'art-1',
  article: { id: 'art-1', title: 'Title', date: '2024-03-05', url: null, source: 'a.txt', sourceName: null },
  speaker: { id: 'p', name: 'P', type: 'Person' },
  speakerText: null,
  quote,
  kind: 'direct',
  act: 'claim',
  cue: 'ha detto',
  about: [],
  sentence: quote,
  start: 0,
  end: quote.length,
  sentenceStart: 0,
  sentenceEnd: quote.length,
  date: null,
  confidence: 1,
  trace: [],
});

describe('search results', () => {
  it('lists entities, then statements, then the way to all statements', () => {
    const said = statement('s1', 'Non è vero');
    const results = searchResults(' vero ', [hit('a')], [said]);
    expect(results).toStrictEqual([
      { kind: 'entity', hit: hit('a') },
      { kind: 'statement', statement: said },
      { kind: 'allStatements', text: 'vero' },
    ]);
    expect(results.map(resultKey)).toStrictEqual(['entity:a', 'statement:s1', 'all-statements']);
  });

  it('offers no way to all statements when none matched', () => {
    expect(searchResults('a', [hit('a')], [])).toStrictEqual([{ kind: 'entity', hit: hit('a') }]);
    expect(searchResults('zz', [], [])).toStrictEqual([]);
  });
});

describe('quote snippet', () => {
  it('keeps a short quote whole, with the match found without case or accents', () => {
    expect(quoteSnippet('Tutto questo non è vero', 'NON E VERO', 40)).toStrictEqual([
      'Tutto questo ',
      'non è vero',
      '',
    ]);
  });

  it('matches typographic apostrophes with a typed one', () => {
    expect(quoteSnippet('l’ha detto lui', "l'ha", 40)).toStrictEqual(['', 'l’ha', ' detto lui']);
  });

  it('cuts long context at spaces, with ellipses', () => {
    expect(quoteSnippet('uno due tre quattro cinque sei sette otto nove', 'cinque', 12)).toStrictEqual([
      '…tre quattro ',
      'cinque',
      ' sei sette…',
    ]);
  });

  it('shows the start of the quote when the match is not in it', () => {
    expect(quoteSnippet('uno due tre quattro', 'zz', 5)).toStrictEqual(['uno due…', '', '']);
    expect(quoteSnippet('uno due', 'zz', 5)).toStrictEqual(['uno due', '', '']);
    expect(quoteSnippet('unoduetre quattro', 'zz', 4)).toStrictEqual(['unoduetr…', '', '']);
  });
});
