// The roles stage reads its words from the document's model. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../engine/pipeline.ts';
import { loadLanguage } from '../lang/language.ts';
import type { Lexicon } from '../lang/lexicon.ts';
import { doc } from '../testDocs.ts';

const roleTexts = (text: string, language: string, lex: Lexicon) => {
  const { seg, roles } = analyzeDocument({ ...doc(text), language }, lex);
  return roles.map((r) => text.slice((seg.tokens[r.first] as { start: number }).start, seg.tokens[r.last - 1]?.end));
};

describe('the roles stage per model', () => {
  // Both models given the one title "minister": the words before it are read with the document's model.
  const withMinister = (code: string): Lexicon => ({
    ...loadLanguage(code).lexicon,
    titles: new Map([['minister', null]]),
    titleMaxTokens: 1,
  });
  const sentence = 'Yesterday the former minister spoke at length.';

  it("walks back over the English model's modifiers in an English document", () => {
    expect(roleTexts(sentence, 'en', withMinister('en'))).toStrictEqual(['the former minister']);
  });

  it('does not take "former" for a modifier with the Italian model', () => {
    expect(roleTexts(sentence, 'it', withMinister('it'))).toStrictEqual(['minister']);
  });
});
