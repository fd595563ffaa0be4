import { describe, expect, it } from 'vitest';
import { engineErrorInfo } from './engineErrors.ts';

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
