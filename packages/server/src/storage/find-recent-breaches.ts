import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** A tolerance-floor breach as the feed lists it. */
export type TBreachRow = {
  id: number;
  occurredAt: string;
  journey: string;
  touchpoint: string;
  kind: string;
  measure: string | null;
  value: number;
  floor: number;
  customer: string;
  episode: string;
};

type TRow = {
  id: number | string;
  occurred_at: Date | string;
  journey: string;
  touchpoint: string;
  kind: string;
  measure: string | null;
  value: number | string;
  floor: number | string;
  customer: string;
  episode: string;
};

/** Filters of the breach feed; `before` is the cursor of the previous page (occurred_at, id). */
export type TBreachFilter = {
  journey?: string;
  touchpoint?: string;
  measure?: string;
  customer?: string;
  /** The period: from (inclusive) to (exclusive), ISO instants. */
  from?: string;
  to?: string;
  before?: { occurredAt: string; id: number };
  limit: number;
};

/**
 * The most recent breaches of a workspace, newest first, walking the `breaches_recent` index
 * (workspace_id, occurred_at) and stopping after `limit` rows; ties on the instant are ordered by id.
 */
export async function findRecentBreaches(
  orm: TOrm,
  workspaceId: string,
  filter: TBreachFilter,
): Promise<TBreachRow[]> {
  const conditions = [sql`b.workspace_id = ${workspaceId}`];
  if (filter.journey !== undefined) conditions.push(sql`j.key = ${filter.journey}`);
  if (filter.touchpoint !== undefined) conditions.push(sql`t.key = ${filter.touchpoint}`);
  if (filter.measure !== undefined) conditions.push(sql`b.measure = ${filter.measure}`);
  if (filter.customer !== undefined) conditions.push(sql`c.external_id = ${filter.customer}`);
  if (filter.from !== undefined) conditions.push(sql`b.occurred_at >= ${filter.from}::timestamptz`);
  if (filter.to !== undefined) conditions.push(sql`b.occurred_at < ${filter.to}::timestamptz`);
  if (filter.before)
    conditions.push(
      sql`(b.occurred_at, b.id) < (${filter.before.occurredAt}::timestamptz, ${filter.before.id})`,
    );
  const rows = await queryRows<TRow>(
    orm,
    sql`select b.id, b.occurred_at, j.key as journey, t.key as touchpoint, b.kind, b.measure, b.value, b.floor,
               c.external_id as customer, e.key as episode
        from breaches b
        join touchpoints t on t.workspace_id = b.workspace_id and t.id = b.touchpoint_id
        join journeys j on j.workspace_id = t.workspace_id and j.id = t.journey_id
        join customers c on c.workspace_id = b.workspace_id and c.id = b.customer_id
        join moments m on m.workspace_id = b.workspace_id and m.customer_id = b.customer_id and m.id = b.moment_id
        join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id and e.id = m.episode_id
        where ${sql.join(conditions, sql` and `)}
        order by b.occurred_at desc, b.id desc
        limit ${filter.limit}`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    occurredAt: new Date(r.occurred_at).toISOString(),
    journey: r.journey,
    touchpoint: r.touchpoint,
    kind: r.kind,
    measure: r.measure,
    value: Number(r.value),
    floor: Number(r.floor),
    customer: r.customer,
    episode: r.episode,
  }));
}
