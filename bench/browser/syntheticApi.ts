// A loopback HTTP server that serves the built page (dist/) and answers the routes the
// explorer calls on load with a synthetic graph, so the browser benchmark and the large-graph
// browser test can open 5k- or 50k-node graphs without a store that big. The graph is
// deterministic from its seed: communities of entities, most edges inside a community.

import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { seededRandom } from '../../contract/seededRandom.ts';
import type { EdgeKind, GraphEdgeView, GraphNodeView, GraphPayload, HealthInfo } from '../../contract/api.ts';
import type { EntityType } from '../../contract/graph.ts';

const TYPES: readonly EntityType[] = [
  'Person',
  'Person',
  'Person',
  'Organization',
  'Organization',
  'Place',
  'Event',
  'Work',
];
const KINDS: readonly { kind: EdgeKind; type: string }[] = [
  { kind: 'spoke_about', type: 'SPOKE_ABOUT' },
  { kind: 'comention', type: 'CO_MENTION' },
  { kind: 'comention', type: 'CO_MENTION' },
  { kind: 'relation', type: 'MEMBER_OF' },
];
/** Nodes per community. */
const COMMUNITY = 200;

/** `nodes` entities and exactly `edges` distinct edges (at most what the node count allows). */
export function syntheticGraph(nodes: number, edges: number, seed = 1): GraphPayload {
  const random = seededRandom(seed);
  const nodeViews: GraphNodeView[] = [];
  for (let i = 0; i < nodes; i++) {
    // Heavy-tailed mentions, like news: a few entities everywhere, most mentioned once or twice.
    const mentions = Math.max(1, Math.floor(1 / (random() ** 1.6 + 0.002)));
    nodeViews.push({
      id: `e${i}`,
      name: `Entity ${i}`,
      type: TYPES[i % TYPES.length]!,
      aliases: [],
      mentions,
      articles: Math.max(1, Math.floor(mentions / 2)),
      statementsBy: i % 3 === 0 ? Math.floor(mentions / 3) : 0,
      statementsAbout: Math.floor(mentions / 4),
    });
  }
  const edgeViews: GraphEdgeView[] = [];
  const seen = new Set<string>();
  const wanted = nodes < 2 ? 0 : Math.min(edges, nodes * (nodes - 1));
  while (edgeViews.length < wanted) {
    const source = Math.floor(random() * nodes);
    const community = Math.floor(source / COMMUNITY) * COMMUNITY;
    // Nine edges in ten stay inside the source's community.
    const target =
      random() < 0.9
        ? community + Math.floor(random() * Math.min(COMMUNITY, nodes - community))
        : Math.floor(random() * nodes);
    if (target === source) continue;
    const { kind, type } = KINDS[edgeViews.length % KINDS.length]!;
    const id = `${kind}:${type}:e${source}->e${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const weight = 1 + Math.floor(random() * random() * 8);
    edgeViews.push({
      id,
      source: `e${source}`,
      target: `e${target}`,
      kind,
      type,
      weight,
      evidenceIds: [],
      firstDate: '2026-01-15',
      lastDate: '2026-03-02',
    });
  }
  return { nodes: nodeViews, edges: edgeViews, cap: nodes, truncated: false, totalNodes: nodes };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface SyntheticApi {
  url: string;
  /** The graph the overview route answers with from now on. */
  setGraph(payload: GraphPayload): void;
  close(): Promise<void>;
}

/** Serves `staticDir` (the built page) and a synthetic API on 127.0.0.1, on a free port. */
export async function startSyntheticApi(staticDir: string): Promise<SyntheticApi> {
  if (!existsSync(path.join(staticDir, 'index.html')))
    throw new Error(`${staticDir} is not built: run \`npx vite build\` first.`);
  let overview = Buffer.from('{"nodes":[],"edges":[],"cap":0,"truncated":false,"totalNodes":0}');
  let entities = 0;
  const health = (): HealthInfo => ({
    ok: true,
    store: 'grafeo',
    storeUp: true,
    version: 'synthetic',
    stats: { articles: 0, entities, statements: 0, relations: 0, mentions: 0, byType: {} },
  });
  const json = (status: number, body: Buffer | object) => ({
    status,
    type: 'application/json',
    body: Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body)),
  });

  const answer = (pathname: string): { status: number; type: string; body: Buffer } => {
    if (pathname === '/api/health') return json(200, health());
    if (pathname === '/api/graph/overview') return json(200, overview);
    if (pathname === '/api/articles') return json(200, { articles: [], total: 0 });
    if (pathname === '/api/search') return json(200, { results: [] });
    if (pathname.startsWith('/api/')) return json(404, { error: 'Not in the synthetic graph.', code: 'NOT_FOUND' });
    const file = path.join(staticDir, path.normalize(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(staticDir) || !existsSync(file))
      return { status: 404, type: 'text/plain', body: Buffer.from('not found') };
    return {
      status: 200,
      type: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      body: readFileSync(file),
    };
  };

  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const { status, type, body } = answer(pathname);
    response.writeHead(status, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-store' });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setGraph(payload) {
      overview = Buffer.from(JSON.stringify(payload));
      entities = payload.nodes.length;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
