import { describe, expect, it } from 'vitest';
import { edgeView, nodeView, payload } from '../testing/factories.ts';
import { communityPartition, graphCommunities } from './communities.ts';
import { communityColouring } from './communityColours.ts';
import { CommunityRunner, type CommunityJob, type CommunityReply, type CommunityWorker } from './communityRunner.ts';
import {
  createExplorerGraph,
  mergePayload,
  OVERVIEW_ORIGIN,
  seededRandom,
  type ExplorerGraph,
} from './explorerGraph.ts';

/** A worker that holds each job until the test answers it, so the test orders every message. */
class HeldWorker implements CommunityWorker {
  onmessage: ((event: { data: CommunityReply }) => void) | null = null;
  jobs: CommunityJob[] = [];
  terminated = false;
  postMessage(job: CommunityJob): void {
    this.jobs.push(job);
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Runs job `job` as the real worker does and delivers its answer, even if terminated since. */
  answer(job: number): void {
    const posted = this.jobs.find((candidate) => candidate.job === job)!;
    this.onmessage?.({ data: { job, ...communityPartition(posted.edges, posted.mentions) } });
  }
}

/** Two triangles (a, b) joined by one link, and a node on its own. */
function twoTriangles(): ExplorerGraph {
  const graph = createExplorerGraph();
  mergePayload(
    graph,
    payload(
      [
        nodeView('a1', 'Person', { mentions: 9 }),
        nodeView('a2'),
        nodeView('a3'),
        nodeView('b1'),
        nodeView('b2', 'Person', { mentions: 5 }),
        nodeView('b3'),
        nodeView('lone'),
      ],
      [
        edgeView('a1', 'a2'),
        edgeView('a2', 'a3'),
        edgeView('a3', 'a1'),
        edgeView('b1', 'b2'),
        edgeView('b2', 'b3'),
        edgeView('b3', 'b1'),
        edgeView('a1', 'b1'),
      ],
    ),
    { origin: OVERVIEW_ORIGIN, random: seededRandom(1) },
  );
  return graph;
}

/** The colouring the page would compute on its own thread for the graph as it is now. */
const expected = (graph: ExplorerGraph) =>
  communityColouring(graphCommunities(graph), (node) => graph.getNodeAttributes(node));

function setUp() {
  const graph = twoTriangles();
  const workers: HeldWorker[] = [];
  const runner = new CommunityRunner(graph, () => {
    const worker = new HeldWorker();
    workers.push(worker);
    return worker;
  });
  const changes: string[] = [];
  runner.subscribe(() => changes.push(`${runner.getState().applied?.key ?? '-'} ${runner.getState().pending ?? '-'}`));
  return { graph, workers, runner, changes };
}

describe('CommunityRunner', () => {
  it("applies the worker's partition: the same colouring as on the page's thread, under the key asked for", () => {
    const { graph, workers, runner, changes } = setUp();
    runner.request('1:1');
    expect(runner.getState()).toStrictEqual({ applied: null, pending: '1:1' });
    expect(workers.length).toBe(1);
    workers[0]!.answer(1);
    expect(runner.getState()).toStrictEqual({ applied: { key: '1:1', colouring: expected(graph) }, pending: null });
    // Named after their most connected person: a1 and b1 (linked to each other), not b2, the most mentioned.
    expect(runner.getState().applied?.colouring.entries.map((entry) => entry.leader)).toStrictEqual(['a1', 'b1']);
    expect(changes).toStrictEqual(['- 1:1', '1:1 -']);
  });

  it('asks nothing again for the key applied or being computed, and reuses an idle worker', () => {
    const { graph, workers, runner } = setUp();
    runner.request('1:1');
    runner.request('1:1');
    expect(workers[0]!.jobs.map((job) => job.job)).toStrictEqual([1]);
    workers[0]!.answer(1);
    runner.request('1:1');
    graph.dropEdge('spoke_about:SPOKE_ABOUT:a1->b1');
    runner.request('2:1');
    expect(workers.length).toBe(1);
    expect(workers[0]!.jobs.map((job) => job.job)).toStrictEqual([1, 2]);
  });

  it('drops the answer for a graph that changed while the worker ran, and applies the one for the graph as it is', () => {
    const { graph, workers, runner, changes } = setUp();
    runner.request('1:1');
    const before = expected(graph);
    // The graph changes while job 1 runs: b3 hidden by a filter, a new link b2–lone.
    graph.setNodeAttribute('b3', 'hidden', true);
    mergePayload(graph, payload([], [edgeView('b2', 'lone')]), { origin: OVERVIEW_ORIGIN, random: seededRandom(2) });
    runner.request('2:2');
    // The busy worker is stopped and a new one takes job 2.
    expect(workers.map((worker) => worker.terminated)).toStrictEqual([true, false]);
    expect(workers[1]!.jobs.map((job) => job.job)).toStrictEqual([2]);
    // Job 1's answer arrives after all (from the stopped worker): it is not applied.
    workers[0]!.answer(1);
    expect(runner.getState()).toStrictEqual({ applied: null, pending: '2:2' });
    workers[1]!.answer(2);
    const after = expected(graph);
    expect(after).not.toStrictEqual(before);
    expect(after.colorOf.has('b3')).toBe(false);
    expect(runner.getState()).toStrictEqual({ applied: { key: '2:2', colouring: after }, pending: null });
    expect(changes).toStrictEqual(['- 1:1', '- 2:2', '2:2 -']);
  });

  it('drops an answer for an older job of the same worker', () => {
    const { graph, workers, runner } = setUp();
    runner.request('1:1');
    workers[0]!.answer(1);
    graph.setNodeAttribute('lone', 'hidden', true);
    runner.request('1:2');
    // The idle worker takes job 2; an answer for job 1 arriving again is not applied.
    expect(workers.length).toBe(1);
    workers[0]!.answer(1);
    expect(runner.getState().pending).toBe('1:2');
    expect(runner.getState().applied?.key).toBe('1:1');
    workers[0]!.answer(2);
    expect(runner.getState()).toStrictEqual({ applied: { key: '1:2', colouring: expected(graph) }, pending: null });
  });

  it('keeps the colouring applied when cancelled, and drops the answer of the job it stopped', () => {
    const { graph, workers, runner } = setUp();
    runner.request('1:1');
    workers[0]!.answer(1);
    const applied = runner.getState().applied;
    graph.setNodeAttribute('lone', 'hidden', true);
    runner.request('1:2');
    runner.cancel();
    expect(workers[0]!.terminated).toBe(true);
    workers[0]!.answer(2);
    expect(runner.getState()).toStrictEqual({ applied, pending: null });
  });
});
