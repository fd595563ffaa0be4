// Stage code holds no lists of words of a language: a Set of words (new Set([...]), keySet([...])) or
// an array of two or more ([...].includes(key), a list of phrases) belongs in a language model's data
// (ingest/lexicon/<lang>/word-classes/<stage>.txt, read with wordClass). This test reads every stage
// file and fails on one that declares such a list again.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const STAGE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Letters opening with a lowercase one: a word ("che", "dell'", "anche se"), not punctuation or a type name ("Person"). */
function isWord(text: string): boolean {
  return /^\p{Ll}/u.test(text) && /^[\p{L}\p{M}'’ .-]+$/u.test(text);
}

/** "line: text" of every Set or keySet built from an array literal holding a word, and of every other array literal holding two words. */
function wordListsIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const builder =
      (ts.isNewExpression(node) && node.expression.getText(file) === 'Set') ||
      (ts.isCallExpression(node) && node.expression.getText(file) === 'keySet');
    if (builder && ts.isNewExpression(node) !== ts.isCallExpression(node)) {
      const list = (node as ts.NewExpression | ts.CallExpression).arguments?.[0];
      if (
        list &&
        ts.isArrayLiteralExpression(list) &&
        list.elements.some((e) => ts.isStringLiteral(e) && isWord(e.text))
      ) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push(`${line}: ${node.getText(file).replace(/\s+/g, ' ').slice(0, 80)}`);
        return;
      }
    }
    if (ts.isArrayLiteralExpression(node)) {
      const words = (list: ts.ArrayLiteralExpression): number =>
        list.elements.filter(
          (e) => (ts.isStringLiteral(e) && isWord(e.text)) || (ts.isArrayLiteralExpression(e) && words(e) > 0),
        ).length;
      if (words(node) >= 2) {
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        found.push(`${line}: ${node.getText(file).replace(/\s+/g, ' ').slice(0, 80)}`);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('word lists in stage code', () => {
  it('finds a Set or keySet of words and an array of two words, and lets punctuation, type names and built sets pass', () => {
    const source = [
      "const QUOTES = new Set(['«', '»']);",
      "const TYPES = new Set(['Person', 'Place']);",
      "const JOINERS = new Set([',', 'plus']);",
      'const FROM_DATA = new Set(wordClass("stage", "joiners"));',
      'const ROOTS = new Set([...roots].map(find));',
      'const WEEKEND = keySet([',
      "  'saturday',",
      "  'sunday',",
      ']);',
      'function f(x: string) { return new Set<string>(["o\'clock"]).has(x); }',
      "const g = (x: string) => ['plus', 'minus'].includes(x) || ['times'].includes(x);",
      "const IDIOMS = [['by', 'and', 'large'], ['of', 'course']];",
      "const KINDS = ['Person', 'Other'];",
    ].join('\n');
    expect(wordListsIn('sample.ts', source)).toStrictEqual([
      "3: new Set([',', 'plus'])",
      "6: keySet([ 'saturday', 'sunday', ])",
      '10: new Set<string>(["o\'clock"])',
      "11: ['plus', 'minus']",
      "12: [['by', 'and', 'large'], ['of', 'course']]",
    ]);
  });

  /** Not stages: the loaders of the models (language codes) and the accent-folding table of text.ts (letters). */
  const NOT_CHECKED = new Set(['lexicon.ts', 'morphology.ts', 'text.ts']);
  const stageFiles = readdirSync(STAGE_DIR).filter(
    (f) => f.endsWith('.ts') && !/\.(test|bench)\.ts$/.test(f) && !NOT_CHECKED.has(f),
  );

  it('reads the stage files', () => {
    expect(stageFiles).toContain('statements.ts');
  });

  it.each(stageFiles)('%s declares no list of words', (name) => {
    expect(wordListsIn(name, readFileSync(path.join(STAGE_DIR, name), 'utf8'))).toStrictEqual([]);
  });
});
