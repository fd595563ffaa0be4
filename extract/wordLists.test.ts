// Stage code holds no word of a language: a Set of words (new Set([...]), keySet([...])) or an array
// of two or more ([...].includes(key), a list of phrases) belongs in a language model's data
// (extract/lang/<lang>/word-classes/<stage>.txt, read with wordClass), and so does a single word a
// token is compared with (t.key === 'che', key.startsWith('dell'), case 'di':) or a regular expression
// holding words or endings (/(ando|endo)$/: lexicon/<lang>/morphology.txt, read with endingPattern).
// This test reads every stage file and fails on one that holds such a word again.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** extract/: every file under it is stage code but the ones named below and the evaluation. */
const STAGE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Not stages: the loaders of the models (language codes, file-format markers). */
const LOADERS = new Set(['engine/dataFile.ts', 'lang/lexicon.ts', 'lang/morphology.ts']);
/** Letters, not words: the accent-folding table and the transliteration rules of names (ks → x, kh → h) of text.ts. */
const LETTER_TABLES = new Set(['engine/text.ts']);
/** Not extraction: the scoring of its output against gold files. */
const NOT_EXTRACTION = 'eval/';
/** Plumbing whose strings are names, not words: the stage names of the timings, the tsx module's file extension, the id hashing's input format. */
const PLUMBING = new Set(['engine/pipeline.ts', 'engine/workerPool.ts', 'resolve/ids.ts']);

/** The stage files, as paths under extract/, in sorted order. */
const stageFiles = readdirSync(STAGE_DIR, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split(path.sep).join('/'))
  .filter(
    (f) =>
      f.endsWith('.ts') &&
      !/\.(test|bench)\.ts$/.test(f) &&
      !f.startsWith(NOT_EXTRACTION) &&
      !LOADERS.has(f) &&
      !LETTER_TABLES.has(f) &&
      !PLUMBING.has(f),
  )
  .sort();

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

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** A program over real files, or over in-memory sources (name → text) beside the standard library. */
function programOf(files: string[], sources: Record<string, string> = {}): ts.Program {
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    name in sources
      ? ts.createSourceFile(name, sources[name] ?? '', language, true)
      : getSourceFile(name, language, ...rest);
  host.fileExists = (name) => name in sources || fileExists(name);
  return ts.createProgram(files, COMPILER_OPTIONS, host);
}

/** A string, or a union holding string (a token's key, a word), or untyped: not a closed set of codes like 'say' | 'deny'. */
function isOpenString(type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  return parts.some((p) => (p.flags & (ts.TypeFlags.String | ts.TypeFlags.Any)) !== 0);
}

const STRING_TESTS = new Set(['startsWith', 'endsWith', 'includes', 'indexOf', 'lastIndexOf']);

/** A regular expression's source with escapes, character classes, group syntax and counts taken out: what is left is literal text. */
function literalText(pattern: string): string {
  return pattern
    .replace(/\\[pPu]\{[^}]*\}/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[(?:\\.|[^\]])*\]/g, ' ')
    .replace(/\(\?(?:<[=!]|<[A-Za-z]\w*>|[:=!])/g, ' ')
    .replace(/\{\d+(?:,\d*)?\}/g, ' ');
}

/** Regular-expression text holding a word or an ending: two lowercase letters in a row, outside escapes and classes. */
function holdsWord(pattern: string): boolean {
  return /\p{Ll}{2}/u.test(literalText(pattern));
}

/**
 * "line: text" of every comparison of an open string (a token's key or text) with a word literal
 * (===, !==, a case of a switch on it, startsWith/endsWith/includes/indexOf with it), and of every
 * regular expression, literal or built by new RegExp from literal text, that holds a word.
 */
function wordTestsIn(program: ts.Program, fileName: string): string[] {
  const file = program.getSourceFile(fileName);
  if (file === undefined) throw new Error(`${fileName} is not in the program`);
  const checker = program.getTypeChecker();
  const found: string[] = [];
  const report = (node: ts.Node): void => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    found.push(`${line}: ${node.getText(file).replace(/\s+/g, ' ').slice(0, 80)}`);
  };
  const wordLiteral = (node: ts.Node): boolean =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isWord(node.text);
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(node.operatorToken.kind) &&
      ((wordLiteral(node.right) && isOpenString(checker.getTypeAtLocation(node.left))) ||
        (wordLiteral(node.left) && isOpenString(checker.getTypeAtLocation(node.right))))
    )
      report(node);
    else if (
      ts.isCaseClause(node) &&
      wordLiteral(node.expression) &&
      isOpenString(checker.getTypeAtLocation(node.parent.parent.expression))
    )
      report(node.expression);
    else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      STRING_TESTS.has(node.expression.name.text) &&
      node.arguments[0] !== undefined &&
      wordLiteral(node.arguments[0]) &&
      (checker.getTypeAtLocation(node.expression.expression).flags & (ts.TypeFlags.StringLike | ts.TypeFlags.Any)) !== 0
    )
      report(node);
    else if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(file);
      if (holdsWord(text.slice(1, text.lastIndexOf('/')))) report(node);
    } else if (ts.isNewExpression(node) && node.expression.getText(file) === 'RegExp') {
      const source = node.arguments?.[0];
      const parts =
        source === undefined
          ? []
          : ts.isStringLiteral(source) || ts.isNoSubstitutionTemplateLiteral(source)
            ? [source.text]
            : ts.isTemplateExpression(source)
              ? [source.head.text, ...source.templateSpans.map((span) => span.literal.text)]
              : [];
      if (parts.some(holdsWord)) report(node);
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

  it('reads the stage files', () => {
    expect(stageFiles).toEqual(
      expect.arrayContaining(['engine/segment.ts', 'stages/statements.ts', 'resolve/crossDocument.ts']),
    );
  });

  it.each(stageFiles)('%s declares no list of words', (name) => {
    expect(wordListsIn(name, readFileSync(path.join(STAGE_DIR, name), 'utf8'))).toStrictEqual([]);
  });
});

describe('single words and word regexes in stage code', () => {
  it('finds a token compared with a word, a switch on words, a string test with a word and a regex of words; lets codes, letters and built patterns pass', () => {
    const source = [
      "type Cue = 'say' | 'deny';",
      'interface Token { key: string; text: string; kind: "word" | "punct" }',
      'declare const t: Token;',
      'declare const cue: Cue;',
      'declare const next: Token | undefined;',
      'declare const ENDING: RegExp;',
      "const a = t.key === 'che' || next?.key !== 'di';",
      "const b = cue === 'say' && t.kind === 'word' && t.text === ',';",
      "switch (t.key) { case 'per': break; case ',': break; }",
      "switch (cue) { case 'deny': break; }",
      "const c = t.key.startsWith('dell') || t.key.endsWith('.');",
      'const d = /(ando|endo)$/.test(t.key) || /^[èÈ]$/.test(t.text) || /\\p{Lu}\\d{2,4}/u.test(t.text);',
      "const e = new RegExp(`\\\\b(?:nel|dal) (\\\\d{4})`, 'g');",
      "const f = new RegExp(`(?:${ENDING.source})$`) && ENDING.test(t.key) && 'E' === t.text;",
      'export { a, b, c, d, e, f };',
    ].join('\n');
    const program = programOf(['sample.ts'], { 'sample.ts': source });
    expect(wordTestsIn(program, 'sample.ts')).toStrictEqual([
      "7: t.key === 'che'",
      "7: next?.key !== 'di'",
      "9: 'per'",
      "11: t.key.startsWith('dell')",
      '12: /(ando|endo)$/',
      "13: new RegExp(`\\\\b(?:nel|dal) (\\\\d{4})`, 'g')",
    ]);
  });

  const program = programOf(stageFiles.map((f) => path.join(STAGE_DIR, f)));

  it('reads the stage files', () => {
    expect(stageFiles).toEqual(
      expect.arrayContaining([
        'stages/statements.ts',
        'stages/typing.ts',
        'stages/mentions.ts',
        'stages/coreference.ts',
      ]),
    );
  });

  it.each(stageFiles)('%s compares no token with a word and holds no regex of words', (name) => {
    expect(wordTestsIn(program, path.join(STAGE_DIR, name))).toStrictEqual([]);
  });
});
