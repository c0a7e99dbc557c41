import type { TWorkspace } from '@mot/core';
import { asc } from 'drizzle-orm';
import type { TDatabase } from './database.ts';
import { workspaces } from './schema.ts';
import { toWorkspace } from './workspace-row.ts';

/** Every workspace, by key. Workspaces are the tenants themselves, so this one query spans them. */
export async function listWorkspaces(db: TDatabase): Promise<TWorkspace[]> {
  const rows = await db.orm.select().from(workspaces).orderBy(asc(workspaces.key));
  return rows.map(toWorkspace);
}
