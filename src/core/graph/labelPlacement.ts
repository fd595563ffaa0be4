// Which node labels the graph draws, and where: by importance, never overlapping.
// Candidates come most important first (forced labels, then the largest nodes); each takes
// the first of four places around its node (right, left, below, above) that no label taken
// before it covers, or is left out. So the largest nodes on screen are labelled first and
// a smaller node's label gives way to theirs. Pure: positions and widths in, boxes out.

export interface LabelCandidate {
  node: string;
  /** Centre of the node on screen, in CSS pixels. */
  x: number;
  y: number;
  /** Radius of the node on screen. */
  size: number;
  /** Width of the label's text. */
  width: number;
  /** Only its first place (right of the node) will do: where sigma draws a hovered node's label itself. */
  rightOnly?: boolean;
}

/** Where one label is drawn: its box on screen (top-left corner, width, height). */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelPlacementOptions {
  /** The viewport: a label must lie wholly inside it (a label cut at the edge is not read). */
  width: number;
  height: number;
  /** Height of a label's box (its font size, plus the halo). */
  labelHeight: number;
  /** Pixels between a node's disc and its label. */
  gap: number;
  /** Pixels kept free around each label. */
  padding: number;
  /** Most labels placed. */
  maxLabels: number;
}

/** Side of the square cells that accepted boxes are bucketed in, for the overlap checks. */
const CELL = 64;

/** The four places tried for a label, in order of preference. */
function placesFor(candidate: LabelCandidate, h: number, gap: number): { x: number; y: number }[] {
  const { x, y, size, width } = candidate;
  const right = { x: x + size + gap, y: y - h / 2 };
  if (candidate.rightOnly) return [right];
  return [
    right,
    { x: x - size - gap - width, y: y - h / 2 },
    { x: x - width / 2, y: y + size + gap },
    { x: x - width / 2, y: y - size - gap - h },
  ];
}

/**
 * Places labels in the candidates' order (most important first). A candidate none of whose
 * places is free and wholly inside the viewport gets no label.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, options: LabelPlacementOptions): LabelBox[] {
  const { width: viewWidth, height: viewHeight, labelHeight: h, gap, padding, maxLabels } = options;
  const placed: LabelBox[] = [];
  const cells = new Map<number, LabelBox[]>();
  const cellKey = (cx: number, cy: number) => cx * 65_536 + cy;
  const cellRange = (box: { x: number; y: number; width: number; height: number }) => ({
    x0: Math.floor((box.x - padding) / CELL),
    x1: Math.floor((box.x + box.width + padding) / CELL),
    y0: Math.floor((box.y - padding) / CELL),
    y1: Math.floor((box.y + box.height + padding) / CELL),
  });
  const overlaps = (a: { x: number; y: number; width: number; height: number }, b: LabelBox) =>
    a.x < b.x + b.width + padding &&
    b.x < a.x + a.width + padding &&
    a.y < b.y + b.height + padding &&
    b.y < a.y + a.height + padding;
  const free = (box: { x: number; y: number; width: number; height: number }): boolean => {
    const range = cellRange(box);
    for (let cx = range.x0; cx <= range.x1; cx++)
      for (let cy = range.y0; cy <= range.y1; cy++)
        for (const other of cells.get(cellKey(cx, cy)) ?? []) if (overlaps(box, other)) return false;
    return true;
  };
  const onScreen = (box: { x: number; y: number; width: number; height: number }) =>
    box.x >= 0 && box.x + box.width <= viewWidth && box.y >= 0 && box.y + box.height <= viewHeight;

  for (const candidate of candidates) {
    if (placed.length >= maxLabels) break;
    for (const place of placesFor(candidate, h, gap)) {
      const box: LabelBox = { node: candidate.node, x: place.x, y: place.y, width: candidate.width, height: h };
      if (!onScreen(box) || !free(box)) continue;
      placed.push(box);
      const range = cellRange(box);
      for (let cx = range.x0; cx <= range.x1; cx++)
        for (let cy = range.y0; cy <= range.y1; cy++) {
          const key = cellKey(cx, cy);
          const bucket = cells.get(key);
          if (bucket) bucket.push(box);
          else cells.set(key, [box]);
        }
      break;
    }
  }
  return placed;
}

/** Whether two boxes overlap (touching edges do not). */
export function boxesOverlap(a: Omit<LabelBox, 'node'>, b: Omit<LabelBox, 'node'>): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
