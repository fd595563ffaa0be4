// Cypher highlighting for CodeMirror 6: a small stream tokenizer (keywords, functions,
// labels and relationship types after `:`, strings, numbers, parameters, comments).
// Validation stays on the server; this only colours the text.
import { StreamLanguage, type StreamParser } from '@codemirror/language';

const KEYWORDS = new Set(
  (
    'match optional where return with unwind order by skip limit distinct as and or xor not in is null starts ends ' +
    'contains case when then else end asc ascending desc descending union all exists call yield true false ' +
    'create merge delete detach set remove foreach load csv on'
  ).split(' '),
);
const FUNCTIONS = new Set(
  (
    'shortestpath allshortestpaths count collect size length nodes relationships labels type id elementid properties ' +
    'coalesce tolower toupper substring trim split replace tostring tointeger tofloat min max avg sum head last tail ' +
    'range keys startnode endnode exists any none single reduce date datetime'
  ).split(' '),
);

interface CypherState {
  inComment: boolean;
  afterColon: boolean;
}

const parser: StreamParser<CypherState> = {
  name: 'cypher',
  startState: () => ({ inComment: false, afterColon: false }),
  token(stream, state) {
    if (state.inComment) {
      if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inComment = false;
      } else stream.skipToEnd();
      return 'comment';
    }
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inComment = true;
      return 'comment';
    }
    const ch = stream.peek() ?? '';
    if (ch === "'" || ch === '"') {
      stream.next();
      let escaped = false;
      let next: string | void;
      while ((next = stream.next()) !== undefined) {
        if (next === ch && !escaped) break;
        escaped = !escaped && next === '\\';
      }
      state.afterColon = false;
      return 'string';
    }
    if (ch === '`') {
      stream.next();
      if (stream.skipTo('`')) stream.next();
      else stream.skipToEnd();
      const wasLabel = state.afterColon;
      state.afterColon = false;
      return wasLabel ? 'typeName' : 'variableName';
    }
    if (stream.match(/^\$[A-Za-z_][A-Za-z0-9_]*/)) {
      state.afterColon = false;
      return 'variableName.special';
    }
    if (stream.match(/^-?\d+(\.\d+)?([eE][-+]?\d+)?/)) {
      state.afterColon = false;
      return 'number';
    }
    if (stream.match(/^[A-Za-z_][A-Za-z0-9_]*/)) {
      const word = stream.current();
      if (state.afterColon) {
        state.afterColon = false;
        return 'typeName';
      }
      const lower = word.toLowerCase();
      if (KEYWORDS.has(lower)) return 'keyword';
      if (FUNCTIONS.has(lower) && stream.match(/^\s*\(/, false)) return 'function(variableName)';
      return 'variableName';
    }
    stream.next();
    if (ch === ':' || ch === '|') {
      state.afterColon = true;
      return 'punctuation';
    }
    state.afterColon = false;
    if ('()[]{}'.includes(ch)) return 'bracket';
    return 'operator';
  },
  languageData: {
    commentTokens: { line: '//', block: { open: '/*', close: '*/' } },
    closeBrackets: { brackets: ['(', '[', '{', "'", '"', '`'] },
  },
};

export const cypherLanguage = StreamLanguage.define(parser);
