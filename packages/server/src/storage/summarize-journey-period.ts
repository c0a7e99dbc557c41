import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** Moments, episodes and breaching moments of one journey in a period: per bucket, and in total. */
export type TJourneyPeriodSummary = {
  moments: number;
  episodes: number;
  customers: number;
  breachingMoments: number;
  buckets: { start: string; moments: number; episodes: number; breachingMoments: number }[];
};

type TRow = {
  bucket: string | null;
  moments: number | string;
  episodes: number | string;
  customers: number | string;
  breaching: number | string;
};

/**
 * One pass over the journey's moments in [from, to): counts per `day` or `week` bucket (UTC) and the totals
 * (grouping sets, so distinct episodes and customers are counted over the whole period, not summed). A
 * moment is breaching when at least one tolerance-floor breach was recorded for it, as its `breached` flag
 * says (see the column in schema.ts).
 */
export async function summarizeJourneyPeriod(
  orm: TOrm,
  workspaceId: string,
  journeyId: number,
  period: { from: Date; to: Date; bucket: 'day' | 'week' },
): Promise<TJourneyPeriodSummary> {
  const unit = period.bucket === 'week' ? sql.raw(`'week'`) : sql.raw(`'day'`);
  const rows = await queryRows<TRow>(
    orm,
    sql`select to_char(date_trunc(${unit}, m.occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
               count(*) as moments,
               count(distinct m.episode_id) as episodes,
               count(distinct m.customer_id) as customers,
               count(*) filter (where m.breached) as breaching
        from moments m
        join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
        where m.workspace_id = ${workspaceId} and t.journey_id = ${journeyId}
          and m.occurred_at >= ${period.from.toISOString()} and m.occurred_at < ${period.to.toISOString()}
        group by grouping sets ((1), ())
        order by 1 nulls first`,
  );
  const total = rows.find((r) => r.bucket === null);
  return {
    moments: Number(total?.moments ?? 0),
    episodes: Number(total?.episodes ?? 0),
    customers: Number(total?.customers ?? 0),
    breachingMoments: Number(total?.breaching ?? 0),
    buckets: rows
      .flatMap((r) => (r.bucket === null ? [] : [{ ...r, bucket: r.bucket }]))
      .map((r) => ({
        start: `${r.bucket}T00:00:00.000Z`,
        moments: Number(r.moments),
        episodes: Number(r.episodes),
        breachingMoments: Number(r.breaching),
      })),
  };
}
