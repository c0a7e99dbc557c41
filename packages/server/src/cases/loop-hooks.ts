import type { TCaseState } from '@mot/core';
import { cancelCaseCallbacks, planCaseCallback } from '../callbacks/index.ts';
import { onCaseTransition, retargetCaseSlas, startCaseSlas } from '../sla/index.ts';
import type { TRaisedCase } from '../sla/index.ts';
import type { TCaseRow } from '../storage/cases-schema.ts';
import type { TOrm } from '../storage/database.ts';

/**
 * What the rest of the loop does when a case opens or moves, in the same transaction: the SLA clock starts,
 * pauses, resumes and records hits and misses; resolving plans the callback. One place, so that opening a
 * case from ingestion and moving one from the API or a callback agree. Cases open a batch at a time
 * (set-based): their SLA clocks start.
 */
export async function afterCasesOpened(tx: TOrm, cases: readonly TCaseRow[]): Promise<void> {
  await startCaseSlas(tx, cases);
}

/** Cases a more severe trigger joined: their SLA targets not yet met take the new severity's deadlines. */
export async function afterSeveritiesRaised(tx: TOrm, cases: readonly TRaisedCase[]): Promise<void> {
  await retargetCaseSlas(tx, cases);
}

/**
 * The SLA follows the transition; awaiting_callback plans the callback, leaving it
 * cancels a callback still planned (an owner moved the case by hand).
 */
export async function afterCaseTransition(
  tx: TOrm,
  caseRow: TCaseRow,
  from: TCaseState,
  to: TCaseState,
  at: Date,
): Promise<void> {
  await onCaseTransition(tx, caseRow, from, to, at);
  if (from === 'awaiting_callback') await cancelCaseCallbacks(tx, caseRow.workspaceId, caseRow.id);
  if (to === 'awaiting_callback') await planCaseCallback(tx, caseRow);
}
