import { userInfo } from 'node:os';
import { findWorkspace, migrate, openDatabaseFromEnv, runAsActor } from '@mot/server';
import type { TDatabase, TWorkspace } from '@mot/server';

/**
 * Runs `work` on the database the environment names (migrated first), as the system actor named after the
 * operating-system user, so the audit log says who ran the command; closes the database afterwards.
 */
export async function withDatabase<T>(work: (db: TDatabase) => Promise<T>): Promise<T> {
  const db = await openDatabaseFromEnv();
  try {
    await migrate(db);
    const actor = { kind: 'system' as const, id: `cli:${userInfo().username}`, credentialId: 'cli' };
    return await runAsActor(actor, () => work(db));
  } finally {
    await db.close();
  }
}

/** The workspace with this key, or an error naming the flag. */
export async function requireWorkspace(db: TDatabase, key: string): Promise<TWorkspace> {
  const workspace = await findWorkspace(db, key);
  if (!workspace) throw new Error(`--workspace ${key}: no such workspace`);
  return workspace;
}
