// Runs community detection off the main thread (communities.worker.ts), as the layout runs
// ForceAtlas2: the page reads the visible graph into typed arrays (communityInput, a few tens
// of milliseconds at 50,000 nodes), the worker runs Louvain (a second or more there), and the
// page only maps the answer back to node keys and colours. One job at a time: asked for
// another while one runs (the graph changed meanwhile), the runner stops the worker rather
// than wait for an answer nobody wants, and an answer that still arrives for an older job is
// dropped, so stale colours are never applied.
import { communitiesOf, communityInput, type CommunityPartition, type WeightedEdges } from './communities.ts';
import { communityColouring, type CommunityColouring } from './communityColours.ts';
import type { ExplorerGraph } from './explorerGraph.ts';

/** What the page posts to the worker. */
export interface CommunityJob {
  job: number;
  edges: WeightedEdges;
  mentions: Float64Array;
}

/** What the worker answers: the job it ran, and its partition. */
export interface CommunityReply extends CommunityPartition {
  job: number;
}

/** The part of a Worker the runner uses (a test gives a fake one, to order the messages itself). */
export interface CommunityWorker {
  onmessage: ((event: { data: CommunityReply }) => void) | null;
  postMessage(job: CommunityJob, transfer: Transferable[]): void;
  terminate(): void;
}

export interface CommunityState {
  /** The last colouring applied, with the graph state (key) it was computed for; null before the first. */
  applied: { key: string; colouring: CommunityColouring } | null;
  /** The graph state whose communities the worker is computing, or null. */
  pending: string | null;
}

const NO_COMMUNITIES: CommunityState = { applied: null, pending: null };

function moduleWorker(): CommunityWorker {
  const worker = new Worker(new URL('./communities.worker.ts', import.meta.url), { type: 'module' });
  const communities: CommunityWorker = {
    onmessage: null,
    postMessage: (job, transfer) => worker.postMessage(job, transfer),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<CommunityReply>) => communities.onmessage?.(event);
  return communities;
}

export class CommunityRunner {
  private worker: CommunityWorker | null = null;
  private lastJob = 0;
  /** The job the worker runs: its number, the graph state it is for, and node i's key. */
  private running: { job: number; key: string; keys: string[] } | null = null;
  private state: CommunityState = NO_COMMUNITIES;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly createWorker: () => CommunityWorker = moduleWorker,
  ) {}

  getState = (): CommunityState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(state: CommunityState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /**
   * Computes the communities of the graph as it is now, named `key` (a name that changes
   * whenever the graph's structure or visibility does); nothing when that key is already
   * applied or being computed.
   */
  request(key: string): void {
    if (this.state.applied?.key === key || this.running?.key === key) return;
    if (this.running) this.stopWorker();
    const input = communityInput(this.graph);
    const job = ++this.lastJob;
    this.running = { job, key, keys: input.keys };
    const worker = this.worker ?? this.startWorker();
    const { edges, mentions } = input;
    worker.postMessage({ job, edges, mentions }, [
      edges.source.buffer,
      edges.target.buffer,
      edges.weight.buffer,
      mentions.buffer,
    ]);
    this.set({ ...this.state, pending: key });
  }

  /** No colouring wanted any more: the running job, if any, is stopped and its answer dropped. */
  cancel(): void {
    if (!this.running) return;
    this.stopWorker();
    this.set({ ...this.state, pending: null });
  }

  dispose(): void {
    this.stopWorker();
    this.listeners.clear();
  }

  private startWorker(): CommunityWorker {
    const worker = this.createWorker();
    worker.onmessage = (event) => this.receive(worker, event.data);
    this.worker = worker;
    return worker;
  }

  private stopWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.running = null;
  }

  private receive(worker: CommunityWorker, reply: CommunityReply): void {
    const running = this.running;
    // From a worker stopped since, or for a job no longer wanted: stale.
    if (worker !== this.worker || !running || reply.job !== running.job) return;
    this.running = null;
    const colouring = communityColouring(communitiesOf(running.keys, reply), (node) =>
      this.graph.getNodeAttributes(node),
    );
    this.set({ applied: { key: running.key, colouring }, pending: null });
  }
}
