import { eq } from 'drizzle-orm';
import { MotError } from '../errors.ts';
import type { TOrm } from './database.ts';
import { workspaces } from './schema.ts';

/**
 * Takes a shared lock on the workspace row in a writing transaction, as every ingestion does first: journey
 * edits and erasures lock the row exclusively before they change what a batch resolves (journeys, the
 * customer), so what the batch found stays valid until it commits. Throws when the workspace is gone.
 */
export async function lockWorkspaceShared(tx: TOrm, workspaceId: string): Promise<void> {
  const [row] = await tx
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .for('share');
  if (!row) throw new MotError('workspace_not_found', `workspace ${workspaceId} not found`);
}
