import { describe, expect, it } from 'vitest';
import { COMMUNITY_REST_COLOR } from '../../consts.ts';
import { communityColouring } from '../graph/communityColours.ts';
import { createExplorerGraph, mergePayload, OVERVIEW_ORIGIN } from '../graph/explorerGraph.ts';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { legendEntries, wrapText } from './legend.ts';

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

  it('lists the communities as the screen legend does, with their counts, while the view is coloured by community', () => {
    const graph = createExplorerGraph();
    mergePayload(
      graph,
      payload(
        [nodeView('o', 'Organization'), nodeView('p', 'Person'), nodeView('q', 'Person'), nodeView('l', 'Place')],
        [edgeView('p', 'o'), edgeView('q', 'p')],
      ),
      { origin: OVERVIEW_ORIGIN, random: () => 0.5 },
    );
    const colouring = communityColouring(
      { of: new Map(), members: [['p', 'o', 'q'], ['l']], connections: new Map(), modularity: 0 },
      (node) => graph.getNodeAttributes(node),
      ['#4E79A7'],
    );
    expect(legendEntries(graph, colouring)).toStrictEqual([
      { mark: 'dot', label: `${graph.getNodeAttribute('p', 'label')}’s community (3)`, color: '#4E79A7' },
      { mark: 'dot', label: '1 smaller group (1)', color: COMMUNITY_REST_COLOR },
      { mark: 'line', label: 'Spoke about', color: '#C0392B' },
    ]);
  });
});

describe('wrapText', () => {
  const byLetters = (text: string) => text.length * 10;

  it('cuts at spaces into lines no wider than asked, greedily', () => {
    expect(wrapText('Associazione nazionale dei comuni (12)', 120, byLetters)).toStrictEqual([
      'Associazione',
      'nazionale',
      'dei comuni',
      '(12)',
    ]);
    expect(wrapText('  Spoke   about ', 120, byLetters)).toStrictEqual(['Spoke about']);
  });

  it('cuts a word wider than a line between its letters', () => {
    expect(wrapText('Rüstungsexportkontrollgesetz (4)', 100, byLetters)).toStrictEqual([
      'Rüstungsex',
      'portkontro',
      'llgesetz',
      '(4)',
    ]);
  });

  it('keeps an empty text as one empty line', () => {
    expect(wrapText('', 100, byLetters)).toStrictEqual(['']);
  });
});
