// Answers of the read methods (overview, neighbourhood, entity, statements, search …) kept
// until the store is next written: each entry belongs to one write generation, and every
// write transaction, committed or not, starts a new one and drops them all. Only for a store
// whose writes all pass through this process (the embedded engine, which locks its file):
// another process writing to a shared Neo4j would not be seen, so Neo4j stores keep none.
// Reads asked for while the same read is running share its answer. Answers are frozen, as
// every caller gets the same object.

/** Entries kept (least recently used dropped first): a 2-hop neighbourhood of 300 nodes is about 0.3 MB. */
export const READ_CACHE_ENTRIES = 512;

/** Freezes `value` and everything in it; arrays by index and objects by key, without listing their values first. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item !== null && typeof item === 'object') deepFreeze(item);
    }
  } else
    for (const key in value) {
      const field: unknown = value[key];
      if (field !== null && typeof field === 'object') deepFreeze(field);
    }
  return value;
}

export class ReadCache {
  private current = 0;
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly capacity = READ_CACHE_ENTRIES) {}

  /** The write generation: changes whenever the store may have changed. */
  get generation(): number {
    return this.current;
  }

  /** After a write transaction (committed or rolled back): every kept answer may be stale. */
  invalidate(): void {
    this.current += 1;
    this.entries.clear();
  }

  /**
   * The answer kept for `key` in this generation, else `load()`'s, kept. `freeze` freezes
   * the answer and everything in it: deepFreeze, or one that knows the answer's shape.
   */
  read<T>(key: string, load: () => Promise<T>, freeze: (answer: T) => T = deepFreeze): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept as Promise<T>;
    }
    const answer = load().then(freeze);
    this.entries.set(key, answer);
    answer.catch(() => {
      if (this.entries.get(key) === answer) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return answer;
  }
}
