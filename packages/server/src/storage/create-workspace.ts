import type { TWorkspace } from '@mot/core';
import type { TOrm } from './database.ts';
import { workspaces } from './schema.ts';
import { toWorkspace } from './workspace-row.ts';

/** Creates a workspace; undefined when the key is taken. */
export async function createWorkspace(
  orm: TOrm,
  input: { key: string; name: string },
): Promise<TWorkspace | undefined> {
  const [row] = await orm
    .insert(workspaces)
    .values({ key: input.key, name: input.name })
    .onConflictDoNothing({ target: workspaces.key })
    .returning();
  return row && toWorkspace(row);
}
