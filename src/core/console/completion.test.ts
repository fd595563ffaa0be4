import { describe, expect, it } from 'vitest';
import type { SchemaInfo } from '../../../contract/api.ts';
import { completionChoices, completionSpot, quoteName } from './completion.ts';

const at = (text: string) => completionSpot(text, text.length);

describe('completionSpot', () => {
  it('completes a label after ":" in a node pattern', () => {
    expect(at('MATCH (p:Pe')).toStrictEqual({ kind: 'label', from: 9, prefix: 'Pe' });
    expect(at('MATCH (p:')).toStrictEqual({ kind: 'label', from: 9, prefix: '' });
    expect(at('MATCH (:Entity:Per')).toStrictEqual({ kind: 'label', from: 15, prefix: 'Per' });
    expect(at('MATCH (p : Or')).toStrictEqual({ kind: 'label', from: 11, prefix: 'Or' });
  });

  it('completes a relationship type after ":" or "|" in a relationship pattern', () => {
    expect(at('MATCH (p)-[:SA')).toStrictEqual({ kind: 'relationshipType', from: 12, prefix: 'SA' });
    expect(at('MATCH (p)-[r:SAID|AB')).toStrictEqual({ kind: 'relationshipType', from: 18, prefix: 'AB' });
    expect(at('MATCH (p)-[:SAID]->(s)<-[:')).toStrictEqual({ kind: 'relationshipType', from: 26, prefix: '' });
  });

  it('completes a property key after "variable." and as a key of a pattern map', () => {
    expect(at('MATCH (p) RETURN p.na')).toStrictEqual({ kind: 'propertyKey', from: 19, prefix: 'na' });
    expect(at('MATCH (p) RETURN p.')).toStrictEqual({ kind: 'propertyKey', from: 19, prefix: '' });
    expect(at('MATCH (p:Person {na')).toStrictEqual({ kind: 'propertyKey', from: 17, prefix: 'na' });
    expect(at("MATCH (p:Person {name: 'x', ty")).toStrictEqual({ kind: 'propertyKey', from: 28, prefix: 'ty' });
    expect(at('MATCH ()-[r {art')).toStrictEqual({ kind: 'propertyKey', from: 13, prefix: 'art' });
  });

  it('completes keywords elsewhere', () => {
    expect(at('MAT')).toStrictEqual({ kind: 'keyword', from: 0, prefix: 'MAT' });
    expect(at('MATCH (p) RET')).toStrictEqual({ kind: 'keyword', from: 10, prefix: 'RET' });
  });

  it('offers nothing inside strings, comments, map values, numbers and parameters', () => {
    expect(at("MATCH (p {name: 'Pe")).toBe(null);
    expect(at('MATCH (p) // RETURN p.na')).toBe(null);
    expect(at('MATCH (p) /* p:Pe')).toBe(null);
    expect(at('MATCH (p {name: Pe')).toBe(null);
    expect(at('RETURN 1.5')).toBe(null);
    expect(at('RETURN 1.')).toBe(null);
    expect(at('MATCH (p {name: $na')).toBe(null);
    expect(at('RETURN {a: 1}')).toBe(null);
    expect(at('MATCH (p) ')).toBe(null);
  });

  it('reads the position given, not the end of the text', () => {
    const text = 'MATCH (p:Pe) RETURN p';
    expect(completionSpot(text, 11)).toStrictEqual({ kind: 'label', from: 9, prefix: 'Pe' });
  });
});

const schema: SchemaInfo = {
  labels: [
    { label: 'Person', count: 16 },
    { label: 'Place', count: 26 },
    { label: 'Statement', count: 91 },
  ],
  relationshipTypes: [
    { type: 'SAID', count: 83 },
    { type: 'SPOKESPERSON_OF', count: 5 },
    { type: 'ABOUT', count: 159 },
  ],
  propertyKeys: ['name', 'quote', 'start', 'odd key'],
};

describe('completionChoices', () => {
  it('lists labels by prefix, most frequent first', () => {
    expect(completionChoices({ kind: 'label', from: 0, prefix: 'p' }, schema)).toStrictEqual([
      { label: 'Place', apply: 'Place', detail: '26 nodes', type: 'type' },
      { label: 'Person', apply: 'Person', detail: '16 nodes', type: 'type' },
    ]);
  });

  it('lists relationship types and property keys, quoting odd names', () => {
    expect(
      completionChoices({ kind: 'relationshipType', from: 0, prefix: 'S' }, schema).map((c) => c.label),
    ).toStrictEqual(['SAID', 'SPOKESPERSON_OF']);
    expect(completionChoices({ kind: 'propertyKey', from: 0, prefix: '' }, schema).map((c) => c.apply)).toStrictEqual([
      'name',
      'quote',
      'start',
      '`odd key`',
    ]);
  });

  it('lists keywords without a schema, and nothing else', () => {
    expect(completionChoices({ kind: 'keyword', from: 0, prefix: 'ret' }, null).map((c) => c.label)).toStrictEqual([
      'RETURN',
    ]);
    expect(completionChoices({ kind: 'label', from: 0, prefix: '' }, null)).toStrictEqual([]);
  });

  it('quotes names that are not identifiers', () => {
    expect(quoteName('Person')).toBe('Person');
    expect(quoteName('two words')).toBe('`two words`');
    expect(quoteName('a`b')).toBe('`a``b`');
  });
});
