import { describe, expect, it } from 'vitest';
import { pageToken, TOKEN_STORAGE_KEY, type TokenPlace } from './token.ts';

function place(search: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const location = { pathname: '/', search, hash: '#x' };
  const at: TokenPlace = {
    location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url?: string | URL | null) => {
        replaced.push(String(url));
        location.search = new URL(String(url), 'http://h').search;
      },
    },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
  };
  return { at, storage, replaced };
}

describe('pageToken', () => {
  it('moves ?token= into session storage and out of the address bar, keeping the view', () => {
    const { at, storage, replaced } = place('?read=a1&token=s3cret&size=degree');
    expect(pageToken(at)).toBe('s3cret');
    expect([...storage]).toStrictEqual([[TOKEN_STORAGE_KEY, 's3cret']]);
    expect(replaced).toStrictEqual(['/?read=a1&size=degree#x']);
    expect(pageToken(at)).toBe('s3cret');
    expect(replaced).toHaveLength(1);
  });

  it('finds the stored token on a reload without one in the URL, and leaves that URL alone', () => {
    const { at, replaced } = place('?read=a1', { [TOKEN_STORAGE_KEY]: 'kept' });
    expect([pageToken(at), replaced]).toStrictEqual(['kept', []]);
  });
});
