// A small Cypher scanner shared by completion, parameter checks and highlighting:
// it tells what is code and what sits inside strings or comments, and tracks the
// brackets that are still open. It is not a parser: the server owns validation.

export type OpenBracket = '(' | '[' | '{';

export interface ScanState {
  /** Unclosed brackets, innermost last. */
  brackets: OpenBracket[];
  /** The text ends inside a string, backtick identifier or comment. */
  inside: 'code' | 'string' | 'identifier' | 'comment';
}

const CLOSING: Record<string, OpenBracket> = { ')': '(', ']': '[', '}': '{' };

/**
 * Walks `text` and calls `onCode(index)` for every character that is code (outside
 * strings and comments). Returns where the text ends.
 */
export function scanCypher(text: string, onCode?: (index: number) => void): ScanState {
  const brackets: OpenBracket[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const next = text[i + 1];
    if (ch === '/' && next === '/') {
      const end = text.indexOf('\n', i);
      if (end === -1) return { brackets, inside: 'comment' };
      i = end + 1;
      continue;
    }
    if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return { brackets, inside: 'comment' };
      i = end + 2;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      let closed = false;
      while (j < text.length) {
        if (text[j] === '\\' && ch !== '`') {
          j += 2;
          continue;
        }
        if (text[j] === ch) {
          // `` inside a backtick identifier is an escaped backtick
          if (ch === '`' && text[j + 1] === '`') {
            j += 2;
            continue;
          }
          closed = true;
          break;
        }
        j++;
      }
      if (!closed) return { brackets, inside: ch === '`' ? 'identifier' : 'string' };
      onCode?.(i);
      i = j + 1;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') brackets.push(ch);
    else if (ch in CLOSING) {
      if (brackets[brackets.length - 1] === CLOSING[ch]) brackets.pop();
    }
    onCode?.(i);
    i++;
  }
  return { brackets, inside: 'code' };
}

/** Names of the `$parameters` the query uses, in order of first use. */
export function parameterNames(query: string): string[] {
  const names: string[] = [];
  scanCypher(query, (index) => {
    if (query[index] !== '$') return;
    const match = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(query.slice(index));
    const name = match?.[1];
    if (name && !names.includes(name)) names.push(name);
  });
  return names;
}
