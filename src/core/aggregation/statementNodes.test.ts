import { describe, expect, it } from 'vitest';
import type { StatementView } from '../../../contract/api.ts';
import { DEFAULT_FILTERS, applyVisibility, computeVisibility, type FilterState } from '../filters/filters.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload, statementView } from '../testing/factories.ts';
import {
  isStatementNodeId,
  planStatementNodes,
  shortQuote,
  statementIdOf,
  statementNodeId,
  syncStatementNodes,
} from './statementNodes.ts';

const SHOW_ALL: FilterState = { ...DEFAULT_FILTERS, hiddenKinds: [] };
const PM = 'spoke_about:SPOKE_ABOUT:peskov->musk';
const PP = 'spoke_about:SPOKE_ABOUT:peskov->putin';
const WM = 'spoke_about:SPOKE_ABOUT:wsj->musk';

function fixture() {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [
        nodeView('peskov', 'Person', { mentions: 5 }),
        nodeView('musk'),
        nodeView('putin'),
        nodeView('wsj', 'Organization'),
      ],
      [
        edgeView('peskov', 'musk', 'spoke_about', {
          weight: 2,
          evidenceIds: ['s1', 's2'],
          firstDate: '2024-03',
          lastDate: '2024-05',
        }),
        edgeView('peskov', 'putin', 'spoke_about', {
          weight: 2,
          evidenceIds: ['s2', 's3'],
          firstDate: '2024-05',
          lastDate: '2024-06',
        }),
        edgeView('wsj', 'musk', 'spoke_about', {
          weight: 1,
          evidenceIds: ['s4'],
          firstDate: '2024-05',
          lastDate: '2024-05',
        }),
        edgeView('musk', 'putin', 'relation', { type: 'MET', weight: 1 }),
      ],
    ),
    { origin: OVERVIEW_ORIGIN, random: () => 0.5 },
  );
  return graph;
}

const statements = new Map<string, StatementView>([
  ['s1', statementView('s1', 'peskov', ['musk'], { quote: 'assolutamente false', date: '2024-03' })],
  [
    's2',
    statementView('s2', 'peskov', ['musk', 'putin'], {
      quote: 'hanno parlato al telefono una volta sola',
      date: '2024-05',
    }),
  ],
  ['s3', statementView('s3', 'peskov', ['putin'], { quote: 'una conversazione conoscitiva', date: '2024-06' })],
  ['s4', statementView('s4', 'wsj', ['musk'], { quote: 'in contatto dal 2022', date: '2024-05' })],
]);

/** Everything sigma draws from: every node and edge with its attributes. */
function snapshot(graph: ReturnType<typeof fixture>) {
  return JSON.stringify(graph.export());
}

describe('short quotes', () => {
  it('cuts at a word boundary in guillemets', () => {
    expect(shortQuote('assolutamente false')).toBe('«assolutamente false»');
    expect(shortQuote('Tutto questo non è vero, sono informazioni completamente false', 30)).toBe(
      '«Tutto questo non è vero, sono…»',
    );
    expect(shortQuote('  due\n righe ', 30)).toBe('«due righe»');
  });

  it('names statement nodes apart from entities', () => {
    expect(statementNodeId('stmt-1')).toBe('statement:stmt-1');
    expect(statementIdOf('statement:stmt-1')).toBe('stmt-1');
    expect([isStatementNodeId('statement:stmt-1'), isStatementNodeId('person:dmitry-peskov')]).toStrictEqual([
      true,
      false,
    ]);
  });
});

describe('planStatementNodes', () => {
  it('takes whole links, heaviest first, while their statements fit the cap', () => {
    const graph = fixture();
    const visibility = computeVisibility(graph, SHOW_ALL);
    expect(planStatementNodes(graph, visibility, 10)).toStrictEqual({
      edges: [PM, PP, WM],
      statementIds: ['s1', 's2', 's3', 's4'],
      totalEdges: 3,
      totalStatements: 4,
    });
    // Two statements: peskov→musk fits, peskov→putin would add s3 (3 > 2), wsj→musk would too.
    expect(planStatementNodes(graph, visibility, 2)).toStrictEqual({
      edges: [PM],
      statementIds: ['s1', 's2'],
      totalEdges: 3,
      totalStatements: 4,
    });
    expect(planStatementNodes(graph, visibility, 1)).toStrictEqual({
      edges: [WM],
      statementIds: ['s4'],
      totalEdges: 3,
      totalStatements: 4,
    });
  });

  it('plans only links the filters show, and keeps those already detailed', () => {
    const graph = fixture();
    const filters: FilterState = { ...SHOW_ALL, hiddenTypes: ['Organization'] };
    expect(planStatementNodes(graph, computeVisibility(graph, filters), 10).edges).toStrictEqual([PM, PP]);
    syncStatementNodes(graph, [PM, PP], statements);
    const visibility = computeVisibility(graph, filters);
    expect([...visibility.replacedEdges].sort()).toStrictEqual([PM, PP]);
    expect(planStatementNodes(graph, visibility, 10).edges).toStrictEqual([PM, PP]);
  });
});

describe('syncStatementNodes', () => {
  it('draws speaker → statement → targets, one node per statement, in place of the links', () => {
    const graph = fixture();
    const added = syncStatementNodes(graph, [PM, PP], statements);
    expect(added).toStrictEqual(['statement:s1', 'statement:s2', 'statement:s3']);
    expect(graph.getNodeAttribute('statement:s2', 'statement')).toStrictEqual({
      statementId: 's2',
      date: '2024-05',
      parents: [PM, PP],
    });
    expect(graph.getNodeAttribute('statement:s2', 'label')).toBe('«hanno parlato al telefono una volta…»');
    expect(
      graph
        .filterEdges((_e, a) => a.statementLink !== undefined)
        .map((e) => [e, graph.source(e), graph.target(e), graph.getEdgeAttribute(e, 'statementLink')!.parent])
        .sort(),
    ).toStrictEqual([
      ['about:s1->musk', 'statement:s1', 'musk', PM],
      ['about:s2->musk', 'statement:s2', 'musk', PM],
      ['about:s2->putin', 'statement:s2', 'putin', PP],
      ['about:s3->putin', 'statement:s3', 'putin', PP],
      ['said:s1', 'peskov', 'statement:s1', null],
      ['said:s2', 'peskov', 'statement:s2', null],
      ['said:s3', 'peskov', 'statement:s3', null],
    ]);
    const visibility = computeVisibility(graph, SHOW_ALL);
    expect([...visibility.hiddenEdges].sort()).toStrictEqual([PM, PP]);
    expect(applyVisibility(graph, visibility)).toStrictEqual({
      visibleNodes: 4,
      visibleEdges: 4,
      visibleStatements: 3,
    });
  });

  it('places a new statement on its link, between speaker and target', () => {
    const graph = fixture();
    syncStatementNodes(graph, [WM], statements);
    const [w, m, s] = ['wsj', 'musk', 'statement:s4'].map((n) => graph.getNodeAttributes(n));
    const dx = m!.x - w!.x;
    const dy = m!.y - w!.y;
    expect(s!.x).toBeCloseTo(w!.x + dx / 2 - dy * 0.12, 9);
    expect(s!.y).toBeCloseTo(w!.y + dy / 2 + dx * 0.12, 9);
  });

  it('shrinking the plan drops only what is no longer wanted; an empty plan restores the graph exactly', () => {
    const graph = fixture();
    applyVisibility(graph, computeVisibility(graph, DEFAULT_FILTERS));
    const before = snapshot(graph);
    syncStatementNodes(graph, [PM, PP, WM], statements);
    applyVisibility(graph, computeVisibility(graph, DEFAULT_FILTERS));
    const s1 = graph.getNodeAttributes('statement:s1');
    expect(syncStatementNodes(graph, [PM], statements)).toStrictEqual([]);
    expect(graph.filterNodes((n) => isStatementNodeId(n))).toStrictEqual(['statement:s1', 'statement:s2']);
    expect(graph.getNodeAttribute('statement:s2', 'statement')!.parents).toStrictEqual([PM]);
    expect(graph.hasEdge('about:s2->putin')).toBe(false);
    expect([graph.getNodeAttribute('statement:s1', 'x'), graph.getNodeAttribute('statement:s1', 'y')]).toStrictEqual([
      s1.x,
      s1.y,
    ]);
    syncStatementNodes(graph, [], statements);
    applyVisibility(graph, computeVisibility(graph, DEFAULT_FILTERS));
    expect(snapshot(graph)).toBe(before);
  });

  it('leaves out statements not fetched yet', () => {
    const graph = fixture();
    expect(syncStatementNodes(graph, [PM], new Map([['s1', statements.get('s1')!]]))).toStrictEqual(['statement:s1']);
  });
});

describe('filters over statement nodes', () => {
  it('a statement date range hides statements outside it; the link stays replaced while one is shown', () => {
    const graph = fixture();
    syncStatementNodes(graph, [PM, PP, WM], statements);
    const v = computeVisibility(graph, { ...SHOW_ALL, from: '2024-06', to: '2024-12' });
    expect([...v.hiddenNodes].filter(isStatementNodeId).sort()).toStrictEqual([
      'statement:s1',
      'statement:s2',
      'statement:s4',
    ]);
    expect([...v.replacedEdges]).toStrictEqual([PP]);
    expect(v.hiddenEdges.has('about:s3->putin')).toBe(false);
    expect(v.hiddenEdges.has('said:s1')).toBe(true);
  });

  it('hiding the speaker hides its statements; a scope keeps only its statements', () => {
    const graph = fixture();
    syncStatementNodes(graph, [PM, PP, WM], statements);
    const byType = computeVisibility(graph, { ...SHOW_ALL, hiddenTypes: ['Organization'] });
    expect([...byType.hiddenNodes].sort()).toStrictEqual(['statement:s4', 'wsj']);
    expect(byType.hiddenEdges.has(WM)).toBe(true);
    expect(byType.replacedEdges.has(WM)).toBe(false);
    const scope = {
      articleIds: new Set(['a1']),
      entityIds: new Set(['peskov', 'musk', 'putin']),
      statementIds: new Set(['s1']),
    };
    const scoped = computeVisibility(graph, SHOW_ALL, scope);
    expect([...scoped.hiddenNodes].sort()).toStrictEqual(['statement:s2', 'statement:s3', 'statement:s4', 'wsj']);
    expect([...scoped.replacedEdges]).toStrictEqual([PM]);
    expect(scoped.hiddenEdges.has(PP)).toBe(true);
  });

  it('a hidden "spoke about" kind hides every statement node', () => {
    const graph = fixture();
    syncStatementNodes(graph, [PM, PP, WM], statements);
    const v = computeVisibility(graph, { ...SHOW_ALL, hiddenKinds: ['spoke_about'] });
    expect([...v.hiddenNodes].sort()).toStrictEqual(['statement:s1', 'statement:s2', 'statement:s3', 'statement:s4']);
    expect(v.replacedEdges.size).toBe(0);
  });
});
