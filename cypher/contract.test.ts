// The store contract: every shipped query and a set of portability probes, against Grafeo
// always and against Neo4j when NEO4J_URI is set (that suite empties the database it is
// given: point NEO4J_URI/NEO4J_DATABASE at a scratch database). Also: idempotent writes,
// rollback of a failed batch, read-only refusals, errors with positions, row cap, timeout,
// and (Grafeo) a file held by another process.

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherStore } from './base.ts';
import { GrafeoStore } from './engines/grafeo.ts';
import type { CypherErrorInfo } from '../contract/cypher.ts';
import type { ExtractionResult } from '../contract/extraction.ts';
import { Neo4jStore } from './engines/neo4j.ts';
import { writeStoreOwner } from './owner.ts';
import { loadQuery, queryNames, queryPlaceholders, type Splice } from './queries.ts';
import { CypherQueryError } from './queryError.ts';
import { StoreUnavailableError, type Params, type Row } from './store.ts';
import { sampleExtraction } from './testing.ts';

interface Sample {
  params?: Params;
  splice?: Splice;
  /** Grafeo-only schema statements (see their headers). */
  grafeoOnly?: boolean;
  rows: Row[] | ((rows: Row[]) => void);
}

const DRAGHI = 'person:mario-draghi';
const MELONI = 'person:giorgia-meloni';
const COMMISSION = 'org:commissione-europea';
const RELATION_SAMPLE = ['CRITICIZED', 'MET', 'PARTICIPATED_IN', 'HELD_IN'];
const none: Row[] = [];

/** Sample parameters and the exact answer on the sample extraction, for every shipped query. */
const SAMPLES: Record<string, Sample> = {
  'schema/entity-id-unique': { rows: none },
  'schema/article-id-unique': { rows: none },
  'schema/statement-id-unique': { rows: none },
  'schema/entity-id-index': { rows: none, grafeoOnly: true },
  'schema/article-id-index': { rows: none, grafeoOnly: true },
  'schema/statement-id-index': { rows: none, grafeoOnly: true },
  'schema/labels': {
    rows: (rows) =>
      expect(rows.map((row) => row.label).filter((label) => label !== 'Probe')).toStrictEqual([
        'Article',
        'Entity',
        'Event',
        'Organization',
        'Person',
        'Place',
        'Statement',
      ]),
  },
  'schema/relationship-types': {
    rows: (rows) =>
      expect(rows.map((row) => row.relationshipType).filter((type) => type !== 'NEXT')).toStrictEqual([
        'ABOUT',
        'CRITICIZED',
        'HELD_IN',
        'IN_ARTICLE',
        'MENTIONS',
        'MET',
        'PARTICIPATED_IN',
        'SAID',
      ]),
  },
  'schema/property-keys': {
    rows: (rows) =>
      expect(rows.map((row) => row.propertyKey)).toEqual(
        expect.arrayContaining(['id', 'name', 'searchText', 'starts', 'sentenceStart']),
      ),
  },
  'schema/label-counts': {
    rows: [
      { label: 'Article', count: 2 },
      { label: 'Entity', count: 6 },
      { label: 'Event', count: 1 },
      { label: 'Organization', count: 1 },
      { label: 'Person', count: 2 },
      { label: 'Place', count: 2 },
      { label: 'Statement', count: 4 },
    ],
  },
  'schema/relationship-type-counts': {
    rows: [
      { type: 'ABOUT', count: 4 },
      { type: 'CRITICIZED', count: 1 },
      { type: 'HELD_IN', count: 1 },
      { type: 'IN_ARTICLE', count: 4 },
      { type: 'MENTIONS', count: 8 },
      { type: 'MET', count: 1 },
      { type: 'PARTICIPATED_IN', count: 1 },
      { type: 'SAID', count: 3 },
    ],
  },
  // Writes must change nothing here (checked by the counts above, which run after): merging
  // queries re-send stored rows; creating ones (only ever sent new rows, see writes/send.ts) get
  // rows whose article or statement is missing, or none.
  'write/articles': { params: { rows: [] }, rows: [{ written: 0 }] },
  'write/entities-existing': {
    params: { ids: [DRAGHI, 'missing'] },
    rows: [
      {
        id: DRAGHI,
        name: 'Mario Draghi',
        aliases: ['Draghi'],
        type: 'Person',
        searchText: '|mario draghi|draghi|',
        externalIds: [],
      },
    ],
  },
  'write/entities': {
    params: {
      rows: [
        {
          id: DRAGHI,
          type: 'Person',
          name: 'Mario Draghi',
          aliases: ['Draghi'],
          searchText: '|mario draghi|draghi|',
          externalIds: [],
        },
      ],
    },
    splice: { entityType: 'Person' },
    rows: [{ written: 1 }],
  },
  'write/mentions': {
    params: {
      rows: [{ articleId: 'missing', entityId: 'place:roma', count: 9, starts: [0], ends: [1], texts: ['x'] }],
    },
    rows: [{ written: 0 }],
  },
  'write/statements': {
    params: {
      rows: [
        {
          id: 'st-9',
          articleId: 'missing',
          quote: 'x',
          kind: 'direct',
          cue: null,
          speakerText: null,
          sentence: 'x',
          start: 0,
          end: 1,
          sentenceStart: 0,
          sentenceEnd: 1,
          confidence: 1,
          date: null,
        },
      ],
    },
    rows: [{ written: 0 }],
  },
  'write/said': {
    params: { rows: [{ speakerId: DRAGHI, statementId: 'missing', articleId: 'art-1', start: 0, end: 1 }] },
    rows: [{ written: 0 }],
  },
  'write/about': {
    params: { rows: [{ statementId: 'missing', entityId: COMMISSION, articleId: 'art-1' }] },
    rows: [{ written: 0 }],
  },
  'write/relations': {
    params: {
      rows: [
        {
          id: 'rel-2',
          source: DRAGHI,
          target: MELONI,
          articleId: 'art-1',
          start: 0,
          end: 1,
          evidence: 'x',
          role: null,
          date: null,
        },
      ],
    },
    splice: { relationType: 'MET' },
    rows: [{ written: 1 }],
  },
  'write/event-details': {
    params: { rows: [{ id: 'event:vertice-bruxelles', date: '1999' }] },
    rows: [{ written: 1 }],
  },
  'write/entity-counters': { params: { ids: [DRAGHI] }, rows: [{ written: 1 }] },
  'write/entity-counters-add': {
    params: { rows: [{ id: DRAGHI, mentions: 0, articles: 0, statementsBy: 0, statementsAbout: 0 }] },
    rows: [{ written: 1 }],
  },
  'admin/delete-batch': { params: { limit: 0 }, rows: [{ deleted: 0 }] },
  'article/existing': { params: { ids: ['art-2', 'art-9'] }, rows: [{ id: 'art-2' }] },
  'entity/known': {
    rows: (rows) =>
      expect(rows.map((row) => row.id)).toStrictEqual([
        'event:vertice-bruxelles',
        COMMISSION,
        MELONI,
        DRAGHI,
        'place:bruxelles',
        'place:roma',
      ]),
  },
  'stats/totals': {
    params: { relationTypes: RELATION_SAMPLE },
    rows: [{ articles: 2, entities: 6, statements: 4, relations: 4 }],
  },
  'stats/mentions': { rows: [{ mentions: 17 }] },
  'stats/entity-types': {
    rows: [
      { type: 'Event', count: 1 },
      { type: 'Organization', count: 1 },
      { type: 'Person', count: 2 },
      { type: 'Place', count: 2 },
    ],
  },
  'graph/entity-count': { params: { types: ['Person', 'Place'] }, rows: [{ total: 4 }] },
  'graph/top-entities': {
    params: { types: null, limit: 2 },
    rows: [
      {
        id: MELONI,
        name: 'Giorgia Meloni',
        type: 'Person',
        aliases: ['Meloni'],
        mentions: 5,
        articles: 2,
        statementsBy: 2,
        statementsAbout: 0,
      },
      {
        id: DRAGHI,
        name: 'Mario Draghi',
        type: 'Person',
        aliases: ['Draghi'],
        mentions: 4,
        articles: 1,
        statementsBy: 1,
        statementsAbout: 1,
      },
    ],
  },
  'graph/nodes': {
    params: { ids: [COMMISSION] },
    rows: [
      {
        id: COMMISSION,
        name: 'Commissione europea',
        type: 'Organization',
        aliases: [],
        mentions: 2,
        articles: 2,
        statementsBy: 0,
        statementsAbout: 2,
      },
    ],
  },
  'graph/spoke-about-edges': {
    params: { ids: [DRAGHI, MELONI] },
    rows: (rows) =>
      expect(sortByFields(rows, ['source', 'target', 'id'])).toStrictEqual([
        { source: MELONI, target: COMMISSION, id: 'st-3', date: '2024-04-10' },
        { source: MELONI, target: DRAGHI, id: 'st-2', date: '2024-03-05' },
        { source: DRAGHI, target: COMMISSION, id: 'st-1', date: '2024-03-05' },
      ]),
  },
  'graph/relation-edges': {
    params: { ids: [DRAGHI, MELONI] },
    rows: (rows) =>
      expect(sortByFields(rows, ['source', 'target', 'type'])).toStrictEqual([
        {
          source: MELONI,
          target: 'event:vertice-bruxelles',
          type: 'PARTICIPATED_IN',
          id: 'event:PARTICIPATED_IN:person:giorgia-meloni->event:vertice-bruxelles@art-2:22',
          date: '2024-04-09',
        },
        { source: MELONI, target: DRAGHI, type: 'CRITICIZED', id: 'rel-1', date: '2024-03-05' },
        { source: DRAGHI, target: MELONI, type: 'MET', id: 'rel-2', date: '2024-03-04' },
      ]),
  },
  'graph/article-entities': {
    params: { ids: ['art-1'] },
    rows: (rows) =>
      expect(sortById(rows)).toStrictEqual([
        { id: COMMISSION, weight: 1, mentions: 2 },
        { id: MELONI, weight: 1, mentions: 5 },
        { id: DRAGHI, weight: 1, mentions: 4 },
        { id: 'place:roma', weight: 1, mentions: 2 },
      ]),
  },
  'graph/entity-articles': {
    params: { ids: [COMMISSION, MELONI] },
    rows: (rows) =>
      expect(sortByFields(rows, ['id', 'articleId'])).toStrictEqual([
        { id: COMMISSION, articleId: 'art-1', date: '2024-03-05' },
        { id: COMMISSION, articleId: 'art-2', date: '2024-04-10' },
        { id: MELONI, articleId: 'art-1', date: '2024-03-05' },
        { id: MELONI, articleId: 'art-2', date: '2024-04-10' },
      ]),
  },
  'graph/entity-article-lists': {
    params: { ids: [COMMISSION, MELONI, 'no-such-entity'] },
    rows: (rows) =>
      expect(
        sortByFields(rows, ['id']).map((row) => ({
          id: row.id,
          articles: (row.articleIds as string[])
            .map((articleId, i) => [articleId, (row.dates as string[])[i]])
            .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
        })),
      ).toStrictEqual([
        {
          id: COMMISSION,
          articles: [
            ['art-1', '2024-03-05'],
            ['art-2', '2024-04-10'],
          ],
        },
        {
          id: MELONI,
          articles: [
            ['art-1', '2024-03-05'],
            ['art-2', '2024-04-10'],
          ],
        },
      ]),
  },
  'graph/entity-ranks': {
    rows: (rows) =>
      expect(sortById(rows)).toStrictEqual([
        { id: 'event:vertice-bruxelles', type: 'Event', mentions: 2 },
        { id: COMMISSION, type: 'Organization', mentions: 2 },
        { id: MELONI, type: 'Person', mentions: 5 },
        { id: DRAGHI, type: 'Person', mentions: 4 },
        { id: 'place:bruxelles', type: 'Place', mentions: 2 },
        { id: 'place:roma', type: 'Place', mentions: 2 },
      ]),
  },
  'graph/article-dates': {
    rows: (rows) =>
      expect(sortById(rows)).toStrictEqual([
        { id: 'art-1', date: '2024-03-05' },
        { id: 'art-2', date: '2024-04-10' },
      ]),
  },
  'graph/all-relations': {
    rows: (rows) =>
      expect(sortByFields(rows, ['source', 'target', 'type'])).toStrictEqual([
        {
          source: 'event:vertice-bruxelles',
          target: 'place:bruxelles',
          type: 'HELD_IN',
          id: 'event:HELD_IN:event:vertice-bruxelles->place:bruxelles@art-2:22',
          date: '2024-04-09',
        },
        {
          source: MELONI,
          target: 'event:vertice-bruxelles',
          type: 'PARTICIPATED_IN',
          id: 'event:PARTICIPATED_IN:person:giorgia-meloni->event:vertice-bruxelles@art-2:22',
          date: '2024-04-09',
        },
        { source: MELONI, target: DRAGHI, type: 'CRITICIZED', id: 'rel-1', date: '2024-03-05' },
        { source: DRAGHI, target: MELONI, type: 'MET', id: 'rel-2', date: '2024-03-04' },
      ]),
  },
  'graph/all-statement-speakers': {
    rows: (rows) =>
      expect(
        rows
          .map((row) => [row.entity, row.id, row.date, row.articleId, row.start])
          .sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : 1)),
      ).toStrictEqual([
        [DRAGHI, 'st-1', '2024-03-05', 'art-1', 82],
        [MELONI, 'st-2', '2024-03-05', 'art-1', 164],
        [MELONI, 'st-3', '2024-04-10', 'art-2', 104],
      ]),
  },
  'graph/all-statement-targets': {
    rows: (rows) =>
      expect(
        rows
          .map((row) => [row.entity, row.id, row.date, row.articleId, row.start])
          .sort((a, b) => (String(a[1]) < String(b[1]) ? -1 : 1)),
      ).toStrictEqual([
        [COMMISSION, 'st-1', '2024-03-05', 'art-1', 82],
        [DRAGHI, 'st-2', '2024-03-05', 'art-1', 164],
        [COMMISSION, 'st-3', '2024-04-10', 'art-2', 104],
        ['place:bruxelles', 'st-4', '2024-04-10', 'art-2', 165],
      ]),
  },
  'graph/all-spoke-about': {
    rows: (rows) =>
      expect(sortByFields(rows, ['source', 'target', 'id'])).toStrictEqual([
        { source: MELONI, target: COMMISSION, id: 'st-3', date: '2024-04-10' },
        { source: MELONI, target: DRAGHI, id: 'st-2', date: '2024-03-05' },
        { source: DRAGHI, target: COMMISSION, id: 'st-1', date: '2024-03-05' },
      ]),
  },
  'graph/mention-lists': {
    rows: (rows) =>
      expect(
        sortById(rows).map((row) => ({ id: row.id, articleIds: [...(row.articleIds as string[])].sort() })),
      ).toStrictEqual([
        { id: 'event:vertice-bruxelles', articleIds: ['art-2'] },
        { id: COMMISSION, articleIds: ['art-1', 'art-2'] },
        { id: MELONI, articleIds: ['art-1', 'art-2'] },
        { id: DRAGHI, articleIds: ['art-1'] },
        { id: 'place:bruxelles', articleIds: ['art-2'] },
        { id: 'place:roma', articleIds: ['art-1'] },
      ]),
  },
  'graph/all-nodes': {
    rows: (rows) =>
      expect(
        sortById(rows).map((row) => [
          row.id,
          row.name,
          row.type,
          row.aliases,
          row.mentions,
          row.articles,
          row.statementsBy,
          row.statementsAbout,
        ]),
      ).toStrictEqual([
        ['event:vertice-bruxelles', 'Vertice di Bruxelles', 'Event', [], 2, 1, 0, 0],
        [COMMISSION, 'Commissione europea', 'Organization', [], 2, 2, 0, 2],
        [MELONI, 'Giorgia Meloni', 'Person', ['Meloni'], 5, 2, 2, 0],
        [DRAGHI, 'Mario Draghi', 'Person', ['Draghi'], 4, 1, 1, 1],
        ['place:bruxelles', 'Bruxelles', 'Place', [], 2, 1, 0, 1],
        ['place:roma', 'Roma', 'Place', [], 2, 1, 0, 0],
      ]),
  },
  'graph/relation-neighbors': {
    params: { ids: [DRAGHI] },
    rows: (rows) =>
      expect(sortByFields(rows, ['id', 'type'])).toStrictEqual([
        { id: MELONI, type: 'CRITICIZED', weight: 1, mentions: 5 },
        { id: MELONI, type: 'MET', weight: 1, mentions: 5 },
      ]),
  },
  'graph/statement-neighbors': {
    params: { ids: [DRAGHI] },
    rows: (rows) =>
      expect(sortById(rows)).toStrictEqual([
        { id: COMMISSION, weight: 1, mentions: 2 },
        { id: MELONI, weight: 1, mentions: 5 },
      ]),
  },
  'entity/get': {
    params: { id: 'place:roma' },
    rows: [
      {
        id: 'place:roma',
        name: 'Roma',
        type: 'Place',
        aliases: [],
        mentions: 2,
        articles: 1,
        statementsBy: 0,
        statementsAbout: 0,
      },
    ],
  },
  'entity/relations': {
    params: { id: DRAGHI, relationTypes: RELATION_SAMPLE, limit: 10 },
    rows: (rows) => expect(rows.map((row) => row.id)).toStrictEqual(['rel-1', 'rel-2']),
  },
  'entity/articles': {
    params: { id: MELONI, limit: 10 },
    rows: (rows) => expect(rows.map((row) => row.id)).toStrictEqual(['art-2', 'art-1']),
  },
  'entity/relations-by-key': {
    params: {
      keys: [
        { source: DRAGHI, target: MELONI, type: 'MET', id: 'rel-2' },
        { source: MELONI, target: DRAGHI, type: 'MET', id: 'rel-1' },
        { source: MELONI, target: DRAGHI, type: 'CRITICIZED', id: 'rel-1' },
      ],
    },
    rows: (rows) =>
      expect(rows.map((row) => [row.id, row.type, row.sourceId, row.targetId, row.date])).toStrictEqual([
        ['rel-2', 'MET', DRAGHI, MELONI, '2024-03-04'],
        ['rel-1', 'CRITICIZED', MELONI, DRAGHI, '2024-03-05'],
      ]),
  },
  'article/summaries': {
    params: { ids: ['art-2', 'art-9', 'art-1'] },
    rows: (rows) => expect(rows.map((row) => row.id)).toStrictEqual(['art-2', 'art-1']),
  },
  'statements/list': {
    params: { speaker: MELONI, about: null, article: null, from: null, toBefore: null, skip: 1, limit: 5 },
    rows: (rows) =>
      expect(rows.map((row) => [row.id, row.speakerId, row.about])).toStrictEqual([
        ['st-2', MELONI, [{ id: DRAGHI, name: 'Mario Draghi', type: 'Person' }]],
      ]),
  },
  'statements/count': {
    params: { speaker: null, about: COMMISSION, article: null, from: '2024-01', toBefore: '2024-12\uffff' },
    rows: [{ total: 2 }],
  },
  'statements/timeline-of-articles': {
    params: { ids: ['art-2', 'missing'] },
    rows: [{ date: '2024-04-10', statements: 2 }],
  },
  'statements/timeline': {
    rows: (rows) =>
      expect([...rows].sort((a, b) => String(a.date).localeCompare(String(b.date)))).toStrictEqual([
        { date: '2024-03-05', statements: 2 },
        { date: '2024-04-10', statements: 2 },
      ]),
  },
  'statements/list-by-speaker': {
    params: { speaker: MELONI, about: null, article: null, from: null, toBefore: null, skip: 1, limit: 5 },
    rows: (rows) =>
      expect(rows.map((row) => [row.id, row.speakerId, row.about])).toStrictEqual([
        ['st-2', MELONI, [{ id: DRAGHI, name: 'Mario Draghi', type: 'Person' }]],
      ]),
  },
  'statements/list-about': {
    params: {
      speaker: null,
      about: COMMISSION,
      article: null,
      from: '2024-01',
      toBefore: '2024-12\uffff',
      skip: 0,
      limit: 5,
    },
    rows: (rows) =>
      expect(rows.map((row) => [row.id, row.speakerId])).toStrictEqual([
        ['st-3', MELONI],
        ['st-1', DRAGHI],
      ]),
  },
  'statements/count-by-speaker': {
    params: { speaker: MELONI, about: DRAGHI, article: null, from: null, toBefore: null },
    rows: [{ total: 1 }],
  },
  'statements/count-about': {
    params: { speaker: null, about: COMMISSION, article: null, from: '2024-01', toBefore: '2024-12\uffff' },
    rows: [{ total: 2 }],
  },
  'article/get': { params: { id: 'art-9' }, rows: none },
  'article/mentions': {
    params: { id: 'art-1' },
    rows: (rows) =>
      expect(rows.map((row) => [row.entityId, row.starts])).toStrictEqual([
        [COMMISSION, [85]],
        [MELONI, [16, 58, 135]],
        [DRAGHI, [0, 31, 127, 155]],
        ['place:roma', [25, 75]],
      ]),
  },
  'article/statements': {
    params: { id: 'art-1' },
    rows: [
      { id: 'st-1', speakerId: DRAGHI, kind: 'direct', start: 82, end: 115, sentenceStart: 81, sentenceEnd: 134 },
      { id: 'st-2', speakerId: MELONI, kind: 'direct', start: 164, end: 178, sentenceStart: 163, sentenceEnd: 193 },
    ],
  },
  'article/list': {
    params: { skip: 1, limit: 5 },
    rows: [
      {
        id: 'art-1',
        title: 'Draghi incontra Meloni a Roma',
        date: '2024-03-05',
        url: 'https://example.org/art-1',
        source: 'art-1.txt',
        sourceName: null,
      },
    ],
  },
  'article/count': { rows: [{ total: 2 }] },
  'scope/articles': {
    params: { from: '2024-04', toBefore: '2024-04\uffff' },
    rows: [
      {
        id: 'art-2',
        url: 'https://example.org/art-2',
        source: 'art-2.txt',
        sourceName: null,
        date: '2024-04-10',
        statements: 2,
      },
    ],
  },
  'scope/entities': {
    params: { ids: ['art-2'] },
    rows: [
      { id: 'event:vertice-bruxelles' },
      { id: 'org:commissione-europea' },
      { id: 'person:giorgia-meloni' },
      { id: 'place:bruxelles' },
    ],
  },
  'scope/statements': {
    params: { ids: ['art-2'] },
    rows: [
      { id: 'st-3', speakerId: MELONI },
      { id: 'st-4', speakerId: null },
    ],
  },
  'statements/by-id': {
    params: { ids: ['st-4', 'nope', 'st-2'] },
    rows: (rows) =>
      expect(
        rows
          .map((row) => [row.id, row.speakerId, row.articleTitle === undefined, row.about])
          .sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
      ).toStrictEqual([
        ['st-2', MELONI, false, [{ id: DRAGHI, name: 'Mario Draghi', type: 'Person' }]],
        ['st-4', null, false, [{ id: 'place:bruxelles', name: 'Bruxelles', type: 'Place' }]],
      ]),
  },
  'scope/statements-by-id': {
    params: { ids: ['st-2', 'nope'] },
    rows: (rows) =>
      expect(rows.map((row) => [row.id, row.speakerId, row.sentence, row.about])).toStrictEqual([
        ['st-2', MELONI, '«Serve prudenza», ha aggiunto.', [{ id: DRAGHI, name: 'Mario Draghi', type: 'Person' }]],
      ]),
  },
  'search/entities': {
    params: { contains: 'meloni', exact: '|meloni|', prefix: '|meloni', wordPrefix: ' meloni', limit: 5 },
    rows: [{ id: MELONI, name: 'Giorgia Meloni', type: 'Person', aliases: ['Meloni'], mentions: 5, rank: 0 }],
  },
  'search/entity-texts': {
    rows: (rows) =>
      expect(sortById(rows)).toStrictEqual([
        { id: 'event:vertice-bruxelles', searchText: '|vertice di bruxelles|' },
        { id: COMMISSION, searchText: '|commissione europea|' },
        { id: MELONI, searchText: '|giorgia meloni|meloni|' },
        { id: DRAGHI, searchText: '|mario draghi|draghi|' },
        { id: 'place:bruxelles', searchText: '|bruxelles|' },
        { id: 'place:roma', searchText: '|roma|' },
      ]),
  },
  'search/entity-texts-by-id': {
    params: { ids: [DRAGHI, 'no-such-entity', COMMISSION] },
    rows: (rows) =>
      expect(sortById(rows)).toStrictEqual([
        { id: COMMISSION, searchText: '|commissione europea|' },
        { id: DRAGHI, searchText: '|mario draghi|draghi|' },
      ]),
  },
  'search/statements': {
    params: {
      contains: 'citta',
      inSentence: false,
      kinds: ['indirect'],
      acts: null,
      cue: 'si dice',
      speaker: null,
      from: '2024',
      toBefore: '2024-04\uffff',
      folds: [['à', 'a']],
      plain: '[ -~]*',
      sortFolds: [['à', 'a']],
      sort: 'outlet',
      descending: true,
      twoLevelSuffixes: ['.co.uk'],
      skip: 0,
      limit: 5,
    },
    rows: (rows) =>
      expect(rows.map((row) => [row.id, row.quote, row.kind, row.speakerId, row.about])).toStrictEqual([
        [
          'st-4',
          'la città sia blindata',
          'indirect',
          null,
          [{ id: 'place:bruxelles', name: 'Bruxelles', type: 'Place' }],
        ],
      ]),
  },
  'search/statement-keys': {
    rows: (rows) =>
      expect(
        sortByFields(rows, ['id']).map((row) => [row.id, row.articleId, row.inArticle, row.date, row.act, row.quote]),
      ).toStrictEqual([
        ['st-1', 'art-1', 'art-1', '2024-03-05', 'request', 'La Commissione europea deve agire'],
        ['st-2', 'art-1', 'art-1', '2024-03-05', 'claim', 'Serve prudenza'],
        ['st-3', 'art-2', 'art-2', '2024-04-10', 'claim', 'Non è il momento'],
        ['st-4', 'art-2', 'art-2', '2024-04-10', 'claim', 'la città sia blindata'],
      ]),
  },
  'search/statement-articles': {
    params: { twoLevelSuffixes: ['.co.uk'] },
    rows: (rows) =>
      expect(sortByFields(rows, ['id'])).toStrictEqual([
        { id: 'art-1', date: '2024-03-05', outlet: 'example.org', article: 'Draghi incontra Meloni a Roma' },
        { id: 'art-2', date: '2024-04-10', outlet: 'example.org', article: 'Vertice di Bruxelles' },
      ]),
  },
  'search/statement-speakers': {
    rows: (rows) =>
      expect(sortByFields(rows, ['statementId'])).toStrictEqual([
        { statementId: 'st-1', speakerId: DRAGHI, speakerKey: 'mario draghi' },
        { statementId: 'st-2', speakerId: MELONI, speakerKey: 'giorgia meloni' },
        { statementId: 'st-3', speakerId: MELONI, speakerKey: 'giorgia meloni' },
      ]),
  },
  'search/statements-count': {
    params: {
      contains: 'dice che',
      inSentence: true,
      kinds: null,
      acts: ['claim'],
      cue: null,
      speaker: null,
      from: null,
      toBefore: null,
      folds: [['à', 'a']],
      plain: '[ -~]*',
    },
    rows: [{ total: 1 }],
  },
};

/** Rows in the order of the given fields (compared as text), for queries whose order is unspecified. */
function sortByFields(rows: Row[], fields: string[]): Row[] {
  const compare = (a: Row, b: Row): number => {
    for (const field of fields) {
      const [x, y] = [String(a[field]), String(b[field])];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return [...rows].sort(compare);
}

function sortById(rows: Row[]): Row[] {
  return [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

async function refusedWith(work: Promise<unknown>): Promise<CypherErrorInfo> {
  try {
    await work;
  } catch (error) {
    if (error instanceof CypherQueryError) return error.info;
    throw error;
  }
  throw new Error('expected a CypherQueryError');
}

/** A result whose second article carries an entity of an unknown type: its batch must fail as a whole. */
function failingExtraction(): ExtractionResult {
  const sample = sampleExtraction();
  const text = 'Un articolo che non deve restare a metà: Mario Draghi.';
  const start = text.indexOf('Mario Draghi');
  return {
    documents: [
      {
        id: 'art-3',
        source: 'art-3.txt',
        title: null,
        date: '2024-05-01',
        url: null,
        language: 'it',
        errors: [],
        text,
      },
    ],
    entities: [
      {
        ...(sample.entities[0] as ExtractionResult['entities'][number]),
        mentions: [{ document: 'art-3', start, end: start + 12, text: 'Mario Draghi' }],
      },
      {
        id: 'x:bad',
        name: 'Bad',
        type: 'Alien' as never,
        aliases: [],
        mentions: [{ document: 'art-3', start: 0, end: 2, text: 'Un' }],
      },
    ],
    statements: [],
    relations: [],
  };
}

function contractSuite(engine: string, makeStore: () => CypherStore, isGrafeo: boolean): void {
  describe(`store contract on ${engine}`, () => {
    let store: CypherStore;

    beforeAll(async () => {
      store = makeStore();
      await store.init();
      await store.reset();
      expect(await store.writeExtraction(sampleExtraction())).toStrictEqual({ articlesWritten: 2, articlesSkipped: 0 });
    });

    afterAll(async () => {
      await store?.close();
    });

    describe('every shipped query runs', () => {
      for (const name of queryNames()) {
        it(name, async () => {
          const sample = SAMPLES[name];
          expect(sample, `a sample for ${name}`).toBeDefined();
          if (!sample || (sample.grafeoOnly && !isGrafeo)) return;
          const placeholders = queryPlaceholders(name);
          expect(Boolean(sample.splice?.entityType)).toBe(placeholders.entityType);
          expect(Boolean(sample.splice?.relationType)).toBe(placeholders.relationType);
          const rows = await store.executeText(loadQuery(name, sample.splice), sample.params ?? {});
          if (typeof sample.rows === 'function') sample.rows(rows);
          else expect(rows).toStrictEqual(sample.rows);
        });
      }
    });

    describe('writes', () => {
      it('writing the same result again changes nothing', async () => {
        const before = await store.stats();
        expect(await store.writeExtraction(sampleExtraction())).toStrictEqual({
          articlesWritten: 0,
          articlesSkipped: 2,
        });
        expect(await store.stats()).toStrictEqual(before);
        expect(before).toStrictEqual({
          articles: 2,
          entities: 6,
          statements: 4,
          relations: 4,
          mentions: 17,
          byType: { Event: 1, Organization: 1, Person: 2, Place: 2 },
        });
      });

      it('keeps the counters on entities equal to a recount from the edges', async () => {
        const ids = (await store.knownEntities()).map((entity) => entity.id);
        const before = await store.run('graph/nodes', { ids });
        await store.executeText(loadQuery('write/entity-counters'), { ids });
        expect(await store.run('graph/nodes', { ids })).toStrictEqual(before);
        expect(before.find((row) => row.id === MELONI)).toMatchObject({ mentions: 5, statementsBy: 2 });
      });

      it('plans again when a batch finds its articles stored meanwhile', async () => {
        const before = await store.stats();
        const stale = Object.assign(Object.create(Object.getPrototypeOf(store) as object) as CypherStore, store);
        let calls = 0;
        stale.existingArticleIds = (ids: string[]) =>
          calls++ === 0 ? Promise.resolve(new Set<string>()) : store.existingArticleIds(ids);
        expect(await stale.writeExtraction(sampleExtraction())).toStrictEqual({
          articlesWritten: 0,
          articlesSkipped: 2,
        });
        expect(calls).toBe(2);
        expect(await store.stats()).toStrictEqual(before);
      });

      it('a failing batch leaves nothing of its articles behind', async () => {
        const before = await store.stats();
        await expect(store.writeExtraction(failingExtraction())).rejects.toThrow(
          "Unknown entity type 'Alien' (entity x:bad)",
        );
        expect(await store.stats()).toStrictEqual(before);
        expect(await store.existingArticleIds(['art-3'])).toStrictEqual(new Set());
        expect((await store.entity(DRAGHI))?.entity.mentions).toBe(4);
      });

      it('merges names and aliases of an entity met again', async () => {
        const text = 'Il presidente Mario Draghi, detto SuperMario, parla.';
        const start = text.indexOf('SuperMario');
        await store.writeExtraction({
          documents: [
            {
              id: 'art-4',
              source: 'art-4.txt',
              title: null,
              date: '2024-06-01',
              url: null,
              language: 'it',
              errors: [],
              text,
            },
          ],
          entities: [
            {
              id: DRAGHI,
              name: 'Draghi',
              type: 'Person',
              aliases: ['SuperMario'],
              mentions: [{ document: 'art-4', start, end: start + 10, text: 'SuperMario' }],
            },
          ],
          statements: [],
          relations: [],
        });
        const hits = await store.search('supermario', 5);
        expect(hits).toStrictEqual([
          {
            id: DRAGHI,
            name: 'Mario Draghi',
            type: 'Person',
            aliases: ['Draghi', 'SuperMario'],
            matched: 'SuperMario',
            mentions: 5,
          },
        ]);
        await store.executeText("MATCH (a:Article {id: 'art-4'}) DETACH DELETE a");
        await store.executeText(loadQuery('write/entity-counters'), { ids: [DRAGHI] });
      });
    });

    describe('reads', () => {
      it('overview: top entities with the three kinds of edges, cap reported', async () => {
        const graph = await store.overview({ limit: 2, types: ['Person'] });
        expect(graph.nodes.map((node) => node.id)).toStrictEqual([MELONI, DRAGHI]);
        expect(graph.edges.map((edge) => [edge.id, edge.weight, edge.evidenceIds])).toStrictEqual([
          [`spoke_about:SPOKE_ABOUT:${MELONI}->${DRAGHI}`, 1, ['st-2']],
          [`relation:CRITICIZED:${MELONI}->${DRAGHI}`, 1, ['rel-1']],
          [`relation:MET:${DRAGHI}->${MELONI}`, 1, ['rel-2']],
          [`comention:CO_MENTION:${MELONI}->${DRAGHI}`, 1, ['art-1']],
        ]);
        expect([graph.cap, graph.truncated, graph.totalNodes]).toStrictEqual([2, false, 2]);
        const all = await store.overview({ limit: 3 });
        expect([all.cap, all.truncated, all.totalNodes, all.nodes.length]).toStrictEqual([3, true, 6, 3]);
      });

      it('neighborhood: strong links first, limited, truncated', async () => {
        const graph = await store.neighborhood(DRAGHI, { depth: 1, limit: 3 });
        expect(graph.nodes.map((node) => node.id)).toStrictEqual([DRAGHI, MELONI, COMMISSION]);
        expect([graph.truncated, graph.totalNodes]).toStrictEqual([true, 4]);
        const deeper = await store.neighborhood(DRAGHI, { depth: 2, limit: 50 });
        expect(deeper.nodes.map((node) => node.id).sort()).toStrictEqual([
          'event:vertice-bruxelles',
          COMMISSION,
          MELONI,
          DRAGHI,
          'place:bruxelles',
          'place:roma',
        ]);
        expect(await store.neighborhood('missing', { depth: 1, limit: 5 })).toStrictEqual({
          nodes: [],
          edges: [],
          cap: 5,
          truncated: false,
          totalNodes: 0,
        });
      });

      it('entity details with statements, their sentences and articles', async () => {
        const details = await store.entity(DRAGHI);
        expect(
          details?.statementsBy.map((statement) => [
            statement.id,
            statement.sentence,
            statement.sentenceStart,
            statement.about.map((target) => target.id),
          ]),
        ).toStrictEqual([['st-1', '«La Commissione europea deve agire», ha detto Draghi.', 81, [COMMISSION]]]);
        expect(
          details?.statementsAbout.map((statement) => [statement.id, statement.speaker?.id, statement.article.title]),
        ).toStrictEqual([['st-2', MELONI, 'Draghi incontra Meloni a Roma']]);
        expect(
          details?.relations.map((relation) => [
            relation.type,
            relation.source.id,
            relation.target.id,
            relation.evidence,
          ]),
        ).toStrictEqual([
          ['CRITICIZED', MELONI, DRAGHI, 'Meloni ha criticato Draghi'],
          ['MET', DRAGHI, MELONI, 'Mario Draghi ha incontrato Giorgia Meloni'],
        ]);
        expect(details?.articles.map((article) => article.id)).toStrictEqual(['art-1']);
        expect(await store.entity('missing')).toBe(null);
      });

      it('statements filtered by speaker, target, article and partial dates', async () => {
        const ids = async (filter: Parameters<CypherStore['statements']>[0]) => {
          const page = await store.statements(filter);
          return [page.statements.map((statement) => statement.id), page.total];
        };
        expect(await ids({})).toStrictEqual([['st-3', 'st-4', 'st-1', 'st-2'], 4]);
        expect(await ids({ about: COMMISSION })).toStrictEqual([['st-3', 'st-1'], 2]);
        expect(await ids({ speaker: MELONI, article: 'art-1' })).toStrictEqual([['st-2'], 1]);
        expect(await ids({ from: '2024-04', to: '2024-04' })).toStrictEqual([['st-3', 'st-4'], 2]);
        expect(await ids({ to: '2024-03-05' })).toStrictEqual([['st-1', 'st-2'], 2]);
        expect(await ids({ limit: 1, offset: 1 })).toStrictEqual([['st-4'], 4]);
        const unnamed = (await store.statements({ about: 'place:bruxelles' })).statements[0];
        expect([unnamed?.speaker, unnamed?.kind, unnamed?.sentenceStart, unnamed?.sentenceEnd]).toStrictEqual([
          null,
          'indirect',
          153,
          187,
        ]);
      });

      it('article with text, mention offsets and statements', async () => {
        const article = await store.article('art-1');
        expect(article?.mentions.slice(0, 3)).toStrictEqual([
          { entityId: DRAGHI, name: 'Mario Draghi', type: 'Person', start: 0, end: 6 },
          { entityId: MELONI, name: 'Giorgia Meloni', type: 'Person', start: 16, end: 22 },
          { entityId: 'place:roma', name: 'Roma', type: 'Place', start: 25, end: 29 },
        ]);
        for (const mention of article?.mentions ?? [])
          expect(article?.text.slice(mention.start, mention.end)).toMatch(/Draghi|Meloni|Roma|Commissione europea/);
        expect(article?.statements.map((statement) => statement.id)).toStrictEqual(['st-1', 'st-2']);
        expect(await store.article('missing')).toBe(null);
        expect(await store.articles({ limit: 1, offset: 0 })).toStrictEqual({
          articles: [
            {
              id: 'art-2',
              title: 'Vertice di Bruxelles',
              date: '2024-04-10',
              url: 'https://example.org/art-2',
              source: 'art-2.txt',
              sourceName: null,
            },
          ],
          total: 2,
        });
      });

      it('search: accent- and case-insensitive, exact and prefix first', async () => {
        expect((await store.search('BRUXELLES', 5)).map((hit) => [hit.id, hit.matched])).toStrictEqual([
          ['place:bruxelles', 'Bruxelles'],
          ['event:vertice-bruxelles', 'Vertice di Bruxelles'],
        ]);
        expect((await store.search('commissione europèa', 5)).map((hit) => hit.id)).toStrictEqual([COMMISSION]);
        expect((await store.search('dra', 5)).map((hit) => [hit.id, hit.matched])).toStrictEqual([[DRAGHI, 'Draghi']]);
        expect(await store.search('   ', 5)).toStrictEqual([]);
      });

      it('runs shipped queries by name, writing ones in a write transaction', async () => {
        expect(await store.run('article/count')).toStrictEqual([{ total: 2 }]);
        expect(await store.run('write/entity-counters', { ids: [DRAGHI, 'missing'] })).toStrictEqual([{ written: 1 }]);
        await expect(store.run('write/relations', { rows: [] })).rejects.toThrow(
          "Query 'write/relations' needs a relation type from RELATION_TYPES, got undefined",
        );
      });

      it('schema and known entities', async () => {
        const schema = await store.schema();
        expect(schema.labels.find((entry) => entry.label === 'Statement')).toStrictEqual({
          label: 'Statement',
          count: 4,
        });
        expect(schema.relationshipTypes.find((entry) => entry.type === 'MENTIONS')).toStrictEqual({
          type: 'MENTIONS',
          count: 8,
        });
        expect(schema.propertyKeys).toContain('searchText');
        expect((await store.knownEntities()).find((entity) => entity.id === MELONI)).toStrictEqual({
          id: MELONI,
          name: 'Giorgia Meloni',
          type: 'Person',
          aliases: ['Meloni'],
        });
      });
    });

    describe('portability probes', () => {
      beforeAll(async () => {
        await store.executeText('MATCH (p:Probe) DETACH DELETE p');
        await store.executeText(
          "CREATE (a:Probe {id: 'a'})-[:NEXT]->(b:Probe {id: 'b'})-[:NEXT]->(c:Probe {id: 'c'})-[:NEXT]->(d:Probe {id: 'd'})",
        );
      });
      afterAll(async () => {
        await store.executeText('MATCH (p:Probe) DETACH DELETE p');
      });

      it('MERGE upserts through UNWIND', async () => {
        const upsert =
          'UNWIND $rows AS row MERGE (p:Probe {id: row.id}) ON CREATE SET p.n = row.n ON MATCH SET p.n = p.n + row.n RETURN p.id AS id, p.n AS n ORDER BY id';
        const rows = [
          { id: 'x', n: 1 },
          { id: 'y', n: 2 },
        ];
        expect(await store.executeText(upsert, { rows })).toStrictEqual([
          { id: 'x', n: 1 },
          { id: 'y', n: 2 },
        ]);
        expect(await store.executeText(upsert, { rows })).toStrictEqual([
          { id: 'x', n: 2 },
          { id: 'y', n: 4 },
        ]);
        await store.executeText("MATCH (p:Probe) WHERE p.id IN ['x', 'y'] DELETE p");
      });

      const probes: [string, string, Params, Row[]][] = [
        [
          'variable-length paths',
          "MATCH (:Probe {id: 'a'})-[:NEXT*1..2]->(x) RETURN x.id AS id ORDER BY id",
          {},
          [{ id: 'b' }, { id: 'c' }],
        ],
        [
          'shortestPath',
          "MATCH p = shortestPath((a:Probe {id: 'a'})-[:NEXT*..5]->(d:Probe {id: 'd'})) RETURN length(p) AS hops, [n IN nodes(p) | n.id] AS ids",
          {},
          [{ hops: 3, ids: ['a', 'b', 'c', 'd'] }],
        ],
        [
          'labels, type, elementId, startNode, endNode',
          "MATCH (a:Probe {id: 'a'})-[r:NEXT]->(b) RETURN labels(a) AS labels, type(r) AS type, elementId(a) = elementId(startNode(r)) AS same, endNode(r).id AS end",
          {},
          [{ labels: ['Probe'], type: 'NEXT', same: true, end: 'b' }],
        ],
        [
          'OPTIONAL MATCH',
          "MATCH (d:Probe {id: 'd'}) OPTIONAL MATCH (d)-[:NEXT]->(x) RETURN d.id AS id, x.id AS next",
          {},
          [{ id: 'd', next: null }],
        ],
        [
          'EXISTS and COUNT subqueries',
          'MATCH (p:Probe) RETURN p.id AS id, EXISTS { MATCH (p)-[:NEXT]->() } AS hasNext, COUNT { MATCH (p)-[:NEXT]-() } AS degree ORDER BY id',
          {},
          [
            { id: 'a', hasNext: true, degree: 1 },
            { id: 'b', hasNext: true, degree: 2 },
            { id: 'c', hasNext: true, degree: 2 },
            { id: 'd', hasNext: false, degree: 1 },
          ],
        ],
        [
          'parameters of every type',
          'RETURN $s AS s, $i AS i, $f AS f, $b AS b, $n AS n, $l AS l, $m AS m',
          { s: 'Città', i: 42, f: 0.25, b: true, n: null, l: ['x', 1, 2.5], m: { k: 'v', nested: [1] } },
          [{ s: 'Città', i: 42, f: 0.25, b: true, n: null, l: ['x', 1, 2.5], m: { k: 'v', nested: [1] } }],
        ],
        [
          'integers and floats',
          'RETURN 7 / 2 AS intDivision, 7.0 / 2 AS floatDivision, toInteger(2.7) AS truncated, $i + 1 AS next, $f * 2 AS doubled, 9007199254740993 AS big',
          { i: 41, f: 1.25 },
          [{ intDivision: 3, floatDivision: 3.5, truncated: 2, next: 42, doubled: 2.5, big: '9007199254740993' }],
        ],
        [
          'lists, CASE, coalesce, collect, SKIP/LIMIT parameters',
          "MATCH (p:Probe) WITH p ORDER BY p.id SKIP $skip LIMIT $limit WITH collect(p.id) AS ids RETURN ids, [x IN ids WHERE x <> 'c' | toUpper(x)] AS upper, CASE WHEN size(ids) = 2 THEN 'two' ELSE 'other' END AS size, coalesce(null, ids[0]) AS first",
          { skip: 1, limit: 2 },
          [{ ids: ['b', 'c'], upper: ['B'], size: 'two', first: 'b' }],
        ],
        [
          'UNION',
          "MATCH (p:Probe {id: 'a'}) RETURN p.id AS id UNION MATCH (p:Probe {id: 'd'}) RETURN p.id AS id",
          {},
          [{ id: 'a' }, { id: 'd' }],
        ],
        [
          'CALL subquery',
          "MATCH (p:Probe) WHERE p.id IN ['a', 'd'] CALL { WITH p MATCH (p)-[:NEXT]->(n) RETURN count(n) AS out } RETURN p.id AS id, out ORDER BY id",
          {},
          [
            { id: 'a', out: 1 },
            { id: 'd', out: 0 },
          ],
        ],
        [
          'toLower CONTAINS and regular expressions',
          "MATCH (p:Probe) WHERE toLower('AB') CONTAINS p.id AND p.id =~ '[a-c]' RETURN p.id AS id ORDER BY id",
          {},
          [{ id: 'a' }, { id: 'b' }],
        ],
      ];
      for (const [name, query, params, expected] of probes) {
        it(name, async () => {
          const rows = await store.executeText(query, params);
          expect(name === 'UNION' ? sortById(rows) : rows).toStrictEqual(expected);
        });
      }

      it('nodes, relationships and paths come back in one shape', async () => {
        const result = await store.readOnly("MATCH p = (a:Probe {id: 'a'})-[r:NEXT]->(b) RETURN a, r, p");
        expect(result.columns).toStrictEqual(['a', 'r', 'p']);
        const [a, r, p] = result.rows[0] as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
        expect({ ...a, elementId: 'x' }).toStrictEqual({
          $type: 'node',
          elementId: 'x',
          labels: ['Probe'],
          properties: { id: 'a' },
        });
        expect(r.$type).toBe('relationship');
        expect([r.type, r.startNodeElementId, r.properties]).toStrictEqual(['NEXT', a.elementId, {}]);
        expect(p.$type).toBe('path');
        expect((p.nodes as { properties: unknown }[]).map((node) => node.properties)).toStrictEqual([
          { id: 'a' },
          { id: 'b' },
        ]);
        expect(
          (p.relationships as { elementId: unknown }[]).map((relationship) => relationship.elementId),
        ).toStrictEqual([r.elementId]);
      });
    });

    describe('read-only user queries', () => {
      const refusals: [string, string, string][] = [
        ['CREATE (n:X) RETURN n', 'CREATE', 'CREATE is not allowed: queries here are read-only (line 1, column 1).'],
        ['MATCH (n:Probe)\nSET n.x = 1', 'SET', 'SET is not allowed: queries here are read-only (line 2, column 1).'],
        ['MATCH (n) REMOVE n.x', 'REMOVE', 'REMOVE is not allowed: queries here are read-only (line 1, column 11).'],
        ['MATCH (n) DELETE n', 'DELETE', 'DELETE is not allowed: queries here are read-only (line 1, column 11).'],
        [
          'MATCH (n) DETACH DELETE n',
          'DETACH DELETE',
          'DETACH DELETE is not allowed: queries here are read-only (line 1, column 11).',
        ],
        ['MERGE (n:X {id: 1})', 'MERGE', 'MERGE is not allowed: queries here are read-only (line 1, column 1).'],
        [
          'FOREACH (x IN [1] | CREATE (:X))',
          'FOREACH',
          'FOREACH is not allowed: queries here are read-only (line 1, column 1).',
        ],
        [
          'CREATE INDEX x_id FOR (n:X) ON (n.id)',
          'CREATE INDEX',
          'CREATE INDEX is not allowed: schema commands (indexes, constraints) cannot run here (line 1, column 1).',
        ],
        [
          'CREATE CONSTRAINT x_id FOR (n:X) REQUIRE n.id IS UNIQUE',
          'CREATE CONSTRAINT',
          'CREATE CONSTRAINT is not allowed: schema commands (indexes, constraints) cannot run here (line 1, column 1).',
        ],
        [
          'DROP INDEX entity_id_lookup',
          'DROP INDEX',
          'DROP INDEX is not allowed: schema commands (indexes, constraints) cannot run here (line 1, column 1).',
        ],
        [
          'DROP CONSTRAINT entity_id',
          'DROP CONSTRAINT',
          'DROP CONSTRAINT is not allowed: schema commands (indexes, constraints) cannot run here (line 1, column 1).',
        ],
        [
          "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
          'LOAD CSV',
          'LOAD CSV is not allowed: queries cannot read files here (line 1, column 1).',
        ],
        [
          "CALL apoc.create.node(['X'], {})",
          'CALL apoc.*',
          'CALL apoc.* is not allowed: APOC procedures cannot run here (line 1, column 1).',
        ],
        [
          'CALL dbms.components()',
          'CALL dbms.*',
          'CALL dbms.* is not allowed: dbms procedures cannot run here (line 1, column 1).',
        ],
        [
          "CALL db.createLabel('X')",
          'CALL db.createLabel',
          'CALL db.createLabel is not allowed: only read-only procedures (db.labels, db.relationshipTypes, db.propertyKeys, …) can be called here (line 1, column 1).',
        ],
        [
          'USE system SHOW USERS',
          'USE',
          'USE is not allowed: queries run on the configured database only (line 1, column 1).',
        ],
        [
          'SHOW USERS',
          'SHOW USERS',
          'SHOW USERS is not allowed: administration commands cannot run here (line 1, column 1).',
        ],
        [
          'CREATE DATABASE other',
          'CREATE DATABASE',
          'CREATE DATABASE is not allowed: administration commands cannot run here (line 1, column 1).',
        ],
        [
          'GRANT ROLE reader TO alice',
          'GRANT',
          'GRANT is not allowed: administration commands cannot run here (line 1, column 1).',
        ],
        [
          'MATCH (n) CALL { WITH n RETURN n.id AS id } IN TRANSACTIONS RETURN id',
          'CALL { … } IN TRANSACTIONS',
          'CALL { … } IN TRANSACTIONS is not allowed: queries run in one read-only transaction (line 1, column 45).',
        ],
      ];
      for (const [query, clause, message] of refusals) {
        it(`refuses ${clause}`, async () => {
          const info = await refusedWith(store.readOnly(query));
          expect([info.code, info.clause, info.message]).toStrictEqual(['READ_ONLY', clause, message]);
        });
      }

      it('writes nothing when refused', async () => {
        await refusedWith(store.readOnly('CREATE (n:Refused) RETURN n'));
        await refusedWith(store.readOnly('CREATE INDEX refused_id FOR (n:Refused) ON (n.id)'));
        expect(await store.executeText('MATCH (n:Refused) RETURN count(n) AS n')).toStrictEqual([{ n: 0 }]);
        expect((await store.schema()).labels.map((entry) => entry.label)).not.toContain('Refused');
      });

      it('refuses more than one statement, accepts a final semicolon', async () => {
        const info = await refusedWith(store.readOnly('MATCH (n) RETURN n LIMIT 1;\nMATCH (m) RETURN m'));
        expect(info).toStrictEqual({
          code: 'MULTIPLE_STATEMENTS',
          message: 'Only one statement can run at a time: a second statement starts at line 2, column 1.',
          position: { line: 2, column: 1, offset: 28 },
        });
        expect((await store.readOnly('RETURN 1 AS one;')).rows).toStrictEqual([[1]]);
      });

      it('reports a syntax error with its position', async () => {
        const info = await refusedWith(store.readOnly('MATCH (n:Probe)\nRETURN n WHERE'));
        expect(info.code).toBe('SYNTAX');
        expect(info.position?.line).toBe(2);
        if (isGrafeo) {
          expect(info).toStrictEqual({
            code: 'SYNTAX',
            message:
              'WHERE after RETURN: RETURN must be the last clause of a query (pass rows on with WITH) (line 2, column 10)',
            position: { line: 2, column: 10, offset: 25 },
          });
        }
      });

      it('caps the rows', async () => {
        const result = await store.readOnly('UNWIND range(1, 10) AS x RETURN x', {}, { rowCap: 3 });
        expect([result.columns, result.rows, result.truncated, result.rowCap]).toStrictEqual([
          ['x'],
          [[1], [2], [3]],
          true,
          3,
        ]);
        const all = await store.readOnly('UNWIND range(1, $n) AS x RETURN x', { n: 3 }, { rowCap: 3 });
        expect([all.rows.length, all.truncated]).toStrictEqual([3, false]);
      });

      it('times out an expensive query and keeps answering afterwards', async () => {
        const expensive =
          'UNWIND range(1, 2000) AS x UNWIND range(1, 2000) AS y WITH x, y WHERE (x * y) % 7 = 0 RETURN count(*) AS c';
        const info = await refusedWith(store.readOnly(expensive, {}, { timeoutMs: 20 }));
        expect(info).toStrictEqual({ code: 'TIMEOUT', message: 'The query ran longer than 20 ms and was stopped.' });
        expect((await store.readOnly("MATCH (a:Article {id: 'art-1'}) RETURN a.id AS id")).rows).toStrictEqual([
          ['art-1'],
        ]);
        expect((await store.stats()).articles).toBe(2);
      });

      it('stops at once when the signal aborts', async () => {
        const controller = new AbortController();
        controller.abort();
        const info = await refusedWith(store.readOnly('RETURN 1 AS one', {}, { signal: controller.signal }));
        expect(info).toStrictEqual({ code: 'CANCELLED', message: 'The query was cancelled.' });
      });
    });
  });
}

// ---------------------------------------------------------------------------

const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-contract-'));
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }));

contractSuite('Grafeo', () => new GrafeoStore({ dbPath: path.join(temporary, 'contract.grafeo') }), true);

const neo4jUri = process.env.NEO4J_URI;
if (neo4jUri) {
  contractSuite(
    `Neo4j (${neo4jUri})`,
    () =>
      new Neo4jStore({
        uri: neo4jUri,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
        ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
      }),
    false,
  );
} else {
  console.warn(
    'Neo4j store contract skipped: `npm run test:neo4j` starts a throwaway Neo4j and runs it (or set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE to a scratch database: it empties it).',
  );
  describe.skip('store contract on Neo4j (NEO4J_URI not set: npm run test:neo4j)', () => {
    it('runs every shipped query and probe on Neo4j', () => undefined);
  });
}

// ---------------------------------------------------------------------------
// One process at a time on a Grafeo file.

const requireFromHere = createRequire(import.meta.url);
const GRAFEO_ENTRY = requireFromHere.resolve('@grafeo-db/js');

/** A node process that opens the database and holds it until told to quit on stdin. */
function holdStore(dbPath: string): Promise<ChildProcess> {
  const script = `
    const { GrafeoDB } = require(${JSON.stringify(GRAFEO_ENTRY)});
    const db = GrafeoDB.open(${JSON.stringify(dbPath)});
    process.stdout.write('ready\\n');
    process.stdin.on('data', () => { db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`holder exited early (${code})`)));
    child.stdout?.once('data', () => resolve(child));
  });
}

describe('a Grafeo file', () => {
  it('keeps what was written after close and reopen', async () => {
    const dbPath = path.join(temporary, 'reopen', 'kept.grafeo');
    const first = new GrafeoStore({ dbPath });
    await first.writeExtraction(sampleExtraction());
    const before = await first.stats();
    await first.close();
    await expect(first.stats()).rejects.toThrow(`The store ${dbPath} is closed.`);
    const second = new GrafeoStore({ dbPath });
    try {
      expect(await second.stats()).toStrictEqual(before);
      expect(await second.writeExtraction(sampleExtraction())).toStrictEqual({
        articlesWritten: 0,
        articlesSkipped: 2,
      });
    } finally {
      await second.close();
    }
  });
});

describe('a Grafeo file held by another process', () => {
  it('throws StoreUnavailableError naming the holder, then recovers when it is released', async () => {
    const dbPath = path.join(temporary, 'held.grafeo');
    const first = new GrafeoStore({ dbPath });
    await first.init();
    await first.close();

    const child = await holdStore(dbPath);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const store = new GrafeoStore({ dbPath });
    try {
      const error = await store.stats().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(StoreUnavailableError);
      if (fs.existsSync('/proc/locks')) {
        // Without an owner file the holder is read from the OS lock table (Linux).
        expect((error as StoreUnavailableError).holder).toStrictEqual({ pid: child.pid });
        expect((error as StoreUnavailableError).message).toBe(
          `The store ${dbPath} is in use by another process (pid ${child.pid}).`,
        );
      }

      writeStoreOwner(dbPath, {
        pid: child.pid as number,
        url: 'http://127.0.0.1:5555',
        startedAt: '2024-01-01T00:00:00.000Z',
      });
      const named = await store.ping().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect((named as StoreUnavailableError).holder).toStrictEqual({ pid: child.pid, url: 'http://127.0.0.1:5555' });
      expect((named as StoreUnavailableError).message).toBe(
        `The store ${dbPath} is in use by another process (pid ${child.pid}, serving http://127.0.0.1:5555).`,
      );

      child.stdin?.write('quit\n');
      await exited;
      expect(await store.stats()).toStrictEqual({
        articles: 0,
        entities: 0,
        statements: 0,
        relations: 0,
        mentions: 0,
        byType: {},
      });
    } finally {
      child.kill();
      await store.close();
    }
  });
});
