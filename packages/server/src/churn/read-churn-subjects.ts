import type { TChurnSubject } from '@mot/core';
import { readBinaryCopy } from '../storage/binary-copy.ts';
import type { TBinaryColumnType } from '../storage/binary-copy.ts';
import { sqlLiteral } from '../storage/read-snapshot.ts';
import type { TReadSnapshot } from '../storage/read-snapshot.ts';

/** The touchpoints whose breaches are counted: key and stored id, in journey order. */
export type TCountedTouchpoint = { key: string; id: number };

/** Covariate keys of the churn subjects. */
export const COVARIATE = {
  /** Floor breaches at a touchpoint before churn (or before the end of observation). */
  breaches: (touchpoint: string) => `breaches:${touchpoint}`,
  /** Mean experience (-1..+1) of the customer's moments in the journey. */
  meanExperience: 'mean_experience',
  /** Episodes of the journey the customer went through. */
  episodes: 'episodes',
} as const;

/**
 * A churn subject with the customer's internal id (its `id` is that id as text: the subjects of a million
 * customers carry no external ids, which are read for the customers shown) and when they churned.
 */
export type TStoredChurnSubject = TChurnSubject & { customerId: number; churnedAt: string | null };

/** Subjects and the instant observation ends. */
export type TChurnSubjects = { subjects: TStoredChurnSubject[]; observedUntil: string | null };

const DAY_MS = 86_400_000;

/** The columns of the subjects' COPY, in order, then one breach count per touchpoint. */
const COLUMNS: TBinaryColumnType[] = [
  'int8',
  'float8',
  'float8',
  'int4',
  'float8',
  'float8',
  'int8',
  'float8',
];

/**
 * The statement of the subjects (values inlined: COPY takes no parameters; the workspace id is quoted by
 * `sqlLiteral`, the ids are numbers from the database). One row per customer with a moment at one of the
 * touchpoints; see `readChurnSubjects` for the rule.
 */
export function subjectsQuery(
  workspaceId: string,
  journeyId: number,
  touchpointIds: readonly number[],
): string {
  const ws = sqlLiteral(workspaceId);
  const ids = `'{${touchpointIds.map((id) => sqlLiteral(id)).join(',')}}'::int8[]`;
  // One count per touchpoint, in the order of `ids` (positions are constants of this code, never input).
  const counts = touchpointIds
    .map((_, i) => `count(*) filter (where b.touchpoint_id = (${ids})[${i + 1}])`)
    .join(', ');
  const breachColumns = touchpointIds.map((_, i) => `coalesce(b.counts[${i + 1}], 0)`).join(', ');
  return `with m as (
       select customer_id, min(occurred_at) as first_at, max(occurred_at) as last_at,
         avg(experience) as mean_experience
       from moments where workspace_id = ${ws} and touchpoint_id = any(${ids})
       group by customer_id),
     e as (
       select customer_id, count(*) as episodes from episodes
       where workspace_id = ${ws} and journey_id = ${sqlLiteral(journeyId)} group by customer_id),
     s as (
       select customer_id, min(at) filter (where kind = 'started') as started_at, max(at) as last_status_at,
         (array_agg(kind order by at desc, id desc) filter (where kind in ('churned', 'reactivated')))[1]
           as last_turn,
         (array_agg(at order by at desc, id desc) filter (where kind in ('churned', 'reactivated')))[1]
           as last_turn_at
       from customer_status_events where workspace_id = ${ws} group by customer_id),
     o as (
       select customer_id, bool_or(churned) as churned, min(churned_at) filter (where churned) as churned_at
       from episode_outcomes where workspace_id = ${ws} and churned is not null group by customer_id),
     subject as (
       select m.customer_id, least(m.first_at, coalesce(s.started_at, m.first_at)) as start_at, m.last_at,
         m.mean_experience, s.last_status_at,
         case when s.customer_id is not null then s.last_turn = 'churned'
              else coalesce(o.churned, false) end as churned,
         case when s.customer_id is not null then case when s.last_turn = 'churned' then s.last_turn_at end
              when o.churned then coalesce(o.churned_at, m.last_at) end as churned_at
       from m left join s on s.customer_id = m.customer_id left join o on o.customer_id = m.customer_id),
     b as (
       -- Breaches counted up to the churn: a breach after it cannot have caused it.
       select x.customer_id, array[${counts}]::int8[] as counts
       from subject x join breaches b on b.workspace_id = ${ws} and b.customer_id = x.customer_id
       where b.touchpoint_id = any(${ids}) and (x.churned_at is null or b.occurred_at <= x.churned_at)
       group by x.customer_id)
     select x.customer_id,
       (extract(epoch from x.start_at) * 1000)::float8,
       (extract(epoch from x.last_at) * 1000)::float8,
       (case when x.churned_at is not null then 1 else 0 end)::int4,
       (extract(epoch from x.churned_at) * 1000)::float8,
       x.mean_experience::float8, coalesce(e.episodes, 0)::int8,
       (extract(epoch from x.last_status_at) * 1000)::float8,
       ${breachColumns}
     from subject x
     left join e on e.customer_id = x.customer_id
     left join b on b.customer_id = x.customer_id
     where x.churned_at is null or x.churned_at >= x.start_at
     order by x.customer_id`;
}

/**
 * The churn subjects of a journey, one per customer with a moment at one of its touchpoints, read by one
 * statement (a binary COPY: no text to parse) in the caller's read snapshot (docs/churn.md, "In the
 * product"):
 * - start: the customer's earliest `started` status event when there is one and it is earlier, else their
 *   first moment in the journey;
 * - churned: from the customer's status events when they have any (the latest `churned` or `reactivated`
 *   event decides; the time is that churn's), else from their episode outcomes (churned on any outcome, at
 *   the earliest `churned_at` given, else at their last moment in the journey);
 * - end: the churn, or for a customer who has not churned the end of observation, the latest moment or
 *   status event of the subjects (data imported long after the fact are not censored at today's date);
 * - covariates: floor breaches per touchpoint before the end, the mean experience of their moments in the
 *   journey and their number of episodes of it (tenure is the duration itself, the time axis).
 * Customers who churned before their start are left out (they were never observed at risk).
 */
export async function readChurnSubjects(
  snapshot: TReadSnapshot,
  workspaceId: string,
  journeyId: number,
  touchpoints: readonly TCountedTouchpoint[],
): Promise<TChurnSubjects> {
  if (touchpoints.length === 0) return { subjects: [], observedUntil: null };
  // The planner's estimates of the joined aggregates run far above the truth, which would have it compile
  // the statement with JIT first (a second of a two-second read at 100,000 customers, bench/evaluate); the
  // sorts by customer fit in memory at a million customers with 64 MB.
  await snapshot.rows('set local jit = off');
  await snapshot.rows("set local work_mem = '64MB'");
  const copied = await snapshot.copyOut(
    subjectsQuery(
      workspaceId,
      journeyId,
      touchpoints.map((t) => t.id),
    ),
    'binary',
  );
  const types: TBinaryColumnType[] = [...COLUMNS, ...touchpoints.map((): TBinaryColumnType => 'int8')];
  const { rows, columns } = readBinaryCopy(copied, types);
  const [ids, starts, lasts, churnedFlags, churnedAts, experiences, episodes, statusAts] = columns as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const breachColumns = columns.slice(COLUMNS.length);
  let until = -Infinity;
  for (let r = 0; r < rows; r++) {
    until = Math.max(until, lasts[r] ?? -Infinity);
    const status = statusAts[r] ?? NaN;
    if (!Number.isNaN(status)) until = Math.max(until, status);
  }
  const keys = touchpoints.map((t) => COVARIATE.breaches(t.key));
  const subjects = new Array<TStoredChurnSubject>(rows);
  for (let r = 0; r < rows; r++) {
    const churned = churnedFlags[r] === 1;
    const churnedMs = churnedAts[r] ?? NaN;
    const end = churned ? churnedMs : until;
    const covariates: Record<string, number> = { [COVARIATE.episodes]: episodes[r] ?? 0 };
    const experience = experiences[r] ?? NaN;
    if (!Number.isNaN(experience)) covariates[COVARIATE.meanExperience] = experience;
    keys.forEach((key, i) => (covariates[key] = breachColumns[i]?.[r] ?? 0));
    const customerId = ids[r] ?? 0;
    subjects[r] = {
      id: String(customerId),
      customerId,
      durationDays: Math.max(0, (end - (starts[r] ?? end)) / DAY_MS),
      churned,
      churnedAt: churned ? new Date(churnedMs).toISOString() : null,
      covariates,
    };
  }
  return { subjects, observedUntil: rows > 0 ? new Date(until).toISOString() : null };
}
