// Reads what the renderer shows (positions in viewport pixels, displayed sizes and colors,
// hidden items left out, arrowheads where it draws them, and only the labels its label layer
// chose to show) into the scene the SVG writer draws.

import type { SvgEdge, SvgNode, SvgScene } from '../../core/export/svg.ts';
import type { ExplorerSigma } from '../graph/SigmaContext.ts';

export function sceneFromSigma(sigma: ExplorerSigma, background = '#ffffff'): SvgScene {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const nodes: SvgNode[] = [];
  const positions = new Map<string, { x: number; y: number; size: number }>();
  const labelled = sigma.getNodeDisplayedLabels();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    positions.set(node, { x, y, size });
    const label = labelled.has(node) ? (data.label ?? null) : null;
    nodes.push({ id: node, x, y, size, color: data.color, label });
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = positions.get(source);
    const to = positions.get(target);
    if (!data || data.hidden || !from || !to) return;
    edges.push({
      id: edge,
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      size: sigma.scaleSize(data.size),
      color: data.color,
      directed: data.type === 'arrow' || data.type === 'curvedArrow',
      targetSize: to.size,
    });
  });
  const settings = sigma.getSettings();
  return {
    width,
    height,
    background,
    nodes,
    edges,
    labelFont: settings.labelFont,
    labelSize: settings.labelSize,
    labelColor: 'color' in settings.labelColor ? settings.labelColor.color : undefined,
  };
}
