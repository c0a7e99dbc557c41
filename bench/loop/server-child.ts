// The server under test for bench/loop, in its own process so that its CPU is its own: a workspace with the
// benchmark journey (floors on every touchpoint), an admin key and an ingest key, the whole app with its job
// runner (notifications), and rate limits raised so that the benchmark's own traffic is never refused.
import {
  createApiKey,
  ensureWorkspace,
  migrate,
  openDatabaseFromEnv,
  putJourney,
  startServer,
} from '@mot/server';
import { benchJourney } from '../ingest/workload.ts';

const send = (message: unknown) => process.send?.(message);

const db = await openDatabaseFromEnv();
await migrate(db);
const workspace = await ensureWorkspace(db, { key: 'bench', name: 'Bench' });
await putJourney(db, workspace.id, benchJourney(Number(process.env['MOT_BENCH_TOUCHPOINTS'] ?? '20')));
const admin = await createApiKey(db, { workspaceId: workspace.id, name: 'bench admin', role: 'admin' });
const ingest = await createApiKey(db, { workspaceId: workspace.id, name: 'bench ingest', role: 'ingest' });
const server = await startServer({
  db,
  port: 0,
  host: '127.0.0.1',
  app: { rateLimits: { perCaller: 10_000_000, perAddress: 10_000_000 } },
  notify: { allowPrivate: true },
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'cpu') {
    const usage = process.cpuUsage();
    send({ type: 'cpu', ms: (usage.user + usage.system) / 1000 });
  }
  if (message.type === 'stop') {
    void server
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  }
});
send({ type: 'ready', url: server.url, admin: admin.secret, ingest: ingest.secret });
