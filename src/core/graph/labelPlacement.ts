// Which node labels the graph draws, and where: by importance, never overlapping.
// Candidates come most important first (forced labels, then the largest nodes); each takes
// the first of its places around its node (right, left, below, above, then the four corners
// beside it, then one line further below or above) that no label taken before it covers, or is left out. A place cut by the edge of
// the viewport is moved inside it when the node itself is on screen, so a large node at the
// edge keeps its label. So the largest nodes on screen are labelled first and a smaller
// node's label gives way to theirs. Pure: positions and widths in, boxes out.

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

/** The places tried for a label, in order of preference: the four sides, the four corners, one line further out. */
function placesFor(candidate: LabelCandidate, h: number, gap: number): { x: number; y: number }[] {
  const { x, y, size, width } = candidate;
  const right = { x: x + size + gap, y: y - h / 2 };
  if (candidate.rightOnly) return [right];
  const left = x - size - gap - width;
  const below = y + size + gap;
  const above = y - size - gap - h;
  return [
    right,
    { x: left, y: y - h / 2 },
    { x: x - width / 2, y: below },
    { x: x - width / 2, y: above },
    { x: right.x, y: below },
    { x: left, y: below },
    { x: right.x, y: above },
    { x: left, y: above },
    // One line further out, below then above: where a crowd of larger nodes' labels leaves room.
    { x: x - width / 2, y: below + h + gap },
    { x: x - width / 2, y: above - h - gap },
  ];
}

/**
 * Places labels in the candidates' order (most important first). A candidate none of whose
 * places is free and wholly inside the viewport (moved inside it, for a node on screen) gets
 * no label.
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

  const nodeOnScreen = (candidate: LabelCandidate) =>
    candidate.x >= 0 && candidate.x <= viewWidth && candidate.y >= 0 && candidate.y <= viewHeight;
  /** A place moved inside the viewport (a label wider or taller than it stays where it is). */
  const inside = (place: { x: number; y: number }, width: number) => ({
    x: width <= viewWidth ? Math.min(Math.max(place.x, 0), viewWidth - width) : place.x,
    y: h <= viewHeight ? Math.min(Math.max(place.y, 0), viewHeight - h) : place.y,
  });

  for (const candidate of candidates) {
    if (placed.length >= maxLabels) break;
    const spots = placesFor(candidate, h, gap);
    // Each place as it is first; only then, for a node on screen, moved inside the viewport.
    const places =
      nodeOnScreen(candidate) && !candidate.rightOnly
        ? [...spots, ...spots.map((spot) => inside(spot, candidate.width))]
        : spots;
    for (const place of places) {
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
