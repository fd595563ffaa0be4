import { describe, expect, it } from 'vitest';
import { csvRecord, parseCsv } from './csv.ts';

describe('CSV', () => {
  const tricky = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' edge', '', undefined, '«Già»'];

  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvRecord(tricky)).toBe('plain,"a,b","say ""hi""","two\nlines","cr\r\nlf"," edge","",,«Già»');
  });

  it('reads back what it wrote, over LF and CRLF line ends and a byte-order mark', () => {
    const text = `\uFEFF${csvRecord(['x', 'y'])}\r\n${csvRecord(tricky)}\n${csvRecord([undefined, 'z'])}\n`;
    expect(parseCsv(text)).toStrictEqual([['x', 'y'], tricky, [undefined, 'z']]);
    expect(parseCsv('a,b')).toStrictEqual([['a', 'b']]);
    expect(parseCsv('')).toStrictEqual([]);
  });

  it('refuses malformed quoting', () => {
    expect(() => parseCsv('"open')).toThrow('unterminated quoted CSV field');
    expect(() => parseCsv('"a"b')).toThrow('unexpected character after quoted CSV field at 3');
  });
});
