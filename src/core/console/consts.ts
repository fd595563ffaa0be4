// Constants of the Cypher console.

/** Row caps offered; the server refuses more than its own maximum (10 000 by default). */
export const ROW_CAPS = [100, 1000, 10_000] as const;
export const DEFAULT_CONSOLE_ROW_CAP = 1000;
/** Rows drawn in the table; copying takes every row. */
export const TABLE_RENDER_LIMIT = 2000;
/** Characters of JSON drawn in the text view. */
export const TEXT_RENDER_LIMIT = 400_000;
/** Statement ids looked up at once to turn statements into "spoke about" edges. */
export const STATEMENT_LINK_CAP = 10_000;
