/**
 * Decides the candidates of a batch, customer by customer, with core's planner and writes every decision to
 * the ledger in the caller's transaction: one insert for the batch (a column a parameter array), ON CONFLICT
 * on the unique key doing nothing (a trigger decided before, by this server or another, stays as it was).
 * A moment whose rule's conditions do not hold decided nothing about an invitation: it is counted per rule
 * and day in `invitation_tallies` instead of getting a ledger row. A planned invitation gets its
 * 'invitation.send' job at its send time in the same statement, so it exists exactly when the job does.
 */
import { planInvitations } from '@mot/core';
import type { TInvitationCandidate, TInvitationHistory, TPlanRule } from '@mot/core';
import { sql } from 'drizzle-orm';
import { JOBS_CHANNEL } from '../jobs/enqueue.ts';
import { findOptedOut } from '../survey-answers/opt-out.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import type { TPlanningSettings } from './fatigue-budget.ts';
import { timeOrderedIds } from './time-ordered-id.ts';

const DAY_MS = 86_400_000;

/** The job kind that sends one invitation (and its reminder). */
export const SEND_JOB = 'invitation.send';

/**
 * A candidate with the customer it is for and where it came from. `tally` is set for a moment: `count` when
 * it is read for the first time (past the watermark), `counted` when read again in the planner's overlap;
 * a moment whose rule's conditions do not hold is then tallied (once) instead of written to the ledger.
 */
export type TBatchCandidate = TInvitationCandidate & {
  customerId: number;
  customer: string;
  journey: string | null;
  tally?: 'count' | 'counted' | undefined;
};

/**
 * How many decisions a batch made, by outcome; `tallied` of the skips are counted in `invitation_tallies`
 * rather than written to the ledger (moments a rule's conditions passed over).
 */
export type TDecisionCounts = {
  planned: number;
  skipped: number;
  tallied: number;
  byReason: Record<string, number>;
};

type THistoryRow = {
  id: string;
  customer_id: number | string;
  rule_key: string;
  survey_key: string;
  trigger_key: string;
  episode: string | null;
  status: TInvitationHistory['status'];
  send_at: Date | string;
  priority: number;
};

/** Adds one batch's counts to a running total. */
export function addCounts(total: TDecisionCounts, more: TDecisionCounts): void {
  total.planned += more.planned;
  total.skipped += more.skipped;
  total.tallied += more.tallied;
  for (const [reason, n] of Object.entries(more.byReason))
    total.byReason[reason] = (total.byReason[reason] ?? 0) + n;
}

/** What planning a batch reads: each customer's ledger rows in reach, who opted out, what was decided. */
export type TPlanningContext = {
  historyOf: Map<number, TInvitationHistory[]>;
  optedOut: Set<string>;
  /** customer id, rule and trigger key of every decision already in the ledger. */
  decided: Set<string>;
};

/**
 * Reads, for the candidates' customers, their ledger rows within reach of the budget and the recontact
 * periods (and any row of the candidates' triggers), and which of them opted out.
 */
export async function readPlanningContext(
  tx: TOrm,
  workspaceId: string,
  rules: readonly TPlanRule[],
  settings: TPlanningSettings,
  candidates: readonly TBatchCandidate[],
  now: Date,
): Promise<TPlanningContext> {
  const customerIds = [...new Set(candidates.map((c) => c.customerId))];
  const reachDays = Math.max(
    settings.budget.windowDays,
    settings.budget.minDaysApart,
    ...rules.map((r) => r.recontactDays),
  );
  const earliest = Math.min(...candidates.map((c) => c.at.getTime()), now.getTime());
  const since = new Date(earliest - (reachDays + 1) * DAY_MS);
  // A moment's earlier decision is within reach already (its send time is never before the moment, which
  // never changes); a case or an episode may end again later, so those triggers are also looked up by key.
  const triggerKeys = [
    ...new Set(candidates.filter((c) => !c.triggerKey.startsWith('moment:')).map((c) => c.triggerKey)),
  ];
  const history = await queryRows<THistoryRow>(
    tx,
    sql`select id, customer_id, rule_key, survey_key, trigger_key, episode, status, send_at, priority
        from invitations
        where workspace_id = ${workspaceId}
          and customer_id = any(${`{${customerIds.join(',')}}`}::bigint[])
          and (send_at > ${since.toISOString()}::timestamptz
               ${triggerKeys.length > 0 ? sql`or trigger_key = any(${sql.param(triggerKeys)}::text[])` : sql``})`,
  );
  const externals = [...new Set(candidates.map((c) => c.customer))];
  const optedOut = await findOptedOut(tx, workspaceId, externals);
  const historyOf = new Map<number, TInvitationHistory[]>();
  const decided = new Set<string>();
  for (const h of history) {
    const id = Number(h.customer_id);
    decided.add(`${id}\u0000${h.rule_key}\u0000${h.trigger_key}`);
    const list = historyOf.get(id) ?? [];
    list.push({
      id: h.id,
      rule: h.rule_key,
      survey: h.survey_key,
      triggerKey: h.trigger_key,
      episode: h.episode,
      status: h.status,
      sendAt: new Date(h.send_at),
      priority: h.priority,
    });
    historyOf.set(id, list);
  }
  return { historyOf, optedOut, decided };
}

/** Adds a batch's tallies (rule and day to count) to `invitation_tallies`; returns how many it added. */
async function addTallies(tx: TOrm, workspaceId: string, tallies: Map<string, number>): Promise<number> {
  if (tallies.size === 0) return 0;
  const rules: string[] = [];
  const days: string[] = [];
  const counts: number[] = [];
  for (const [name, n] of tallies) {
    const [rule, day] = name.split('\u0000');
    rules.push(rule ?? '');
    days.push(day ?? '');
    counts.push(n);
  }
  await tx.execute(
    sql`insert into invitation_tallies (workspace_id, rule_key, day, reason, count)
        select ${workspaceId}, v.rule_key, v.day, 'condition_false', v.n
        from unnest(${sql.param(rules)}::text[], ${sql.param(days)}::date[], ${sql.param(counts)}::int8[])
          as v(rule_key, day, n)
        on conflict (workspace_id, rule_key, day, reason)
        do update set count = invitation_tallies.count + excluded.count, updated_at = now()`,
  );
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * Plans and records the candidates (see the module comment). Candidates already in the ledger (a trigger
 * read again in the planner's overlap, or by a second planner) are left out before planning.
 */
export async function recordDecisions(
  tx: TOrm,
  workspaceId: string,
  rules: readonly TPlanRule[],
  settings: TPlanningSettings,
  candidates: readonly TBatchCandidate[],
  now: Date,
): Promise<TDecisionCounts> {
  const counts: TDecisionCounts = { planned: 0, skipped: 0, tallied: 0, byReason: {} };
  if (candidates.length === 0) return counts;
  const { historyOf, optedOut, decided } = await readPlanningContext(
    tx,
    workspaceId,
    rules,
    settings,
    candidates,
    now,
  );
  const byCustomer = new Map<number, TBatchCandidate[]>();
  for (const c of candidates) {
    if (decided.has(`${c.customerId}\u0000${c.rule}\u0000${c.triggerKey}`)) continue;
    const list = byCustomer.get(c.customerId) ?? [];
    list.push(c);
    byCustomer.set(c.customerId, list);
  }

  // Moments passed over by a rule's conditions, per rule and UTC day: counted, not written to the ledger.
  const tallies = new Map<string, number>();
  const rows = {
    customerId: [] as number[],
    customer: [] as string[],
    rule: [] as string[],
    survey: [] as string[],
    triggerKey: [] as string[],
    triggeredAt: [] as string[],
    episode: [] as Array<string | null>,
    journey: [] as Array<string | null>,
    channel: [] as string[],
    priority: [] as number[],
    status: [] as string[],
    reason: [] as Array<string | null>,
    detail: [] as string[],
    sendAt: [] as string[],
  };
  for (const [customerId, list] of byCustomer) {
    const first = list[0] as TBatchCandidate;
    const own = historyOf.get(customerId) ?? [];
    let result = planInvitations({
      customer: first.customer,
      candidates: list,
      rules,
      history: own,
      optedOut: optedOut.has(first.customer),
      budget: settings.budget,
      timeZone: settings.timeZone,
      now,
    });
    // A displaced invitation may have been claimed by its sender since the history was read: then it is
    // on its way, and the customer is planned again with it counted as such.
    for (let round = 0; result.displaced.length > 0 && round < 3; round += 1) {
      const ids = result.displaced.map((d) => d.id);
      const done = await queryRows<{ id: string }>(
        tx,
        sql`update invitations set status = 'skipped', reason = 'outranked', updated_at = now(),
                   detail = jsonb_build_object('byRule', x.by_rule, 'byTriggerKey', x.by_trigger)
            from (select v->>'id' as id, v->>'byRule' as by_rule, v->>'byTriggerKey' as by_trigger
                  from jsonb_array_elements(${JSON.stringify(result.displaced)}::jsonb) v) x
            where invitations.workspace_id = ${workspaceId} and invitations.id = x.id::uuid
              and invitations.status = 'planned'
            returning invitations.id`,
      );
      if (done.length === ids.length) break;
      const moved = new Set(done.map((r) => r.id));
      for (const h of own) {
        if (moved.has(h.id)) h.status = 'skipped';
        else if (ids.includes(h.id)) h.status = 'sending';
      }
      result = planInvitations({
        customer: first.customer,
        candidates: list,
        rules,
        history: own,
        optedOut: optedOut.has(first.customer),
        budget: settings.budget,
        timeZone: settings.timeZone,
        now,
      });
    }
    result.decisions.forEach((d, i) => {
      const c = list[i] as TBatchCandidate;
      if (d.reason === 'condition_false' && c.tally !== undefined) {
        if (c.tally === 'count') {
          const name = `${d.rule}\u0000${d.at.toISOString().slice(0, 10)}`;
          tallies.set(name, (tallies.get(name) ?? 0) + 1);
        }
        return;
      }
      rows.customerId.push(customerId);
      rows.customer.push(c.customer);
      rows.rule.push(d.rule);
      rows.survey.push(d.survey);
      rows.triggerKey.push(d.triggerKey);
      rows.triggeredAt.push(d.at.toISOString());
      rows.episode.push(d.episode);
      rows.journey.push(c.journey);
      rows.channel.push(d.channel);
      rows.priority.push(d.priority);
      rows.status.push(d.status);
      rows.reason.push(d.reason);
      rows.detail.push(JSON.stringify(d.detail));
      rows.sendAt.push(d.sendAt.toISOString());
    });
  }
  counts.tallied = await addTallies(tx, workspaceId, tallies);
  if (counts.tallied > 0) {
    counts.skipped += counts.tallied;
    counts.byReason['condition_false'] = (counts.byReason['condition_false'] ?? 0) + counts.tallied;
  }
  if (rows.customerId.length === 0) return counts;
  // One array a column (unnest), the cheapest way to hand PostgreSQL thousands of rows in one statement. The
  // planned rows' send jobs are inserted from the inserted rows in the same statement, as enqueueJobs writes
  // them (unique by kind and key, runners woken at commit), so only the counts come back.
  const inserted = await queryRows<{ status: string; reason: string | null; n: number }>(
    tx,
    sql`with inserted as (
          insert into invitations (workspace_id, id, customer_id, customer, rule_key, survey_key, trigger_key,
                                   triggered_at, episode, journey, channel, priority, status, reason, detail, send_at)
          select ${workspaceId}, v.id, v.customer_id, v.customer, v.rule_key, v.survey_key, v.trigger_key, v.triggered_at,
                 v.episode, v.journey, v.channel, v.priority, v.status, v.reason, v.detail::jsonb, v.send_at
          from unnest(${sql.param(timeOrderedIds(rows.customerId.length))}::uuid[],
                      ${sql.param(rows.customerId)}::int8[], ${sql.param(rows.customer)}::text[],
                      ${sql.param(rows.rule)}::text[], ${sql.param(rows.survey)}::text[],
                      ${sql.param(rows.triggerKey)}::text[], ${sql.param(rows.triggeredAt)}::timestamptz[],
                      ${sql.param(rows.episode)}::text[], ${sql.param(rows.journey)}::text[],
                      ${sql.param(rows.channel)}::text[], ${sql.param(rows.priority)}::int4[],
                      ${sql.param(rows.status)}::text[], ${sql.param(rows.reason)}::text[],
                      ${sql.param(rows.detail)}::text[], ${sql.param(rows.sendAt)}::timestamptz[])
            as v(id, customer_id, customer, rule_key, survey_key, trigger_key, triggered_at, episode, journey, channel,
                 priority, status, reason, detail, send_at)
          on conflict (workspace_id, rule_key, customer_id, trigger_key) do nothing
          returning id, status, reason, send_at
        ), enqueued as (
          insert into jobs (workspace_id, kind, key, payload, run_at)
          select ${workspaceId}, ${SEND_JOB}, i.id::text, jsonb_build_object('invitationId', i.id, 'reminder', false),
                 i.send_at
          from inserted i where i.status = 'planned'
          on conflict (kind, key) do nothing
          returning 1
        ), woken as (
          select pg_notify(${JOBS_CHANNEL}, '') from (select 1 from enqueued limit 1) any_enqueued
        )
        select status, reason, count(*)::int as n, (select count(*) from woken) as woken
        from inserted group by status, reason`,
  );
  for (const row of inserted) {
    if (row.status === 'planned') {
      counts.planned += row.n;
    } else {
      counts.skipped += row.n;
      const reason = row.reason ?? 'unknown';
      counts.byReason[reason] = (counts.byReason[reason] ?? 0) + row.n;
    }
  }
  return counts;
}
