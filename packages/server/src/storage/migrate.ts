import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TDatabase } from './database.ts';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

type TJournal = { entries: Array<{ tag: string }> };

/** The committed migrations in order (drizzle-kit's journal), with their SQL split into statements. */
export function readMigrations(): Array<{ name: string; hash: string; statements: string[] }> {
  const journal = JSON.parse(readFileSync(new URL('meta/_journal.json', MIGRATIONS), 'utf8')) as TJournal;
  return journal.entries.map(({ tag }) => {
    const text = readFileSync(new URL(`${tag}.sql`, MIGRATIONS), 'utf8');
    return {
      name: tag,
      hash: createHash('sha256').update(text).digest('hex'),
      statements: text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    };
  });
}

// Arbitrary constant naming mot's migration lock, so that two servers starting together on one PostgreSQL
// apply each migration once.
const LOCK_ID = 4_242_001;

/**
 * Applies the committed SQL migrations that are not applied yet (idempotent), each in its own
 * transaction, and records them in `mot_migrations`. One runner for both drivers.
 */
export async function migrate(db: TDatabase): Promise<{ applied: string[] }> {
  await db.orm.execute(
    sql`create table if not exists mot_migrations (name text primary key, hash text not null, applied_at timestamptz not null default now())`,
  );
  const applied: string[] = [];
  for (const migration of readMigrations()) {
    await db.orm.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_ID})`);
      const done = await queryRows<{ name: string }>(
        tx,
        sql`select name from mot_migrations where name = ${migration.name}`,
      );
      if (done.length > 0) return;
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(
        sql`insert into mot_migrations (name, hash) values (${migration.name}, ${migration.hash})`,
      );
      applied.push(migration.name);
    });
  }
  return { applied };
}
