import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { DEFAULT_WORKSPACE } from './http/middleware.ts';
import type { TDatabase } from './storage/database.ts';
import { ensureWorkspace } from './storage/ensure-workspace.ts';

/** Starts HTTP on the port (0 picks a free one); resolves when listening. The default workspace is created. */
export async function startServer(options: {
  db: TDatabase;
  port: number;
  host?: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  await ensureWorkspace(options.db, DEFAULT_WORKSPACE);
  const app = createApp(options.db);
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host ?? '0.0.0.0' },
      (info) => {
        const { port } = info as AddressInfo;
        resolve({
          url: `http://localhost:${port}`,
          close: () =>
            new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
        });
      },
    );
    server.once('error', reject);
  });
}
