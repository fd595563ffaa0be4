// The reads a person waits for in the explorer, through the API on loopback: the entity
// panel, the edge panel (statements by one entity about another), a 2-hop neighbourhood,
// search and the overview, and the entity panel of the five most connected entities, each
// timed on distinct requests (each URL once, so a cache
// keyed by the store's generation is cold for all but the overview), then a mix of them
// from 10 concurrent connections.

import autocannon from 'autocannon';
import http from 'node:http';
import type { GraphPayload } from '../contract/api.ts';
import { seededRandom } from '../contract/seededRandom.ts';

/** Neighbourhoods as the API serves them by default (depth 2, its default cap of 300 nodes). */
export const NEIGHBORHOOD_PATH = (id: string): string => `/api/entities/${encodeURIComponent(id)}/neighborhood?depth=2`;
export const OVERVIEW_PATH = '/api/graph/overview?limit=500';
/** The entity panels timed apart: the overview's most connected entities. */
const HUBS = 5;
/** The search panel asks for 12 hits. */
const SEARCH_LIMIT = 12;

export interface ReadTiming {
  name: string;
  /** Sorted milliseconds. */
  times: number[];
  note: string;
}

export interface MixFigures {
  requestsPerSecond: number;
  total: number;
  errors: number;
  p50: number;
  p97_5: number;
  p99: number;
  distinctPaths: number;
}

async function getJson<T>(base: string, path: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
  const body = await response.text();
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${body.slice(0, 300)}`);
  return JSON.parse(body) as T;
}

/**
 * One GET as a browser asks for it (brotli or gzip), until its last byte: the bytes are not
 * decoded, so the time is the server's and the wire's, not this process decompressing and
 * parsing (it shares the cores with the server).
 */
export function fetchBytes(base: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () =>
        response.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: HTTP ${response.statusCode}`)),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function timed(base: string, paths: string[], budgetMs: number): Promise<number[]> {
  const times: number[] = [];
  const begun = performance.now();
  for (const [i, path] of paths.entries()) {
    if (i >= 3 && performance.now() - begun > budgetMs) break;
    const started = performance.now();
    await fetchBytes(base, path);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

/** Entities a person opens: half among the overview's (the hubs on screen), half any entity. */
function entitySample(overview: GraphPayload, all: string[], count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const shown = overview.nodes.map((node) => node.id);
  const sample = new Set<string>();
  for (let tries = 0; sample.size < count && tries < count * 20; tries++) {
    const from = tries % 2 === 0 && shown.length > 0 ? shown : all;
    sample.add(from[Math.floor(random() * from.length)]!);
  }
  return [...sample];
}

export async function interactiveReads(
  base: string,
  entityIds: string[],
  searchPrefixes: string[],
  onStep: (label: string) => void,
): Promise<{ timings: ReadTiming[]; mix: MixFigures }> {
  const timings: ReadTiming[] = [];
  const overviewTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await fetchBytes(base, OVERVIEW_PATH);
    overviewTimes.push(performance.now() - started);
  }
  const overview = await getJson<GraphPayload>(base, OVERVIEW_PATH);
  const firstOverview = overviewTimes[0]!;
  timings.push({
    name: 'overview (500 nodes)',
    times: overviewTimes.sort((a, b) => a - b),
    note: `20 requests, the first ${Math.round(firstOverview)} ms`,
  });

  // The hubs: the overview's five entities named in the most articles (the panel's heaviest lists).
  const hubs = [...overview.nodes]
    .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, HUBS)
    .map((node) => node.id);
  const entities = entitySample(overview, entityIds, 60, 11).filter((id) => !hubs.includes(id));
  const neighbourhoods = entitySample(overview, entityIds, 60, 13);
  // Edge panels: the spoke-about edges a person clicks on, from the overview and the neighbourhoods.
  const pairs = new Set<string>();
  for (const edge of overview.edges)
    if (edge.kind === 'spoke_about')
      pairs.add(
        `/api/statements?speaker=${encodeURIComponent(edge.source)}&about=${encodeURIComponent(edge.target)}&limit=500`,
      );
  const edgePaths = [...pairs].slice(0, 60);
  const searchPaths = searchPrefixes.map(
    (prefix) => `/api/search?q=${encodeURIComponent(prefix)}&limit=${SEARCH_LIMIT}`,
  );

  onStep('API entity panel of the hubs');
  const hubTimes: number[] = [];
  for (const id of hubs) hubTimes.push(...(await timed(base, [`/api/entities/${encodeURIComponent(id)}`], 60_000)));
  timings.push({
    name: `entity panel, top ${HUBS} hubs`,
    times: [...hubTimes].sort((a, b) => a - b),
    note: `${hubs.length} entities named in the most articles, in order: ${hubTimes.map((ms) => Math.round(ms)).join(', ')} ms`,
  });
  onStep('API entity panel');
  const entityPaths = entities.map((id) => `/api/entities/${encodeURIComponent(id)}`);
  timings.push({
    name: 'entity panel',
    times: await timed(base, entityPaths, 45_000),
    note: `${entityPaths.length} entities`,
  });
  onStep('API edge panel');
  timings.push({ name: 'edge panel', times: await timed(base, edgePaths, 45_000), note: `${edgePaths.length} edges` });
  onStep('API neighbourhoods');
  const neighbourhoodPaths = neighbourhoods.map(NEIGHBORHOOD_PATH);
  timings.push({
    name: 'neighborhood (2 hops, 300 nodes)',
    times: await timed(base, neighbourhoodPaths, 60_000),
    note: `${neighbourhoodPaths.length} entities`,
  });
  onStep('API search');
  timings.push({
    name: 'search',
    times: await timed(base, searchPaths, 30_000),
    note: `${searchPaths.length} prefixes`,
  });

  // The mix: other entities than those timed above, so their first requests are not cached.
  onStep('API concurrent reads');
  const mixEntities = entitySample(overview, entityIds, 120, 17).filter(
    (id) => !entities.includes(id) && !hubs.includes(id),
  );
  const mixPaths = [
    OVERVIEW_PATH,
    ...mixEntities.slice(0, 60).map((id) => `/api/entities/${encodeURIComponent(id)}`),
    ...mixEntities.slice(0, 60).map(NEIGHBORHOOD_PATH),
    ...edgePaths,
    ...searchPaths,
  ];
  // Interleaved, so each connection's requests mix every kind of read.
  const random = seededRandom(23);
  const requests = mixPaths
    .map((path) => ({ path, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ path }) => ({ method: 'GET' as const, path, headers: { 'accept-encoding': 'br, gzip' } }));
  const load = await autocannon({
    url: base,
    connections: 10,
    duration: 10,
    maxOverallRequests: 20_000,
    requests,
  });
  return {
    timings,
    mix: {
      requestsPerSecond: load.requests.average,
      total: load.requests.total,
      errors: load.errors + load.timeouts + load.non2xx,
      p50: load.latency.p50,
      p97_5: load.latency.p97_5,
      p99: load.latency.p99,
      distinctPaths: mixPaths.length,
    },
  };
}
