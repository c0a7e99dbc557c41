import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { TAppOptions, TAppWithAuth } from './app.ts';
import { DEFAULT_WORKSPACE } from './http/middleware.ts';
import { warmCommentScoring } from './ingest/prepare-moments.ts';
import { startJobRunner } from './jobs/index.ts';
import type { TJobRunnerOptions } from './jobs/index.ts';
import { notifyOptions, setNotifyOptions } from './notify/index.ts';
import type { TNotifyOptions } from './notify/index.ts';
import type { TDatabase } from './storage/database.ts';
import { ensureWorkspace } from './storage/ensure-workspace.ts';

/** Whether a listening address is this machine only. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Starts HTTP on the host (default 127.0.0.1: this machine only) and port (0 picks a free one); resolves
 * when listening, with the URL to reach it. The default workspace (the CLI import's) is created. The job
 * runner (notifications, escalations, callbacks) starts with it and stops with it; `close()` waits for
 * running jobs at most `jobs.stopTimeoutMs` (default 5 s).
 */
export async function startServer(options: {
  db: TDatabase;
  port: number;
  host?: string;
  app?: TAppOptions;
  jobs?: TJobRunnerOptions;
  notify?: Partial<TNotifyOptions>;
}): Promise<{ url: string; app: TAppWithAuth; close(): Promise<void> }> {
  await ensureWorkspace(options.db, DEFAULT_WORKSPACE);
  warmCommentScoring();
  const host = options.host ?? '127.0.0.1';
  const app = createApp(options.db, options.app);
  const listening = await new Promise<{ url: string; close(): Promise<void> }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: host }, (info) => {
      const { port } = info as AddressInfo;
      const shown =
        host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
  setNotifyOptions(options.db, {
    publicUrl: notifyOptions(options.db).publicUrl ?? options.app?.auth?.baseURL ?? listening.url,
    ...options.notify,
  });
  const runner = await startJobRunner(options.db, options.jobs);
  return {
    url: listening.url,
    app,
    async close() {
      await runner.stop();
      await listening.close();
    },
  };
}
