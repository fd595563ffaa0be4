import { describe, expect, it } from 'vitest';
import { FRESH_CURSOR, loadHistory, pushHistory, saveHistory, stepHistory } from './history.ts';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

describe('pushHistory', () => {
  it('puts the newest first, trims it, and moves a repeat to the front', () => {
    let entries = pushHistory([], 'MATCH (a) RETURN a');
    entries = pushHistory(entries, '  MATCH (b) RETURN b \n');
    entries = pushHistory(entries, 'MATCH (a) RETURN a');
    expect(entries).toStrictEqual(['MATCH (a) RETURN a', 'MATCH (b) RETURN b']);
  });

  it('ignores blank queries and keeps at most `cap` entries', () => {
    expect(pushHistory(['x'], '   ')).toStrictEqual(['x']);
    expect(pushHistory(['c', 'b', 'a'], 'd', 3)).toStrictEqual(['d', 'c', 'b']);
  });
});

describe('stepHistory', () => {
  const entries = ['third', 'second', 'first'];

  it('walks older from the draft and back to it', () => {
    let step = stepHistory(entries, FRESH_CURSOR, 'older', 'draft');
    expect(step).toStrictEqual({ cursor: { index: 0, draft: 'draft' }, text: 'third' });
    step = stepHistory(entries, step.cursor, 'older', step.text);
    expect(step).toStrictEqual({ cursor: { index: 1, draft: 'draft' }, text: 'second' });
    step = stepHistory(entries, step.cursor, 'newer', step.text);
    expect(step).toStrictEqual({ cursor: { index: 0, draft: 'draft' }, text: 'third' });
    step = stepHistory(entries, step.cursor, 'newer', step.text);
    expect(step).toStrictEqual({ cursor: { index: -1, draft: 'draft' }, text: 'draft' });
  });

  it('stays put at both ends', () => {
    expect(stepHistory(entries, { index: 2, draft: 'd' }, 'older', 'first')).toStrictEqual({
      cursor: { index: 2, draft: 'd' },
      text: 'first',
    });
    expect(stepHistory(entries, FRESH_CURSOR, 'newer', 'typing')).toStrictEqual({
      cursor: { index: -1, draft: 'typing' },
      text: 'typing',
    });
    expect(stepHistory([], FRESH_CURSOR, 'older', 'typing')).toStrictEqual({
      cursor: { index: -1, draft: 'typing' },
      text: 'typing',
    });
  });
});

describe('loadHistory / saveHistory', () => {
  it('round-trips through storage', () => {
    const storage = new MemoryStorage();
    saveHistory(storage, ['b', 'a'], 'k');
    expect(storage.getItem('k')).toBe('["b","a"]');
    expect(loadHistory(storage, 'k')).toStrictEqual(['b', 'a']);
  });

  it('reads malformed or missing values as empty, drops non-strings and caps', () => {
    const storage = new MemoryStorage();
    expect(loadHistory(storage, 'k')).toStrictEqual([]);
    storage.setItem('k', '{not json');
    expect(loadHistory(storage, 'k')).toStrictEqual([]);
    storage.setItem('k', '{"a":1}');
    expect(loadHistory(storage, 'k')).toStrictEqual([]);
    storage.setItem('k', '["a", 3, "", "b", "c"]');
    expect(loadHistory(storage, 'k', 2)).toStrictEqual(['a', 'b']);
    expect(loadHistory(null, 'k')).toStrictEqual([]);
  });

  it('ignores a storage that refuses to write', () => {
    const full = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => saveHistory(full, ['a'])).not.toThrow();
  });
});
