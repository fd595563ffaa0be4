// When the next graph-change frame may be drawn: after a frame that kept the main thread
// busy for `frameCost` ms, wait until `PACE_FACTOR × frameCost` ms have passed since it
// ended, so the page keeps at least two thirds of its time for input. Cheap frames and
// camera moves are never delayed.

/** A frame's cost above which frames are paced. */
export const PACED_FRAME_MS = 50;
export const PACE_FACTOR = 2;

/** Milliseconds to wait before drawing (0: draw at the next animation frame). */
export function frameDelay(now: number, lastFrameEnd: number, frameCost: number, cameraMoved: boolean): number {
  if (cameraMoved || frameCost < PACED_FRAME_MS) return 0;
  return Math.max(0, lastFrameEnd + frameCost * PACE_FACTOR - now);
}
