/**
 * The triggers a dry run judges a rule on: those of its kind that came due in a period, read the way the
 * planning job reads them (plan-workspace.ts) but over a period instead of since a watermark. Each carries
 * `due`, when the job would have planned it: a moment when it happened, a case when it closed, an episode's
 * end `idleHours` after its last moment (or that moment's arrival, if later), a schedule at its turn.
 */
import type { TInvitationTrigger } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import type { TBatchCandidate } from './record-decisions.ts';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** A trigger a dry run judges, with when the planning job would have planned it. */
export type TPreviewCandidate = TBatchCandidate & { due: Date };

/** The triggers of a period (`from`, `to`) and whether there were more than `limit`. */
export type TPreviewTriggers = {
  from: Date;
  to: Date;
  candidates: TPreviewCandidate[];
  truncated: boolean;
};

type TRow = {
  key: string;
  at: Date | string;
  due: Date | string;
  customer_id: number | string;
  customer: string;
  episode: string | null;
  journey: string | null;
  attributes: Record<string, unknown> | null;
  experience: number | null;
};

const iso = (at: Date) => at.toISOString();

/**
 * The triggers of a rule's kind due in the `hours` before `now`; for a schedule, its latest turn (at or
 * before `now`) with the customers of the period before it, whatever `hours` says.
 */
export async function readPreviewTriggers(
  orm: TOrm,
  workspaceId: string,
  rule: { key: string; trigger: TInvitationTrigger },
  hours: number,
  now: Date,
  limit: number,
): Promise<TPreviewTriggers> {
  const t = rule.trigger;
  let from = new Date(now.getTime() - hours * HOUR_MS);
  let to = now;
  let prefix: string;
  let query: SQL;
  if (t.kind === 'moment') {
    prefix = 'moment';
    query = sql`select m.id::text as key, m.occurred_at as at, m.occurred_at as due, m.customer_id,
                       c.external_id as customer, e.key as episode, j.key as journey, m.experience,
                       coalesce(c.attributes, '{}'::jsonb) || coalesce(m.attributes, '{}'::jsonb) as attributes
                from moments m
                join touchpoints tp on tp.workspace_id = m.workspace_id and tp.id = m.touchpoint_id
                join journeys j on j.workspace_id = tp.workspace_id and j.id = tp.journey_id
                join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
                join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id
                               and e.id = m.episode_id
                where m.workspace_id = ${workspaceId} and j.key = ${t.journey} and tp.key = ${t.touchpoint}
                  and m.occurred_at >= ${iso(from)}::timestamptz and m.occurred_at < ${iso(to)}::timestamptz
                order by m.occurred_at, m.id`;
  } else if (t.kind === 'case_closed') {
    prefix = 'case';
    query = sql`select k.id::text as key, k.closed_at as at, k.closed_at as due, k.customer_id,
                       c.external_id as customer, e.key as episode, j.key as journey, c.attributes,
                       null::float8 as experience
                from cases k
                join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
                join episodes e on e.workspace_id = k.workspace_id and e.customer_id = k.customer_id
                               and e.id = k.episode_id
                join journeys j on j.workspace_id = k.workspace_id and j.id = k.journey_id
                where k.workspace_id = ${workspaceId}
                  and k.closed_at >= ${iso(from)}::timestamptz and k.closed_at < ${iso(to)}::timestamptz
                  ${t.journey ? sql`and j.key = ${t.journey}` : sql``}
                order by k.closed_at, k.id`;
  } else if (t.kind === 'episode_end') {
    prefix = 'episode';
    // An episode ends `idleHours` after its last moment, as the job sees it: the latest of that moment's
    // time and its arrival. Those whose end fell in the period had their last arrival in the period moved
    // back by the idle time.
    const idle = t.idleHours * HOUR_MS;
    const since = iso(new Date(from.getTime() - idle));
    const until = iso(new Date(to.getTime() - idle));
    query = sql`with touched as (
                  select distinct m.customer_id, m.episode_id from moments m
                  where m.workspace_id = ${workspaceId} and m.created_at >= ${since}::timestamptz
                    and m.created_at < ${until}::timestamptz
                ), ended as (
                  select m.customer_id, m.episode_id, max(m.occurred_at) as at,
                         greatest(max(m.occurred_at), max(m.created_at)) as last,
                         (array_agg(m.experience order by m.occurred_at desc, m.id desc))[1] as experience
                  from moments m
                  join touched x on x.customer_id = m.customer_id and x.episode_id = m.episode_id
                  where m.workspace_id = ${workspaceId}
                  group by m.customer_id, m.episode_id
                )
                select e.id::text as key, d.at, d.last + ${idle} * interval '1 millisecond' as due,
                       d.customer_id, c.external_id as customer, e.key as episode, j.key as journey,
                       c.attributes, d.experience
                from ended d
                join episodes e on e.workspace_id = ${workspaceId} and e.customer_id = d.customer_id
                               and e.id = d.episode_id
                join journeys j on j.workspace_id = e.workspace_id and j.id = e.journey_id and j.key = ${t.journey}
                join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
                where d.last >= ${since}::timestamptz and d.last < ${until}::timestamptz
                order by due, e.id`;
  } else {
    prefix = 'schedule';
    // The turn is the period of `everyDays` days (counted from 1970-01-01 UTC) that holds now; its
    // candidates are the customers with a moment in the journey in the period before it.
    const period = t.everyDays * DAY_MS;
    const start = Math.floor(now.getTime() / period) * period;
    from = new Date(start - period);
    to = new Date(start);
    const turn = iso(to).slice(0, 10);
    query = sql`select ${turn} as key, ${iso(to)}::timestamptz as at, ${iso(to)}::timestamptz as due,
                       c.id as customer_id, c.external_id as customer, null::text as episode,
                       ${t.journey} as journey, c.attributes, null::float8 as experience
                from customers c
                where c.workspace_id = ${workspaceId} and c.id in (
                  select m.customer_id from moments m
                  join touchpoints tp on tp.workspace_id = m.workspace_id and tp.id = m.touchpoint_id
                  join journeys j on j.workspace_id = tp.workspace_id and j.id = tp.journey_id
                  where m.workspace_id = ${workspaceId} and j.key = ${t.journey}
                    and m.occurred_at >= ${iso(from)}::timestamptz and m.occurred_at < ${iso(to)}::timestamptz)
                order by c.id`;
  }
  const rows = await queryRows<TRow>(orm, sql`${query} limit ${limit + 1}`);
  const candidates = rows.slice(0, limit).map((r): TPreviewCandidate => ({
    rule: rule.key,
    triggerKey: `${prefix}:${r.key}`,
    at: new Date(r.at),
    due: new Date(r.due),
    episode: r.episode,
    attributes: r.attributes ?? {},
    experience: r.experience,
    customerId: Number(r.customer_id),
    customer: r.customer,
    journey: r.journey,
  }));
  return { from, to, candidates, truncated: rows.length > limit };
}
