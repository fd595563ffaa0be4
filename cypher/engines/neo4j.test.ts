import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jStore, toNeo4jParams } from './neo4j.ts';
import { StoreUnavailableError } from '../store.ts';

describe('toNeo4jParams', () => {
  it('sends integers as Integer and keeps floats, nested in lists and maps', () => {
    const sent = toNeo4jParams({
      limit: 5,
      confidence: 0.5,
      rows: [{ start: 3, end: null, missing: undefined }],
      text: 'x',
    }) as Record<string, unknown>;
    expect(neo4j.isInt(sent.limit)).toBe(true);
    expect(sent.confidence).toBe(0.5);
    const row = (sent.rows as Record<string, unknown>[])[0] as Record<string, unknown>;
    expect([neo4j.isInt(row.start), String(row.start), row.end, row.missing, sent.text]).toStrictEqual([
      true,
      '3',
      null,
      null,
      'x',
    ]);
  });
});

describe('Neo4jStore', () => {
  it('reports a server that cannot be reached as StoreUnavailableError', async () => {
    const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'x' });
    try {
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.stats()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.readOnly('RETURN 1')).rejects.toBeInstanceOf(StoreUnavailableError);
      expect(store.location).toBe('bolt://127.0.0.1:9');
    } finally {
      await store.close();
    }
  });
});
