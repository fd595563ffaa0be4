import { describe, expect, it } from 'vitest';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { legendEntries } from './legend.ts';

describe('legendEntries', () => {
  it('lists the visible entity types, then the visible kinds of link, with their colours', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload(
        [nodeView('o', 'Organization'), nodeView('p', 'Person'), nodeView('l', 'Place')],
        [edgeView('p', 'o'), edgeView('p', 'l', 'comention'), edgeView('o', 'p', 'relation')],
      ),
      { origin: OVERVIEW_ORIGIN, random: () => 0.5 },
    );
    graph.setNodeAttribute('l', 'hidden', true);
    expect(legendEntries(graph)).toStrictEqual([
      { mark: 'dot', label: 'People', color: '#0072B2' },
      { mark: 'dot', label: 'Organizations', color: '#E69F00' },
      { mark: 'line', label: 'Spoke about', color: '#C0392B' },
      { mark: 'line', label: 'Relations (roles, interactions)', color: '#4A5A7A' },
    ]);
  });
});
