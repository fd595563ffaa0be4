// An extraction worker (see workerPool.ts): analyzes the articles it is sent, one task at a
// time, and answers with the plain-data analyses the batch stage needs.

import { parentPort } from 'node:worker_threads';
import { projectAnalysis, type WorkerReply, type WorkerRequest } from './workerPool.ts';
import { analyzeDocument } from './pipeline.ts';

const port = parentPort;
if (!port) throw new Error('extractWorker.ts runs as a worker thread');

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { task: request.task, analyses: request.docs.map((doc) => projectAnalysis(analyzeDocument(doc))) };
  } catch (error) {
    reply = { task: request.task, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
