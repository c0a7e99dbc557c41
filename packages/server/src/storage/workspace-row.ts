import type { TWorkspace } from '@mot/core';
import type { workspaces } from './schema.ts';

/** Presents a workspace row as the domain's workspace. */
export function toWorkspace(row: typeof workspaces.$inferSelect): TWorkspace {
  return { id: row.id, key: row.key, name: row.name, createdAt: row.createdAt.toISOString() };
}
