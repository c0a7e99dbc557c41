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
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
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
  // Stopping waits for the deliveries under way (each ends within its 5 s timeout), so that none is left to
  // run on after the pool has closed.
  jobs: { stopTimeoutMs: 15_000 },
});
// How long the server's one thread was kept from its requests, and by garbage collection, since the last
// 'cpu' message: where a request's latency tail comes from when its queries are quick.
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let gcPauses: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcPauses.push(entry.duration);
}).observe({ entryTypes: ['gc'] });
process.on('message', (message: { type: string }) => {
  if (message.type === 'cpu') {
    const usage = process.cpuUsage();
    const loop = {
      p99: loopDelay.percentile(99) / 1e6,
      max: loopDelay.max / 1e6,
      gcOver20: gcPauses.filter((d) => d > 20).length,
      gcMax: Math.max(0, ...gcPauses),
      gcTotal: gcPauses.reduce((a, b) => a + b, 0),
    };
    loopDelay.reset();
    gcPauses = [];
    send({ type: 'cpu', ms: (usage.user + usage.system) / 1000, loop });
  }
  if (message.type === 'stop') {
    void server
      .close()
      .then(() => db.close())
      .then(() => process.exit(0));
  }
});
send({ type: 'ready', url: server.url, admin: admin.secret, ingest: ingest.secret });
