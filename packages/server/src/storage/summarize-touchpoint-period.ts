import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** One bucket of a touchpoint's moments: volume, breaching moments, mean experience and mean rating. */
export type TTouchpointBucket = {
  start: string;
  moments: number;
  breachingMoments: number;
  valued: number;
  experience: number | null;
  rated: number;
  rating: number | null;
};

type TRow = {
  bucket: string;
  moments: number | string;
  breaching: number | string;
  valued: number | string;
  experience: number | string | null;
  rated: number | string;
  rating: number | string | null;
};

const num = (v: number | string | null) => (v === null ? null : Number(v));

/**
 * One pass over a touchpoint's moments in [from, to): per `day` or `week` bucket (UTC), the moments, those
 * with at least one tolerance-floor breach (their `breached` flag, see the column in schema.ts), and the mean
 * experience (-1..+1) and rating of those that have one.
 */
export async function summarizeTouchpointPeriod(
  orm: TOrm,
  workspaceId: string,
  touchpointId: number,
  period: { from: Date; to: Date; bucket: 'day' | 'week' },
): Promise<TTouchpointBucket[]> {
  const unit = period.bucket === 'week' ? sql.raw(`'week'`) : sql.raw(`'day'`);
  const rows = await queryRows<TRow>(
    orm,
    sql`select to_char(date_trunc(${unit}, m.occurred_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
               count(*) as moments,
               count(*) filter (where m.breached) as breaching,
               count(m.experience) as valued,
               avg(m.experience) as experience,
               count(m.rating) as rated,
               avg(m.rating) as rating
        from moments m
        where m.workspace_id = ${workspaceId} and m.touchpoint_id = ${touchpointId}
          and m.occurred_at >= ${period.from.toISOString()} and m.occurred_at < ${period.to.toISOString()}
        group by 1
        order by 1`,
  );
  return rows.map((r) => ({
    start: `${r.bucket}T00:00:00.000Z`,
    moments: Number(r.moments),
    breachingMoments: Number(r.breaching),
    valued: Number(r.valued),
    experience: num(r.experience),
    rated: Number(r.rated),
    rating: num(r.rating),
  }));
}
