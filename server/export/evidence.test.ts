import { describe, expect, it } from 'vitest';
import type { EntityDetails, StatementView } from '../../contract/api.ts';
import type { GraphStore, StatementFilter } from '../../cypher/store.ts';
import { collectEvidence, collectStatementEvidence } from './evidence.ts';
import { buildExportGraph } from './graph.ts';
import { cypherResult, payload, relation, statement } from './testing.ts';

/** A store answering entity() and statements() from a list, recording the statement filters asked. */
function storeOf(listedInDetails: StatementView[], all: StatementView[], asked: StatementFilter[]): GraphStore {
  const details = { statementsBy: listedInDetails, relations: [relation] } as unknown as EntityDetails;
  return {
    entity: async (id: string) => (id === 'p:mario' ? details : null),
    statements: async (filter: StatementFilter) => {
      asked.push(filter);
      const offset = filter.offset ?? 0;
      const limit = filter.limit ?? 50;
      return { statements: all.slice(offset, offset + limit), total: all.length };
    },
  } as unknown as GraphStore;
}

describe('collectEvidence', () => {
  it('takes statements and relations from the speaker details, and reads the ones they leave out', async () => {
    const s1 = statement('s1', 10, 'Serve più coraggio');
    const s2 = statement('s2', 60, 'Non è abbastanza');
    const asked: StatementFilter[] = [];
    const evidence = await collectEvidence(storeOf([s1], [s1, s2], asked), payload);
    expect([...evidence.statements.keys()]).toStrictEqual(['s1', 's2']);
    expect([...evidence.relations.keys()]).toStrictEqual(['r1']);
    expect(asked).toStrictEqual([{ speaker: 'p:mario', about: 'o:ue', limit: 500, offset: 0 }]);

    const none: StatementFilter[] = [];
    await collectEvidence(storeOf([s1, s2], [s1, s2], none), payload);
    expect(none).toStrictEqual([]);
  });
});

describe('collectStatementEvidence', () => {
  it("reads the statements of a query's Statement nodes by article", async () => {
    const s1 = statement('s1', 10, 'Serve più coraggio');
    const asked: StatementFilter[] = [];
    const evidence = await collectStatementEvidence(
      storeOf([], [statement('s0', 0, 'Altro'), s1], asked),
      buildExportGraph({ cypher: cypherResult }),
    );
    expect([...evidence.statements.values()]).toStrictEqual([s1]);
    expect(asked).toStrictEqual([{ article: 'a1', limit: 500, offset: 0 }]);
  });
});
