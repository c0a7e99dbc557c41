import { DEFAULT_WORKSPACE, ensureWorkspace, findWorkspace, ingestMoments } from '@mot/server';
import type { TDatabase } from '@mot/server';
import type { TMomentSink } from './sink.ts';

/**
 * A sink writing straight into the database with `ingestMoments`. The workspace must exist, except the
 * default one, which the server would create at start-up anyway.
 */
export async function createDatabaseSink(db: TDatabase, workspaceKey: string): Promise<TMomentSink> {
  const workspace =
    workspaceKey === DEFAULT_WORKSPACE.key
      ? await ensureWorkspace(db, DEFAULT_WORKSPACE)
      : await findWorkspace(db, workspaceKey);
  if (!workspace) throw new Error(`--workspace ${workspaceKey}: no such workspace`);
  return { send: (moments) => ingestMoments(db, workspace.id, moments) };
}
