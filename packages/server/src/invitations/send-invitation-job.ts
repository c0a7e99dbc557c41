/**
 * The 'invitation.send' job: when a planned invitation is due, claim it (planned -> sending, so a displaced
 * or already-claimed one is left alone), mint its single-use survey link (channel and invitation named on
 * the link) in the same transaction, then hand it to the channel (channels/index.ts) and record what came
 * back. A retry re-uses the link it minted; the channel gets the invitation's id as its idempotency key.
 * A sent invitation whose rule asks for a reminder gets one more job at `reminder_at`: at most one
 * reminder, not counted in the budget, and only while the link is unanswered.
 *
 * Each claim first asks core's `sendingSkipOf` whether the invitation may still go: a customer who opted
 * out (by their id, or its digest once erased), a rule switched off or deleted, or a survey no longer
 * active since planning makes it `skipped` with that reason in the claim's transaction (a reminder is then
 * simply not sent).
 */
import { randomBytes } from 'node:crypto';
import { sendingSkipOf } from '@mot/core';
import type { TSendingSkip } from '@mot/core';
import { sql } from 'drizzle-orm';
import { enqueueJob } from '../jobs/enqueue.ts';
import { PermanentJobError } from '../jobs/types.ts';
import type { TJob } from '../jobs/types.ts';
import { notifyOptions } from '../notify/index.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { DEFAULT_LINK_DAYS, hashToken } from '../survey-answers/links.ts';
import { findOptedOut } from '../survey-answers/opt-out.ts';
import { sendInvitation } from './channels/index.ts';
import type { TInvitationChannel } from './channels/index.ts';
import { planningSettingsOf } from './fatigue-budget.ts';
import { SEND_JOB } from './record-decisions.ts';

const HOUR_MS = 3_600_000;
/** Attempts of a send before it is recorded as failed. */
export const SEND_ATTEMPTS = 8;

type TClaimed = {
  id: string;
  customer: string;
  rule_key: string;
  survey_key: string;
  episode: string | null;
  journey: string | null;
  channel: TInvitationChannel;
  status: string;
  url: string | null;
  expires_at: Date | string | null;
  reminded_at: Date | string | null;
  language: string | null;
};

type TSurvey = { id: string; name: string; current_version: number; status: string };

function payloadOf(job: TJob): { invitationId: string; reminder: boolean } {
  const p = job.payload as { invitationId?: unknown; reminder?: unknown } | null;
  if (!p || typeof p.invitationId !== 'string') throw new PermanentJobError('invitation job without an id');
  return { invitationId: p.invitationId, reminder: p.reminder === true };
}

/** Marks an invitation with an end state and the channel's answer. */
async function finish(
  orm: TOrm,
  workspaceId: string,
  id: string,
  change: {
    status: 'sent' | 'failed' | 'skipped';
    reason?: string;
    detail?: Record<string, string>;
    outcome: unknown;
    reminderAt?: Date | null;
  },
): Promise<void> {
  await orm.execute(
    sql`update invitations set status = ${change.status}, reason = ${change.reason ?? null},
               detail = coalesce(${change.detail ? JSON.stringify(change.detail) : null}::jsonb, detail),
               last_outcome = ${JSON.stringify(change.outcome)}::jsonb,
               sent_at = case when ${change.status} = 'sent' then now() else sent_at end,
               reminder_at = ${change.reminderAt ? change.reminderAt.toISOString() : null}::timestamptz,
               updated_at = now()
        where workspace_id = ${workspaceId} and id = ${id}`,
  );
}

/** Whether the claimed invitation may still go: its customer's opt-out, its rule and its survey now. */
async function sendingSkip(
  tx: TOrm,
  workspaceId: string,
  row: TClaimed,
  survey: TSurvey | undefined,
): Promise<TSendingSkip | null> {
  const optedOut = await findOptedOut(tx, workspaceId, [row.customer]);
  const [rule] = await queryRows<{ enabled: boolean }>(
    tx,
    sql`select enabled from distribution_rules where workspace_id = ${workspaceId} and key = ${row.rule_key}`,
  );
  return sendingSkipOf({
    optedOut: optedOut.size > 0,
    rule: rule ? (rule.enabled ? 'on' : 'off') : 'deleted',
    survey: survey?.status ?? 'deleted',
  });
}

/** Sends one due invitation or its reminder (see the module comment). */
export async function handleSendJob(job: TJob, db: TDatabase): Promise<void> {
  const workspaceId = job.workspaceId;
  if (!workspaceId) throw new PermanentJobError('invitation job without a workspace');
  const { invitationId, reminder } = payloadOf(job);
  const claimed = await db.orm.transaction(async (tx) => {
    const [row] = await queryRows<TClaimed>(
      tx,
      reminder
        ? sql`update invitations i set reminded_at = now(), updated_at = now()
              where i.workspace_id = ${workspaceId} and i.id = ${invitationId} and i.status = 'sent'
                and i.reminded_at is null
                and not exists (select 1 from survey_links l where l.id = i.link_id and l.used_at is not null)
              returning i.id, i.customer, i.rule_key, i.survey_key, i.episode, i.journey, i.channel, i.status,
                        i.url, i.expires_at, i.reminded_at,
                        (select c.attributes->>'language' from customers c
                         where c.workspace_id = i.workspace_id and c.id = i.customer_id) as language`
        : sql`update invitations i set status = 'sending', attempts = attempts + 1, updated_at = now()
              where i.workspace_id = ${workspaceId} and i.id = ${invitationId} and i.status in ('planned', 'sending')
              returning i.id, i.customer, i.rule_key, i.survey_key, i.episode, i.journey, i.channel, i.status,
                        i.url, i.expires_at, i.reminded_at,
                        (select c.attributes->>'language' from customers c
                         where c.workspace_id = i.workspace_id and c.id = i.customer_id) as language`,
    );
    if (!row) return null;
    const [survey] = await queryRows<TSurvey>(
      tx,
      sql`select id, name, current_version, status from surveys
          where workspace_id = ${workspaceId} and key = ${row.survey_key}`,
    );
    const skip = await sendingSkip(tx, workspaceId, row, survey);
    if (skip) {
      // A reminder of a sent invitation is simply not sent; a due invitation is skipped for good.
      if (!reminder) {
        await finish(tx, workspaceId, row.id, {
          status: 'skipped',
          reason: skip.reason,
          detail: skip.detail,
          outcome: { detail: `not sent: ${skip.reason}` },
        });
      }
      return null;
    }
    if (!survey) return null;
    if (row.url || reminder) return { row, survey };
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + DEFAULT_LINK_DAYS * 24 * HOUR_MS);
    const base = (notifyOptions(db).publicUrl ?? 'http://127.0.0.1').replace(/\/+$/, '');
    const url = `${base}/s/${token}`;
    const language = row.language === 'en' || row.language === 'zh-CN' ? row.language : null;
    const [link] = await queryRows<{ id: string }>(
      tx,
      sql`insert into survey_links (workspace_id, survey_id, version, token_hash, customer, episode, journey,
                                    language, expires_at, created_by, channel, invitation_id)
          values (${workspaceId}, ${survey.id}, ${survey.current_version}, ${hashToken(token)}, ${row.customer},
                  ${row.episode}, ${row.journey}, ${language}, ${expiresAt.toISOString()}::timestamptz,
                  ${`rule:${row.rule_key}`}, ${row.channel}, ${row.id})
          returning id`,
    );
    await tx.execute(
      sql`update invitations set link_id = ${link?.id ?? null}, url = ${url},
                 expires_at = ${expiresAt.toISOString()}::timestamptz
          where workspace_id = ${workspaceId} and id = ${row.id}`,
    );
    return { row: { ...row, url, expires_at: expiresAt }, survey };
  });
  if (!claimed) return;
  const { row, survey } = claimed;
  // A sent invitation always has its link; a reminder of one without (never the case) has nothing to send.
  if (!row.url || !row.expires_at) return;
  const settings = await planningSettingsOf(db.orm, workspaceId);
  const outcome = await sendInvitation(db, {
    workspaceId,
    invitationId: row.id,
    idempotencyKey: reminder ? `${row.id}:reminder` : row.id,
    channel: row.channel,
    customer: row.customer,
    language: row.language === 'en' || row.language === 'zh-CN' ? row.language : settings.language,
    surveyKey: row.survey_key,
    surveyTitle: survey.name,
    url: row.url,
    expiresAt: new Date(row.expires_at),
    reminder,
    episode: row.episode ?? undefined,
    journey: row.journey ?? undefined,
  });
  if (reminder) {
    // A reminder is best effort: recorded on the row, never retried beyond the job's own retries.
    if (outcome.status === 'failed' && outcome.retry) throw new Error(`reminder: ${outcome.detail}`);
    return;
  }
  if (outcome.status === 'sent') {
    const [rule] = await queryRows<{ hours: number | null }>(
      db.orm,
      sql`select (settings->>'reminderAfterHours')::int as hours from distribution_rules
          where workspace_id = ${workspaceId} and key = ${row.rule_key}`,
    );
    const reminderAt = rule?.hours ? new Date(Date.now() + rule.hours * HOUR_MS) : null;
    await db.orm.transaction(async (tx) => {
      await finish(tx, workspaceId, row.id, { status: 'sent', outcome, reminderAt });
      if (reminderAt) {
        await enqueueJob(tx, {
          workspaceId,
          kind: SEND_JOB,
          key: `${row.id}:reminder`,
          runAt: reminderAt,
          payload: { invitationId: row.id, reminder: true },
        });
      }
    });
    return;
  }
  // Retried with the job's backoff while the channel says it may help, then recorded as failed.
  if (outcome.status === 'failed' && outcome.retry && job.attempt < SEND_ATTEMPTS) {
    throw new Error(`${row.channel}: ${outcome.detail}`);
  }
  await finish(db.orm, workspaceId, row.id, { status: 'failed', outcome });
}
