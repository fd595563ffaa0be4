// The current view as an SVG document, from the positions, sizes and colors the renderer
// displays (viewport pixels): edges as lines under the nodes, nodes as circles, labels
// beside them. Pure: the caller reads the scene from the renderer.

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  label: string | null;
}

export interface SvgEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Stroke width in pixels. */
  size: number;
  color: string;
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  labelFont?: string;
  labelSize?: number;
  labelColor?: string;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number with at most two decimals, no trailing zeros, no "-0". */
function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function sceneToSvg(scene: SvgScene): string {
  const width = num(scene.width);
  const height = num(scene.height);
  const font = escapeXml(scene.labelFont ?? 'sans-serif');
  const labelSize = scene.labelSize ?? 12;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${escapeXml(scene.background)}"/>`,
    '<g class="edges" stroke-linecap="round">',
    ...scene.edges.map(
      (edge) =>
        `<line data-id="${escapeXml(edge.id)}" x1="${num(edge.x1)}" y1="${num(edge.y1)}" x2="${num(edge.x2)}" y2="${num(edge.y2)}" stroke="${escapeXml(edge.color)}" stroke-width="${num(edge.size)}"/>`,
    ),
    '</g>',
    '<g class="nodes">',
    ...scene.nodes.map(
      (node) =>
        `<circle data-id="${escapeXml(node.id)}" cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.size)}" fill="${escapeXml(node.color)}"/>`,
    ),
    '</g>',
    `<g class="labels" font-family="${font}" font-size="${num(labelSize)}" fill="${escapeXml(scene.labelColor ?? '#222')}">`,
    ...scene.nodes
      .filter((node) => node.label !== null && node.label !== '')
      .map(
        (node) =>
          `<text x="${num(node.x + node.size + 3)}" y="${num(node.y + labelSize / 3)}">${escapeXml(node.label ?? '')}</text>`,
      ),
    '</g>',
    '</svg>',
    '',
  ];
  return lines.join('\n');
}
