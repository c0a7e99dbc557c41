import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

type TRow = { id: number | string; external_id: string };

/** Rows aggregated into one JSON value: parsing one field is far cheaper than ten thousand rows. */
const rowsOf = (result: Array<{ rows: TRow[] | string | null }>): TRow[] => {
  const rows = result[0]?.rows ?? [];
  return typeof rows === 'string' ? (JSON.parse(rows) as TRow[]) : rows;
};

/**
 * Finds or creates the customers with these external ids in one statement; returns id by external id.
 * The new ones come from RETURNING, the existing ones from the join (same snapshot, so none twice).
 * The join probes the unique index once per input row (LATERAL ... LIMIT 1 keeps the planner from a hash
 * join that reads every customer of the workspace per batch, which grew with the table: bench/ingest).
 * Rows that a concurrent transaction committed meanwhile are in neither: a second read picks them up.
 */
export async function upsertCustomers(
  tx: TOrm,
  workspaceId: string,
  externalIds: readonly string[],
): Promise<Map<string, number>> {
  // Sorted, so that concurrent batches take the unique-index locks in the same order.
  const ids = JSON.stringify([...new Set(externalIds)].sort());
  const result = await queryRows<{ rows: TRow[] | string | null }>(
    tx,
    sql`with input as (select value as external_id from jsonb_array_elements_text(${ids}::jsonb)),
        created as (
          insert into customers (workspace_id, external_id)
          select ${workspaceId}, external_id from input order by external_id
          on conflict (workspace_id, external_id) do nothing
          returning id, external_id)
        select json_agg(r) as rows from (
          select id, external_id from created
          union all
          select c.id, c.external_id from input i cross join lateral (
            select id, external_id from customers c
            where c.workspace_id = ${workspaceId} and c.external_id = i.external_id limit 1) c) r`,
  );
  const found = new Map(rowsOf(result).map((r) => [r.external_id, Number(r.id)]));
  const missing = externalIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const again = await queryRows<TRow>(
      tx,
      sql`select id, external_id from customers where workspace_id = ${workspaceId}
          and external_id in (select value from json_array_elements_text(${JSON.stringify(missing)}::json))`,
    );
    for (const r of again) found.set(r.external_id, Number(r.id));
  }
  return found;
}
