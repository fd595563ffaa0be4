import { describe, expect, it } from 'vitest';
import { checkReadOnly, statementText } from './readonly.ts';

describe('checkReadOnly', () => {
  it('lets read queries through', () => {
    for (const query of [
      'MATCH (n) RETURN n',
      'EXPLAIN MATCH (n) RETURN n',
      'CALL db.labels() YIELD label RETURN label',
      'SHOW INDEXES',
      'MATCH (n) CALL (n) { RETURN count(*) AS c } RETURN c',
      'MATCH (n) RETURN [x IN [1, 2] | x * 2] AS doubled',
      'MATCH (n) RETURN n;',
    ]) {
      expect(checkReadOnly(query)).toBe(null);
    }
  });

  it('does not mistake names, strings and comments for clauses', () => {
    const query =
      "MATCH (n:`CREATE`)-[:SET|DELETE]->(set) WHERE n.name = 'MERGE x' /* DETACH DELETE */ // CREATE\nRETURN n.remove AS merge, {create: 1} AS m, set";
    expect(checkReadOnly(query)).toBe(null);
    expect(checkReadOnly('WITH 1 AS set RETURN set')).toBe(null);
  });

  it('names the first refused clause and its position', () => {
    expect(checkReadOnly('MATCH (n)\n  WHERE n.x = 1\n  DETACH DELETE n')).toStrictEqual({
      code: 'READ_ONLY',
      clause: 'DETACH DELETE',
      message: 'DETACH DELETE is not allowed: queries here are read-only (line 3, column 3).',
      position: { line: 3, column: 3, offset: 28 },
    });
    expect(checkReadOnly('CALL { CREATE (n) }')?.clause).toBe('CREATE');
    expect(checkReadOnly('PROFILE MATCH (n) WITH * DELETE n')?.clause).toBe('DELETE');
    expect(checkReadOnly('INSERT (:X {a: 1})')?.clause).toBe('INSERT');
    expect(checkReadOnly('CREATE TEXT INDEX t FOR (n:X) ON (n.name)')?.clause).toBe('CREATE INDEX');
    expect(checkReadOnly('CREATE OR REPLACE DATABASE x')?.clause).toBe('CREATE OR REPLACE');
    expect(
      checkReadOnly('MATCH (n) CALL { WITH n RETURN n.x AS x } IN 3 CONCURRENT TRANSACTIONS OF 10 ROWS RETURN x')
        ?.clause,
    ).toBe('CALL { … } IN TRANSACTIONS');
    expect(checkReadOnly(':param x => 1')?.clause).toBe('client command');
    expect(checkReadOnly('CALL `apoc`.`do`.when(true)')?.clause).toBe('CALL apoc.*');
    expect(checkReadOnly('TERMINATE TRANSACTIONS "x"')?.clause).toBe('TERMINATE');
  });

  it('refuses a second statement', () => {
    expect(checkReadOnly('RETURN 1; RETURN 2')).toStrictEqual({
      code: 'MULTIPLE_STATEMENTS',
      message: 'Only one statement can run at a time: a second statement starts at line 1, column 11.',
      position: { line: 1, column: 11, offset: 10 },
    });
  });

  it('reports empty queries and unterminated text as syntax errors', () => {
    expect(checkReadOnly('  // nothing\n')).toStrictEqual({
      code: 'SYNTAX',
      message: 'The query is empty.',
      position: { line: 1, column: 1, offset: 0 },
    });
    expect(checkReadOnly("RETURN 'open")).toStrictEqual({
      code: 'SYNTAX',
      message: 'Unterminated string (line 1, column 8)',
      position: { line: 1, column: 8, offset: 7 },
    });
    expect(checkReadOnly('RETURN 1 /* open')?.message).toBe('Unterminated comment (line 1, column 10)');
    expect(checkReadOnly('MATCH (`open) RETURN 1')?.message).toBe('Unterminated backticked name (line 1, column 8)');
  });
});

describe('checkReadOnly: clauses glued onto other tokens', () => {
  it('refuses a clause glued onto a number, a string or a bracket, naming the clause', () => {
    for (const [query, clause] of [
      ['MATCH (n) WITH n LIMIT 1CREATE (:X)', 'CREATE'],
      ['MATCH (n) WITH n LIMIT 1SET n.x = 1', 'SET'],
      ['MATCH (n) WITH n LIMIT 1MERGE (:X)', 'MERGE'],
      ['MATCH (n) WITH n LIMIT 1DETACH DELETE n', 'DETACH DELETE'],
      ['MATCH (n) WITH n LIMIT 1DELETE n', 'DELETE'],
      ['MATCH (n) WITH n LIMIT 1FOREACH (x IN [1] | CREATE (:X))', 'FOREACH'],
      ["MATCH (n) WITH n LIMIT 1CALL db.createLabel('X')", 'CALL db.createLabel'],
      ["MATCH (n) WITH n LIMIT 1LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l", 'LOAD CSV'],
      ['MATCH (n) WITH n LIMIT 1.5CREATE (:X)', 'CREATE'],
      ['MATCH (n) WITH n LIMIT 1e3CREATE (:X)', 'CREATE'],
      ["MATCH (n) WITH n, 'a'CREATE (:X)", 'CREATE'],
      ['MATCH (n)CREATE (:X)', 'CREATE'],
    ] as const) {
      expect([query, checkReadOnly(query)?.code, checkReadOnly(query)?.clause]).toStrictEqual([
        query,
        'READ_ONLY',
        clause,
      ]);
    }
  });

  it('refuses a clause word right after an operator, where an engine may end the expression', () => {
    for (const [query, clause] of [
      ["MATCH (n) WHERE n.id <>CALL db.createLabel('X') RETURN n", 'CALL db.createLabel'],
      ['MATCH (n) WHERE n.id <CREATE (:X) RETURN n', 'CREATE'],
      ['MATCH (n) WHERE n.x = 1 +SET n.y = 1', 'SET'],
      ['MATCH (n) RETURN 2 *MERGE (:X)', 'MERGE'],
      ['MATCH (n)-->DELETE n', 'DELETE'],
    ] as const) {
      expect([query, checkReadOnly(query)?.clause]).toStrictEqual([query, clause]);
    }
    // The price: a variable named like a write clause cannot follow an operator.
    expect(checkReadOnly('WITH 1 AS set RETURN 1 + set')?.clause).toBe('SET');
    expect(checkReadOnly('WITH 1 AS set RETURN set + 1, (set), [set]')).toBe(null);
  });

  it('refuses every word that is not a read clause, by name', () => {
    expect(checkReadOnly('MATCH (n) FINISH')).toStrictEqual({
      code: 'READ_ONLY',
      clause: 'FINISH',
      message:
        'FINISH is not allowed: only read clauses (MATCH, OPTIONAL MATCH, WITH, UNWIND, WHERE, RETURN, ORDER BY, SKIP, LIMIT, UNION, CALL { … }) can run here (line 1, column 11).',
      position: { line: 1, column: 11, offset: 10 },
    });
    expect(checkReadOnly('LET x = 1 RETURN x')?.clause).toBe('LET');
    expect(checkReadOnly('MATCH (n) WITH n LIMIT 1 ALTER DATABASE x')?.clause).toBe('ALTER');
  });

  it('refuses LOAD CSV in every position, also without CSV after LOAD', () => {
    for (const query of [
      "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
      "MATCH (n) CALL { LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l } RETURN l",
      "RETURN 1 AS x UNION LOAD CSV WITH HEADERS FROM 'https://example.org/x' AS l RETURN l",
      "MATCH (n) WITH n LIMIT 1LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    ]) {
      expect([query, checkReadOnly(query)?.clause]).toStrictEqual([query, 'LOAD CSV']);
    }
    expect(checkReadOnly('RETURN 1 LOAD')?.clause).toBe('LOAD');
  });

  it('still reads the read queries of the console', () => {
    for (const query of [
      'MATCH (n) WITH n LIMIT 1 RETURN n',
      'MATCH (n) RETURN n.x AS x ORDER BY x DESC, n.y ASC SKIP 1 LIMIT 2',
      "MATCH (n) WHERE n.name STARTS WITH 'a' AND n.name ENDS WITH 'b' OR n.name CONTAINS 'c' RETURN n",
      'MATCH (n) WHERE n.x IS NOT NULL AND NOT n.y IN [1, 2] RETURN n, 2 * n.z AS z',
      'MATCH (n) RETURN CASE n.x WHEN 1 THEN true ELSE false END AS x',
      'OPTIONAL MATCH (n) RETURN count(*) AS c UNION ALL MATCH (m) RETURN count(m) AS c',
      'MATCH (n) WHERE EXISTS { MATCH (n)-->(m) } RETURN COUNT { (n)-->() } AS degree',
      'UNWIND range(1, 3) AS x WITH x WHERE x > 1 RETURN x LIMIT toInteger($limit)',
      'MATCH (n) RETURN n {.name, .id} AS props',
      'MATCH (n) WITH * RETURN n',
      'MATCH p = shortestPath((a)-[*..6]-(b)) RETURN p',
      'SHOW INDEXES YIELD name RETURN name',
      'RETURN 0x1F AS hex, 0o17 AS octal, 1_000 AS big, 1.5e-3 AS small, .5 AS half',
    ]) {
      expect([query, checkReadOnly(query)]).toStrictEqual([query, null]);
    }
  });
});
describe('statementText', () => {
  it('drops only a final semicolon', () => {
    expect(statementText('RETURN 1 ; // done')).toBe('RETURN 1 ');
    expect(statementText("RETURN ';'")).toBe("RETURN ';'");
  });
});
