import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { createScratchDatabase } from '../testing/scratch-database.ts';
import { openDatabase } from './database.ts';

const url = process.env['MOT_TEST_DATABASE_URL'];

test(
  'PostgreSQL: a pooled connection the server ends while idle is replaced, not a crash; close waits for every connection',
  { skip: url ? false : 'MOT_TEST_DATABASE_URL is not set' },
  async () => {
    const scratch = await createScratchDatabase(url ?? '');
    const db = await openDatabase({ url: scratch.url });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const name = new URL(scratch.url).pathname.slice(1);
    const connections = async (): Promise<number> =>
      Number(
        (await admin.query('select count(*) as n from pg_stat_activity where datname = $1', [name])).rows[0]
          .n,
      );
    try {
      if (db.kind !== 'postgres') throw new Error('expected PostgreSQL');
      await db.client.query('select 1');
      const warned = new Promise<string>((resolve) => process.once('warning', (w) => resolve(w.message)));
      // As an administrator (or a restart) would: end the idle pooled connection from the server side.
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      assert.match(await warned, /PostgreSQL closed an idle connection/);
      assert.equal((await db.client.query('select 2 as two')).rows[0].two, 2);
      await db.close();
      assert.equal(await connections(), 0, 'no connection is left once close resolves');
    } finally {
      await admin.end();
      await scratch.drop();
    }
  },
);
