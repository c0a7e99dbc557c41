import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** One moment of an episode summary: touchpoint id, experience, rating, measures, stored breach count. */
export type TSummaryMoment = [number | string, number | null, number | null, Record<string, number>, number];

/** An episode with its moments in time order and its outcome (nulls when none is stored). */
export type TEpisodeSummary = {
  customerId: number;
  episodeId: number;
  customer: string;
  episode: string;
  overall: number | null;
  nps: number | null;
  churned: boolean | null;
  moments: TSummaryMoment[];
};

/** Which episodes: one journey, optionally a period (by first moment) and a segment (by attributes). */
export type TEpisodeFilter = {
  journeyId: number;
  /** Inclusive start and exclusive end of the period the episode's first moment falls in (ISO). */
  from?: string | undefined;
  to?: string | undefined;
  /** Attributes the customer, or any one moment of the episode, must carry, compared as text. */
  segment?: Record<string, string> | undefined;
};

type TRow = {
  customer_id: number | string;
  episode_id: number | string;
  customer: string;
  episode: string;
  overall: number | null;
  nps: number | null;
  churned: boolean | null;
  moments: TSummaryMoment[] | string | null;
};

/**
 * One page of episode summaries after the keyset `(after.customerId, after.episodeId)`, in that key order,
 * at most `limit`: a caller reads every episode of a journey in pages with memory bounded by the page, on
 * either driver. Each episode's moments come aggregated by SQL into one ordered array.
 */
export async function findEpisodeSummaries(
  orm: TOrm,
  workspaceId: string,
  filter: TEpisodeFilter,
  after: { customerId: number; episodeId: number },
  limit: number,
): Promise<TEpisodeSummary[]> {
  const segment = filter.segment === undefined ? null : JSON.stringify(filter.segment);
  const [from, to] = [filter.from ?? null, filter.to ?? null];
  const rows = await queryRows<TRow>(
    orm,
    sql`with page as (
          -- Episodes of the journey after the cursor, filtered before the limit so that a page is full.
          select e.customer_id, e.id, e.key, c.external_id
          from episodes e
          join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
          where e.workspace_id = ${workspaceId} and e.journey_id = ${filter.journeyId}
            and (e.customer_id, e.id) > (${after.customerId}::int8, ${after.episodeId}::int8)
            and (${from}::timestamptz is null and ${to}::timestamptz is null
              or exists (select 1 from (select min(m.occurred_at) as started from moments m
                  where m.workspace_id = e.workspace_id and m.customer_id = e.customer_id
                    and m.episode_id = e.id) s
                where s.started >= coalesce(${from}::timestamptz, '-infinity')
                  and s.started < coalesce(${to}::timestamptz, 'infinity')))
            -- Segment: every attribute equal as text (so 3 matches 3 and true matches true), on the
            -- customer or on any one moment of the episode.
            and (${segment}::jsonb is null
              or not exists (select 1 from jsonb_each_text(${segment}::jsonb) s
                where (c.attributes ->> s.key) is distinct from s.value)
              or exists (select 1 from moments m where m.workspace_id = e.workspace_id
                and m.customer_id = e.customer_id and m.episode_id = e.id
                and not exists (select 1 from jsonb_each_text(${segment}::jsonb) s
                  where (m.attributes ->> s.key) is distinct from s.value)))
          order by e.customer_id, e.id
          limit ${limit})
        select p.customer_id, p.id as episode_id, p.external_id as customer, p.key as episode,
          o.overall, o.nps, o.churned,
          -- The moments in time order (ties by id, the order they were ingested), each with its breach count.
          (select json_agg(json_build_array(m.touchpoint_id, m.experience, m.rating, m.measures,
                    (select count(*) from breaches b where b.workspace_id = m.workspace_id
                      and b.customer_id = m.customer_id and b.moment_id = m.id))
                  order by m.occurred_at, m.id)
            from moments m where m.workspace_id = ${workspaceId} and m.customer_id = p.customer_id
              and m.episode_id = p.id) as moments
        from page p
        left join episode_outcomes o on o.workspace_id = ${workspaceId} and o.customer_id = p.customer_id
          and o.episode_id = p.id
        order by p.customer_id, p.id`,
  );
  return rows.map((r) => ({
    customerId: Number(r.customer_id),
    episodeId: Number(r.episode_id),
    customer: r.customer,
    episode: r.episode,
    overall: r.overall,
    nps: r.nps,
    churned: r.churned,
    moments: typeof r.moments === 'string' ? (JSON.parse(r.moments) as TSummaryMoment[]) : (r.moments ?? []),
  }));
}
