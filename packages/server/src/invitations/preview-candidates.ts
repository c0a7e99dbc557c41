/**
 * The triggers a dry run judges a rule on: those of its kind that came due in a period, read by the queries
 * the planning job reads them with (trigger-sql.ts) but over a period instead of since a watermark, except
 * moments, read by when they happened rather than by arrival. Each carries
 * `due`, when the job would have planned it: a moment when it happened, a case when it closed, an episode's
 * end `idleHours` after its last moment (or that moment's arrival, if later), a schedule at its turn.
 */
import type { TInvitationTrigger } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import type { TBatchCandidate } from './record-decisions.ts';
import {
  candidateOf,
  closedCasesSql,
  endedEpisodesSql,
  scheduleTurn,
  scheduleTurnSql,
} from './trigger-sql.ts';
import type { TTriggerRow } from './trigger-sql.ts';

const HOUR_MS = 3_600_000;

/** A trigger a dry run judges, with when the planning job would have planned it. */
export type TPreviewCandidate = TBatchCandidate & { due: Date };

/** The triggers of a period (`from`, `to`) and whether there were more than `limit`. */
export type TPreviewTriggers = {
  from: Date;
  to: Date;
  candidates: TPreviewCandidate[];
  truncated: boolean;
};

const iso = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/** Moments at the rule's touchpoint that happened in the period. */
function momentsSql(workspaceId: string, journey: string, touchpoint: string, from: Date, to: Date): SQL {
  return sql`select m.id::text as key, m.occurred_at as at, m.occurred_at as due, m.customer_id,
                    c.external_id as customer, e.key as episode, j.key as journey, m.experience,
                    coalesce(c.attributes, '{}'::jsonb) || coalesce(m.attributes, '{}'::jsonb) as attributes
             from moments m
             join touchpoints tp on tp.workspace_id = m.workspace_id and tp.id = m.touchpoint_id
             join journeys j on j.workspace_id = tp.workspace_id and j.id = tp.journey_id
             join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
             join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id
                            and e.id = m.episode_id
             where m.workspace_id = ${workspaceId} and j.key = ${journey} and tp.key = ${touchpoint}
               and m.occurred_at > ${iso(from)} and m.occurred_at <= ${iso(to)}`;
}

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
  let query: SQL;
  if (t.kind === 'moment') {
    query = momentsSql(workspaceId, t.journey, t.touchpoint, from, to);
  } else if (t.kind === 'case_closed') {
    query = closedCasesSql(workspaceId, t.journey, iso(from), iso(to));
  } else if (t.kind === 'episode_end') {
    query = endedEpisodesSql(workspaceId, t.journey, t.idleHours, iso(from), to);
  } else {
    const turn = scheduleTurn(t.everyDays, now);
    from = turn.from;
    to = turn.start;
    query = scheduleTurnSql(workspaceId, t.journey, turn);
  }
  const rows = await queryRows<TTriggerRow>(
    orm,
    sql`select * from (${query}) q order by q.due, q.key limit ${limit + 1}`,
  );
  const candidates = rows
    .slice(0, limit)
    .map((r): TPreviewCandidate => ({ ...candidateOf(rule.key, t.kind, r), due: new Date(r.due) }));
  return { from, to, candidates, truncated: rows.length > limit };
}
