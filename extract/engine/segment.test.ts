import { describe, expect, it } from 'vitest';
import { findQuotes, MAX_SENTENCE_CHARS, segment, tokenize, TOKEN_PATTERN } from './segment.ts';
import { normKey } from './text.ts';
import { loadLanguage } from '../lang/language.ts';
import type { Lexicon } from '../lang/lexicon.ts';

function sentences(text: string): string[] {
  const s = segment(text);
  return s.sentences.map((x) => text.slice(x.start, x.end));
}

describe('tokens', () => {
  it('splits elisions and keeps initials and numbers', () => {
    const { tokens } = tokenize("dell'Ucraina l’FBI D. Peskov 15.000 U.S.A.");
    expect(tokens.map((t) => t.text)).toStrictEqual([
      "dell'",
      'Ucraina',
      'l’',
      'FBI',
      'D',
      '.',
      'Peskov',
      '15.000',
      'U.S.A.',
    ]);
  });

  it('keys every token as normKey does', () => {
    const { tokens } = tokenize("FBI Roma roma2 Città dell'ONU G7 «No» è");
    expect(tokens.map((t) => t.key)).toStrictEqual(tokens.map((t) => normKey(t.text)));
    expect(tokens.map((t) => t.key)).toStrictEqual([
      'fbi',
      'roma',
      'roma2',
      'citta',
      "dell'",
      'onu',
      'g7',
      '"',
      'no',
      '"',
      'e',
    ]);
  });

  it('tells a closing quote from an apostrophe', () => {
    const { tokens } = tokenize('per noi’. po’');
    expect(tokens.map((t) => t.text)).toStrictEqual(['per', 'noi', '’', '.', 'po’']);
  });

  it('reads numbers, initials, marks and characters outside the BMP as the token pattern does', () => {
    const text = 'Il 3,5% (1.200:3) U.S. e U.Sa; Ṁ\u0301ario ₂ ½x 😀🇮🇹 𝐀𝐁c 1. 2,a co\u0301’ss';
    const { tokens } = tokenize(text);
    const pattern = [...text.matchAll(TOKEN_PATTERN)].map((m) => m[0]);
    expect(tokens.map((t) => t.text)).toStrictEqual(pattern);
    expect(pattern).toStrictEqual([
      'Il',
      '3,5',
      '%',
      '(',
      '1.200:3',
      ')',
      'U.S.',
      'e',
      'U',
      '.',
      'Sa',
      ';',
      'Ṁ\u0301ario',
      '₂',
      '½',
      'x',
      '😀',
      '🇮',
      '🇹',
      '𝐀𝐁c',
      '1',
      '.',
      '2',
      ',',
      'a',
      'co\u0301’ss',
    ]);
    expect(tokens.map((t) => t.kind)).toStrictEqual(
      pattern.map((p) => (/^\p{N}/u.test(p) ? 'num' : /^[\p{L}\p{M}]/u.test(p) ? 'word' : 'punct')),
    );
  });
});

describe('sentences', () => {
  it('does not split after initials and abbreviations', () => {
    expect(
      sentences(
        'Lo ha detto D. Peskov ieri. La portaerei Harry S. Truman è qui. Il sig. Rossi e il dott. Bianchi sono arrivati.',
      ),
    ).toStrictEqual([
      'Lo ha detto D. Peskov ieri.',
      'La portaerei Harry S. Truman è qui.',
      'Il sig. Rossi e il dott. Bianchi sono arrivati.',
    ]);
  });

  it('keeps a quote that spans sentences in one sentence', () => {
    expect(sentences('«È vero. Lo confermo», ha detto Rossi. Poi è uscito.')).toStrictEqual([
      '«È vero. Lo confermo», ha detto Rossi.',
      'Poi è uscito.',
    ]);
  });

  it('splits sentences glued without a space', () => {
    expect(sentences('La telefonata è finita.La Russia ha risposto."Non è vero", ha detto.')).toStrictEqual([
      'La telefonata è finita.',
      'La Russia ha risposto.',
      '"Non è vero", ha detto.',
    ]);
  });

  it('always ends a sentence at a line break', () => {
    expect(sentences('Titolo senza punto\nIl testo comincia qui.')).toStrictEqual([
      'Titolo senza punto',
      'Il testo comincia qui.',
    ]);
  });

  it('cuts a sentence longer than the maximum at its last clause mark, offsets exact', () => {
    // 250 clauses "uno due tre," (4 tokens, 13 characters with the space): 3249 characters, no sentence end.
    const text = 'uno due tre, '.repeat(250).trimEnd();
    const s = segment(text);
    expect(MAX_SENTENCE_CHARS).toBe(2000);
    expect(s.sentences.map((x) => [x.start, x.end, x.first, x.last])).toStrictEqual([
      [0, 1988, 0, 612],
      [1989, 3249, 612, 1000],
    ]);
    expect([text.slice(1978, 1988), text.slice(1989, 2000)]).toStrictEqual(['o due tre,', 'uno due tre']);
    expect(s.tokens.map((t) => t.sentence)).toStrictEqual([
      ...Array<number>(612).fill(0),
      ...Array<number>(388).fill(1),
    ]);
  });

  it('cuts a run without clause marks at a word boundary and keeps an overlong token whole', () => {
    const text = `Il ministro ha detto che ${'parola '.repeat(1000)}${'x'.repeat(2500)} fine`;
    const s = segment(text);
    expect(s.sentences.map((x) => [x.start, x.end, x.first, x.last])).toStrictEqual([
      [0, 1998, 0, 287],
      [1999, 3993, 287, 572],
      [3994, 5988, 572, 857],
      [5989, 7024, 857, 1005],
      [7025, 9525, 1005, 1006],
      [9526, 9530, 1006, 1007],
    ]);
    expect(s.sentences.map((x) => text.slice(x.start, x.end).split(' ').at(-1))).toStrictEqual([
      'parola',
      'parola',
      'parola',
      'parola',
      'x'.repeat(2500),
      'fine',
    ]);
  });

  it('marks page chrome as boilerplate', () => {
    const s = segment('Il testo.\nTorna in alto');
    expect(s.sentences.map((x) => x.boilerplate)).toStrictEqual([false, true]);
  });

  it('reads chrome past trailing marks, credits only when short, prefixes only as whole words', () => {
    const lines = [
      'Torna in alto | ...',
      'Foto: Ansa / Mario Rossi',
      'Foto di una giornata di sole sul lago con tanti bambini',
      '(Foto Reuters)',
      'Leggi anche il caso Rossi',
      'Leggi anchesi il caso Rossi',
      'Sappiate che questo sito usa cookie di terze parti',
      'Il sito usa il cookie',
    ];
    const s = segment(lines.join('\n'));
    expect(s.sentences.map((x) => x.boilerplate)).toStrictEqual([true, true, false, true, true, false, true, false]);
  });
});

describe('quotes', () => {
  it('pairs every quote style', () => {
    const text = '«uno» “due” "tre" ‘quattro’ „cinque“';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toStrictEqual([
      'uno',
      'due',
      'tre',
      'quattro',
      'cinque',
    ]);
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

  it('runs a « left open to the end of its paragraph, as a quote going on in the next one is typeset', () => {
    const text = '«Non chiusa \nAltro «chiusa» qui';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toStrictEqual(['Non chiusa', 'chiusa']);
  });

  it('runs a « on to the next paragraph that opens with «, and drops one left open over sentences', () => {
    const goesOn = 'Disse: «Primo punto. Secondo punto\n«Terzo punto».';
    expect(findQuotes(goesOn).map((q) => goesOn.slice(q.start, q.end))).toStrictEqual([
      'Primo punto. Secondo punto',
      'Terzo punto',
    ]);
    const left = 'Disse: «Primo punto. Poi altro testo\nNuovo paragrafo.';
    expect(findQuotes(left)).toStrictEqual([]);
  });

  it('drops other unbalanced quote marks at the end of their paragraph', () => {
    const text = '“Non chiusa\nAltro “chiusa” qui';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toStrictEqual(['chiusa']);
  });
});

describe('the segmenter per model', () => {
  // Sentences written for this test: "Dott." and "l'" are Italian, "Dr." English.
  const en = loadLanguage('en').lexicon;
  const italian = loadLanguage('it').lexicon;
  const cut = (text: string, lex: Lexicon) => segment(text, lex).sentences.map((x) => text.slice(x.start, x.end));

  it("reads an English document's abbreviations with the English model", () => {
    expect(cut('We met Dr. Brown today. Then Dott. Rossi left.', en)).toStrictEqual([
      'We met Dr. Brown today.',
      'Then Dott.',
      'Rossi left.',
    ]);
    expect(cut('We met Dr. Brown today. Then Dott. Rossi left.', italian)).toStrictEqual([
      'We met Dr. Brown today.',
      'Then Dott. Rossi left.',
    ]);
  });

  it('splits the Italian elided words with the Italian model only', () => {
    expect(tokenize("l'Europa", en).tokens.map((t) => t.text)).toStrictEqual(["l'Europa"]);
    expect(tokenize("l'Europa", italian).tokens.map((t) => t.text)).toStrictEqual(["l'", 'Europa']);
  });
});
