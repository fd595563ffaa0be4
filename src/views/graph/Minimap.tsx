// Overview inset: every visible node as a dot and the part of the graph on screen as a
// rectangle; a click or a drag moves the view there, and a button resets it. Cheap on big
// graphs: the dots are drawn to an offscreen canvas only after the graph changed, at most
// every 250 ms or ten times what one drawing takes, and at most 20,000 small ones, the nodes
// walked in slices between which the page has its turn; camera moves only redraw the rectangle.
import { useEffect, useRef, type CSSProperties, type PointerEvent } from 'react';
import type { ExplorerGraph } from '../../core/graph/explorerGraph.ts';
import { LOAD_SLICE_MS } from '../../consts.ts';
import {
  fitFrame,
  fromMinimap,
  toMinimap,
  visibleExtentWalk,
  type MinimapFrame,
} from '../../core/graph/minimapGeometry.ts';
import { eachNode, runInSlices, yieldToPage, type Slicing, type Walk } from '../../core/graph/slices.ts';
import { useSigma, type ExplorerSigma } from './SigmaContext.ts';

const WIDTH = 180;
const HEIGHT = 120;
const PADDING = 6;
/** Least time between two drawings of the dots. */
const DOTS_MIN_MS = 250;
/**
 * Most small dots drawn: past a few thousand, the 180×120 inset is covered alike, and
 * 200,000 dots cost a long task at each drawing. Nodes drawn large are always drawn.
 */
const MAX_SMALL_DOTS = 20_000;
const GRAPH_EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'cleared',
  'eachNodeAttributesUpdated',
  'nodeAttributesUpdated',
] as const;

/** Whether greater graph y is drawn higher on screen by this renderer. */
function yUp(sigma: ExplorerSigma): boolean {
  const { height } = sigma.getDimensions();
  return sigma.viewportToGraph({ x: 0, y: 0 }).y > sigma.viewportToGraph({ x: 0, y: height }).y;
}

/** The dots to draw, as [x, y, side] triples by colour: a walk over the graph that yields now and then. */
function* dotsWalk(graph: ExplorerGraph, frame: MinimapFrame): Walk<Map<string, number[]>> {
  // One fillStyle per colour: a few thousand style changes cost more than the dots.
  const byColor = new Map<string, number[]>();
  const stride = Math.ceil(graph.order / MAX_SMALL_DOTS);
  let seen = 0;
  yield* eachNode(graph, true, (_node, a) => {
    if (a.hidden) return;
    if (a.size <= 8 && seen++ % stride !== 0) return;
    const point = toMinimap(frame, a.x, a.y);
    let list = byColor.get(a.color);
    if (!list) byColor.set(a.color, (list = []));
    list.push(point.x, point.y, a.size > 8 ? 3 : 1.5);
  });
  return byColor;
}

function paintDots(target: HTMLCanvasElement, byColor: Map<string, number[]>, ratio: number): void {
  const context = target.getContext('2d');
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, WIDTH, HEIGHT);
  for (const [color, list] of byColor) {
    context.fillStyle = color;
    for (let i = 0; i < list.length; i += 3)
      context.fillRect(list[i]! - list[i + 2]! / 2, list[i + 1]! - list[i + 2]! / 2, list[i + 2]!, list[i + 2]!);
  }
}

interface Props {
  graph: ExplorerGraph;
}

export function Minimap({ graph }: Props) {
  const sigma = useSigma();
  const canvas = useRef<HTMLCanvasElement>(null);
  // The frame the dots were last drawn with: pointer positions are read through it.
  const frameRef = useRef<MinimapFrame | null>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const view = canvas.current;
    if (!sigma || !view) return undefined;
    const ratio = window.devicePixelRatio || 1;
    view.width = WIDTH * ratio;
    view.height = HEIGHT * ratio;
    const dots = document.createElement('canvas');
    dots.width = view.width;
    dots.height = view.height;
    let frame: MinimapFrame | null = null;
    let dirty = true;
    let lastDraw = -Infinity;
    let drawCost = 0;
    let dotsTimer: ReturnType<typeof setTimeout> | null = null;
    let composeFrame = 0;

    const compose = () => {
      composeFrame = 0;
      const context = view.getContext('2d');
      if (!context) return;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, view.width, view.height);
      if (!frame) return;
      context.drawImage(dots, 0, 0);
      const { width, height } = sigma.getDimensions();
      const corners = [sigma.viewportToGraph({ x: 0, y: 0 }), sigma.viewportToGraph({ x: width, y: height })].map(
        (corner) => toMinimap(frame!, corner.x, corner.y),
      );
      const left = Math.min(corners[0]!.x, corners[1]!.x);
      const top = Math.min(corners[0]!.y, corners[1]!.y);
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.fillStyle = 'rgba(37, 99, 235, 0.08)';
      context.strokeStyle = '#2563eb';
      context.lineWidth = 1.5;
      const w = Math.abs(corners[1]!.x - corners[0]!.x);
      const h = Math.abs(corners[1]!.y - corners[0]!.y);
      context.fillRect(left, top, w, h);
      context.strokeRect(left, top, w, h);
    };
    const scheduleCompose = () => {
      if (!composeFrame) composeFrame = requestAnimationFrame(compose);
    };

    let drawing = false;
    let disposed = false;
    let busy = 0;
    let sliceStart = 0;
    // The walks over the nodes yield to the page between slices: 200,000 nodes walked twice
    // are a long task otherwise, at every drawing while the layout moves them.
    const slicing: Slicing = {
      sliceMs: LOAD_SLICE_MS,
      yieldToPage: async () => {
        busy += performance.now() - sliceStart;
        await yieldToPage();
        if (disposed) throw new Error('the minimap is gone');
        sliceStart = performance.now();
      },
    };
    const redrawDots = async () => {
      dotsTimer = null;
      // A drawing under way draws again when done (dirty is set).
      if (drawing) return;
      drawing = true;
      dirty = false;
      busy = 0;
      sliceStart = performance.now();
      try {
        const extent = await runInSlices(visibleExtentWalk(graph, true), slicing);
        const next = extent ? fitFrame(extent, WIDTH, HEIGHT, PADDING, yUp(sigma)) : null;
        const byColor = next ? await runInSlices(dotsWalk(graph, next), slicing) : new Map<string, number[]>();
        frame = next;
        frameRef.current = frame;
        paintDots(dots, byColor, ratio);
      } catch (error) {
        if (disposed) return;
        throw error;
      } finally {
        drawing = false;
      }
      lastDraw = performance.now();
      drawCost = busy + (lastDraw - sliceStart);
      scheduleCompose();
      if (dirty) scheduleDots();
    };
    const scheduleDots = () => {
      dirty = true;
      if (dotsTimer) return;
      const wait = Math.max(DOTS_MIN_MS, drawCost * 10) - (performance.now() - lastDraw);
      dotsTimer = setTimeout(() => void redrawDots(), Math.max(0, wait));
    };

    for (const event of GRAPH_EVENTS) graph.on(event, scheduleDots);
    const camera = sigma.getCamera();
    camera.on('updated', scheduleCompose);
    // Filters change `hidden` through sigma's reducers' inputs; a re-process is the cue.
    sigma.on('afterProcess', scheduleDots);
    sigma.on('resize', scheduleCompose);
    if (dirty) scheduleDots();
    return () => {
      disposed = true;
      for (const event of GRAPH_EVENTS) graph.off(event, scheduleDots);
      camera.off('updated', scheduleCompose);
      sigma.off('afterProcess', scheduleDots);
      sigma.off('resize', scheduleCompose);
      if (dotsTimer) clearTimeout(dotsTimer);
      if (composeFrame) cancelAnimationFrame(composeFrame);
      frameRef.current = null;
    };
  }, [sigma, graph]);

  /** Centres the view on the graph point under the pointer. */
  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const frame = frameRef.current;
    if (!sigma || !frame) return;
    const box = event.currentTarget.getBoundingClientRect();
    const point = fromMinimap(frame, event.clientX - box.left, event.clientY - box.top);
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport(point));
    sigma.getCamera().setState({ x: framed.x, y: framed.y });
  };

  return (
    <div className="graph-minimap" style={STYLE}>
      <canvas
        ref={canvas}
        style={{ width: WIDTH, height: HEIGHT, display: 'block', cursor: 'crosshair', touchAction: 'none' }}
        role="img"
        aria-label="Overview of the whole graph: click or drag to move the view"
        onPointerDown={(event) => {
          dragging.current = true;
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (dragging.current) moveTo(event);
        }}
        onPointerUp={(event) => {
          dragging.current = false;
          event.currentTarget.releasePointerCapture(event.pointerId);
        }}
      />
      <button
        type="button"
        className="icon-button"
        style={RESET_STYLE}
        aria-label="Reset view"
        title="Reset view: the whole graph"
        onClick={() => {
          if (!sigma) return;
          sigma.setCustomBBox(null);
          sigma.getCamera().animatedReset({ duration: 300 });
        }}
      >
        ⤢
      </button>
    </div>
  );
}

const STYLE: CSSProperties = {
  position: 'absolute',
  right: 10,
  // Above the timeline strip, which takes the bottom of the graph area.
  bottom: 'calc(10px + var(--timeline-height, 0px))',
  zIndex: 2,
  background: 'rgba(255, 255, 255, 0.92)',
  border: '1px solid #d5dae1',
  borderRadius: 6,
  boxShadow: '0 1px 3px rgba(16, 24, 40, 0.12)',
  overflow: 'hidden',
};

const RESET_STYLE: CSSProperties = { position: 'absolute', top: 2, right: 2, lineHeight: 1 };
