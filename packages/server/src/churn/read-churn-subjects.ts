import type { TChurnSubject } from '@mot/core';
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

/** A churn subject with the customer's internal id and when they churned. */
export type TStoredChurnSubject = TChurnSubject & { customerId: number; churnedAt: string | null };

/** Subjects and the instant observation ends. */
export type TChurnSubjects = { subjects: TStoredChurnSubject[]; observedUntil: string | null };

const DAY_MS = 86_400_000;

type TRow = {
  customer_id: string | number;
  external_id: string;
  start_ms: string | number;
  last_ms: string | number;
  churned: boolean;
  churned_ms: string | number | null;
  mean_experience: number | null;
  episodes: string | number;
  breaches: Array<string | number> | string | null;
  last_status_ms: string | number | null;
};

/**
 * The churn subjects of a journey, one per customer with a moment at one of its touchpoints, built by one
 * SQL statement in the caller's read snapshot (docs/churn.md, "In the product"):
 * - start: the customer's earliest `started` status event when there is one and it is earlier, else their
 *   first moment in the journey;
 * - churned: from the customer's status events when they have any (the latest `churned` or `reactivated`
 *   event decides; the time is that churn's), else from their episode outcomes (churned on any outcome, at
 *   the earliest `churned_at` given, else at their last moment in the journey);
 * - end: the churn, or for a customer who has not churned the end of observation, the latest moment or
 *   status event of the workspace's subjects (data imported long after the fact are not censored at
 *   today's date);
 * - covariates: floor breaches per touchpoint before the end, the mean experience of their moments in the
 *   journey and their number of episodes (tenure is the duration itself, the time axis).
 * Customers who churned before their start are left out (they were never observed at risk).
 */
export async function readChurnSubjects(
  snapshot: TReadSnapshot,
  workspaceId: string,
  touchpoints: readonly TCountedTouchpoint[],
): Promise<TChurnSubjects> {
  if (touchpoints.length === 0) return { subjects: [], observedUntil: null };
  const ids = touchpoints.map((t) => t.id);
  const counts = ids
    .map((_, i) => `count(*) filter (where b.touchpoint_id = ($2::int8[])[${i + 1}])`)
    .join(', ');
  const rows = await snapshot.rows<TRow>(
    `with m as (
       select customer_id, min(occurred_at) as first_at, max(occurred_at) as last_at,
         avg(experience) as mean_experience, count(distinct episode_id) as episodes
       from moments where workspace_id = $1 and touchpoint_id = any($2::int8[])
       group by customer_id),
     s as (
       select customer_id, min(at) filter (where kind = 'started') as started_at, max(at) as last_status_at,
         (array_agg(kind order by at desc, id desc) filter (where kind in ('churned', 'reactivated')))[1]
           as last_turn,
         (array_agg(at order by at desc, id desc) filter (where kind in ('churned', 'reactivated')))[1]
           as last_turn_at
       from customer_status_events where workspace_id = $1 group by customer_id),
     o as (
       select customer_id, bool_or(churned) as churned, min(churned_at) filter (where churned) as churned_at
       from episode_outcomes where workspace_id = $1 and churned is not null group by customer_id),
     subject as (
       select m.customer_id, least(m.first_at, coalesce(s.started_at, m.first_at)) as start_at, m.last_at,
         m.mean_experience, m.episodes, s.last_status_at,
         case when s.customer_id is not null then coalesce(s.last_turn = 'churned', false)
              else coalesce(o.churned, false) end as churned,
         case when s.customer_id is not null then case when s.last_turn = 'churned' then s.last_turn_at end
              when o.churned then coalesce(o.churned_at, m.last_at) end as churned_at
       from m left join s on s.customer_id = m.customer_id left join o on o.customer_id = m.customer_id),
     b as (
       -- Breaches counted up to the churn: a breach after it cannot have caused it. One count per
       -- touchpoint, in the order of $2 (positions are constants of this code, never input).
       select x.customer_id, array[${counts}]::int8[] as counts
       from subject x join breaches b on b.workspace_id = $1 and b.customer_id = x.customer_id
       where b.touchpoint_id = any($2::int8[]) and (x.churned_at is null or b.occurred_at <= x.churned_at)
       group by x.customer_id)
     select x.customer_id, c.external_id,
       (extract(epoch from x.start_at) * 1000)::float8 as start_ms,
       (extract(epoch from x.last_at) * 1000)::float8 as last_ms,
       x.churned, (extract(epoch from x.churned_at) * 1000)::float8 as churned_ms,
       x.mean_experience, x.episodes,
       (extract(epoch from x.last_status_at) * 1000)::float8 as last_status_ms,
       b.counts as breaches
     from subject x
     join customers c on c.workspace_id = $1 and c.id = x.customer_id
     left join b on b.customer_id = x.customer_id
     where x.churned_at is null or x.churned_at >= x.start_at
     order by x.customer_id`,
    [workspaceId, `{${ids.join(',')}}`],
  );
  let until = -Infinity;
  for (const r of rows) {
    until = Math.max(
      until,
      Number(r.last_ms),
      r.last_status_ms === null ? -Infinity : Number(r.last_status_ms),
    );
  }
  const keys = touchpoints.map((t) => COVARIATE.breaches(t.key));
  const subjects = rows.map((r): TStoredChurnSubject => {
    const start = Number(r.start_ms);
    const end = r.churned && r.churned_ms !== null ? Number(r.churned_ms) : until;
    const durationDays = Math.max(0, (end - start) / DAY_MS);
    const counts = parseCounts(r.breaches, keys.length);
    const covariates: Record<string, number> = {
      [COVARIATE.episodes]: Number(r.episodes),
    };
    if (r.mean_experience !== null) covariates[COVARIATE.meanExperience] = r.mean_experience;
    keys.forEach((key, i) => (covariates[key] = counts[i] ?? 0));
    return {
      id: r.external_id,
      customerId: Number(r.customer_id),
      durationDays,
      churned: r.churned && r.churned_ms !== null,
      churnedAt: r.churned && r.churned_ms !== null ? new Date(Number(r.churned_ms)).toISOString() : null,
      covariates,
    };
  });
  return { subjects, observedUntil: rows.length > 0 ? new Date(until).toISOString() : null };
}

/** An int8[] as the drivers answer it: an array (PGlite) or its text `{1,0,2}` (pg). */
function parseCounts(value: TRow['breaches'], n: number): number[] {
  if (value === null) return new Array<number>(n).fill(0);
  if (Array.isArray(value)) return value.map(Number);
  return value.replace(/[{}]/g, '').split(',').map(Number);
}
