import { firstCallbackAt } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../access/audit.ts';
import { callbackPolicyOf, buildScriptOf } from '../../callbacks/find-script-facts.ts';
import { pickAssignee } from '../../callbacks/pick-assignee.ts';
import { recordCallbackAttempt } from '../../callbacks/record-callback-attempt.ts';
import type { TRecorder } from '../../callbacks/record-callback-attempt.ts';
import { MotError, notFound } from '../../errors.ts';
import { callbacks } from '../../storage/callbacks-schema.ts';
import { queryRows } from '../../storage/database.ts';
import type { TDatabase } from '../../storage/database.ts';
import { readPublicSurvey, submitAnswers } from '../../survey-answers/answers.ts';
import type { TPublicSurvey, TSubmitted } from '../../survey-answers/answers.ts';
import { surveyPhoneTasks } from './channels-schema.ts';
import type { TInvitationMessage } from './index.ts';
import type { TPhoneSettings } from './settings.ts';

/** The token of a survey link (its last path segment, /s/<token>), or undefined when the URL has none. */
export function tokenOfUrl(url: string): string | undefined {
  try {
    const last = new URL(url).pathname.split('/').pop() ?? '';
    return /^[A-Za-z0-9_-]{43}$/.test(last) ? last : undefined;
  } catch {
    return undefined;
  }
}

type TPlanned = { status: 'planned' | 'existing'; callbackId: number } | { status: 'no_episode' };

/**
 * Plans the callback task of an invitation by phone, without a case: about the invitation's episode (else
 * the customer's latest one) at its latest moment's touchpoint, for an agent of the channel's department,
 * with the usual callback script; the survey the agent reads out is the link's. One task per invitation:
 * a retried send finds the one planned before.
 */
export async function planPhoneTask(
  db: TDatabase,
  message: TInvitationMessage,
  settings: TPhoneSettings,
  token: string,
): Promise<TPlanned> {
  return db.orm.transaction(async (tx) => {
    const ws = message.workspaceId;
    const [existing] = await tx
      .select({ callbackId: surveyPhoneTasks.callbackId })
      .from(surveyPhoneTasks)
      .where(
        and(eq(surveyPhoneTasks.workspaceId, ws), eq(surveyPhoneTasks.invitationId, message.invitationId)),
      );
    if (existing) return { status: 'existing', callbackId: existing.callbackId };
    const episodeFilter = message.episode === undefined ? sql`` : sql` and e.key = ${message.episode}`;
    const journeyFilter = message.journey === undefined ? sql`` : sql` and j.key = ${message.journey}`;
    const [subject] = await queryRows<{
      customer_id: number | string;
      episode_id: number | string;
      journey_id: number | string;
      touchpoint_id: number | string;
    }>(
      tx,
      sql`select e.customer_id, e.id as episode_id, e.journey_id, m.touchpoint_id
          from customers c
          join episodes e on e.workspace_id = c.workspace_id and e.customer_id = c.id
          join journeys j on j.workspace_id = e.workspace_id and j.id = e.journey_id
          join lateral (
            select touchpoint_id, occurred_at from moments mm
            where mm.workspace_id = e.workspace_id and mm.customer_id = e.customer_id and mm.episode_id = e.id
            order by mm.occurred_at desc, mm.id desc limit 1
          ) m on true
          where c.workspace_id = ${ws} and c.external_id = ${message.customer}${episodeFilter}${journeyFilter}
          order by m.occurred_at desc, e.id desc
          limit 1`,
    );
    if (!subject) return { status: 'no_episode' };
    const facts = {
      workspaceId: ws,
      customerId: Number(subject.customer_id),
      episodeId: Number(subject.episode_id),
      touchpointId: Number(subject.touchpoint_id),
    };
    const script = await buildScriptOf(tx, { ...facts, purpose: 'survey' });
    const policy = await callbackPolicyOf(tx, ws);
    const assignee = await pickAssignee(tx, ws, settings.department);
    const [row] = await tx
      .insert(callbacks)
      .values({
        ...facts,
        caseId: null,
        journeyId: Number(subject.journey_id),
        assigneeUserId: assignee ?? null,
        state: 'planned',
        maxAttempts: policy.maxAttempts,
        nextAttemptAt: firstCallbackAt(new Date(), policy),
        script,
      })
      .returning({ id: callbacks.id });
    if (!row) throw new Error('the callback was not stored');
    await tx.insert(surveyPhoneTasks).values({
      workspaceId: ws,
      callbackId: row.id,
      invitationId: message.invitationId,
      surveyKey: message.surveyKey,
      language: message.language,
      linkToken: token,
    });
    await appendAudit(tx, {
      workspaceId: ws,
      action: 'callback.plan_survey',
      entityType: 'callback',
      entityId: String(row.id),
      summary: {
        invitation: message.invitationId,
        survey: message.surveyKey,
        department: settings.department,
      },
    });
    return { status: 'planned', callbackId: row.id };
  });
}

/** The survey of a callback task as the agent reads it out. */
export type TPhoneSurvey = {
  callback: number;
  survey: string;
  language: string;
  /** The answer the agent recorded; then the survey is no longer shown. */
  answer: string | null;
  /** The survey in the customer's language; null once answered or when the link closed. */
  form: TPublicSurvey | null;
  closed: 'answered' | 'expired' | null;
};

async function findTask(db: TDatabase, workspaceId: string, callbackId: number) {
  const [task] = await db.orm
    .select()
    .from(surveyPhoneTasks)
    .where(and(eq(surveyPhoneTasks.workspaceId, workspaceId), eq(surveyPhoneTasks.callbackId, callbackId)));
  if (!task) throw notFound(`survey of callback ${callbackId}`, ['params', 'callback']);
  return task;
}

/** The survey of a callback planned by the phone channel (404 for any other callback). */
export async function readPhoneSurvey(
  db: TDatabase,
  workspaceId: string,
  callbackId: number,
): Promise<TPhoneSurvey> {
  const task = await findTask(db, workspaceId, callbackId);
  const base = {
    callback: callbackId,
    survey: task.surveyKey,
    language: task.language,
    answer: task.answerId,
  };
  try {
    return { ...base, form: await readPublicSurvey(db, task.linkToken), closed: null };
  } catch (error) {
    if (error instanceof MotError && (error.code === 'already_answered' || error.code === 'link_expired')) {
      return { ...base, form: null, closed: error.code === 'already_answered' ? 'answered' : 'expired' };
    }
    throw error;
  }
}

/**
 * Records the answers the customer gave on the phone: they take the customer's own answer path (the
 * link's submission: checked against the survey's version, stored once, into the MOT model), and the call
 * is recorded as the callback's reached attempt, which finishes it. A callback already finished (its
 * attempts used up before the customer called back) keeps its state; the answers count all the same.
 */
export async function recordPhoneAnswers(
  db: TDatabase,
  workspaceId: string,
  callbackId: number,
  answers: Record<string, unknown>,
  recorder: TRecorder,
): Promise<TSubmitted> {
  const task = await findTask(db, workspaceId, callbackId);
  const submitted = await submitAnswers(db, task.linkToken, answers, { ingestNow: true });
  await db.orm.transaction(async (tx) => {
    await tx
      .update(surveyPhoneTasks)
      .set({ answerId: submitted.answer })
      .where(and(eq(surveyPhoneTasks.workspaceId, workspaceId), eq(surveyPhoneTasks.callbackId, callbackId)));
    await appendAudit(tx, {
      workspaceId,
      action: 'callback.survey_answers',
      entityType: 'callback',
      entityId: String(callbackId),
      summary: { answer: submitted.answer, survey: task.surveyKey },
    });
  });
  try {
    await recordCallbackAttempt(db, workspaceId, callbackId, { reached: true, surveyed: true }, recorder);
  } catch (error) {
    if (!(error instanceof MotError && error.code === 'invalid_transition')) throw error;
  }
  return submitted;
}
