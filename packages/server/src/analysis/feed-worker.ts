/**
 * The worker thread of a large stored analysis: it holds the `KeyMomentAccumulator`, feeds it the pages the
 * main thread reads, and runs `findKeyMoments` at the end. Messages: `page` (answered `fed`), `finish`
 * (answered `result`); any failure is answered `error` with the error's name, message, code and path.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findKeyMoments, KeyMomentAccumulator } from '@mot/core';
import { feedPage } from './feed-page.ts';
import type { TFeedWorkerData, TFromWorker, TToWorker } from './feed-worker-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('feed-worker.ts runs as a worker thread');
const data = workerData as TFeedWorkerData;
const acc = new KeyMomentAccumulator(data.options);
const plan = { touchpoints: new Map(data.plan.touchpoints) };

port.on('message', (message: TToWorker) => {
  let answer: TFromWorker;
  try {
    if (message.kind === 'page') {
      feedPage(acc, message.page, plan, data.period);
      answer = { kind: 'fed' };
    } else answer = { kind: 'result', result: findKeyMoments(acc) };
  } catch (error) {
    const e = error as Error & { code?: unknown; path?: unknown };
    answer = { kind: 'error', name: e.name, message: e.message, code: e.code, path: e.path };
  }
  port.postMessage(answer);
});
