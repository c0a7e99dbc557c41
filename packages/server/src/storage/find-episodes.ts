import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** An episode's identity: internal ids and what the source systems call it. */
export type TEpisodeRow = { id: number; customerId: number; customer: string; journey: string; key: string };

type TRow = {
  id: number | string;
  customer_id: number | string;
  customer: string;
  journey: string;
  key: string;
};

/**
 * Episodes with this journey and key (one per customer that has it), or all episodes of one customer.
 * Uses the `episodes_key` index, or the primary key's (workspace, customer) prefix.
 */
export async function findEpisodes(
  orm: TOrm,
  workspaceId: string,
  by: { journey: string; key: string } | { customerId: number },
): Promise<TEpisodeRow[]> {
  const filter =
    'customerId' in by
      ? sql`e.customer_id = ${by.customerId}`
      : sql`j.key = ${by.journey} and e.key = ${by.key}`;
  const rows = await queryRows<TRow>(
    orm,
    sql`select e.id, e.customer_id, c.external_id as customer, j.key as journey, e.key
        from episodes e
        join journeys j on j.workspace_id = e.workspace_id and j.id = e.journey_id
        join customers c on c.workspace_id = e.workspace_id and c.id = e.customer_id
        where e.workspace_id = ${workspaceId} and ${filter}
        order by e.id`,
  );
  return rows.map((r) => ({
    id: Number(r.id),
    customerId: Number(r.customer_id),
    customer: r.customer,
    journey: r.journey,
    key: r.key,
  }));
}
