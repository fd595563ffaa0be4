// Where the camera goes to show a set of nodes at once (an expanded entity and the
// neighbours it brought): the centre of their box, zoomed so that every one of them stays
// inside the viewport with a margin. Pure over viewport offsets, so sigma's own coordinate
// conversion (which knows its normalization and rotation) does the projecting.

export interface ViewportOffset {
  /** Pixels from the viewport's centre, measured with the camera at ratio 1 on the frame's centre. */
  dx: number;
  dy: number;
}

/** The centre of the box around points (any coordinate space); null for no point. */
export function boxCentre(points: readonly { x: number; y: number }[]): { x: number; y: number } | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
}

/**
 * The camera ratio at which every offset lies within the viewport less `margin` pixels on
 * each side: offsets scale with 1 / ratio. Never below `minRatio`, so a tight cluster is
 * not blown up past reading size.
 */
export function ratioToFit(
  offsets: readonly ViewportOffset[],
  width: number,
  height: number,
  margin: number,
  minRatio: number,
): number {
  const halfWidth = Math.max(width / 2 - margin, 1);
  const halfHeight = Math.max(height / 2 - margin, 1);
  let ratio = minRatio;
  for (const { dx, dy } of offsets) ratio = Math.max(ratio, Math.abs(dx) / halfWidth, Math.abs(dy) / halfHeight);
  return ratio;
}
