import { describe, expect, it } from 'vitest';
import { ingestCommand, shellWord } from './ingestHint.ts';

describe('ingestCommand', () => {
  it('names the data folder of the embedded store the server holds', () => {
    expect(ingestCommand({ store: 'grafeo', storeLocation: '/srv/news/store' })).toBe(
      'npx newsgraph --data /srv/news/store ingest <folder>',
    );
  });

  it('names the Neo4j URI of a server on Neo4j', () => {
    expect(ingestCommand({ store: 'neo4j', storeLocation: 'bolt://db.example:7687' })).toBe(
      'npx newsgraph --neo4j bolt://db.example:7687 ingest <folder>',
    );
  });

  it('quotes a folder the shell would split, and falls back to the plain command when the store is not told', () => {
    expect(ingestCommand({ store: 'grafeo', storeLocation: "/home/ana/l'archivio 2025" })).toBe(
      "npx newsgraph --data '/home/ana/l'\\''archivio 2025' ingest <folder>",
    );
    expect(ingestCommand({ store: 'grafeo' })).toBe('npx newsgraph ingest <folder>');
    expect(ingestCommand(null)).toBe('npx newsgraph ingest <folder>');
    expect(shellWord('plain/path-1.2')).toBe('plain/path-1.2');
  });
});
