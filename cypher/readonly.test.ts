import { describe, expect, it } from 'vitest';
import {
  checkReadOnly,
  CypherQueryError,
  engineErrorInfo,
  positionAt,
  positionOf,
  statementText,
  tokenize,
  withDeadline,
} from './readonly.ts';

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

describe('tokenize', () => {
  it('keeps strings with escapes, backticked names with doubled backticks, parameters and numbers whole', () => {
    expect(tokenize("RETURN 'it\\'s', `a``b`, $p, 1.5e3, 1..2").map((token) => [token.kind, token.text])).toStrictEqual(
      [
        ['word', 'RETURN'],
        ['string', "'it\\'s'"],
        ['punct', ','],
        ['quoted', 'a`b'],
        ['punct', ','],
        ['parameter', '$p'],
        ['punct', ','],
        ['number', '1.5e3'],
        ['punct', ','],
        ['number', '1'],
        ['punct', '.'],
        ['punct', '.'],
        ['number', '2'],
      ],
    );
  });
});

describe('positions', () => {
  it('converts between offsets and 1-based lines and columns', () => {
    const query = 'MATCH (n)\nRETURN n\nLIMIT 1';
    expect(positionAt(query, 19)).toStrictEqual({ line: 3, column: 1, offset: 19 });
    expect(positionOf(query, 2, 8)).toStrictEqual({ line: 2, column: 8, offset: 17 });
  });

  it('drops only a final semicolon', () => {
    expect(statementText('RETURN 1 ; // done')).toBe('RETURN 1 ');
    expect(statementText("RETURN ';'")).toBe("RETURN ';'");
  });
});

describe('engineErrorInfo', () => {
  it('reads the position of a Grafeo syntax error', () => {
    const error = Object.assign(
      new Error(
        'Query error: GRAFEO-Q001: syntax error: [Cypher] WHERE after RETURN: RETURN must be the last clause\n  --> query:2:10\n   |\n 2 | RETURN n WHERE',
      ),
      { gqlStatus: '42001' },
    );
    expect(engineErrorInfo(error, 'MATCH (n)\nRETURN n WHERE')).toStrictEqual({
      code: 'SYNTAX',
      message: 'WHERE after RETURN: RETURN must be the last clause (line 2, column 10)',
      position: { line: 2, column: 10, offset: 19 },
    });
  });

  it('reads the position of a Neo4j error, less a prefix the adapter added', () => {
    const error = Object.assign(
      new Error("Invalid input 'WHERE': expected an expression (line 2, column 10 (offset: 27))"),
      { code: 'Neo.ClientError.Statement.SyntaxError' },
    );
    expect(engineErrorInfo(error, 'MATCH (n)\nRETURN n WHERE', 'EXPLAIN '.length)).toStrictEqual({
      code: 'SYNTAX',
      message: "Invalid input 'WHERE': expected an expression (line 2, column 10)",
      position: { line: 2, column: 10, offset: 19 },
    });
  });

  it('keeps other failures without a position', () => {
    const error = Object.assign(new Error('Data exception: division by zero'), { gqlStatus: '22012' });
    expect(engineErrorInfo(error, 'RETURN 1 / 0')).toStrictEqual({
      code: 'QUERY_FAILED',
      message: 'Data exception: division by zero',
    });
  });
});

describe('withDeadline', () => {
  it('returns the work when it finishes in time', async () => {
    expect(await withDeadline(Promise.resolve(7), 1000, undefined, () => undefined)).toBe(7);
  });

  it('gives up at the deadline and hands the running work over', async () => {
    let handed: Promise<number> | null = null;
    let finish: (value: number) => void = () => undefined;
    const work = new Promise<number>((resolve) => {
      finish = resolve;
    });
    const error = await withDeadline(work, 5, undefined, (running) => {
      handed = running;
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CypherQueryError);
    expect((error as CypherQueryError).info).toStrictEqual({
      code: 'TIMEOUT',
      message: 'The query ran longer than 5 ms and was stopped.',
    });
    expect(handed).toBe(work);
    finish(1);
  });

  it('gives up when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = withDeadline(new Promise<number>(() => undefined), 10_000, controller.signal, () => undefined);
    controller.abort();
    await expect(pending).rejects.toThrow('The query was cancelled.');
  });
});
