import { severityRank } from '@mot/core';
import type { TAlertRuleKind, TSeverity } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { TCaseRow } from '../storage/cases-schema.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import { afterCasesOpened, afterSeveritiesRaised } from './loop-hooks.ts';
import { notifyCasesCreated } from './notify.ts';
import type { TCaseNames } from './notify.ts';

/** An alert to record, and the case it opens or joins when its rule opens cases. */
export type TAlertToRaise = {
  ruleId: number | null;
  ruleKey: string;
  ruleName: string;
  kind: TAlertRuleKind;
  severity: TSeverity;
  opensCase: boolean;
  source: 'moment' | 'answer' | 'systemic';
  /** The moment's event id (its row id is looked up by it), for moment alerts. */
  eventId: string | null;
  customerId: number | null;
  episodeId: number | null;
  journeyId: number | null;
  /** The touchpoint; for an answer null, and its case takes the episode's worst moment's touchpoint. */
  touchpointId: number | null;
  /** Raising an alert with a key already recorded is a no-op. */
  dedupeKey: string;
  details: Record<string, unknown>;
  occurredAt: string;
};

/** An alert as recorded: its id and what `raiseAlerts` was given. */
export type TRaisedAlert = TAlertToRaise & { id: number; momentId: number | null };

/** What raising a batch's alerts did. */
export type TRaised = { alerts: TRaisedAlert[]; opened: TCaseRow[]; joined: number };

type TCaseKey = string;
const caseKey = (customerId: number, episodeId: number): TCaseKey => `${customerId}:${episodeId}`;

/**
 * Records a batch's alerts and opens or joins their cases, in the ingestion's transaction, set-based: one
 * statement inserts the alerts (ON CONFLICT on the dedupe key), one opens the cases of the episodes that
 * have none open (ON CONFLICT on the partial unique index of open cases: of concurrent batches for one
 * customer and episode exactly one inserts, the others wait for it and then join its case), one reads the
 * open cases of the others, one links the alerts to their cases, one writes the case events. Each case
 * opened then starts its SLA and notifies `case.created`.
 */
export async function raiseAlerts(
  tx: TOrm,
  workspaceId: string,
  toRaise: readonly TAlertToRaise[],
): Promise<TRaised> {
  if (toRaise.length === 0) return { alerts: [], opened: [], joined: 0 };
  const byKey = new Map(toRaise.map((a) => [a.dedupeKey, a]));
  const input = JSON.stringify(
    [...byKey.values()].map((a) => [
      a.ruleId,
      a.ruleKey,
      a.kind,
      a.severity,
      a.source,
      a.eventId,
      a.customerId,
      a.episodeId,
      a.journeyId,
      a.touchpointId,
      a.dedupeKey,
      a.details,
      a.occurredAt,
    ]),
  );
  // Each alert's moment is found by its own lookup of the unique (workspace, event id) index (LATERAL ...
  // LIMIT 1): joined as a set, a planner without fresh statistics hashed every moment of the workspace.
  const inserted = await queryRows<{ id: string | number; k: string; m: string | number | null }>(
    tx,
    sql`with input as (
          select (v->>0)::int8 as r, v->>1 as rk, v->>2 as kind, v->>3 as sev, v->>4 as src, v->>5 as ev,
            (v->>6)::int8 as c, (v->>7)::int8 as e, (v->>8)::int8 as j, (v->>9)::int8 as t, v->>10 as k,
            v->11 as d, (v->>12)::timestamptz as o
          from jsonb_array_elements(${input}::jsonb) v)
        insert into alerts as a (workspace_id, rule_id, rule_key, kind, severity, source, moment_id, customer_id,
          episode_id, journey_id, touchpoint_id, dedupe_key, details, occurred_at)
        select ${workspaceId}, i.r, i.rk, i.kind, i.sev, i.src, m.id, i.c, i.e, i.j, i.t, i.k, i.d, i.o
        from input i
        left join lateral (
          select id from moments m where i.ev is not null and m.workspace_id = ${workspaceId} and m.event_id = i.ev
          limit 1) m on true
        order by i.k
        on conflict (workspace_id, dedupe_key) do nothing
        returning a.id, a.dedupe_key as k, a.moment_id as m`,
  );
  const alerts: TRaisedAlert[] = [];
  for (const row of inserted) {
    const alert = byKey.get(row.k);
    if (alert) alerts.push({ ...alert, id: Number(row.id), momentId: row.m === null ? null : Number(row.m) });
  }
  // Per episode: the most severe alert triggers the case (then the earliest); the case takes its severity.
  const groups = new Map<TCaseKey, TRaisedAlert[]>();
  for (const a of alerts) {
    if (!a.opensCase || a.customerId === null || a.episodeId === null || a.journeyId === null) continue;
    const key = caseKey(a.customerId, a.episodeId);
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  if (groups.size === 0) return { alerts, opened: [], joined: 0 };
  const triggers = [...groups.values()]
    .map((group) =>
      [...group].sort(
        (x, y) =>
          severityRank(y.severity) - severityRank(x.severity) || x.occurredAt.localeCompare(y.occurredAt),
      ),
    )
    .map((group) => group[0] as TRaisedAlert)
    // Sorted by customer and episode: concurrent batches take the index entries in the same order.
    .sort((x, y) => (x.customerId ?? 0) - (y.customerId ?? 0) || (x.episodeId ?? 0) - (y.episodeId ?? 0));
  const { opened, names } = await openCases(tx, workspaceId, triggers);
  const caseOf = new Map<TCaseKey, number>(opened.map((c) => [caseKey(c.customerId, c.episodeId), c.id]));
  const waiting = triggers.filter((t) => !caseOf.has(caseKey(t.customerId ?? 0, t.episodeId ?? 0)));
  if (waiting.length > 0) {
    const pairs = JSON.stringify(waiting.map((t) => [t.customerId, t.episodeId]));
    const open = await queryRows<TOpenCase>(
      tx,
      // One lookup of the open-case index per pair (at most one open case each), whatever the statistics.
      sql`select k.id, k.customer_id as c, k.episode_id as e, k.severity, k.journey_id as j, k.department
          from jsonb_array_elements(${pairs}::jsonb) v
          join lateral (
            select * from cases k where k.workspace_id = ${workspaceId} and k.customer_id = (v->>0)::int8
              and k.episode_id = (v->>1)::int8 and k.state <> 'closed'
            limit 1) k on true`,
    );
    for (const r of open) caseOf.set(caseKey(Number(r.c), Number(r.e)), Number(r.id));
    await raiseSeverities(tx, workspaceId, waiting, open);
  }
  // Link every alert to its case, and log it: `opened` for the trigger of a new case, `alert` otherwise.
  const openedIds = new Set(opened.map((c) => c.id));
  const triggerIds = new Set(triggers.map((t) => t.id));
  const links: Array<[number, number, string, Record<string, unknown>]> = [];
  for (const [key, group] of groups) {
    const id = caseOf.get(key);
    if (id === undefined) continue;
    for (const a of group) {
      const kind = openedIds.has(id) && triggerIds.has(a.id) ? 'opened' : 'alert';
      const data = {
        alertId: a.id,
        rule: a.ruleKey,
        ruleName: a.ruleName,
        alertKind: a.kind,
        severity: a.severity,
        source: a.source,
        momentId: a.momentId,
        ...a.details,
      };
      links.push([a.id, id, kind, data]);
    }
  }
  if (links.length > 0) {
    const json = JSON.stringify(links);
    await tx.execute(
      sql`with input as (
            select (v->>0)::int8 as a, (v->>1)::int8 as k, v->>2 as kind, v->3 as d
            from jsonb_array_elements(${json}::jsonb) v),
          linked as (
            update alerts set case_id = i.k from input i
            where alerts.workspace_id = ${workspaceId} and alerts.id = i.a)
          insert into case_events (workspace_id, case_id, actor, kind, data)
          select ${workspaceId}, i.k, 'system', i.kind, i.d || '{"actorKind":"system"}'::jsonb from input i order by i.a`,
    );
  }
  await afterCasesOpened(tx, opened);
  await notifyCasesCreated(tx, workspaceId, opened, names);
  return { alerts, opened, joined: links.length - opened.length };
}

/** An open case a trigger joins, as read to join it. */
type TOpenCase = {
  id: string | number;
  c: string | number;
  e: string | number;
  severity: TSeverity;
  j: string | number;
  department: string | null;
};

/**
 * A trigger more severe than the open case it joins raises the case's severity (logged as
 * `severity_raised`, with the alert that raised it), and the SLA targets not yet met take the new
 * severity's deadlines when they are earlier. Each trigger is its episode's most severe alert of the batch.
 */
async function raiseSeverities(
  tx: TOrm,
  workspaceId: string,
  triggers: readonly TRaisedAlert[],
  open: readonly TOpenCase[],
): Promise<void> {
  const caseByKey = new Map(open.map((r) => [caseKey(Number(r.c), Number(r.e)), r]));
  const raised: Array<{ c: TOpenCase; to: TSeverity; alert: TRaisedAlert }> = [];
  for (const t of triggers) {
    const c = caseByKey.get(caseKey(t.customerId ?? 0, t.episodeId ?? 0));
    if (c && severityRank(t.severity) > severityRank(c.severity))
      raised.push({ c, to: t.severity, alert: t });
  }
  if (raised.length === 0) return;
  const rows = JSON.stringify(
    raised.map((r) => [
      Number(r.c.id),
      r.to,
      {
        from: r.c.severity,
        to: r.to,
        alertId: r.alert.id,
        rule: r.alert.ruleKey,
        ruleName: r.alert.ruleName,
      },
    ]),
  );
  await tx.execute(
    sql`with input as (
          select (v->>0)::int8 as k, v->>1 as sev, v->2 as d from jsonb_array_elements(${rows}::jsonb) v),
        raised as (
          update cases set severity = i.sev, updated_at = now() from input i
          where cases.workspace_id = ${workspaceId} and cases.id = i.k)
        insert into case_events (workspace_id, case_id, actor, kind, data)
        select ${workspaceId}, i.k, 'system', 'severity_raised', i.d || '{"actorKind":"system"}'::jsonb
        from input i order by i.k`,
  );
  await afterSeveritiesRaised(
    tx,
    raised.map((r) => ({
      workspaceId,
      id: Number(r.c.id),
      journeyId: Number(r.c.j),
      department: r.c.department,
      severity: r.to,
    })),
  );
}

type TCaseDbRow = {
  workspace_id: string;
  id: string | number;
  customer_id: string | number;
  episode_id: string | number;
  journey_id: string | number;
  touchpoint_id: string | number;
  department: string | null;
  assignee_user_id: string | null;
  severity: TSeverity;
  state: TCaseRow['state'];
  title: string;
  root_cause: string | null;
  resolution: string | null;
  opened_at: string | Date;
  first_response_at: string | Date | null;
  resolved_at: string | Date | null;
  closed_at: string | Date | null;
  reopened_count: number;
  updated_at: string | Date;
  first_response_due_at: string | Date | null;
  resolution_due_at: string | Date | null;
};

const date = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));

/** A `cases` row read by raw SQL, as Drizzle would give it. */
export function toCaseRow(r: TCaseDbRow): TCaseRow {
  return {
    workspaceId: r.workspace_id,
    id: Number(r.id),
    customerId: Number(r.customer_id),
    episodeId: Number(r.episode_id),
    journeyId: Number(r.journey_id),
    touchpointId: Number(r.touchpoint_id),
    department: r.department,
    assigneeUserId: r.assignee_user_id,
    severity: r.severity,
    state: r.state,
    title: r.title,
    rootCause: r.root_cause,
    resolution: r.resolution,
    openedAt: new Date(r.opened_at),
    firstResponseAt: date(r.first_response_at),
    resolvedAt: date(r.resolved_at),
    closedAt: date(r.closed_at),
    reopenedCount: Number(r.reopened_count),
    updatedAt: new Date(r.updated_at),
    firstResponseDueAt: date(r.first_response_due_at),
    resolutionDueAt: date(r.resolution_due_at),
  };
}

/**
 * Opens a case for each trigger whose episode has no open case, in one statement that also reads what
 * `case.created` names (the workspace's key, the touchpoint and its journey); the others are left to join the
 * open one. The department is the touchpoint's owner; an answer's case takes the touchpoint of its
 * episode's worst moment (lowest experience, then latest), and an episode without moments gets no case.
 */
async function openCases(
  tx: TOrm,
  workspaceId: string,
  triggers: readonly TRaisedAlert[],
): Promise<{ opened: TCaseRow[]; names: Map<number, TCaseNames> }> {
  const input = JSON.stringify(
    triggers.map((t) => [t.customerId, t.episodeId, t.journeyId, t.touchpointId, t.severity, t.ruleName]),
  );
  const rows = await queryRows<TCaseDbRow & { w: string; journey: string; touchpoint: string }>(
    tx,
    sql`with input as (
          select row_number() over () as n, (v->>0)::int8 as c, (v->>1)::int8 as e, (v->>2)::int8 as j,
            (v->>3)::int8 as t, v->>4 as sev, v->>5 as rule
          from jsonb_array_elements(${input}::jsonb) v),
        resolved as (
          select i.n, i.c, i.e, i.j, i.sev, i.rule, coalesce(i.t, (
            select m.touchpoint_id from moments m
            where m.workspace_id = ${workspaceId} and m.customer_id = i.c and m.episode_id = i.e
            order by m.experience asc nulls last, m.occurred_at desc limit 1)) as t
          from input i),
        opened as (
          insert into cases (workspace_id, customer_id, episode_id, journey_id, touchpoint_id, department, severity,
            title)
          select ${workspaceId}, r.c, r.e, r.j, r.t, tp.owner, r.sev, r.rule || ' · ' || tp.name
          from resolved r
          join touchpoints tp on tp.workspace_id = ${workspaceId} and tp.id = r.t
          order by r.n
          on conflict (workspace_id, customer_id, episode_id) where state <> 'closed' do nothing
          returning *)
        select o.*, w.key as w, j.name as journey, tp.name as touchpoint
        from opened o
        join workspaces w on w.id = o.workspace_id
        join touchpoints tp on tp.workspace_id = o.workspace_id and tp.id = o.touchpoint_id
        join journeys j on j.workspace_id = o.workspace_id and j.id = tp.journey_id
        order by o.id`,
  );
  const names = new Map<number, TCaseNames>(
    rows.map((r) => [Number(r.touchpoint_id), { w: r.w, journey: r.journey, touchpoint: r.touchpoint }]),
  );
  return { opened: rows.map(toCaseRow), names };
}
