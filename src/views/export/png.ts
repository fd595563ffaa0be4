// The current view as a PNG at twice the device's resolution, with a legend (the entity
// types and kinds of link shown, in their colours; a long community name wrapped) and a
// source line under the graph.
//
// @sigma/export-image draws at window.devicePixelRatio and offers no scale of its own;
// its temporary renderer reads that ratio when it is created. So the ratio is raised for
// the duration of that one drawing and put back right after (the page's own renderer only
// reads it again on a resize).
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { wrapText, type LegendEntry } from '../../core/export/legend.ts';
import type { ExplorerSigma } from '../graph/SigmaContext.ts';

/** How many times the device's resolution the picture is drawn at. */
export const PNG_SCALE = 2;

const FONT = 'sans-serif';
const TEXT_COLOR = '#222222';
const MUTED_COLOR = '#555555';

async function drawGraphAt(sigma: ExplorerSigma, ratio: number, background: string): Promise<HTMLCanvasElement> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    // The image library is typed for sigma's default attributes; it only reads the view.
    return await drawOnCanvas(sigma as unknown as Sigma, { backgroundColor: background });
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

export interface PngNotes {
  legend: LegendEntry[];
  source: string;
  background: string;
}

export async function viewToPng(sigma: ExplorerSigma, notes: PngNotes): Promise<Blob> {
  const ratio = (window.devicePixelRatio || 1) * PNG_SCALE;
  const graph = await drawGraphAt(sigma, ratio, notes.background);
  const unit = ratio;
  const fontSize = 12 * unit;
  const line = 20 * unit;
  const pad = 12 * unit;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot draw a picture of the graph.');
  measure.font = `${fontSize}px ${FONT}`;
  // Legend entries flow left to right, wrapping at the picture's width; a name too long for
  // a row of its own is wrapped onto as many rows as it needs.
  const textWidth = (text: string) => measure.measureText(text).width;
  const placed: { entry: LegendEntry; x: number; row: number; lines: string[] }[] = [];
  let x = pad;
  let row = 0;
  for (const entry of notes.legend) {
    const lines = wrapText(entry.label, graph.width - 2 * pad - 18 * unit, textWidth);
    if (lines.length > 1) {
      if (x > pad) row += 1;
      placed.push({ entry, x: pad, row, lines });
      row += lines.length;
      x = pad;
      continue;
    }
    const width = 18 * unit + textWidth(entry.label) + 16 * unit;
    if (x + width > graph.width - pad && x > pad) {
      row += 1;
      x = pad;
    }
    placed.push({ entry, x, row, lines });
    x += width;
  }
  const legendRows = notes.legend.length > 0 ? (x > pad ? row + 1 : row) : 0;
  const footer = pad + legendRows * line + line + pad;
  const canvas = document.createElement('canvas');
  canvas.width = graph.width;
  canvas.height = graph.height + footer;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw a picture of the graph.');
  ctx.fillStyle = notes.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(graph, 0, 0);
  ctx.strokeStyle = '#D0D5DD';
  ctx.lineWidth = unit;
  ctx.beginPath();
  ctx.moveTo(0, graph.height + unit / 2);
  ctx.lineTo(canvas.width, graph.height + unit / 2);
  ctx.stroke();
  ctx.font = `${fontSize}px ${FONT}`;
  ctx.textBaseline = 'middle';
  for (const { entry, x: left, row: at, lines } of placed) {
    const middle = graph.height + pad + at * line + line / 2;
    ctx.fillStyle = entry.color;
    ctx.strokeStyle = entry.color;
    if (entry.mark === 'dot') {
      ctx.beginPath();
      ctx.arc(left + 6 * unit, middle, 5 * unit, 0, Math.PI * 2);
      ctx.fill();
    } else {
      ctx.lineWidth = 3 * unit;
      ctx.beginPath();
      ctx.moveTo(left, middle);
      ctx.lineTo(left + 12 * unit, middle);
      ctx.stroke();
    }
    ctx.fillStyle = TEXT_COLOR;
    lines.forEach((text, index) => ctx.fillText(text, left + 18 * unit, middle + index * line));
  }
  ctx.fillStyle = MUTED_COLOR;
  ctx.fillText(notes.source, pad, graph.height + pad + legendRows * line + line / 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
      'image/png',
    ),
  );
}
