import { describe, expect, it } from 'vitest';
import { CypherQueryError } from '../cypher/queryError.ts';
import { answerFor } from './errors.ts';

describe('answerFor', () => {
  it('answers a cancelled query by its code, as the 400 it always was', () => {
    const info = { code: 'CANCELLED', message: 'The query was cancelled.' } as const;
    expect(answerFor(new CypherQueryError(info))).toStrictEqual({
      status: 400,
      body: { error: 'The query was cancelled.', code: 'CANCELLED', cypher: info },
      unexpected: false,
    });
  });

  it('answers a query stopped at its deadline as a gateway timeout', () => {
    const info = { code: 'TIMEOUT', message: 'The query ran longer than 20 ms and was stopped.' } as const;
    expect(answerFor(new CypherQueryError(info))).toStrictEqual({
      status: 504,
      body: { error: info.message, code: 'TIMEOUT', cypher: info },
      unexpected: false,
    });
  });
});
