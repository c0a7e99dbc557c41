// A child process for the durability test: ingests into the PGlite folder given as argv[2], says how many
// moments were acknowledged, then hangs until it is killed (never closing the database).
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { openDatabase } from '../storage/database.ts';
import { ensureWorkspace } from '../storage/ensure-workspace.ts';
import { migrate } from '../storage/migrate.ts';
import { putJourney } from '../storage/put-journey.ts';
import { makeJourney, makeMoment } from './factories.ts';

const db = await openDatabase({ dataDir: process.argv[2] ?? '' });
await migrate(db);
const workspace = await ensureWorkspace(db, { key: 'durable', name: 'Durable' });
await putJourney(db, workspace.id, makeJourney());
let acknowledged = 0;
for (let batch = 0; batch < 3; batch += 1) {
  const moments = Array.from({ length: 500 }, (_, i) => makeMoment({ customer: `c-${batch}-${i % 50}` }));
  const report = await ingestMoments(db, workspace.id, moments);
  acknowledged += report.created;
}
process.stdout.write(`acknowledged ${acknowledged}\n`);
setInterval(() => undefined, 60_000);
