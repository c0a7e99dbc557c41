import { compareRecoveredSatisfaction, RECOVERY_CALLBACK_TOUCHPOINT, summarizeRecovery } from '@mot/core';
import type { TRecoveryCase, TRecoveryFigures, TRecoveryParadox, TSatisfactionSummary } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** Which cases the figures cover: opened in [from, to), optionally of one journey. */
export type TRecoveryQuery = { from: string; to: string; journey?: string | undefined; now?: Date };

type TCaseRow = {
  touchpoint_id: number | string;
  journey: string;
  touchpoint: string;
  name: string;
  names: Record<string, string> | null;
  department: string | null;
  opened_at: Date | string;
  first_response_at: Date | string | null;
  first_response_due_at: Date | string | null;
  resolved_at: Date | string | null;
  resolution_due_at: Date | string | null;
  closed_at: Date | string | null;
  solved: boolean | null;
  next_opened_at: Date | string | null;
};

type TSummaryRow = {
  touchpoint_id: number | string;
  n: number | string;
  mean: number | string | null;
  sd: number | string | null;
  top: number | string;
};

/** The figures of one touchpoint, with the recovery paradox there. */
export type TTouchpointRecovery = {
  journey: string;
  touchpoint: string;
  name: string;
  names: Record<string, string> | null;
  department: string | null;
  figures: TRecoveryFigures;
  paradox: TRecoveryParadox;
};

/** Recovery figures per touchpoint and per owner department, and over all cases. */
export type TRecoveryReport = {
  total: TRecoveryFigures;
  touchpoints: TTouchpointRecovery[];
  departments: Array<{ department: string | null; figures: TRecoveryFigures }>;
};

const ms = (v: Date | string | null): number | null => (v === null ? null : new Date(v).getTime());

const EMPTY: TSatisfactionSummary = { n: 0, mean: 0, sd: 0, topBox: 0 };

/**
 * Reads the cases opened in the period with what the figures need (the SLA deadlines and times, the last
 * reached callback's answer, the same customer's next case in the journey after closing), and the
 * satisfaction of the two groups of the recovery paradox per touchpoint, aggregated in the database:
 * recovered = case callbacks answered "solved" with a satisfaction (1-5) done in the period; never breached
 * = ratings in the period, on a 1-5 scale (rescaled from the touchpoint's scale), of customers with no
 * breach at that touchpoint ever. Then core computes the figures (recovery.ts).
 */
export async function findRecoveryFigures(
  orm: TOrm,
  workspaceId: string,
  q: TRecoveryQuery,
): Promise<TRecoveryReport> {
  const journey: SQL = q.journey === undefined ? sql`true` : sql`j.key = ${q.journey}`;
  const rows = await queryRows<TCaseRow>(
    orm,
    sql`select c.touchpoint_id, j.key as journey, t.key as touchpoint, t.name, t.names, c.department,
          c.opened_at, c.first_response_at, c.first_response_due_at, c.resolved_at, c.resolution_due_at,
          c.closed_at,
          (select cb.solved from callbacks cb where cb.workspace_id = c.workspace_id and cb.case_id = c.id
             and cb.reached order by cb.done_at desc limit 1) as solved,
          (select min(n.opened_at) from cases n where n.workspace_id = c.workspace_id
             and n.customer_id = c.customer_id and n.journey_id = c.journey_id
             and c.closed_at is not null and n.opened_at > c.closed_at) as next_opened_at
        from cases c
        join journeys j on j.workspace_id = c.workspace_id and j.id = c.journey_id
        join touchpoints t on t.workspace_id = c.workspace_id and t.id = c.touchpoint_id
        where c.workspace_id = ${workspaceId} and c.opened_at >= ${q.from}::timestamptz
          and c.opened_at < ${q.to}::timestamptz and ${journey}
        order by j.key, t.position`,
  );
  const recovered = await queryRows<TSummaryRow>(
    orm,
    sql`select cb.touchpoint_id, count(*) as n, avg(cb.satisfaction) as mean,
          stddev_samp(cb.satisfaction) as sd, sum(case when cb.satisfaction = 5 then 1 else 0 end) as top
        from callbacks cb join journeys j on j.workspace_id = cb.workspace_id and j.id = cb.journey_id
        where cb.workspace_id = ${workspaceId} and cb.case_id is not null and cb.solved
          and cb.satisfaction is not null and cb.done_at >= ${q.from}::timestamptz
          and cb.done_at < ${q.to}::timestamptz and ${journey}
        group by cb.touchpoint_id`,
  );
  const never = await queryRows<TSummaryRow>(
    orm,
    sql`with rated as (
          select m.touchpoint_id,
            case when t.rating_min is not null and t.rating_max is not null and t.rating_max > t.rating_min
                 then 1 + 4.0 * (m.rating - t.rating_min) / (t.rating_max - t.rating_min)
                 else m.rating end as score
          from moments m
          join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
          join journeys j on j.workspace_id = t.workspace_id and j.id = t.journey_id
          where m.workspace_id = ${workspaceId} and m.rating is not null
            and m.occurred_at >= ${q.from}::timestamptz and m.occurred_at < ${q.to}::timestamptz
            and t.key <> ${RECOVERY_CALLBACK_TOUCHPOINT} and ${journey}
            and not exists (select 1 from breaches b where b.workspace_id = m.workspace_id
              and b.customer_id = m.customer_id and b.touchpoint_id = m.touchpoint_id)
        )
        select touchpoint_id, count(*) as n, avg(score) as mean, stddev_samp(score) as sd,
          sum(case when score >= 4.999 then 1 else 0 end) as top
        from rated group by touchpoint_id`,
  );
  const summaryOf = (list: TSummaryRow[], id: number): TSatisfactionSummary => {
    const r = list.find((x) => Number(x.touchpoint_id) === id);
    if (!r) return EMPTY;
    return { n: Number(r.n), mean: Number(r.mean ?? 0), sd: Number(r.sd ?? 0), topBox: Number(r.top) };
  };
  const now = (q.now ?? new Date()).getTime();
  const toCase = (r: TCaseRow): TRecoveryCase => ({
    openedAt: ms(r.opened_at) as number,
    firstResponseAt: ms(r.first_response_at),
    firstResponseDueAt: ms(r.first_response_due_at),
    resolvedAt: ms(r.resolved_at),
    resolutionDueAt: ms(r.resolution_due_at),
    closedAt: ms(r.closed_at),
    callbackSolved: r.solved,
    nextCaseOpenedAt: ms(r.next_opened_at),
  });
  const byTouchpoint = new Map<number, TCaseRow[]>();
  const byDepartment = new Map<string | null, TCaseRow[]>();
  for (const r of rows) {
    const id = Number(r.touchpoint_id);
    byTouchpoint.set(id, [...(byTouchpoint.get(id) ?? []), r]);
    byDepartment.set(r.department, [...(byDepartment.get(r.department) ?? []), r]);
  }
  return {
    total: summarizeRecovery(rows.map(toCase), { now }),
    touchpoints: [...byTouchpoint.entries()].map(([id, list]) => {
      const first = list[0] as TCaseRow;
      return {
        journey: first.journey,
        touchpoint: first.touchpoint,
        name: first.name,
        names: first.names,
        department: first.department,
        figures: summarizeRecovery(list.map(toCase), { now }),
        paradox: compareRecoveredSatisfaction(summaryOf(recovered, id), summaryOf(never, id)),
      };
    }),
    departments: [...byDepartment.entries()].map(([department, list]) => ({
      department,
      figures: summarizeRecovery(list.map(toCase), { now }),
    })),
  };
}
