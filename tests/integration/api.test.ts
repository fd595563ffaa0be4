// The HTTP API over a real embedded store (Grafeo in a temporary folder) filled with a
// small hand-written extraction: every route's answer, its bad input, its 404, the
// read-only console, exports parsed back, ingest, and the static explorer.

import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiError,
  ArticleView,
  EntityDetails,
  GraphPayload,
  HealthInfo,
  IngestSummary,
  SchemaInfo,
  SearchHit,
  StatementView,
  StoreStats,
} from '../../contract/api.ts';
import type { CypherResult } from '../../contract/cypher.ts';
import { MAX_STATEMENTS_PAGE } from '../../contract/limits.ts';
import type { GraphStore } from '../../cypher/store.ts';
import { buildApp } from '../../server/app.ts';
import type { ServerConfig } from '../../server/config.ts';
import { ARTICLE_1, ARTICLE_2, IDS } from '../../server/testing/smallGraph.ts';
import { openSmallGraphApp, type SmallGraphApp } from './smallGraphApp.ts';

let fixture: SmallGraphApp | undefined;
let dir: string;
let store: GraphStore;
let config: ServerConfig;
let app: FastifyInstance;
let baseline: StoreStats;

interface Answer<T> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  text: string;
}

async function call<T = Record<string, unknown>>(
  method: 'GET' | 'POST',
  url: string,
  payload?: unknown,
): Promise<Answer<T>> {
  const response = await app.inject({ method, url, payload: payload as string | object | undefined });
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = null;
  }
  return { status: response.statusCode, body: body as T, headers: response.headers, text: response.body };
}

const get = <T = Record<string, unknown>>(url: string) => call<T>('GET', url);
const post = <T = Record<string, unknown>>(url: string, payload: unknown) => call<T>('POST', url, payload);

/** A bad request: 400, a JSON error with a code, and nothing that looks like a stack trace. */
async function expectBadRequest(
  answer: Promise<Answer<Record<string, unknown>>>,
  code = 'BAD_REQUEST',
): Promise<Record<string, unknown>> {
  const { status, body, text } = await answer;
  expect({ status, code: body?.code }).toStrictEqual({ status: 400, code });
  expect(typeof body.error).toBe('string');
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  return body;
}

const enc = encodeURIComponent;

beforeAll(async () => {
  fixture = await openSmallGraphApp('api');
  ({ dir, config, store, app } = fixture);
  baseline = await store.stats();
});

afterAll(async () => {
  await fixture?.close();
});

describe('health, stats, schema', () => {
  it('GET /api/health answers with the store kind and liveness', async () => {
    const { status, body } = await get<HealthInfo>('/api/health');
    expect(status).toBe(200);
    expect(body).toStrictEqual({
      ok: true,
      store: 'grafeo',
      storeUp: true,
      version: config.version,
      storeLocation: config.dataDir,
    });
    const withStats = await get<HealthInfo>('/api/health?stats=true');
    expect(withStats.body.stats).toStrictEqual(baseline);
    await expectBadRequest(get('/api/health?stats=maybe'));
  });

  it('GET /api/stats counts the fixture', async () => {
    const { status, body } = await get<StoreStats>('/api/stats');
    expect(status).toBe(200);
    expect(body).toStrictEqual(baseline);
    expect([body.articles, body.entities, body.statements, body.relations]).toStrictEqual([2, 6, 2, 3]);
    expect(body.byType).toStrictEqual({ Person: 3, Organization: 2, Place: 1 });
  });

  it('GET /api/schema lists labels, relationship types and property keys with counts', async () => {
    const { status, body } = await get<SchemaInfo>('/api/schema');
    expect(status).toBe(200);
    const labels = Object.fromEntries(body.labels.map((entry) => [entry.label, entry.count]));
    expect([labels.Person, labels.Organization, labels.Place, labels.Article, labels.Statement]).toStrictEqual([
      3, 2, 1, 2, 2,
    ]);
    const types = Object.fromEntries(body.relationshipTypes.map((entry) => [entry.type, entry.count]));
    expect([
      types.SAID,
      types.ABOUT,
      types.IN_ARTICLE,
      types.MET,
      types.CRITICIZED,
      types.SPOKESPERSON_OF,
    ]).toStrictEqual([2, 2, 2, 1, 1, 1]);
    expect(body.propertyKeys).toContain('articleId');
  });
});

describe('graph routes', () => {
  it('GET /api/graph/overview returns every entity under the cap, and reports the cap', async () => {
    const { status, body } = await get<GraphPayload>('/api/graph/overview');
    expect(status).toBe(200);
    expect(body.nodes.map((node) => node.id).sort()).toStrictEqual(Object.values(IDS).sort());
    expect([body.cap, body.truncated, body.totalNodes]).toStrictEqual([300, false, 6]);
    const rossi = body.nodes.find((node) => node.id === IDS.rossi);
    expect(rossi).toStrictEqual({
      id: IDS.rossi,
      name: 'Mario Rossi',
      type: 'Person',
      aliases: ['Rossi'],
      mentions: 2,
      articles: 1,
      statementsBy: 1,
      statementsAbout: 0,
    });
    const met = body.edges.find((edge) => edge.kind === 'relation' && edge.type === 'MET');
    expect(met).toStrictEqual({
      id: `relation:MET:${IDS.rossi}->${IDS.bianchi}`,
      source: IDS.rossi,
      target: IDS.bianchi,
      kind: 'relation',
      type: 'MET',
      weight: 1,
      evidenceIds: ['rel-met'],
      firstDate: '2024-03-05',
      lastDate: '2024-03-05',
    });
  });

  it('caps the overview and filters it by type', async () => {
    const capped = await get<GraphPayload>('/api/graph/overview?limit=2');
    expect([capped.body.nodes.length, capped.body.cap, capped.body.truncated, capped.body.totalNodes]).toStrictEqual([
      2,
      2,
      true,
      6,
    ]);
    const people = await get<GraphPayload>('/api/graph/overview?types=Person');
    expect(people.body.nodes.map((node) => node.id).sort()).toStrictEqual([IDS.bianchi, IDS.rossi, IDS.ricci]);
    const two = await get<GraphPayload>('/api/graph/overview?types=Place,Organization');
    expect(two.body.nodes.map((node) => node.type).sort()).toStrictEqual(['Organization', 'Organization', 'Place']);
  });

  it('refuses bad overview input', async () => {
    await expectBadRequest(get('/api/graph/overview?limit=0'));
    await expectBadRequest(get('/api/graph/overview?limit=5001'));
    await expectBadRequest(get('/api/graph/overview?limit=ten'));
    await expectBadRequest(get('/api/graph/overview?types=Dog'));
    await expectBadRequest(get('/api/graph/overview?types=Person,'));
  });

  it('GET /api/entities/:id/neighborhood returns the entity and its neighbours', async () => {
    const { status, body } = await get<GraphPayload>(`/api/entities/${enc(IDS.rossi)}/neighborhood?depth=1`);
    expect(status).toBe(200);
    const ids = body.nodes.map((node) => node.id);
    expect(ids).toContain(IDS.rossi);
    expect(ids).toContain(IDS.bianchi);
    expect(ids).toContain(IDS.ue);
    expect(ids).not.toContain(IDS.azione);
    const spoke = body.edges.find((edge) => edge.kind === 'spoke_about' && edge.source === IDS.rossi);
    expect([spoke?.target, spoke?.evidenceIds]).toStrictEqual([IDS.ue, ['stmt-1']]);
    const deeper = await get<GraphPayload>(`/api/entities/${enc(IDS.rossi)}/neighborhood?depth=2`);
    expect(deeper.body.nodes.map((node) => node.id)).toContain(IDS.azione);
  });

  it('refuses bad neighborhood input, and 404s an unknown entity', async () => {
    await expectBadRequest(get(`/api/entities/${enc(IDS.rossi)}/neighborhood?depth=0`));
    await expectBadRequest(get(`/api/entities/${enc(IDS.rossi)}/neighborhood?depth=4`));
    await expectBadRequest(get(`/api/entities/${enc(IDS.rossi)}/neighborhood?limit=-1`));
    const missing = await get('/api/entities/person%3Anobody/neighborhood');
    expect([missing.status, missing.body.code]).toStrictEqual([404, 'NOT_FOUND']);
  });

  it('GET /api/entities/:id gives details with provenance, 404 when absent', async () => {
    const { status, body } = await get<EntityDetails>(`/api/entities/${enc(IDS.rossi)}`);
    expect(status).toBe(200);
    expect(body.entity.name).toBe('Mario Rossi');
    expect(body.statementsBy.map((statement) => statement.id)).toStrictEqual(['stmt-1']);
    const statement = body.statementsBy[0]!;
    expect(ARTICLE_1.text.slice(statement.start, statement.end)).toBe(statement.quote);
    expect(body.relations.map((relation) => relation.id)).toStrictEqual(['rel-met']);
    expect(ARTICLE_1.text.slice(body.relations[0]!.start, body.relations[0]!.end)).toBe(body.relations[0]!.evidence);
    expect(body.articles.map((article) => article.id)).toStrictEqual([ARTICLE_1.id]);
    const missing = await get('/api/entities/nobody');
    expect(missing).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', error: 'no entity with id "nobody"' } });
    const tooLong = await get(`/api/entities/${'x'.repeat(600)}`);
    expect(tooLong.status).toBe(400);
  });
});

describe('statements, articles, search', () => {
  it('GET /api/statements filters by speaker, about, article and date', async () => {
    const bySpeaker = await get<{ statements: StatementView[]; total: number }>(
      `/api/statements?speaker=${enc(IDS.rossi)}`,
    );
    expect(bySpeaker.status).toBe(200);
    expect(bySpeaker.body.total).toBe(1);
    const statement = bySpeaker.body.statements[0]!;
    expect([statement.id, statement.articleId, statement.speaker?.id, statement.quote, statement.kind]).toStrictEqual([
      'stmt-1',
      ARTICLE_1.id,
      IDS.rossi,
      "Serve più coraggio sull'Europa",
      'direct',
    ]);
    expect(ARTICLE_1.text.slice(statement.start, statement.end)).toBe(statement.quote);
    expect(statement.about.map((entity) => entity.id)).toStrictEqual([IDS.ue]);

    const about = await get<{ statements: StatementView[]; total: number }>(`/api/statements?about=${enc(IDS.ue)}`);
    expect(about.body.statements.map((s) => s.id).sort()).toStrictEqual(['stmt-1', 'stmt-2']);
    const inArticle = await get<{ statements: StatementView[]; total: number }>(
      `/api/statements?article=${ARTICLE_2.id}`,
    );
    expect(inArticle.body.statements.map((s) => s.id)).toStrictEqual(['stmt-2']);
    const april = await get<{ statements: StatementView[]; total: number }>('/api/statements?from=2024-04');
    expect(april.body.statements.map((s) => s.id)).toStrictEqual(['stmt-2']);
    const march = await get<{ statements: StatementView[]; total: number }>('/api/statements?to=2024-03-31');
    expect(march.body.statements.map((s) => s.id)).toStrictEqual(['stmt-1']);
    const paged = await get<{ statements: StatementView[]; total: number }>('/api/statements?limit=1&offset=1');
    expect([paged.body.statements.length, paged.body.total]).toStrictEqual([1, 2]);
  });

  it('refuses bad statement filters', async () => {
    await expectBadRequest(get('/api/statements?from=2024-13'));
    await expectBadRequest(get('/api/statements?to=yesterday'));
    await expectBadRequest(get('/api/statements?from=2024-05&to=2024-01'));
    await expectBadRequest(get('/api/statements?limit=0'));
    await expectBadRequest(get('/api/statements?limit=1001'));
    await expectBadRequest(get('/api/statements?offset=-1'));
    await expectBadRequest(get('/api/statements?speaker='));
  });

  it("GET /api/statements accepts a page up to the store's own largest, and refuses one more", async () => {
    const largest = await get<{ statements: StatementView[]; total: number }>(
      `/api/statements?limit=${MAX_STATEMENTS_PAGE}`,
    );
    expect([largest.status, largest.body.statements.length, largest.body.total]).toStrictEqual([200, 2, 2]);
    await expectBadRequest(get(`/api/statements?limit=${MAX_STATEMENTS_PAGE + 1}`));
  });

  it('GET /api/articles lists articles, GET /api/articles/:id gives text with offsets', async () => {
    const list = await get<{ articles: { id: string }[]; total: number }>('/api/articles');
    expect(list.status).toBe(200);
    expect([list.body.articles.map((a) => a.id).sort(), list.body.total]).toStrictEqual([
      [ARTICLE_1.id, ARTICLE_2.id],
      2,
    ]);
    const one = await get<{ articles: { id: string }[]; total: number }>('/api/articles?limit=1&offset=0');
    expect([one.body.articles.length, one.body.total]).toStrictEqual([1, 2]);

    const { status, body } = await get<ArticleView>(`/api/articles/${ARTICLE_1.id}`);
    expect(status).toBe(200);
    expect([body.id, body.title, body.date, body.url, body.language, body.text]).toStrictEqual([
      ARTICLE_1.id,
      'Vertice a Roma sul bilancio europeo',
      '2024-03-05',
      'https://example.org/vertice',
      'it',
      ARTICLE_1.text,
    ]);
    for (const mention of body.mentions)
      expect(body.text.slice(mention.start, mention.end).length).toBe(mention.end - mention.start);
    expect(
      body.mentions.filter((m) => m.entityId === IDS.rossi).map((m) => body.text.slice(m.start, m.end)),
    ).toStrictEqual(['Mario Rossi', 'Rossi']);
    expect(body.statements.map((s) => [s.id, s.speakerId, body.text.slice(s.start, s.end)])).toStrictEqual([
      ['stmt-1', IDS.rossi, "Serve più coraggio sull'Europa"],
    ]);

    const missing = await get('/api/articles/nope');
    expect([missing.status, missing.body.code]).toStrictEqual([404, 'NOT_FOUND']);
    await expectBadRequest(get('/api/articles?limit=1001'));
    await expectBadRequest(get('/api/articles?offset=x'));
  });

  it('GET /api/search matches names and aliases, ignoring case and accents', async () => {
    const rossi = await get<{ results: SearchHit[] }>('/api/search?q=rossi');
    expect(rossi.status).toBe(200);
    expect(rossi.body.results.map((hit) => hit.id)).toStrictEqual([IDS.rossi]);
    const accent = await get<{ results: SearchHit[] }>('/api/search?q=NICCOLO');
    expect(accent.body.results.map((hit) => [hit.id, hit.name])).toStrictEqual([[IDS.ricci, 'Niccolò Ricci']]);
    const alias = await get<{ results: SearchHit[] }>('/api/search?q=ue');
    expect(alias.body.results.map((hit) => hit.id)).toContain(IDS.ue);
    const none = await get<{ results: SearchHit[] }>('/api/search?q=zzzz');
    expect(none.body).toStrictEqual({ results: [] });
  });

  it('refuses bad search input', async () => {
    await expectBadRequest(get('/api/search'));
    await expectBadRequest(get('/api/search?q='));
    await expectBadRequest(get('/api/search?q=%20%20'));
    await expectBadRequest(get(`/api/search?q=${'a'.repeat(201)}`));
    await expectBadRequest(get('/api/search?q=rossi&limit=101'));
  });
});

describe('read-only Cypher console', () => {
  it('POST /api/cypher runs a read query with parameters', async () => {
    const { status, body } = await post<CypherResult>('/api/cypher', {
      query: 'MATCH (p:Person) WHERE p.name STARTS WITH $prefix RETURN p.name AS name ORDER BY name',
      params: { prefix: 'M' },
    });
    expect(status).toBe(200);
    expect([body.columns, body.rows, body.truncated, body.rowCap]).toStrictEqual([
      ['name'],
      [['Mario Rossi']],
      false,
      1000,
    ]);
  });

  it('returns nodes and relationships in one shape', async () => {
    const { body } = await post<CypherResult>('/api/cypher', {
      query: 'MATCH (p:Person {id: $id})-[r:SAID]->(s:Statement) RETURN p, r, s',
      params: { id: IDS.rossi },
    });
    const [person, said, statement] = body.rows[0] as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    expect([person.$type, said.$type, statement.$type]).toStrictEqual(['node', 'relationship', 'node']);
    expect((person as { labels: string[] }).labels).toContain('Person');
    expect((said as { startNodeElementId: string }).startNodeElementId).toBe(
      (person as { elementId: string }).elementId,
    );
    expect((statement as { properties: Record<string, unknown> }).properties.id).toBe('stmt-1');
  });

  it('caps rows and says so', async () => {
    const { body } = await post<CypherResult>('/api/cypher', { query: 'MATCH (n) RETURN n.id AS id', rowCap: 2 });
    expect([body.rows.length, body.truncated, body.rowCap]).toStrictEqual([2, true, 2]);
    await expectBadRequest(post('/api/cypher', { query: 'MATCH (n) RETURN n', rowCap: 0 }));
    await expectBadRequest(post('/api/cypher', { query: 'MATCH (n) RETURN n', rowCap: config.maxRowCap + 1 }));
  });

  const refused: [string, string][] = [
    ['CREATE (n:X {name: "x"}) RETURN n', 'READ_ONLY'],
    ['MERGE (n:Person {id: "new"}) RETURN n', 'READ_ONLY'],
    ['MATCH (n:Person) DELETE n', 'READ_ONLY'],
    ['MATCH (n:Person) DETACH DELETE n', 'READ_ONLY'],
    ['MATCH (n:Person) SET n.name = "x" RETURN n', 'READ_ONLY'],
    ['MATCH (n:Person) REMOVE n.name RETURN n', 'READ_ONLY'],
    ['CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)', 'READ_ONLY'],
    ['DROP INDEX person_name IF EXISTS', 'READ_ONLY'],
    ['CREATE CONSTRAINT c IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE', 'READ_ONLY'],
    ['LOAD CSV FROM "file:///etc/passwd" AS line RETURN line', 'READ_ONLY'],
    ['CALL dbms.components() YIELD name RETURN name', 'READ_ONLY'],
    ['CALL apoc.create.node(["X"], {}) YIELD node RETURN node', 'READ_ONLY'],
    ['MATCH (n) RETURN n LIMIT 1; MATCH (m) DETACH DELETE m', 'MULTIPLE_STATEMENTS'],
  ];

  it.each(refused)('refuses %s with nothing written', async (query, code) => {
    const body = await expectBadRequest(post('/api/cypher', { query }), code);
    const info = body.cypher as { code: string; message: string; clause?: string };
    expect(info.code).toBe(code);
    expect(info.message).toBe(body.error);
    if (code === 'READ_ONLY') expect(typeof info.clause).toBe('string');
    expect(await store.stats()).toStrictEqual(baseline);
  });

  it('refuses size() of a pattern with the COUNT { } form, which answers the counts', async () => {
    const body = await expectBadRequest(
      post('/api/cypher', { query: 'MATCH (p:Person) RETURN p.name, size((p)-[:SAID]->()) AS n' }),
      'NOT_PORTABLE',
    );
    const info = body.cypher as { code: string; message: string; position?: { line: number; column: number } };
    expect([info.code, info.position?.line, info.position?.column]).toStrictEqual(['NOT_PORTABLE', 1, 33]);
    expect(info.message).toContain('COUNT { (p)-[:SAID]->() }');
    const counted = await post<CypherResult>('/api/cypher', {
      query: 'MATCH (p:Person) RETURN p.name AS name, COUNT { (p)-[:SAID]->() } AS n ORDER BY name',
    });
    const said = await post<CypherResult>('/api/cypher', {
      query: 'MATCH (p:Person) OPTIONAL MATCH (p)-[:SAID]->(s) RETURN p.name AS name, count(s) AS n ORDER BY name',
    });
    expect(counted.status).toBe(200);
    expect(said.body.rows.some((row) => (row[1] as number) > 0)).toBe(true);
    expect(counted.body.rows).toStrictEqual(said.body.rows);
  });

  it('reports invalid Cypher with its position', async () => {
    const body = await expectBadRequest(
      post('/api/cypher', { query: 'MATCH (n:Person)\nRETURN n.name AS name ORDER BY' }),
      'SYNTAX',
    );
    const info = body.cypher as { position?: { line: number; column: number; offset: number } };
    expect(info.position?.line).toBe(2);
    expect(typeof info.position?.column).toBe('number');
    expect(typeof info.position?.offset).toBe('number');
  });

  it('refuses a body over the limit for queries', async () => {
    const huge = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: JSON.stringify({ query: 'RETURN 1', params: { blob: 'x'.repeat(3 * 1024 * 1024) } }),
      headers: { 'content-type': 'application/json' },
    });
    expect([huge.statusCode, JSON.parse(huge.body).code]).toStrictEqual([413, 'BODY_TOO_LARGE']);
  });

  it('refuses a malformed request body', async () => {
    await expectBadRequest(post('/api/cypher', {}));
    await expectBadRequest(post('/api/cypher', { query: '' }));
    await expectBadRequest(post('/api/cypher', { query: '   ' }));
    await expectBadRequest(post('/api/cypher', { query: 'RETURN 1', params: [1, 2] }));
    await expectBadRequest(post('/api/cypher', { query: 'RETURN 1', extra: true }));
    await expectBadRequest(post('/api/cypher', { query: 42 }));
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: '{"query":',
      headers: { 'content-type': 'application/json' },
    });
    expect([notJson.statusCode, JSON.parse(notJson.body).code]).toStrictEqual([400, 'BAD_JSON']);
    const text = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: 'RETURN 1',
      headers: { 'content-type': 'text/plain' },
    });
    expect([text.statusCode, JSON.parse(text.body).code]).toStrictEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });
});

describe('user values reach Cypher only as parameters', () => {
  const attacks = [
    "x'}) DETACH DELETE n //",
    '" OR 1=1 WITH n MATCH (m) DETACH DELETE m //',
    "') MATCH (n) DETACH DELETE n RETURN 1 //",
    '`) CREATE (x:Pwned) //',
    '$id}) CREATE (x:Pwned) //',
  ];

  it('writes nothing through search, neighborhood, entity, statements, articles or export', async () => {
    for (const attack of attacks) {
      const search = await get<{ results: SearchHit[] }>(`/api/search?q=${enc(attack)}`);
      expect([search.status, search.body.results]).toStrictEqual([200, []]);
      // A slash inside a path segment (encoded %2F) is refused before routing.
      const inPath = /[/\\]/.test(attack) ? 400 : 404;
      expect((await get(`/api/entities/${enc(attack)}/neighborhood?depth=2`)).status).toBe(inPath);
      expect((await get(`/api/entities/${enc(attack)}`)).status).toBe(inPath);
      expect((await get(`/api/articles/${enc(attack)}`)).status).toBe(inPath);
      const statements = await get<{ statements: StatementView[]; total: number }>(
        `/api/statements?speaker=${enc(attack)}&about=${enc(attack)}&article=${enc(attack)}`,
      );
      expect([statements.status, statements.body.total]).toStrictEqual([200, 0]);
      expect((await get(`/api/export?format=json&entity=${enc(attack)}`)).status).toBe(404);
      expect((await post('/api/export', { format: 'graphml', entity: attack })).status).toBe(404);
      const cypher = await post<CypherResult>('/api/cypher', {
        query: 'MATCH (p:Person) WHERE p.name = $name RETURN p',
        params: { name: attack },
      });
      expect([cypher.status, cypher.body.rows]).toStrictEqual([200, []]);
    }
    expect(await store.stats()).toStrictEqual(baseline);
    const pwned = await post<CypherResult>('/api/cypher', { query: 'MATCH (x:Pwned) RETURN count(x) AS n' });
    expect(pwned.body.rows).toStrictEqual([[0]]);
  });
});

describe('export', () => {
  function counts(graph: MultiDirectedGraph): [number, number] {
    return [graph.order, graph.size];
  }

  it('exports a neighborhood as JSON, GEXF and GraphML that parse back to the same graph', async () => {
    const json = await get(`/api/export?format=json&entity=${enc(IDS.bianchi)}&depth=1`);
    expect(json.status).toBe(200);
    expect(json.headers['content-disposition']).toBe('attachment; filename="newsgraph-Anna-Bianchi.json"');
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    const reference = MultiDirectedGraph.from(json.body as never);
    const neighborhood = await get<GraphPayload>(`/api/entities/${enc(IDS.bianchi)}/neighborhood?depth=1`);
    expect(reference.nodes().sort()).toStrictEqual(neighborhood.body.nodes.map((node) => node.id).sort());

    // One edge per statement or relation, each traceable to its sentence.
    const spokes = reference.findEdge((_key, attributes) => attributes.relationId === 'rel-spokes');
    expect(spokes).toBeDefined();
    const attributes = reference.getEdgeAttributes(spokes!);
    expect([attributes.type, attributes.articleId, attributes.role, attributes.evidence]).toStrictEqual([
      'SPOKESPERSON_OF',
      ARTICLE_2.id,
      'portavoce',
      'Anna Bianchi, portavoce di Azione Civica',
    ]);
    expect(ARTICLE_2.text.slice(attributes.start as number, attributes.end as number)).toBe(attributes.evidence);
    const said = reference.findEdge((_key, edge) => edge.statementId === 'stmt-2');
    expect(reference.getEdgeAttribute(said!, 'sentence')).toBe(
      "Anna Bianchi, portavoce di Azione Civica, ha dichiarato: «L'Unione Europea deve cambiare».",
    );

    const gexfAnswer = await get(`/api/export?format=gexf&entity=${enc(IDS.bianchi)}&depth=1`);
    expect(gexfAnswer.headers['content-type']).toBe('application/gexf+xml; charset=utf-8');
    const fromGexf = gexf.parse(MultiDirectedGraph, gexfAnswer.text);
    const graphmlAnswer = await get(`/api/export?format=graphml&entity=${enc(IDS.bianchi)}&depth=1`);
    expect(graphmlAnswer.headers['content-disposition']).toBe('attachment; filename="newsgraph-Anna-Bianchi.graphml"');
    const fromGraphml = parseGraphml(MultiDirectedGraph, graphmlAnswer.text);
    for (const parsed of [fromGexf, fromGraphml]) {
      expect(counts(parsed)).toStrictEqual(counts(reference));
      reference.forEachNode((node, nodeAttributes) =>
        expect(parsed.getNodeAttributes(node)).toStrictEqual(nodeAttributes),
      );
      reference.forEachEdge((edge, edgeAttributes, source, target) => {
        expect(parsed.extremities(edge)).toStrictEqual([source, target]);
        expect(parsed.getEdgeAttributes(edge)).toStrictEqual(edgeAttributes);
      });
    }
  });

  it('exports the graph of a read-only query through POST, with relationship provenance', async () => {
    const { status, headers, body } = await post('/api/export', {
      format: 'json',
      query: 'MATCH p = (a:Person)-[:SAID]->(:Statement)-[:ABOUT]->(:Organization) RETURN p',
    });
    expect(status).toBe(200);
    expect(headers['content-disposition']).toBe('attachment; filename="newsgraph-query.json"');
    const graph = MultiDirectedGraph.from(body as never);
    expect(counts(graph)).toStrictEqual([5, 4]);
    const said = graph.filterEdges((_key, attributes) => attributes.type === 'SAID');
    expect(said.map((edge) => graph.getEdgeAttribute(edge, 'articleId')).sort()).toStrictEqual([
      ARTICLE_1.id,
      ARTICLE_2.id,
    ]);
    expect(graph.getNodeAttribute('stmt-1', 'quote')).toBe("Serve più coraggio sull'Europa");
  });

  it('finds the entity to export by name or alias too', async () => {
    const byName = await post('/api/export', { format: 'json', entity: 'anna bianchi' });
    expect([byName.status, byName.headers['content-disposition']]).toStrictEqual([
      200,
      'attachment; filename="newsgraph-Anna-Bianchi.json"',
    ]);
    const byAlias = await get(`/api/export?format=json&entity=ROSSI`);
    expect(MultiDirectedGraph.from(byAlias.body as never).hasNode(IDS.rossi)).toBe(true);
    const unknown = await get('/api/export?format=json&entity=Bianch');
    expect([unknown.status, unknown.body.error]).toStrictEqual([
      404,
      'no entity with id or name "Bianch"; did you mean "Anna Bianchi"?',
    ]);
  });

  it('exports the overview when no entity or query is named', async () => {
    const { status, headers, body } = await get('/api/export?format=json&limit=3');
    expect(status).toBe(200);
    expect(headers['content-disposition']).toBe('attachment; filename="newsgraph-overview.json"');
    expect(MultiDirectedGraph.from(body as never).order).toBe(3);
  });

  it('refuses bad export requests', async () => {
    await expectBadRequest(get('/api/export'));
    await expectBadRequest(get('/api/export?format=pdf'));
    await expectBadRequest(get(`/api/export?format=json&entity=${enc(IDS.rossi)}&depth=9`));
    await expectBadRequest(post('/api/export', { format: 'json', query: 'MATCH (n) RETURN n', entity: IDS.rossi }));
    await expectBadRequest(post('/api/export', { format: 'gexf', query: 'CREATE (n:X) RETURN n' }), 'READ_ONLY');
    await expectBadRequest(post('/api/export', { format: 'gexf', unknown: 1 }));
    const missing = await get('/api/export?format=gexf&entity=nobody');
    expect([missing.status, missing.body.code]).toStrictEqual([404, 'NOT_FOUND']);
    expect(await store.stats()).toStrictEqual(baseline);
  });
});

describe('unknown routes and the explorer', () => {
  it('answers unknown API routes with a JSON 404', async () => {
    for (const [method, url] of [
      ['GET', '/api/nope'],
      ['GET', '/api'],
      ['POST', '/api/health'],
      ['GET', '/api/entities'],
    ] as const) {
      const answer = await call(method, url);
      expect([answer.status, answer.body.code]).toStrictEqual([404, 'NOT_FOUND']);
    }
  });

  it('says to build the explorer when dist/ is missing', async () => {
    const page = await app.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('npm run build');
  });

  it('serves dist/ with a fallback to index.html for explorer routes', async () => {
    const staticDir = path.join(dir, 'dist');
    mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
    writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>newsgraph explorer</title>');
    writeFileSync(path.join(staticDir, 'assets', 'app-1234.js'), 'console.log("explorer");');
    const withBuild = await buildApp({ store, config: { ...config, staticDir } });
    try {
      const index = await withBuild.inject({ method: 'GET', url: '/' });
      expect([index.statusCode, index.body]).toStrictEqual([200, '<!doctype html><title>newsgraph explorer</title>']);
      const route = await withBuild.inject({ method: 'GET', url: `/entity/${enc(IDS.rossi)}?depth=2` });
      expect([route.statusCode, route.body]).toStrictEqual([200, '<!doctype html><title>newsgraph explorer</title>']);
      const asset = await withBuild.inject({ method: 'GET', url: '/assets/app-1234.js' });
      expect([asset.statusCode, asset.body, asset.headers['cache-control']]).toStrictEqual([
        200,
        'console.log("explorer");',
        'public, max-age=31536000, immutable',
      ]);
      expect((await withBuild.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
      const api = await withBuild.inject({ method: 'GET', url: '/api/nope' });
      expect([api.statusCode, JSON.parse(api.body).code]).toStrictEqual([404, 'NOT_FOUND']);
      expect((await withBuild.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    } finally {
      await withBuild.close();
    }
  });
});

describe('POST /api/ingest', () => {
  const documents = [
    {
      source: 'nuovo-1.txt',
      title: 'Il sindaco Paolo Verdi parla del porto',
      date: '2024-05-01',
      url: null,
      text: 'Il sindaco Paolo Verdi parla del porto\n\n«Il porto di Genova crescerà», ha detto il sindaco Paolo Verdi ai giornalisti.',
      language: 'it',
      errors: [],
    },
    {
      source: 'nuovo-2.txt',
      text: 'Secondo articolo\n\nLa ministra Lucia Neri ha incontrato a Milano il presidente Carlo Gialli.',
    },
  ];

  it('ingests already-read documents, and a second time skips them', async () => {
    const first = await post<IngestSummary>('/api/ingest', { documents });
    expect(first.status).toBe(200);
    expect([first.body.articles, first.body.skipped, first.body.errors]).toStrictEqual([2, 0, []]);
    const after = await store.stats();
    expect(after.articles).toBe(baseline.articles + 2);
    const again = await post<IngestSummary>('/api/ingest', { documents });
    expect([again.body.articles, again.body.skipped]).toStrictEqual([0, 2]);
    expect(await store.stats()).toStrictEqual(after);
    baseline = after;
  });

  it('validates every document', async () => {
    await expectBadRequest(post('/api/ingest', {}));
    await expectBadRequest(post('/api/ingest', { documents: [] }));
    await expectBadRequest(post('/api/ingest', { documents: [{ source: 'x.txt' }] }));
    await expectBadRequest(post('/api/ingest', { documents: [{ source: 'x.txt', text: '   \n ' }] }));
    await expectBadRequest(post('/api/ingest', { documents: [{ source: 'x.txt', text: 'ok', date: 'last week' }] }));
    await expectBadRequest(post('/api/ingest', { documents: [{ source: 'x.txt', text: 'ok', language: 'italiano' }] }));
    await expectBadRequest(post('/api/ingest', { documents: [{ source: 'x.txt', text: 'ok', html: '<p>' }] }));
    await expectBadRequest(post('/api/ingest', { documents: [documents[0], { source: '', text: 'ok' }] }));
    expect(await store.stats()).toStrictEqual(baseline);
  });

  it('extracts with the backend a request names, and refuses an unknown one with the known ones listed', async () => {
    const unknown = await post<ApiError>('/api/ingest', { documents, extractor: 'llm' });
    expect([unknown.status, unknown.body.code, unknown.body.error, unknown.body.details]).toStrictEqual([
      400,
      'BAD_REQUEST',
      'unknown extractor "llm" (known: rules)',
      { extractors: ['rules'] },
    ]);
    const named = await post<IngestSummary>('/api/ingest', { documents, extractor: 'rules' });
    expect([named.status, named.body.articles, named.body.skipped]).toStrictEqual([200, 0, 2]);
    expect(await store.stats()).toStrictEqual(baseline);
  });
});
