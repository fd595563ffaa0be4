// The legend under an exported picture: the entity types (or, while the view is coloured by
// community, the communities as the screen's legend lists them) and the kinds of link the
// view shows, each with the colour it is drawn in, in the order of the filters panel.

import { EDGE_KINDS, type EdgeKind } from '../../../contract/api.ts';
import { ENTITY_TYPES, type EntityType } from '../../../contract/graph.ts';
import { COMMUNITY_REST_COLOR, EDGE_COLORS, EDGE_KIND_LABELS, TYPE_COLORS, TYPE_LABELS } from '../../consts.ts';
import type { CommunityColouring } from '../graph/communityColours.ts';
import type { ExplorerGraph } from '../graph/explorerGraph.ts';
import { visibleEdgeIds, visibleNodeIds } from './scope.ts';

export interface LegendEntry {
  /** A dot for an entity type, a line for a kind of link. */
  mark: 'dot' | 'line';
  label: string;
  color: string;
}

/** The communities as the screen's legend lists them: each with its count, then the smaller groups. */
export function communityLegendEntries(colouring: CommunityColouring): LegendEntry[] {
  const entries = colouring.entries.map((entry): LegendEntry => ({
    mark: 'dot',
    label: `${entry.label} (${entry.count})`,
    color: entry.color,
  }));
  const { rest } = colouring;
  if (rest)
    entries.push({
      mark: 'dot',
      label: `${rest.communities} smaller ${rest.communities === 1 ? 'group' : 'groups'} (${rest.nodes})`,
      color: COMMUNITY_REST_COLOR,
    });
  return entries;
}

export function legendEntries(graph: ExplorerGraph, colouring: CommunityColouring | null = null): LegendEntry[] {
  const types = new Set<EntityType>(visibleNodeIds(graph).map((id) => graph.getNodeAttribute(id, 'entityType')));
  const kinds = new Set<EdgeKind>(visibleEdgeIds(graph).map((id) => graph.getEdgeAttribute(id, 'kind')));
  return [
    ...(colouring
      ? communityLegendEntries(colouring)
      : ENTITY_TYPES.filter((type) => types.has(type)).map((type): LegendEntry => ({
          mark: 'dot',
          label: TYPE_LABELS[type],
          color: TYPE_COLORS[type],
        }))),
    ...EDGE_KINDS.filter((kind) => kinds.has(kind)).map((kind): LegendEntry => ({
      mark: 'line',
      label: EDGE_KIND_LABELS[kind],
      color: EDGE_COLORS[kind],
    })),
  ];
}

/** The width of a text in pixels, in the font it is drawn in. */
export type MeasureText = (text: string) => number;

/**
 * `text` cut into lines no wider than `maxWidth`: at spaces, greedily, and a word wider than
 * a line on its own cut between characters. A community named after a long name wraps
 * instead of running past the picture's edge.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  const pushWord = (word: string) => {
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = 1;
      while (cut < rest.length && measure(rest.slice(0, cut + 1)) <= maxWidth) cut += 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= maxWidth) line = joined;
    else {
      if (line) lines.push(line);
      pushWord(word);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
