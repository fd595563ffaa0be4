import { describe, expect, it } from 'vitest';
import { findQuotes, segment, tokenize } from './segment.ts';

function sentences(text: string): string[] {
  const s = segment(text);
  return s.sentences.map((x) => text.slice(x.start, x.end));
}

describe('tokens', () => {
  it('splits elisions and keeps initials and numbers', () => {
    const { tokens } = tokenize("dell'Ucraina l’FBI D. Peskov 15.000 U.S.A.");
    expect(tokens.map((t) => t.text)).toStrictEqual(["dell'", 'Ucraina', 'l’', 'FBI', 'D', '.', 'Peskov', '15.000', 'U.S.A.']);
  });

  it('tells a closing quote from an apostrophe', () => {
    const { tokens } = tokenize('per noi’. po’');
    expect(tokens.map((t) => t.text)).toStrictEqual(['per', 'noi', '’', '.', 'po’']);
  });
});

describe('sentences', () => {
  it('does not split after initials and abbreviations', () => {
    expect(sentences('Lo ha detto D. Peskov ieri. La portaerei Harry S. Truman è qui. Il sig. Rossi e il dott. Bianchi sono arrivati.')).toStrictEqual([
      'Lo ha detto D. Peskov ieri.',
      'La portaerei Harry S. Truman è qui.',
      'Il sig. Rossi e il dott. Bianchi sono arrivati.',
    ]);
  });

  it('keeps a quote that spans sentences in one sentence', () => {
    expect(sentences('«È vero. Lo confermo», ha detto Rossi. Poi è uscito.')).toStrictEqual(['«È vero. Lo confermo», ha detto Rossi.', 'Poi è uscito.']);
  });

  it('splits sentences glued without a space', () => {
    expect(sentences('La telefonata è finita.La Russia ha risposto."Non è vero", ha detto.')).toStrictEqual([
      'La telefonata è finita.',
      'La Russia ha risposto.',
      '"Non è vero", ha detto.',
    ]);
  });

  it('always ends a sentence at a line break', () => {
    expect(sentences('Titolo senza punto\nIl testo comincia qui.')).toStrictEqual(['Titolo senza punto', 'Il testo comincia qui.']);
  });

  it('marks page chrome as boilerplate', () => {
    const s = segment('Il testo.\nTorna in alto');
    expect(s.sentences.map((x) => x.boilerplate)).toStrictEqual([false, true]);
  });
});

describe('quotes', () => {
  it('pairs every quote style', () => {
    const text = '«uno» “due” "tre" ‘quattro’ „cinque“';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toStrictEqual(['uno', 'due', 'tre', 'quattro', 'cinque']);
  });

  it('pairs nested quotes with their depth', () => {
    const text = '“Ha detto: ‘basta’ e poi è uscito”';
    expect(findQuotes(text).map((q) => [text.slice(q.start, q.end), q.depth])).toStrictEqual([
      ['Ha detto: ‘basta’ e poi è uscito', 0],
      ['basta', 1],
    ]);
  });

  it('closes a curly quote with a straight one', () => {
    const text = '“Siamo pronti", ha detto.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toStrictEqual(['Siamo pronti']);
  });

  it('drops an unbalanced quote at the end of its paragraph', () => {
    const text = '«Non chiusa\nAltro «chiusa» qui';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toStrictEqual(['chiusa']);
  });
});
