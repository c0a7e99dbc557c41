import { canTransition } from '@mot/core';
import type { TCaseState } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import type { TActor } from '../access/audit.ts';
import { MotError, notFound } from '../errors.ts';
import { cases } from '../storage/cases-schema.ts';
import type { TCaseRow } from '../storage/cases-schema.ts';
import type { TOrm } from '../storage/database.ts';
import { appendCaseEvent } from './append-case-event.ts';
import { afterCaseTransition } from './loop-hooks.ts';

/** A transition of a case, and what the owner records with it when resolving. */
export type TTransition = {
  workspaceId: string;
  caseId: number;
  to: TCaseState;
  actor: TActor;
  note?: string | undefined;
  /** Written with the transition: the resolution and its root-cause category (resolve). */
  resolution?: { text: string; rootCause: string | null } | undefined;
};

/** Reads a case and locks its row for the rest of the transaction; 404 when the workspace has no such case. */
export async function lockCase(tx: TOrm, workspaceId: string, caseId: number): Promise<TCaseRow> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.workspaceId, workspaceId), eq(cases.id, caseId)))
    .for('update');
  if (!row) throw notFound(`case ${caseId}`, ['params', 'id']);
  return row;
}

/**
 * Moves a case to `to` in the caller's transaction: checks the move with core's lifecycle (409 otherwise),
 * stamps the first response (leaving `new`), the resolution (to awaiting_callback), the close, a reopening;
 * appends the `transition` event; then lets the SLA clock follow (pause, resume, hit or miss) and, on the way
 * to awaiting_callback, plans the callback. Returns the case as updated.
 */
export async function transitionCase(tx: TOrm, a: TTransition): Promise<TCaseRow> {
  const current = await lockCase(tx, a.workspaceId, a.caseId);
  const from = current.state;
  if (!canTransition(from, a.to)) {
    throw new MotError('invalid_transition', `a case that is ${from} cannot become ${a.to}`, ['state']);
  }
  const now = new Date();
  const changes: Partial<typeof cases.$inferInsert> = { state: a.to, updatedAt: now };
  if (from === 'new' && current.firstResponseAt === null) changes.firstResponseAt = now;
  if (a.to === 'awaiting_callback') {
    changes.resolvedAt = now;
    if (a.resolution) {
      changes.resolution = a.resolution.text;
      changes.rootCause = a.resolution.rootCause;
    }
  }
  if (a.to === 'closed') changes.closedAt = now;
  if (a.to === 'reopened') {
    changes.resolvedAt = null;
    changes.closedAt = null;
    changes.reopenedCount = sql`${cases.reopenedCount} + 1` as unknown as number;
  }
  let updated: TCaseRow | undefined;
  try {
    [updated] = await tx
      .update(cases)
      .set(changes)
      .where(and(eq(cases.workspaceId, a.workspaceId), eq(cases.id, a.caseId)))
      .returning();
  } catch (error) {
    // Reopening a closed case while a newer case of the same episode is open breaks the one-open-case rule.
    if (a.to === 'reopened' && isUniqueViolation(error)) {
      throw new MotError('invalid_transition', 'this episode has another open case: work that one', [
        'state',
      ]);
    }
    throw error;
  }
  if (!updated) throw notFound(`case ${a.caseId}`, ['params', 'id']);
  await appendCaseEvent(tx, {
    workspaceId: a.workspaceId,
    caseId: a.caseId,
    kind: 'transition',
    actor: a.actor,
    note: a.note,
    data: {
      from,
      to: a.to,
      ...(a.resolution ? { resolution: a.resolution.text, rootCause: a.resolution.rootCause } : {}),
    },
    at: now,
  });
  await afterCaseTransition(tx, updated, from, a.to, now);
  return updated;
}

/** Whether a database error is a unique violation (SQLSTATE 23505), on either driver. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
