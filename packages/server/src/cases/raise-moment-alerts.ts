import {
  contactsKey,
  evaluateAlertRules,
  findSystemicAlerts,
  RECOVERY_CALLBACK_TOUCHPOINT,
  repeatContactWindows,
  windowStartOf,
} from '@mot/core';
import type { TAlertFacts, TAlertRule, TContactWindow } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { TPreparedMoment } from '../ingest/prepare-moments.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { queryRows } from '../storage/database.ts';
import type { TMomentRow } from '../storage/insert-moments.ts';
import { activeAlertRules } from './alert-rules-store.ts';
import type { TActiveRules } from './alert-rules-store.ts';
import { notifySystemicAlert } from './notify.ts';
import { raiseAlerts } from './raise-alerts.ts';
import type { TAlertToRaise, TRaised } from './raise-alerts.ts';

/** A moment created by a batch: as prepared (journey and touchpoint) and as written (ids). */
export type TCreatedMoment = { prepared: TPreparedMoment; row: TMomentRow };

const HOUR_MS = 3_600_000;
/** Stripes of the hourly counters: a batch writes one, picked at random, so concurrent batches seldom wait. */
const STRIPES = 8;

/**
 * Judges the moments a batch created against the workspace's alert rules, in the batch's transaction, and
 * records what they raise (alerts, cases, systemic alerts). Costs nothing without enabled rules; with rules,
 * a handful of statements per batch whatever its size: customers' attributes only when a rule has a segment,
 * repeat contacts counted only for the episodes the batch created (moments counted only for moments a
 * `moments` rule selects), hourly counts per touchpoint only while a systemic rule is enabled.
 */
export async function raiseMomentAlerts(
  db: TDatabase,
  tx: TOrm,
  workspaceId: string,
  batch: readonly TCreatedMoment[],
  newEpisodeIds: ReadonlySet<number>,
): Promise<TRaised | undefined> {
  // A recovery callback answers a case: its outcome rules close or reopen that case, so alert rules do not
  // judge it (a low satisfaction or the call itself would otherwise open a case about the callback).
  const created = batch.filter((c) => c.prepared.moment.touchpoint !== RECOVERY_CALLBACK_TOUCHPOINT);
  if (created.length === 0) return undefined;
  const active = await activeAlertRules(db, tx, workspaceId);
  if (active.rules.length === 0) return undefined;
  const customerAttributes = active.rules.some((r) => Object.keys(r.scope.segment ?? {}).length > 0)
    ? await findCustomerAttributes(tx, workspaceId, created)
    : new Map<number, Record<string, unknown>>();
  const facts = created.map(({ prepared: p, row }): TAlertFacts => {
    const attributes = { ...(customerAttributes.get(row.customerId) ?? {}), ...(row.attributes ?? {}) };
    return {
      source: 'moment',
      journey: p.moment.journey,
      touchpoint: p.moment.touchpoint,
      attributes,
      breaches: row.breaches,
      rating: row.rating,
      sentiment: row.sentiment && { score: row.sentiment.score, confidence: row.sentiment.confidence },
    };
  });
  await countContacts(tx, workspaceId, active.rules, created, facts, newEpisodeIds);
  const toRaise: TAlertToRaise[] = [];
  created.forEach(({ prepared: p, row }, i) => {
    for (const match of evaluateAlertRules(active.rules, facts[i] as TAlertFacts)) {
      const ruleId = active.ids.get(match.rule) ?? null;
      const rule = active.rules.find((r) => r.key === match.rule);
      // A repeat contact is raised once per episode; the other rules once per moment.
      const dedupeKey =
        match.reason.kind === 'repeat_contact'
          ? `r:${ruleId}:${row.episodeId}`
          : `m:${ruleId}:${row.eventId}`;
      toRaise.push({
        ruleId,
        ruleKey: match.rule,
        ruleName: rule?.name ?? match.rule,
        kind: match.reason.kind,
        severity: match.severity,
        opensCase: match.opensCase,
        source: 'moment',
        eventId: row.eventId,
        customerId: row.customerId,
        episodeId: row.episodeId,
        journeyId: p.journeyId,
        touchpointId: row.touchpointId,
        dedupeKey,
        details: { reason: match.reason },
        occurredAt: row.occurredAt,
      });
    }
  });
  const raised = await raiseAlerts(tx, workspaceId, toRaise);
  if (active.hasSystemic) {
    const systemic = await raiseSystemicAlerts(tx, workspaceId, active, created);
    raised.alerts.push(...systemic);
  }
  return raised;
}

/** The attributes of the batch's customers, for segment scopes. */
async function findCustomerAttributes(
  tx: TOrm,
  workspaceId: string,
  created: readonly TCreatedMoment[],
): Promise<Map<number, Record<string, unknown>>> {
  const ids = JSON.stringify([...new Set(created.map((c) => c.row.customerId))]);
  const rows = await queryRows<{ id: string | number; attributes: Record<string, unknown> }>(
    tx,
    sql`select c.id, c.attributes from jsonb_array_elements_text(${ids}::jsonb) v
        join customers c on c.workspace_id = ${workspaceId} and c.id = v::int8`,
  );
  return new Map(rows.map((r) => [Number(r.id), r.attributes]));
}

/**
 * Counts the contacts the repeat-contact rules need, in one statement, into each moment's facts: episodes of
 * the journey for the first moment of an episode this batch created (a new episode is a new contact, so
 * only then can the count have grown), or moments at the moment's touchpoint, over the rule's days up to the
 * moment. The customer's rows are reached through the moments' primary key (workspace, customer).
 */
async function countContacts(
  tx: TOrm,
  workspaceId: string,
  rules: readonly TAlertRule[],
  created: readonly TCreatedMoment[],
  facts: TAlertFacts[],
  newEpisodeIds: ReadonlySet<number>,
): Promise<void> {
  const items: Array<[number, number, number, number, string, number, string]> = [];
  const firstOfEpisode = new Set<number>();
  created.forEach(({ prepared: p, row }, i) => {
    const windows: TContactWindow[] = repeatContactWindows(rules, facts[i] as TAlertFacts);
    for (const w of windows) {
      if (w.of === 'episodes') {
        if (!newEpisodeIds.has(row.episodeId) || firstOfEpisode.has(row.episodeId)) continue;
        firstOfEpisode.add(row.episodeId);
      }
      items.push([i, row.customerId, p.journeyId, row.touchpointId, row.occurredAt, w.days, w.of]);
    }
  });
  if (items.length === 0) return;
  const rows = await queryRows<{ i: number; d: number; of: 'episodes' | 'moments'; n: number }>(
    tx,
    sql`select (v->>0)::int as i, (v->>5)::int as d, v->>6 as of, case v->>6
          when 'episodes' then (
            select count(distinct m.episode_id) from moments m
            join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id
              and e.id = m.episode_id
            where m.workspace_id = ${workspaceId} and m.customer_id = (v->>1)::int8
              and e.journey_id = (v->>2)::int8
              and m.occurred_at > (v->>4)::timestamptz - make_interval(days => (v->>5)::int)
              and m.occurred_at <= (v->>4)::timestamptz)
          else (
            select count(*) from moments m
            where m.workspace_id = ${workspaceId} and m.customer_id = (v->>1)::int8
              and m.touchpoint_id = (v->>3)::int8
              and m.occurred_at > (v->>4)::timestamptz - make_interval(days => (v->>5)::int)
              and m.occurred_at <= (v->>4)::timestamptz)
          end::int as n
        from jsonb_array_elements(${JSON.stringify(items)}::jsonb) v`,
  );
  for (const r of rows) {
    const f = facts[r.i];
    if (!f) continue;
    const contacts = new Map(f.contacts ?? []);
    contacts.set(contactsKey(r.of, r.d), Number(r.n));
    f.contacts = contacts;
  }
}

/**
 * Systemic rules: adds the batch's moments and breaching moments to the hourly counters of their
 * touchpoints (one statement, one random stripe), then, for the touchpoints and windows where the batch
 * brought a breach, sums each window (one statement) and raises an alert per rule, touchpoint and window
 * that passes it: its dedupe key makes that at most once, whichever of concurrent batches gets there first.
 */
async function raiseSystemicAlerts(
  tx: TOrm,
  workspaceId: string,
  active: TActiveRules,
  created: readonly TCreatedMoment[],
) {
  const counts = new Map<string, [number, string, number, number]>();
  for (const { row } of created) {
    const hour = new Date(Math.floor(Date.parse(row.occurredAt) / HOUR_MS) * HOUR_MS).toISOString();
    const key = `${row.touchpointId}|${hour}`;
    const c = counts.get(key) ?? [row.touchpointId, hour, 0, 0];
    c[2] += 1;
    if (row.breaches.length > 0) c[3] += 1;
    counts.set(key, c);
  }
  const stripe = Math.floor(Math.random() * STRIPES);
  const sorted = [...counts.values()].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  await tx.execute(
    sql`insert into touchpoint_hour_counts as h (workspace_id, touchpoint_id, hour, stripe, moments, breaching)
        select ${workspaceId}, (v->>0)::int8, (v->>1)::timestamptz, ${stripe}, (v->>2)::int, (v->>3)::int
        from jsonb_array_elements(${JSON.stringify(sorted)}::jsonb) v
        on conflict (workspace_id, touchpoint_id, hour, stripe) do update
        set moments = h.moments + excluded.moments, breaching = h.breaching + excluded.breaching`,
  );
  const lengths = new Set<number>();
  for (const r of active.rules) if (r.condition.kind === 'systemic') lengths.add(r.condition.windowHours);
  const keys = new Map<number, { journey: string; touchpoint: string; journeyId: number }>();
  const windows = new Map<string, [number, string, number]>();
  for (const { prepared: p, row } of created) {
    if (row.breaches.length === 0) continue;
    keys.set(row.touchpointId, {
      journey: p.moment.journey,
      touchpoint: p.moment.touchpoint,
      journeyId: p.journeyId,
    });
    for (const hours of lengths) {
      const start = windowStartOf(Date.parse(row.occurredAt), hours);
      windows.set(`${row.touchpointId}|${start}|${hours}`, [
        row.touchpointId,
        new Date(start).toISOString(),
        hours,
      ]);
    }
  }
  if (windows.size === 0) return [];
  const sums = await queryRows<{
    t: string | number;
    s: string | Date;
    h: number;
    moments: number;
    breaching: number;
  }>(
    tx,
    sql`select (v->>0)::int8 as t, (v->>1)::timestamptz as s, (v->>2)::int as h,
          coalesce(sum(c.moments), 0)::int as moments, coalesce(sum(c.breaching), 0)::int as breaching
        from jsonb_array_elements(${JSON.stringify([...windows.values()])}::jsonb) v
        left join touchpoint_hour_counts c on c.workspace_id = ${workspaceId} and c.touchpoint_id = (v->>0)::int8
          and c.hour >= (v->>1)::timestamptz
          and c.hour < (v->>1)::timestamptz + make_interval(hours => (v->>2)::int)
        group by 1, 2, 3`,
  );
  const toRaise: TAlertToRaise[] = [];
  const notices = new Map<
    string,
    { department: string | null; rate: number; moments: number; breaching: number }
  >();
  for (const s of sums) {
    const touchpointId = Number(s.t);
    const names = keys.get(touchpointId);
    if (!names) continue;
    const windowStart = new Date(s.s).getTime();
    const matches = findSystemicAlerts(active.rules, {
      journey: names.journey,
      touchpoint: names.touchpoint,
      windowStart,
      windowHours: Number(s.h),
      moments: Number(s.moments),
      breaching: Number(s.breaching),
    });
    for (const m of matches) {
      const ruleId = active.ids.get(m.rule) ?? null;
      const start = new Date(windowStart).toISOString();
      const dedupeKey = `s:${ruleId}:${touchpointId}:${start}`;
      const rule = active.rules.find((r) => r.key === m.rule);
      toRaise.push({
        ruleId,
        ruleKey: m.rule,
        ruleName: rule?.name ?? m.rule,
        kind: 'systemic',
        severity: m.severity,
        opensCase: false,
        source: 'systemic',
        eventId: null,
        customerId: null,
        episodeId: null,
        journeyId: names.journeyId,
        touchpointId,
        dedupeKey,
        details: {
          reason: {
            kind: 'systemic',
            windowStart: start,
            windowHours: m.windowHours,
            moments: m.moments,
            breaching: m.breaching,
            rate: m.rate,
          },
        },
        occurredAt: start,
      });
      notices.set(dedupeKey, { department: null, rate: m.rate, moments: m.moments, breaching: m.breaching });
    }
  }
  const raised = await raiseAlerts(tx, workspaceId, toRaise);
  if (raised.alerts.length === 0) return [];
  const tps = await queryRows<{ id: string | number; owner: string; name: string; journey: string }>(
    tx,
    sql`select tp.id, tp.owner, tp.name, j.name as journey from touchpoints tp
        join journeys j on j.workspace_id = tp.workspace_id and j.id = tp.journey_id
        where tp.workspace_id = ${workspaceId}
          and tp.id in (select (v)::int8 from jsonb_array_elements_text(${JSON.stringify([...keys.keys()])}::jsonb) v)`,
  );
  const tpById = new Map(tps.map((t) => [Number(t.id), t]));
  for (const a of raised.alerts) {
    const tp = tpById.get(a.touchpointId ?? 0);
    const n = notices.get(a.dedupeKey);
    const reason = (a.details['reason'] ?? {}) as { windowHours?: number };
    if (!tp || !n) continue;
    await notifySystemicAlert(tx, {
      workspaceId,
      alertId: a.id,
      severity: a.severity,
      ruleName: a.ruleName,
      journeyId: a.journeyId ?? 0,
      touchpointId: a.touchpointId ?? 0,
      department: tp.owner,
      journey: tp.journey,
      touchpoint: tp.name,
      windowStart: a.occurredAt,
      windowHours: reason.windowHours ?? 0,
      moments: n.moments,
      breaching: n.breaching,
      rate: n.rate,
    });
  }
  return raised.alerts;
}
