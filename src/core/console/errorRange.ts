// Where a server-reported Cypher error sits in the editor: the offset when it fits the
// text, else line/column; the range covers the word there (at least one character).

export interface ErrorPosition {
  line: number;
  column: number;
  offset: number;
}

export function errorRange(text: string, position: ErrorPosition): { from: number; to: number } {
  let at: number;
  if (Number.isInteger(position.offset) && position.offset >= 0 && position.offset <= text.length) {
    at = position.offset;
  } else {
    const lines = text.split('\n');
    const line = Math.min(Math.max(position.line, 1), lines.length);
    let start = 0;
    for (const previous of lines.slice(0, line - 1)) start += previous.length + 1;
    at = Math.min(start + Math.max(position.column - 1, 0), start + (lines[line - 1] ?? '').length);
  }
  if (text.length === 0) return { from: 0, to: 0 };
  if (at >= text.length) return { from: text.length - 1, to: text.length };
  let to = at;
  while (to < text.length && /[A-Za-z0-9_$]/.test(text.charAt(to))) to++;
  return { from: at, to: Math.max(to, at + 1) };
}
