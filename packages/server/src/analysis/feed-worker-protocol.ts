import { Worker } from 'node:worker_threads';
import { AnalyticsInputError } from '@mot/core';
import type { TKeyMomentOptions, TKeyMomentResult } from '@mot/core';
import type { TFeedPage, TPeriod, TReadTouchpoint } from './feed-page.ts';

/** What the worker starts with: the accumulator's options, the read plan (its map as entries), the period. */
export type TFeedWorkerData = {
  options: TKeyMomentOptions;
  plan: { touchpoints: Array<[number, TReadTouchpoint]> };
  period: TPeriod;
};
export type TToWorker = { kind: 'page'; page: TFeedPage } | { kind: 'finish' };
export type TFromWorker =
  | { kind: 'fed' }
  | { kind: 'result'; result: TKeyMomentResult }
  | { kind: 'error'; name: string; message: string; code: unknown; path: unknown };

/** A running feed worker: `feed` resolves when the page is in, `finish` with the analysis. */
export type TFeedWorker = {
  feed(page: TFeedPage): Promise<void>;
  finish(): Promise<TKeyMomentResult>;
  close(): Promise<void>;
};

/**
 * Starts the feed worker. The worker runs TypeScript as the rest of the product does, through tsx: a small
 * script registers tsx's loader in the worker, then imports the worker module.
 */
export function startFeedWorker(data: TFeedWorkerData): TFeedWorker {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./feed-worker.ts', import.meta.url).href);
  const bootstrap = `import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: data });
  // One request at a time: each answer settles the request before it.
  let pending: { resolve: (answer: TFromWorker) => void; reject: (error: Error) => void } | undefined;
  let failed: Error | undefined;
  const fail = (error: Error): void => {
    failed ??= error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.on('message', (answer: TFromWorker) => {
    const request = pending;
    pending = undefined;
    request?.resolve(answer);
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the analysis worker stopped (exit code ${code})`)));
  const ask = (message: TToWorker, transfer: ArrayBuffer[]): Promise<TFromWorker> => {
    if (failed) return Promise.reject(failed);
    if (pending) return Promise.reject(new Error('the analysis worker is busy'));
    return new Promise<TFromWorker>((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage(message, transfer);
    }).then((answer) => {
      if (answer.kind !== 'error') return answer;
      if (answer.name === 'AnalyticsInputError')
        throw Object.assign(new AnalyticsInputError(answer.code as never, String(answer.path)), {
          message: answer.message,
        });
      throw new Error(answer.message);
    });
  };
  return {
    async feed(page) {
      const buffers = new Set<ArrayBuffer>();
      const { copied } = page;
      for (const column of [page.episodes.ids, page.episodes.outcomes])
        buffers.add(column.buffer as ArrayBuffer);
      // The COPY output moves too when it owns its memory (a pooled small Buffer shares it: cloned).
      if (copied.byteOffset === 0 && copied.byteLength === copied.buffer.byteLength)
        buffers.add(copied.buffer as ArrayBuffer);
      await ask({ kind: 'page', page }, [...buffers]);
    },
    async finish() {
      const answer = await ask({ kind: 'finish' }, []);
      if (answer.kind !== 'result') throw new Error('the analysis worker answered out of turn');
      return answer.result;
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}
