// The server under test, run as a child process so that its peak memory is its own. It serves the HTTP API
// on a free port and answers the parent's messages: its peak RSS, and the timed bare COPY (the ceiling).
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import {
  createApiKey,
  ensureWorkspace,
  ingestMoments,
  migrate,
  openDatabaseFromEnv,
  putJourney,
  startServer,
} from '@mot/server';
import type { TDatabase } from '@mot/server';
import { COPY_COLUMNS } from './copy-rows.ts';
import { benchJourney } from './workload.ts';

type TMessage = { type: 'rss' } | { type: 'copy'; files: string[] } | { type: 'stop' };

const send = (message: unknown) => process.send?.(message);

async function copyChunk(db: TDatabase, chunk: string): Promise<void> {
  const statement = `copy bench_copy (${COPY_COLUMNS.join(', ')})`;
  if (db.kind === 'pglite') {
    await db.client.query(`${statement} from '/dev/blob' with (format csv)`, [], { blob: new Blob([chunk]) });
    return;
  }
  const client = await db.client.connect();
  try {
    await pipeline(
      Readable.from([chunk]),
      client.query(copyFrom(`${statement} from stdin with (format csv)`)),
    );
  } finally {
    client.release();
  }
}

/** Times a bare COPY of the rows into a fresh table shaped like `moments` (same indexes), then drops it. */
async function timeCopy(db: TDatabase, files: string[]): Promise<number> {
  const chunks = files.map((file) => readFileSync(file, 'utf8'));
  await db.orm.execute('drop table if exists bench_copy');
  await db.orm.execute('create table bench_copy (like moments including all)');
  const start = performance.now();
  for (const chunk of chunks) await copyChunk(db, chunk);
  const ms = performance.now() - start;
  await db.orm.execute('drop table bench_copy');
  return ms;
}

/**
 * The baseline without the access layer: the same JSON body, the same `ingestMoments`, the same report, and
 * nothing else (no authentication, rate limits, body checks or security headers). Only the benchmark builds
 * it, to measure what the access layer costs.
 */
function startBareServer(
  db: TDatabase,
  workspaceId: string,
): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono();
  app.post('/api/moments', async (c) => {
    const body = (await c.req.json()) as { moments: unknown[] };
    const report = await ingestMoments(db, workspaceId, body.moments);
    return c.json(report, report.ok ? 200 : 422);
  });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({
        url: `http://127.0.0.1:${(info as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

const db = await openDatabaseFromEnv();
await migrate(db);
const workspace = await ensureWorkspace(db, { key: 'bench', name: 'Bench' });
await putJourney(db, workspace.id, benchJourney(Number(process.env['MOT_BENCH_TOUCHPOINTS'] ?? '20')));
const withAccess = process.env['MOT_BENCH_ACCESS'] !== 'off';
const { secret } = await createApiKey(db, { workspaceId: workspace.id, name: 'bench', role: 'ingest' });
const server = withAccess
  ? await startServer({ db, port: 0, host: '127.0.0.1' })
  : await startBareServer(db, workspace.id);
process.on('message', (message: TMessage) => {
  if (message.type === 'rss')
    send({
      type: 'rss',
      maxRssKb: process.resourceUsage().maxRSS,
      cpuMs: process.cpuUsage().user / 1000 + process.cpuUsage().system / 1000,
    });
  if (message.type === 'copy') {
    timeCopy(db, message.files).then(
      (ms) => send({ type: 'copy', ms }),
      (error: unknown) => send({ type: 'error', message: String(error) }),
    );
  }
  if (message.type === 'stop') {
    void server
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  }
});
send({ type: 'ready', url: server.url, workspaceId: workspace.id, secret: withAccess ? secret : null });
