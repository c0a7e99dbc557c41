import type { TWorkspace } from '@mot/core';
import { eq } from 'drizzle-orm';
import type { TDatabase } from '../storage/database.ts';
import { workspaces } from '../storage/schema.ts';
import { toWorkspace } from '../storage/workspace-row.ts';

const CACHE = 'access:workspaces-by-id';

/**
 * The workspace with this id. Cached per database: a workspace's id, key and name never change through
 * the API, so every server may keep them.
 */
export async function findWorkspaceById(db: TDatabase, id: string): Promise<TWorkspace | undefined> {
  let cache = db.caches.get(CACHE) as Map<string, TWorkspace> | undefined;
  if (!cache) {
    cache = new Map();
    db.caches.set(CACHE, cache);
  }
  const cached = cache.get(id);
  if (cached) return cached;
  const [row] = await db.orm.select().from(workspaces).where(eq(workspaces.id, id));
  if (!row) return undefined;
  const workspace = toWorkspace(row);
  cache.set(id, workspace);
  return workspace;
}
