import type { TWorkspace } from '@mot/core';
import { eq } from 'drizzle-orm';
import type { TDatabase } from './database.ts';
import { workspaces } from './schema.ts';
import { toWorkspace } from './workspace-row.ts';

/** The workspace with this key, or undefined. */
export async function findWorkspace(db: TDatabase, key: string): Promise<TWorkspace | undefined> {
  const [row] = await db.orm.select().from(workspaces).where(eq(workspaces.key, key));
  return row && toWorkspace(row);
}
