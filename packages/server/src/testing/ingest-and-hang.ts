// A child process for the durability test: serves the PGlite folder given as argv[2] over HTTP on loopback,
// sends three batches to POST /api/moments with an API key (as a source system does), says how many
// moments were acknowledged, then hangs until it is killed (never closing the database).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApiKey } from '../access/api-keys.ts';
import { createApp } from '../app.ts';
import { openDatabase } from '../storage/database.ts';
import { ensureWorkspace } from '../storage/ensure-workspace.ts';
import { migrate } from '../storage/migrate.ts';
import { putJourney } from '../storage/put-journey.ts';
import { makeJourney, makeMoment } from './factories.ts';

const db = await openDatabase({ dataDir: process.argv[2] ?? '' });
await migrate(db);
const workspace = await ensureWorkspace(db, { key: 'durable', name: 'Durable' });
await putJourney(db, workspace.id, makeJourney());
const { secret } = await createApiKey(db, { workspaceId: workspace.id, name: 'source', role: 'ingest' });
const app = createApp(db);
const url = await new Promise<string>((resolve) => {
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
    resolve(`http://127.0.0.1:${(info as AddressInfo).port}`),
  );
});
let acknowledged = 0;
for (let batch = 0; batch < 3; batch += 1) {
  const moments = Array.from({ length: 500 }, (_, i) => makeMoment({ customer: `c-${batch}-${i % 50}` }));
  const res = await fetch(`${url}/api/moments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ moments }),
  });
  const report = (await res.json()) as { created?: number };
  if (res.status !== 200) throw new Error(`batch ${batch}: ${res.status} ${JSON.stringify(report)}`);
  acknowledged += report.created ?? 0;
}
process.stdout.write(`acknowledged ${acknowledged}\n`);
setInterval(() => undefined, 60_000);
