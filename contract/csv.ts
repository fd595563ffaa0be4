// RFC 4180 CSV, written and read: comma-separated, a field quoted when it holds a comma,
// a double quote, a line break or edge whitespace, quotes inside doubled; for files meant
// for a spreadsheet, formula-like text escaped with a leading single quote. Line breaks
// inside quoted fields are kept as they are (sentences and evidence may span lines).
// No dependencies: the explorer uses it in the browser too.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** What a spreadsheet reads as the start of a formula (OWASP's CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  return value === '' || NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * A field for a file people open in a spreadsheet: text that would start a formula is
 * prefixed with a single quote, which spreadsheets read as "this is text" and hide, and
 * the field is quoted, the single quote inside the quotes.
 */
export function spreadsheetField(value: string): string {
  return FORMULA_START.test(value) ? `"'${value.replace(/"/g, '""')}"` : csvField(value);
}

/**
 * One record; `undefined` is an empty, unquoted field (neo4j-admin reads it as no value).
 * `spreadsheet` escapes formula-like text (for files meant for a spreadsheet, not an importer).
 */
export function csvRecord(fields: (string | undefined)[], options: { spreadsheet?: boolean } = {}): string {
  const field = options.spreadsheet ? spreadsheetField : csvField;
  return fields.map((value) => (value === undefined ? '' : field(value))).join(',');
}

/**
 * Reads CSV text back into records (a leading byte-order mark is skipped). An unquoted
 * empty field reads as `undefined`, a quoted empty one as `''`, so what `csvRecord`
 * wrote comes back the same.
 */
export function parseCsv(text: string): (string | undefined)[][] {
  const records: (string | undefined)[][] = [];
  let record: (string | undefined)[] = [];
  let index = text.startsWith('\uFEFF') ? 1 : 0;
  if (index >= text.length) return records;
  for (;;) {
    let field: string | undefined;
    if (text[index] === '"') {
      let value = '';
      index++;
      for (;;) {
        const close = text.indexOf('"', index);
        if (close < 0) throw new Error('unterminated quoted CSV field');
        value += text.slice(index, close);
        index = close + 1;
        if (text[index] !== '"') break;
        value += '"';
        index++;
      }
      field = value;
    } else {
      let stop = index;
      while (stop < text.length && text[stop] !== ',' && text[stop] !== '\n' && text[stop] !== '\r') stop++;
      field = stop > index ? text.slice(index, stop) : undefined;
      index = stop;
    }
    record.push(field);
    if (text[index] === ',') {
      index++;
      continue;
    }
    if (index < text.length && text[index] !== '\n' && text[index] !== '\r') {
      throw new Error(`unexpected character after quoted CSV field at ${index}`);
    }
    records.push(record);
    record = [];
    if (text[index] === '\r') index++;
    if (text[index] === '\n') index++;
    if (index >= text.length) return records;
  }
}
