// The current view as an SVG document, from the positions, sizes and colors the renderer
// displays (viewport pixels): edges as lines under the nodes, one arrowhead per directed
// edge touching its target's circle, nodes as circles, and the labels the renderer shows,
// each in the box the screen's label placement gave it (labelPlacement.ts: right, left,
// below or above its node, never overlapping another), with the same white halo, and held
// to that box's width (textLength): a viewer that lacks the screen's font draws the name in
// another, wider or narrower, and the label must still end where the screen measured it,
// not past the canvas edge. Under the graph, when the caller gives them, the legend (one
// entry a line, a long name wrapped onto more lines) and the source line, as under the PNG.
// Pure: the caller reads the scene from the renderer and gives the measure of the notes' font.

import { wrapText, type LegendEntry, type MeasureText } from './legend.ts';

export interface SvgNode {
  id: string;
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
}

/** A label as the screen placed it: its text and its box (top-left corner, viewport pixels). */
export interface SvgLabel {
  node: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
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
  /** Drawn with an arrowhead at its target ("spoke about" and relations; not co-mentions). */
  directed: boolean;
  /** Radius of the target's circle in pixels: the arrowhead's tip touches it. */
  targetSize: number;
}

export interface SvgScene {
  width: number;
  height: number;
  background: string;
  nodes: SvgNode[];
  edges: SvgEdge[];
  /** The labels drawn, in their boxes; a box is its text plus the halo on every side. */
  labels: SvgLabel[];
  labelFont?: string;
  labelWeight?: string;
  labelSize?: number;
  labelColor?: string;
  /** The legend and source line drawn under the graph; none when absent. */
  notes?: SvgNotes;
}

export interface SvgNotes {
  legend: LegendEntry[];
  source: string;
  /** Width of a text in the notes' font (NOTE_FONT_SIZE px); an estimate from its length when absent. */
  measure?: MeasureText;
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

/** Smallest arrowhead, in pixels, so a hairline edge still shows its direction. */
const ARROW_MIN_LENGTH = 6;

/**
 * The triangle at the target end of a directed edge, as SVG points: its tip on the target's
 * circle, its length three stroke widths (at least ARROW_MIN_LENGTH), half as wide as long.
 * None when the ends overlap, as the edge has no direction to show.
 */
export function arrowheadPoints(edge: SvgEdge): string | null {
  const dx = edge.x2 - edge.x1;
  const dy = edge.y2 - edge.y1;
  const length = Math.hypot(dx, dy);
  if (length <= edge.targetSize) return null;
  const ux = dx / length;
  const uy = dy / length;
  const arrow = Math.max(ARROW_MIN_LENGTH, edge.size * 3);
  const tipX = edge.x2 - ux * edge.targetSize;
  const tipY = edge.y2 - uy * edge.targetSize;
  const baseX = tipX - ux * arrow;
  const baseY = tipY - uy * arrow;
  const half = arrow / 2;
  const corners: [number, number][] = [
    [tipX, tipY],
    [baseX - uy * half, baseY + ux * half],
    [baseX + uy * half, baseY - ux * half],
  ];
  return corners.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');
}

/** The notes' geometry, in pixels: as under the PNG (png.ts) at its scale of one. */
const NOTE_PAD = 12;
const NOTE_LINE = 20;
export const NOTE_FONT_SIZE = 12;
/** From an entry's left edge to its text: the mark and the space after it. */
const NOTE_MARK = 18;
const NOTE_TEXT_COLOR = '#222222';
const NOTE_MUTED_COLOR = '#555555';
/** A sans-serif letter's width, in ems, somewhat above the average: an estimate errs towards wrapping. */
const ESTIMATED_EM = 0.6;

interface NotesLayout {
  entries: { entry: LegendEntry; lines: string[]; line: number }[];
  source: string[];
  /** Lines of text in all, legend and source. */
  lines: number;
}

function layoutNotes(notes: SvgNotes, width: number): NotesLayout {
  const measure = notes.measure ?? ((text: string) => text.length * NOTE_FONT_SIZE * ESTIMATED_EM);
  let line = 0;
  const entries = notes.legend.map((entry) => {
    const lines = wrapText(entry.label, width - 2 * NOTE_PAD - NOTE_MARK, measure);
    const placed = { entry, lines, line };
    line += lines.length;
    return placed;
  });
  const source = wrapText(notes.source, width - 2 * NOTE_PAD, measure);
  return { entries, source, lines: line + source.length };
}

/** Height the notes add under the graph. */
function notesHeight(layout: NotesLayout): number {
  return NOTE_PAD + layout.lines * NOTE_LINE + NOTE_PAD;
}

/** A text of one or more lines, each `NOTE_LINE` under the last, from the middle of line `first`. */
function noteText(lines: string[], x: number, middle: (line: number) => string, first: number, attributes: string) {
  if (lines.length === 1) return `<text x="${x}" y="${middle(first)}"${attributes}>${escapeXml(lines[0] ?? '')}</text>`;
  const spans = lines.map((text, index) => `<tspan x="${x}" y="${middle(first + index)}">${escapeXml(text)}</tspan>`);
  return `<text x="${x}" y="${middle(first)}"${attributes}>${spans.join('')}</text>`;
}

function notesSvg(layout: NotesLayout, top: number, width: number, font: string): string[] {
  const middle = (row: number) => num(top + NOTE_PAD + row * NOTE_LINE + NOTE_LINE / 2);
  return [
    `<g class="notes" font-family="${font}" font-size="${NOTE_FONT_SIZE}" dominant-baseline="central">`,
    `<line x1="0" y1="${num(top + 0.5)}" x2="${num(width)}" y2="${num(top + 0.5)}" stroke="#D0D5DD" stroke-width="1"/>`,
    ...layout.entries.map(({ entry, lines, line }) => {
      const mark =
        entry.mark === 'dot'
          ? `<circle cx="${num(NOTE_PAD + 6)}" cy="${middle(line)}" r="5" fill="${escapeXml(entry.color)}"/>`
          : `<line x1="${NOTE_PAD}" y1="${middle(line)}" x2="${NOTE_PAD + 12}" y2="${middle(line)}" stroke="${escapeXml(entry.color)}" stroke-width="3"/>`;
      const text = noteText(lines, NOTE_PAD + NOTE_MARK, middle, line, ` fill="${NOTE_TEXT_COLOR}"`);
      return `<g class="legend-entry" data-mark="${entry.mark}" data-color="${escapeXml(entry.color)}">${mark}${text}</g>`;
    }),
    noteText(
      layout.source,
      NOTE_PAD,
      middle,
      layout.lines - layout.source.length,
      ` class="source" fill="${NOTE_MUTED_COLOR}"`,
    ),
    '</g>',
  ];
}

export function sceneToSvg(scene: SvgScene): string {
  const width = num(scene.width);
  const notes = scene.notes ? layoutNotes(scene.notes, scene.width) : null;
  const fullHeight = scene.height + (notes ? notesHeight(notes) : 0);
  const height = num(fullHeight);
  const font = escapeXml(scene.labelFont ?? 'sans-serif');
  const labelSize = scene.labelSize ?? 12;
  const weight = scene.labelWeight ? ` font-weight="${escapeXml(scene.labelWeight)}"` : '';
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
    '<g class="arrowheads">',
    ...scene.edges.flatMap((edge) => {
      const points = edge.directed ? arrowheadPoints(edge) : null;
      return points === null
        ? []
        : [`<polygon data-edge="${escapeXml(edge.id)}" points="${points}" fill="${escapeXml(edge.color)}"/>`];
    }),
    '</g>',
    '<g class="nodes">',
    ...scene.nodes.map(
      (node) =>
        `<circle data-id="${escapeXml(node.id)}" cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.size)}" fill="${escapeXml(node.color)}"/>`,
    ),
    '</g>',
    `<g class="labels" font-family="${font}"${weight} font-size="${num(labelSize)}" fill="${escapeXml(scene.labelColor ?? '#222')}" stroke="#ffffff" stroke-opacity="0.9" stroke-linejoin="round" paint-order="stroke" dominant-baseline="central">`,
    ...scene.labels
      .filter((label) => label.text !== '')
      .map((label) => {
        // The box holds the halo on every side: the text starts one halo in, centred in height,
        // and spans the box's width less its halos, whatever font the viewer draws it in.
        const halo = Math.max(0, (label.height - labelSize) / 2);
        // A box the screen placed on the canvas stays there; one that is not (a caller's
        // rounding) is moved inside, as long as it fits.
        const x = label.width <= scene.width ? Math.min(Math.max(label.x, 0), scene.width - label.width) : label.x;
        const y = label.height <= scene.height ? Math.min(Math.max(label.y, 0), scene.height - label.height) : label.y;
        const length = Math.max(0, label.width - 2 * halo);
        return `<text data-node="${escapeXml(label.node)}" x="${num(x + halo)}" y="${num(y + label.height / 2)}" stroke-width="${num(2 * halo)}" textLength="${num(length)}" lengthAdjust="spacingAndGlyphs">${escapeXml(label.text)}</text>`;
      }),
    '</g>',
    ...(notes ? notesSvg(notes, scene.height, scene.width, font) : []),
    '</svg>',
    '',
  ];
  return lines.join('\n');
}
