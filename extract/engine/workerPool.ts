// Extraction across cores. The pipeline has two halves: the analysis of each article
// (segmentation to events) depends on nothing but the article, and the batch stage
// (merging entities across the batch, landing them on known entities, assigning ids)
// depends on the whole batch and on what the store already knows. Workers run the first
// half on any article in any order; the caller runs the batch stage in order, so a
// parallel ingest gives the same ids and counts as the sequential one.
//
// The batch half is `assembleBatch` in pipeline.ts, the same code `runPipeline` ends with.

import os from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RawDocument } from '../../contract/extraction.ts';
import type { ArticleAnalysis } from './pipeline.ts';

export { assembleBatch, projectAnalysis, type ArticleAnalysis } from './pipeline.ts';

/** Workers worth starting on this machine: one per core the process may use. */
export function defaultWorkers(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export type WorkerRequest = { task: number; docs: RawDocument[] };
export type WorkerReply = { task: number; analyses: ArticleAnalysis[] } | { task: number; error: string };

interface Pending {
  docs: RawDocument[];
  resolve: (analyses: ArticleAnalysis[]) => void;
  reject: (error: Error) => void;
}

/**
 * The source of a worker that registers tsx's loader, then imports extractWorker.ts. Both
 * by absolute URL, so it works under tsx, vitest and bin/newsgraph.js whatever the working
 * directory (Node 20 does not apply `--import` hooks to a worker's own entry module).
 */
function workerSource(): string {
  const require = createRequire(import.meta.url);
  // The require condition names the CommonJS build; the worker needs its ES module twin.
  const api = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./extractWorker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
}

/**
 * A fixed pool of extraction workers. `analyze` splits its articles into tasks that idle
 * workers take in order; the promise resolves with one analysis per article, in input order.
 */
export class ExtractionPool {
  readonly size: number;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { task: number; pending: Pending }[] = [];
  private readonly running = new Map<Worker, { task: number; pending: Pending }>();
  private nextTask = 0;
  private failure: Error | null = null;
  private closed = false;

  constructor(size: number = defaultWorkers()) {
    this.size = Math.max(1, Math.trunc(size));
    const source = workerSource();
    for (let i = 0; i < this.size; i += 1) {
      const worker = new Worker(source, { eval: true });
      worker.on('message', (reply: WorkerReply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Analyses of `docs`, in order; `taskSize` articles go to a worker at a time. */
  async analyze(docs: RawDocument[], taskSize = 25): Promise<ArticleAnalysis[]> {
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('the extraction pool is closed');
    const parts: Promise<ArticleAnalysis[]>[] = [];
    const step = Math.max(1, Math.trunc(taskSize));
    for (let i = 0; i < docs.length; i += step) {
      const slice = docs.slice(i, i + step);
      parts.push(
        new Promise<ArticleAnalysis[]>((resolve, reject) => {
          this.queue.push({ task: this.nextTask++, pending: { docs: slice, resolve, reject } });
        }),
      );
    }
    this.dispatch();
    return (await Promise.all(parts)).flat();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.shift() as Worker;
      const job = this.queue.shift() as { task: number; pending: Pending };
      this.running.set(worker, job);
      const request: WorkerRequest = { task: job.task, docs: job.pending.docs };
      worker.postMessage(request);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const job = this.running.get(worker);
    if (!job || job.task !== reply.task) return;
    this.running.delete(worker);
    this.idle.push(worker);
    if ('error' in reply) job.pending.reject(new Error(`extraction failed: ${reply.error}`));
    else job.pending.resolve(reply.analyses);
    this.dispatch();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of this.running.values()) job.pending.reject(error);
    this.running.clear();
    for (const job of this.queue.splice(0)) job.pending.reject(error);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const closedError = new Error('the extraction pool is closed');
    for (const job of this.queue.splice(0)) job.pending.reject(closedError);
    for (const job of this.running.values()) job.pending.reject(closedError);
    this.running.clear();
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
