import { describe, expect, it } from 'vitest';
import { RELATION_TYPES } from '../contract/graph.ts';
import { loadQuery, queryNames, rawQuery } from './queries.ts';

describe('shipped queries', () => {
  it('each opens with a comment saying what it returns and its parameters', () => {
    expect(queryNames().length).toBeGreaterThan(40);
    for (const name of queryNames()) {
      const text = rawQuery(name);
      expect(text.startsWith('//'), name).toBe(true);
      expect(/Parameters?:/.test(text), name).toBe(true);
      expect(/\$\{|\+ *'|' *\+/.test(text), `${name} builds no text`).toBe(false);
    }
  });

  it('splices labels and types only from the closed lists', () => {
    expect(loadQuery('write/relations', { relationType: 'MET' })).toContain('MERGE (s)-[r:MET {id: row.id}]->(t)');
    expect(loadQuery('write/entities', { entityType: 'Place' })).toContain('ON CREATE SET e:Place, e.type = row.type');
    expect(() => loadQuery('write/relations', { relationType: 'MET]->() DETACH DELETE (x' as never })).toThrow(
      'Query \'write/relations\' needs a relation type from RELATION_TYPES, got "MET]->() DETACH DELETE (x"',
    );
    expect(() => loadQuery('write/entities')).toThrow(
      "Query 'write/entities' needs an entity type from ENTITY_TYPES, got undefined",
    );
    const relations = loadQuery('entity/relations');
    expect(relations).toContain(`MATCH (e:Entity {id: $id})-[r:${RELATION_TYPES.join('|')}]-(:Entity)`);
    expect(relations).not.toContain('__RELATION_TYPES__');
    expect(() => loadQuery('graph/nope')).toThrow("Unknown query 'graph/nope' (no cypher/queries/graph/nope.cypher)");
  });
});
