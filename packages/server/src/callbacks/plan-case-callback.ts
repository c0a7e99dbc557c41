import { firstCallbackAt } from '@mot/core';
import { and, eq } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { callbacks } from '../storage/callbacks-schema.ts';
import type { TOrm } from '../storage/database.ts';
import { buildScriptOf, callbackPolicyOf } from './find-script-facts.ts';
import { pickAssignee } from './pick-assignee.ts';

/** The fields of a case a callback is planned from (the `cases` row has them under these names). */
export type TCaseForCallback = {
  workspaceId: string;
  id: number;
  customerId: number;
  episodeId: number;
  journeyId: number;
  touchpointId: number;
  resolution: string | null;
  resolvedAt?: Date | null;
};

/**
 * Plans the callback of a resolved case, in the transaction that moved it to `awaiting_callback`: its
 * script (zh-CN and en) from the touchpoint, the breach and the resolution; the least-loaded agent (or
 * nobody); the first attempt at the first calling time after the resolution. A case with a planned
 * callback already keeps it (planning is idempotent).
 */
export async function planCaseCallback(tx: TOrm, caseRow: TCaseForCallback): Promise<void> {
  const policy = await callbackPolicyOf(tx, caseRow.workspaceId);
  const script = await buildScriptOf(tx, { ...caseRow, resolution: caseRow.resolution });
  const assignee = await pickAssignee(tx, caseRow.workspaceId);
  const inserted = await tx
    .insert(callbacks)
    .values({
      workspaceId: caseRow.workspaceId,
      caseId: caseRow.id,
      customerId: caseRow.customerId,
      episodeId: caseRow.episodeId,
      journeyId: caseRow.journeyId,
      touchpointId: caseRow.touchpointId,
      assigneeUserId: assignee ?? null,
      state: 'planned',
      maxAttempts: policy.maxAttempts,
      nextAttemptAt: firstCallbackAt(caseRow.resolvedAt ?? new Date(), policy),
      script,
    })
    .onConflictDoNothing()
    .returning({ id: callbacks.id });
  const row = inserted[0];
  if (!row) return;
  await appendAudit(tx, {
    workspaceId: caseRow.workspaceId,
    action: 'callback.plan',
    entityType: 'callback',
    entityId: String(row.id),
    summary: { caseId: caseRow.id, assignee: assignee ?? null },
  });
}

/**
 * Cancels the planned callbacks of a case that left `awaiting_callback` by another way than its callback
 * (an owner closed, reopened or resolved it by hand), so resolving it again plans a fresh callback with the
 * new resolution in its script. A callback that decided the move is already done or failed by then.
 */
export async function cancelCaseCallbacks(tx: TOrm, workspaceId: string, caseId: number): Promise<void> {
  const cancelled = await tx
    .update(callbacks)
    .set({ state: 'cancelled', nextAttemptAt: null, updatedAt: new Date() })
    .where(
      and(
        eq(callbacks.workspaceId, workspaceId),
        eq(callbacks.caseId, caseId),
        eq(callbacks.state, 'planned'),
      ),
    )
    .returning({ id: callbacks.id });
  for (const row of cancelled) {
    await appendAudit(tx, {
      workspaceId,
      action: 'callback.cancel',
      entityType: 'callback',
      entityId: String(row.id),
      summary: { caseId },
    });
  }
}
