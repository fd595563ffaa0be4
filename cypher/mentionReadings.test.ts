// A mention's reading (a country acting: an Organization, though its node is a Place) goes
// into the store with its offsets and comes back in the article's view; mentions that read as
// their entity come back without one.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSubgraph } from '../server/export/subgraph.ts';
import { readNeo4jCsv } from '../server/export/testing.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import { sampleExtraction } from './testing.ts';

describe('mention readings in the store', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-readings-'));
  const store = new GrafeoStore({ dbPath: path.join(folder, 'readings.grafeo') });

  beforeAll(async () => {
    await store.init();
    const result = sampleExtraction();
    const roma = result.entities.find((entity) => entity.id === 'place:roma')!;
    roma.mentions[1] = { ...roma.mentions[1]!, reading: { type: 'Organization', rule: 'type.country-acting-subject' } };
    await store.writeExtraction(result);
  });

  afterAll(async () => {
    await store.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("returns each mention's reading with the article, and none where it reads as its entity", async () => {
    const article = await store.article('art-1');
    expect(article?.mentions.filter((mention) => mention.entityId === 'place:roma')).toStrictEqual([
      { entityId: 'place:roma', name: 'Roma', type: 'Place', start: 25, end: 29 },
      {
        entityId: 'place:roma',
        name: 'Roma',
        type: 'Place',
        start: 75,
        end: 79,
        reading: { type: 'Organization', rule: 'type.country-acting-subject' },
      },
    ]);
  });

  it('exports the readings as string lists beside the offsets, only on links that have one', async () => {
    const query = "MATCH (a:Article {id: 'art-1'})-[r:MENTIONS]->(e) RETURN a, r, e";
    const file = await exportSubgraph(store, { format: 'csv', query }, { creator: 'newsgraph test' });
    const files = unzipSync(file.body as Uint8Array);
    const csv = { nodes: strFromU8(files['nodes.csv']!), relationships: strFromU8(files['relationships.csv']!) };
    const header = csv.relationships.split('\n')[0]!.split(',');
    expect(header.filter((column) => column.startsWith('reading'))).toStrictEqual([
      'readingRules:string[]',
      'readings:string[]',
    ]);
    const links = readNeo4jCsv(csv).relationships;
    const withReadings = links.filter((link) => link.properties.readings !== undefined);
    expect(
      withReadings.map((link) => [link.end, link.properties.readings, link.properties.readingRules]),
    ).toStrictEqual([['place:roma', ['', 'Organization'], ['', 'type.country-acting-subject']]]);
  });
});
