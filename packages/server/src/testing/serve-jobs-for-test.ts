// A child process for the notification crash test: `startServer` (with its job runner) on the database the
// environment names (DATABASE_URL, else the PGlite folder MOT_DATA_DIR), retrying fast. Prints
// "listening <url>"; stops the server and closes the database when its standard input closes.
import { openDatabaseFromEnv } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';
import { startServer } from '../server.ts';

const db = await openDatabaseFromEnv();
await migrate(db);
const server = await startServer({
  db,
  port: 0,
  jobs: { pollMs: 100, backoff: { baseMs: 100, maxMs: 500 }, onError: () => undefined },
  notify: { allowPrivate: true, timeoutMs: 30_000 },
});
process.stdout.write(`listening ${server.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => {
  void server
    .close()
    .then(() => db.close())
    .finally(() => process.exit(0));
});
