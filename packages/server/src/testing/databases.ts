import { after, before, describe } from 'node:test';
import { openDatabase } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { migrate } from '../storage/migrate.ts';
import { createScratchDatabase } from './scratch-database.ts';

/** Which databases the contract suites run on: PGlite always, PostgreSQL when MOT_TEST_DATABASE_URL is set. */
export function testDatabaseKinds(): Array<'pglite' | 'postgres'> {
  return process.env['MOT_TEST_DATABASE_URL'] ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Runs a suite once per database: on a fresh in-memory PGlite and, when MOT_TEST_DATABASE_URL is set, on a
 * throw-away PostgreSQL database created with a unique name and dropped afterwards. One database per
 * suite (opening one costs seconds): tests inside should use a workspace of their own.
 */
export function forEachDatabase(title: string, suite: (getDb: () => TDatabase) => void): void {
  for (const kind of testDatabaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let db: TDatabase | undefined;
      let dropDatabase: (() => Promise<void>) | undefined;
      before(async () => {
        if (kind === 'pglite') {
          db = await openDatabase({ dataDir: 'memory://' });
        } else {
          const scratch = await createScratchDatabase(process.env['MOT_TEST_DATABASE_URL'] ?? '');
          dropDatabase = scratch.drop;
          db = await openDatabase({ url: scratch.url });
        }
        await migrate(db);
      });
      after(async () => {
        await db?.close();
        await dropDatabase?.();
      });
      suite(() => {
        if (!db) throw new Error('the test database is not open yet (use it inside tests or hooks)');
        return db;
      });
    });
  }
}
