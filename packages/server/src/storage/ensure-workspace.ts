import type { TWorkspace } from '@mot/core';
import { ZKey } from '@mot/core';
import { invalidInput } from '../errors.ts';
import { createWorkspace } from './create-workspace.ts';
import type { TDatabase } from './database.ts';
import { findWorkspace } from './find-workspace.ts';

/** Creates the workspace if it does not exist; returns it (an existing one keeps its name). */
export async function ensureWorkspace(
  db: TDatabase,
  input: { key: string; name: string },
): Promise<TWorkspace> {
  const key = ZKey.safeParse(input.key);
  if (!key.success)
    throw invalidInput(`workspace key: ${key.error.issues[0]?.message ?? 'invalid'}`, ['key']);
  const created = await createWorkspace(db.orm, input);
  if (created) return created;
  const existing = await findWorkspace(db, input.key);
  if (!existing) throw new Error(`workspace ${input.key} vanished while being ensured`);
  return existing;
}
