// A child process for the two-servers test: a `mot serve` on the PostgreSQL database DATABASE_URL names,
// on a free loopback port, with the per-caller rate limit MOT_TEST_PER_CALLER. Prints "listening <url>"
// and ends when its standard input closes (the test ended, or died).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import { openDatabaseFromEnv } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';

const db = await openDatabaseFromEnv();
await migrate(db);
const app = createApp(db, {
  rateLimits: { perCaller: Number(process.env['MOT_TEST_PER_CALLER'] ?? 1200), perAddress: 1e6 },
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.stdout.write(`listening http://127.0.0.1:${(info as AddressInfo).port}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => {
  server.close(() => {
    void db.close().finally(() => process.exit(0));
  });
});
