import { decideCallbackAttempt } from '@mot/core';
import type { TCallbackAttempt, TCaseState } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import type { TActor } from '../access/audit.ts';
import { appendCaseEvent, transitionCase } from '../cases/index.ts';
import { MotError, invalidInput, notFound } from '../errors.ts';
import { surveyPhoneTasks } from '../invitations/channels/channels-schema.ts';
import { enqueueJob } from '../jobs/index.ts';
import { callbackAttempts, callbacks } from '../storage/callbacks-schema.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { queryRows } from '../storage/database.ts';
import { callbackPolicyOf } from './find-script-facts.ts';
import { CALLBACK_MOMENT_JOB } from './record-callback-moment.ts';

/** A callback row as stored. */
export type TCallbackRow = typeof callbacks.$inferSelect;

/** What an agent records for one attempt, with an optional note. */
export type TAttemptInput = TCallbackAttempt & { note?: string | undefined };

/**
 * Who records: the actor; for an agent the user whose callbacks (or unassigned ones) they may work; for an
 * owner the department whose touchpoints' callbacks they may work.
 */
export type TRecorder = { actor: TActor; onlyFor?: string | undefined; department?: string | undefined };

/**
 * Records one attempt of a planned callback in one transaction: the attempt row (its number is the
 * primary key, so two agents recording at once cannot both count), the callback's new state by core's
 * outcome rules, the case's event and transition (closed, reopened or resolved) when the case still
 * awaits the callback, and, when the customer was reached, the job that records the callback as a moment
 * of the episode. An unassigned callback is taken by the user who records it. A survey by phone is reached
 * only through its answers (`surveyed`, recorded by recordPhoneAnswers): its answers are the outcome, so
 * it is never asked "is the problem solved?" and records no callback moment of its own.
 */
export async function recordCallbackAttempt(
  db: TDatabase,
  workspaceId: string,
  callbackId: number,
  input: TAttemptInput,
  recorder: TRecorder,
  at: Date = new Date(),
): Promise<TCallbackRow> {
  return db.orm.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(callbacks)
      .where(and(eq(callbacks.workspaceId, workspaceId), eq(callbacks.id, callbackId)))
      .for('update');
    const mayWork =
      row &&
      (recorder.onlyFor === undefined ||
        row.assigneeUserId === null ||
        row.assigneeUserId === recorder.onlyFor) &&
      (recorder.department === undefined ||
        (await ownerOf(tx, workspaceId, row.touchpointId)) === recorder.department);
    if (!row || !mayWork) throw notFound(`callback ${callbackId}`, ['params', 'id']);
    if (row.state !== 'planned') {
      throw new MotError('invalid_transition', `the callback is ${row.state}: no more attempts`, ['state']);
    }
    const surveyed = 'surveyed' in input;
    if (input.reached && !surveyed && (await isPhoneSurvey(tx, workspaceId, callbackId))) {
      throw invalidInput(
        'solved: this callback is a survey by phone: a reached customer is recorded by the survey’s answers ' +
          `(POST /api/survey-channels/phone/callbacks/${callbackId}/answers)`,
        ['solved'],
      );
    }
    const attempt = row.attempts + 1;
    // The attempts allowed are the callback's own (set when it was planned); the rest is today's policy.
    const policy = { ...(await callbackPolicyOf(tx, workspaceId)), maxAttempts: row.maxAttempts };
    const decision = decideCallbackAttempt(attempt, input, at, policy);
    const recordedBy = recorder.actor.id;
    const reached = input.reached;
    const solved = 'solved' in input ? input.solved : null;
    const satisfaction = 'solved' in input ? (input.satisfaction ?? null) : null;
    await tx.insert(callbackAttempts).values({
      workspaceId,
      callbackId,
      attempt,
      at,
      reached,
      solved,
      satisfaction,
      note: input.note ?? null,
      recordedBy,
    });
    const [updated] = await tx
      .update(callbacks)
      .set({
        attempts: attempt,
        state: decision.state,
        nextAttemptAt: decision.nextAttemptAt,
        reached,
        solved,
        satisfaction,
        note: input.note ?? row.note,
        recordedBy,
        doneAt: decision.state === 'planned' ? null : at,
        updatedAt: at,
        assigneeUserId: row.assigneeUserId ?? (recorder.actor.kind === 'user' ? recorder.actor.id : null),
      })
      .where(and(eq(callbacks.workspaceId, workspaceId), eq(callbacks.id, callbackId)))
      .returning();
    if (row.caseId !== null) {
      await appendCaseEvent(tx, {
        workspaceId,
        caseId: row.caseId,
        kind: 'callback.attempt',
        actor: recorder.actor,
        note: input.note,
        data: { callbackId, attempt, reached, solved, satisfaction, state: decision.state },
        at,
      });
      const [current] = await queryRows<{ state: TCaseState }>(
        tx,
        sql`select state from cases where workspace_id = ${workspaceId} and id = ${row.caseId}`,
      );
      // An owner may have moved the case meanwhile (closed it by hand): the callback then only informs it.
      if (decision.caseTo && current?.state === 'awaiting_callback') {
        await transitionCase(tx, {
          workspaceId,
          caseId: row.caseId,
          to: decision.caseTo,
          actor: recorder.actor,
          note: input.note,
        });
      }
    }
    if (reached && !surveyed) {
      await enqueueJob(tx, {
        workspaceId,
        kind: CALLBACK_MOMENT_JOB,
        key: `${workspaceId}:${callbackId}`,
        payload: { callbackId },
      });
    }
    await appendAudit(tx, {
      workspaceId,
      action: 'callback.attempt',
      entityType: 'callback',
      entityId: String(callbackId),
      summary: { attempt, reached, solved, satisfaction, state: decision.state, caseTo: decision.caseTo },
    });
    return updated as TCallbackRow;
  });
}

/** Whether a callback is a survey by phone (planned by the phone channel for an invitation). */
async function isPhoneSurvey(tx: TOrm, workspaceId: string, callbackId: number): Promise<boolean> {
  const [task] = await tx
    .select({ callbackId: surveyPhoneTasks.callbackId })
    .from(surveyPhoneTasks)
    .where(and(eq(surveyPhoneTasks.workspaceId, workspaceId), eq(surveyPhoneTasks.callbackId, callbackId)));
  return task !== undefined;
}

/** The owner department of a touchpoint. */
async function ownerOf(tx: TOrm, workspaceId: string, touchpointId: number): Promise<string | undefined> {
  const [row] = await queryRows<{ owner: string }>(
    tx,
    sql`select owner from touchpoints where workspace_id = ${workspaceId} and id = ${touchpointId}`,
  );
  return row?.owner;
}
