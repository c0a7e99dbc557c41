/**
 * The queries of the triggers other than moments (closed cases, ended episodes, schedule turns), written once
 * for the planning job (plan-workspace.ts, since its watermarks) and for the dry run (preview-candidates.ts,
 * over a period). Each selects the columns of TTriggerRow. Moments are read differently by the two (the job
 * by arrival past its watermark, in batches; the dry run by when they happened) and keep their own queries.
 */
import type { TInvitationTrigger } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import type { TBatchCandidate } from './record-decisions.ts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A trigger as read: its key, when it happened, when the job plans it, the customer and the context. */
export type TTriggerRow = {
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

/** The prefix of a trigger kind's keys in the ledger (`case:<id>`, `episode:<id>`, ...). */
export const TRIGGER_PREFIX: Record<TInvitationTrigger['kind'], string> = {
  moment: 'moment',
  case_closed: 'case',
  episode_end: 'episode',
  schedule: 'schedule',
};

/** A trigger's row as a candidate of a rule. */
export function candidateOf(
  rule: string,
  kind: TInvitationTrigger['kind'],
  row: TTriggerRow,
): TBatchCandidate {
  return {
    rule,
    triggerKey: `${TRIGGER_PREFIX[kind]}:${row.key}`,
    at: new Date(row.at),
    episode: row.episode,
    attributes: row.attributes ?? {},
    experience: row.experience,
    customerId: Number(row.customer_id),
    customer: row.customer,
    journey: row.journey,
  };
}

const ms = (n: number) => sql`${n} * interval '1 millisecond'`;

/** Cases of `journey` (any journey when undefined) closed after `after` (and up to `until`, if given). */
export function closedCasesSql(
  workspaceId: string,
  journey: string | undefined,
  after: SQL,
  until?: SQL,
): SQL {
  return sql`select k.id::text as key, k.closed_at as at, k.closed_at as due, k.customer_id,
                    c.external_id as customer, e.key as episode, j.key as journey, c.attributes,
                    null::float8 as experience
             from cases k
             join customers c on c.workspace_id = k.workspace_id and c.id = k.customer_id
             join episodes e on e.workspace_id = k.workspace_id and e.customer_id = k.customer_id
                            and e.id = k.episode_id
             join journeys j on j.workspace_id = k.workspace_id and j.id = k.journey_id
             where k.workspace_id = ${workspaceId} and k.closed_at > ${after}
               ${until ? sql`and k.closed_at <= ${until}` : sql``}
               ${journey ? sql`and j.key = ${journey}` : sql``}`;
}

/**
 * Episodes of `journey` whose end falls after `after` and up to `until`. An episode ends `idleHours` after
 * its last moment, as the job sees it: the later of that moment's time and its arrival (`due`); `at` is the
 * last moment's time, `experience` its experience value. Only episodes a moment arrived in within the
 * window (moved back by the idle time) are looked at.
 */
export function endedEpisodesSql(
  workspaceId: string,
  journey: string,
  idleHours: number,
  after: SQL,
  until: Date,
): SQL {
  const idle = ms(idleHours * HOUR_MS);
  const since = sql`(${after}) - ${idle}`;
  const last = sql`${new Date(until.getTime() - idleHours * HOUR_MS).toISOString()}::timestamptz`;
  return sql`with touched as (
               select distinct m.customer_id, m.episode_id from moments m
               where m.workspace_id = ${workspaceId} and m.created_at > ${since} and m.created_at <= ${last}
             ), ended as (
               select m.customer_id, m.episode_id, max(m.occurred_at) as at,
                      greatest(max(m.occurred_at), max(m.created_at)) as last,
                      (array_agg(m.experience order by m.occurred_at desc, m.id desc))[1] as experience
               from moments m
               join touched x on x.customer_id = m.customer_id and x.episode_id = m.episode_id
               where m.workspace_id = ${workspaceId}
               group by m.customer_id, m.episode_id
             )
             select e.id::text as key, d.at, d.last + ${idle} as due, d.customer_id,
                    c.external_id as customer, e.key as episode, j.key as journey, c.attributes, d.experience
             from ended d
             join episodes e on e.workspace_id = ${workspaceId} and e.customer_id = d.customer_id
                            and e.id = d.episode_id
             join journeys j on j.workspace_id = e.workspace_id and j.id = e.journey_id and j.key = ${journey}
             join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
             where d.last > ${since} and d.last <= ${last}`;
}

/** A schedule's turn at `now`: the period of `everyDays` days (counted from 1970-01-01 UTC) that holds it. */
export function scheduleTurn(everyDays: number, now: Date): { key: string; start: Date; from: Date } {
  const period = everyDays * DAY_MS;
  const start = Math.floor(now.getTime() / period) * period;
  return {
    key: new Date(start).toISOString().slice(0, 10),
    start: new Date(start),
    from: new Date(start - period),
  };
}

/** A schedule turn's candidates: the customers with a moment in `journey` in the period before it. */
export function scheduleTurnSql(
  workspaceId: string,
  journey: string,
  turn: ReturnType<typeof scheduleTurn>,
): SQL {
  const start = sql`${turn.start.toISOString()}::timestamptz`;
  return sql`select ${turn.key} as key, ${start} as at, ${start} as due, c.id as customer_id,
                    c.external_id as customer, null::text as episode, ${journey} as journey, c.attributes,
                    null::float8 as experience
             from customers c
             where c.workspace_id = ${workspaceId} and c.id in (
               select m.customer_id from moments m
               join touchpoints tp on tp.workspace_id = m.workspace_id and tp.id = m.touchpoint_id
               join journeys j on j.workspace_id = tp.workspace_id and j.id = tp.journey_id
               where m.workspace_id = ${workspaceId} and j.key = ${journey}
                 and m.occurred_at >= ${turn.from.toISOString()}::timestamptz and m.occurred_at < ${start})`;
}
