// Query history of the console: newest first, no repeats, capped, kept in localStorage
// so it survives reloads. Navigation works like a shell: "older" walks back from the
// draft being typed, "newer" walks forward and finally gives the draft back.

export const HISTORY_KEY = 'newsgraph.console.history';
export const HISTORY_CAP = 100;

/** Adds a query at the front; an equal earlier entry (ignoring outer blanks) moves up. */
export function pushHistory(entries: readonly string[], query: string, cap: number = HISTORY_CAP): string[] {
  const text = query.trim();
  if (!text) return [...entries];
  return [text, ...entries.filter((entry) => entry.trim() !== text)].slice(0, Math.max(0, cap));
}

export interface HistoryCursor {
  /** -1 while editing the draft, else an index into the entries. */
  index: number;
  /** What was in the editor before navigation began. */
  draft: string;
}

export const FRESH_CURSOR: HistoryCursor = { index: -1, draft: '' };

/** One step through the history; returns the new cursor and the text to show. */
export function stepHistory(
  entries: readonly string[],
  cursor: HistoryCursor,
  direction: 'older' | 'newer',
  currentText: string,
): { cursor: HistoryCursor; text: string } {
  const draft = cursor.index === -1 ? currentText : cursor.draft;
  if (direction === 'older') {
    if (cursor.index + 1 >= entries.length) return { cursor: { index: cursor.index, draft }, text: currentText };
    const index = cursor.index + 1;
    return { cursor: { index, draft }, text: entries[index] ?? currentText };
  }
  if (cursor.index <= -1) return { cursor: { index: -1, draft }, text: currentText };
  const index = cursor.index - 1;
  return { cursor: { index, draft }, text: index === -1 ? draft : (entries[index] ?? draft) };
}

/** Reads the stored history; anything malformed reads as empty. */
export function loadHistory(
  storage: Pick<Storage, 'getItem'> | null,
  key: string = HISTORY_KEY,
  cap: number = HISTORY_CAP,
): string[] {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return [];
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '').slice(0, cap);
  } catch {
    return [];
  }
}

/** Stores the history; a full or disabled storage is ignored (history then lasts the page). */
export function saveHistory(
  storage: Pick<Storage, 'setItem'> | null,
  entries: readonly string[],
  key: string = HISTORY_KEY,
): void {
  try {
    storage?.setItem(key, JSON.stringify(entries));
  } catch {
    // quota exceeded or storage disabled
  }
}
