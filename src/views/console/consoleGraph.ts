// A console result as the explorer's graph payload: its entities and relations, and its
// statements as "spoke about" links, whose speaker and targets one more read-only query
// looks up when the result returned the statements alone. Shared by the console's
// "Add to graph" / "Replace graph" and by a link that re-runs a console view.
import type { GraphPayload } from '../../../contract/api.ts';
import type { CypherResult } from '../../../contract/cypher.ts';
import type { ApiClient } from '../../api/client.ts';
import { STATEMENT_LINK_CAP } from '../../core/console/consts.ts';
import {
  cypherResultToGraphPayload,
  STATEMENT_LINKS_QUERY,
  statementIds,
  statementLinksFromResult,
} from '../../core/console/toGraph.ts';

export async function consoleGraphPayload(
  client: ApiClient,
  result: CypherResult,
  signal?: AbortSignal,
): Promise<GraphPayload> {
  const ids = statementIds(result).slice(0, STATEMENT_LINK_CAP);
  const links = ids.length
    ? statementLinksFromResult(await client.cypher(STATEMENT_LINKS_QUERY, { ids }, STATEMENT_LINK_CAP, signal))
    : [];
  return cypherResultToGraphPayload(result, links);
}
