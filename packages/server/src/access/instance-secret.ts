import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { instanceSecrets } from '../storage/access-schema.ts';
import type { TDatabase } from '../storage/database.ts';

/**
 * The installation's secret called `name` (e.g. the session-signing secret): made once, at random, and kept
 * in the database, so every server on the same database signs and checks with the same one. The
 * `MOT_AUTH_SECRET` environment variable, when set, is used instead (for a secret kept in a vault).
 */
export async function loadInstanceSecret(db: TDatabase, name: string): Promise<string> {
  const fromEnv = process.env['MOT_AUTH_SECRET'];
  if (fromEnv && name === 'auth') return fromEnv;
  await db.orm
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db.orm.select().from(instanceSecrets).where(eq(instanceSecrets.name, name));
  if (!row) throw new Error(`the instance secret "${name}" could not be stored`);
  return row.value;
}
