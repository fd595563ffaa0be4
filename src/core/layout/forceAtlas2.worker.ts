// ForceAtlas2 in a module worker that iterates as fast as it can, independently of the page:
// it reports its progress after every slice of iterations, but sends positions no more often
// than `publishMs`, and only once the page has applied the previous ones (`ack`), so a page busy drawing a big graph neither slows the layout down
// nor gets flooded by it. It measures its own movement, so the page never walks the graph
// to decide when the layout has settled. Asked to finish before `minIterations`, it goes on
// until it has done them: a time budget alone leaves a big graph on a slow machine barely
// laid out. Big graphs iterate with our Barnes–Hut step, after a coarse-to-fine start.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { seededRandom } from '../../../contract/seededRandom.ts';
import { BarnesHutLayout } from './barnesHut.ts';
import { coarseStart } from './coarseStart.ts';
import {
  matricesFromInput,
  meanRelativeMovement,
  positionsOf,
  type LayoutCommand,
  type LayoutProgress,
} from './forceAtlas2Matrices.ts';

/** Iterate for at most this long between two looks at the page's messages. */
const SLICE_MS = 25;

const scope = self as unknown as DedicatedWorkerGlobalScope;
// A message to ourselves schedules the next slice without setTimeout's clamping.
const tick = new MessageChannel();

let run: {
  /** One iteration over the matrices. */
  step: () => void;
  nodes: Float32Array;
  edges: Float32Array;
  settings: Extract<LayoutCommand, { type: 'start' }>['settings'];
  publishMs: number;
  checkMs: number;
  minIterations: number;
  /** The page asked for the final positions; sent once minIterations are done. */
  finishing: boolean;
  startedAt: number;
  /** Time the coarse start took, before the first iteration. */
  startMs: number;
  iterations: number;
  acknowledged: boolean;
  lastPublish: number;
  checkpoint: Float32Array;
  lastCheck: number;
  movement: number;
} | null = null;

function sendFinal(): void {
  if (!run) return;
  const positions = positionsOf(run.nodes);
  const progress: LayoutProgress = {
    type: 'progress',
    positions,
    iterations: run.iterations,
    elapsedMs: performance.now() - run.startedAt,
    startMs: run.startMs,
    movement: run.movement,
    final: true,
  };
  scope.postMessage(progress, [positions.buffer]);
  run = null;
}

function slice(): void {
  if (!run) return;
  const started = performance.now();
  do {
    run.step();
    run.iterations++;
  } while (performance.now() - started < SLICE_MS);
  if (run.finishing && run.iterations >= run.minIterations) {
    sendFinal();
    return;
  }
  const now = performance.now();
  if (now - run.lastCheck >= run.checkMs) {
    const positions = positionsOf(run.nodes);
    run.movement = meanRelativeMovement(run.checkpoint, positions);
    run.checkpoint = positions;
    run.lastCheck = now;
  }
  const publish = run.acknowledged && now - run.lastPublish >= run.publishMs;
  const positions = publish ? positionsOf(run.nodes) : null;
  const progress: LayoutProgress = {
    type: 'progress',
    positions,
    iterations: run.iterations,
    elapsedMs: now - run.startedAt,
    startMs: run.startMs,
    movement: run.movement,
    final: false,
  };
  scope.postMessage(progress, positions ? [positions.buffer] : []);
  if (publish) {
    run.acknowledged = false;
    run.lastPublish = now;
  }
  tick.port2.postMessage(null);
}

tick.port1.onmessage = slice;

scope.onmessage = (event: MessageEvent<LayoutCommand>) => {
  const command = event.data;
  if (command.type === 'start') {
    const { settings } = command;
    const began = performance.now();
    const { nodes, edges } = matricesFromInput(command.input);
    if (command.coarseStart) coarseStart(nodes, edges, settings, seededRandom(nodes.length));
    let step = () => iterate(settings, nodes, edges);
    if (command.large) {
      const layout = new BarnesHutLayout(nodes, edges, settings);
      step = () => layout.iterate();
    }
    const now = performance.now();
    run = {
      step,
      nodes,
      edges,
      settings: command.settings,
      publishMs: command.publishMs,
      checkMs: command.checkMs,
      minIterations: command.minIterations,
      finishing: false,
      startedAt: now,
      startMs: now - began,
      iterations: 0,
      acknowledged: true,
      lastPublish: -Infinity,
      checkpoint: positionsOf(nodes),
      lastCheck: now,
      movement: Infinity,
    };
    tick.port2.postMessage(null);
  } else if (command.type === 'ack') {
    if (run) run.acknowledged = true;
  } else if (command.type === 'finish') {
    if (!run) return;
    if (run.iterations >= run.minIterations) sendFinal();
    else run.finishing = true;
  } else {
    run = null;
  }
};
