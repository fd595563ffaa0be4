import { describe, expect, it } from 'vitest';
import { checkPortable } from './portability.ts';

describe('checkPortable', () => {
  it('refuses size() of a pattern, naming the COUNT { } form with the pattern as written', () => {
    expect(checkPortable('MATCH (p:Person) RETURN p.name, size((p)-[:SAID]->()) AS n')).toStrictEqual({
      code: 'NOT_PORTABLE',
      message:
        'size() of a pattern (line 1, column 33) is answered differently by the engines (null on the embedded one, ' +
        'an error on Neo4j 5): count the matches with COUNT { (p)-[:SAID]->() } instead.',
      position: { line: 1, column: 33, offset: 32 },
    });
  });

  it('finds every way of writing the relationship, in any case, on any line', () => {
    const refused = [
      'RETURN SIZE((a)-->())',
      'MATCH (a) RETURN size((a)--(b))',
      'MATCH (a) RETURN size((a)<-[:ABOUT]-(:Statement))',
      'MATCH (a) RETURN size((a)<--())',
      'MATCH (a)\nWHERE size((a)-[:SAID]->()-[:ABOUT]->()) > 2 RETURN a',
      'MATCH (a) RETURN size( (a) -[ r :SAID ]-> () )',
    ];
    expect(refused.map((query) => checkPortable(query)?.code)).toStrictEqual(refused.map(() => 'NOT_PORTABLE'));
    expect(checkPortable(refused[4] as string)?.position).toStrictEqual({ line: 2, column: 7, offset: 16 });
  });

  it('lets through what both engines read the same way', () => {
    const portable = [
      'MATCH (p:Person) RETURN p.name, COUNT { (p)-[:SAID]->() } AS n',
      'MATCH (p) RETURN size(p.name), size([1, 2]), size($list)',
      'MATCH (p) RETURN size([(p)-[:SAID]->(s) | s.quote]) AS n',
      'MATCH (p) RETURN size((p.name) - 1)',
      'MATCH (p) WHERE size((p.aliases)) < -1 RETURN p',
      "RETURN 'size((p)-->())' AS text",
      'MATCH (p) RETURN p.size',
      'RETURN size(',
    ];
    expect(portable.map((query) => checkPortable(query))).toStrictEqual(portable.map(() => null));
  });
});
