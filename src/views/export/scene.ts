// Reads what the renderer shows (positions in viewport pixels, displayed sizes and colors,
// hidden items left out, arrowheads where it draws them, and the labels its label layer drew,
// each in the box it placed it in) into the scene the SVG writer draws.

import type { SvgEdge, SvgLabel, SvgNode, SvgScene } from '../../core/export/svg.ts';
import type { ExplorerSigma } from '../graph/SigmaContext.ts';

export function sceneFromSigma(sigma: ExplorerSigma, background = '#ffffff'): SvgScene {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const nodes: SvgNode[] = [];
  const positions = new Map<string, { x: number; y: number; size: number }>();
  graph.forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    positions.set(node, { x, y, size });
    nodes.push({ id: node, x, y, size, color: data.color });
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
  const labels: SvgLabel[] = [];
  for (const box of sigma.drawnLabels()) {
    const text = sigma.getNodeDisplayData(box.node)?.label;
    if (positions.has(box.node) && typeof text === 'string') labels.push({ ...box, text });
  }
  const settings = sigma.getSettings();
  return {
    width,
    height,
    background,
    nodes,
    edges,
    labels,
    labelFont: settings.labelFont,
    labelWeight: settings.labelWeight,
    labelSize: settings.labelSize,
    labelColor: 'color' in settings.labelColor ? settings.labelColor.color : undefined,
  };
}

/** The width of a text in `font` (a CSS font), as the page's canvas measures it. */
export function measureIn(font: string): (text: string) => number {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => text.length * 0.6 * (Number.parseFloat(font) || 12);
  context.font = font;
  return (text) => context.measureText(text).width;
}
