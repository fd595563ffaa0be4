// Example queries of the console, written against the graph model of contract/graph.ts
// and checked on the seed corpus (each returns rows there with the given parameters).
// Dates are ISO and may be partial ('2022-01'): they compare as text.
import type { CypherValue } from '../../../contract/cypher.ts';

export interface ExampleQuery {
  title: string;
  query: string;
  params: Record<string, CypherValue>;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Statements by a speaker about a target',
    query: `MATCH (speaker:Entity {name: $speaker})-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity {name: $target})
OPTIONAL MATCH (s)-[:IN_ARTICLE]->(a:Article)
RETURN speaker, s, target, s.quote AS quote, s.kind AS kind, a.title AS article
ORDER BY a.date, s.start`,
    params: { speaker: 'Dmitry Peskov', target: 'Vladimir Putin' },
  },
  {
    title: 'Everyone who spoke about someone',
    query: `MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:ABOUT]->(target:Entity {name: $target})
WITH speaker, target, count(s) AS statements, collect(s.quote) AS quotes
RETURN speaker, target, statements, quotes[0..3] AS someQuotes
ORDER BY statements DESC`,
    params: { target: 'Vladimir Putin' },
  },
  {
    title: 'Shortest path between two people',
    query: `MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN p, length(p) AS hops`,
    params: { from: 'Dmitry Peskov', to: 'Elon Musk' },
  },
  {
    title: 'Most-quoted speakers',
    query: `MATCH (speaker:Entity)-[:SAID]->(s:Statement)
RETURN speaker, speaker.type AS type, count(s) AS statements
ORDER BY statements DESC
LIMIT 20`,
    params: {},
  },
  {
    title: 'Statements in a date range',
    query: `MATCH (speaker:Entity)-[:SAID]->(s:Statement)-[:IN_ARTICLE]->(a:Article)
WHERE a.date >= $from AND a.date <= $to
OPTIONAL MATCH (s)-[:ABOUT]->(target:Entity)
RETURN a.date AS date, speaker, s, collect(target) AS about, a.title AS article
ORDER BY date, speaker.name`,
    params: { from: '2021-01', to: '2022-12' },
  },
];
