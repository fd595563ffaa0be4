// The actors stage reads its words from the document's model. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../engine/pipeline.ts';
import { loadLanguage } from '../lang/language.ts';
import type { Lexicon } from '../lang/lexicon.ts';
import { doc } from '../testDocs.ts';

const actorTexts = (text: string, language: string, lex: Lexicon) =>
  analyzeDocument({ ...doc(text), language }, lex).actors.map((a) => [a.kind, a.text]);

describe('the actors stage per model', () => {
  // The English model lists no unnamed sources: given one, its source phrase ends at the English
  // model's prepositions, not at the Italian ones ("per" is one in Italian, not in English).
  const en = { ...loadLanguage('en').lexicon, unnamedSources: new Set(['sources']) };
  const italian = { ...loadLanguage('it').lexicon, unnamedSources: new Set(['sources']) };
  const sentence = 'In the end, sources per the ministry said the plan works.';

  it('reads an English document with the English prepositions', () => {
    expect(actorTexts(sentence, 'en', en)).toStrictEqual([['unnamed', 'sources per the ministry']]);
  });

  it('reads the same words with the Italian model as Italian prepositions', () => {
    expect(actorTexts(sentence, 'it', italian)).toStrictEqual([['unnamed', 'sources']]);
  });
});
