import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** An episode by what identifies it: journey, the source's key, and the customer. */
export type TEpisodeRef = { journeyId: number; key: string; customerId: number };

type TRow = { id: number | string; j: number | string; k: string; c: number | string };

/** The map key of an episode reference. */
export const episodeRefKey = (j: number, k: string, c: number): string => `${j}\u0000${c}\u0000${k}`;

/**
 * Finds each episode by its key or creates it, in one statement (same pattern as `upsertCustomers`, with
 * the same per-row probe of the unique index);
 * returns episode id by `episodeRefKey`.
 */
export async function upsertEpisodes(
  tx: TOrm,
  workspaceId: string,
  refs: readonly TEpisodeRef[],
): Promise<Map<string, number>> {
  const unique = new Map(refs.map((r) => [episodeRefKey(r.journeyId, r.key, r.customerId), r]));
  const input = JSON.stringify(
    [...unique.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, r]) => [r.journeyId, r.key, r.customerId]),
  );
  const select = (json: string, withInsert: boolean) =>
    sql`with input as (
          select (v->>0)::int8 as j, v->>1 as k, (v->>2)::int8 as c from jsonb_array_elements(${json}::jsonb) v),
        created as (
          insert into episodes (workspace_id, customer_id, journey_id, key)
          select ${workspaceId}, c, j, k from input where ${withInsert}
          order by j, k, c
          on conflict (workspace_id, journey_id, key, customer_id) do nothing
          returning id, journey_id as j, key as k, customer_id as c)
        select json_agg(r) as rows from (
          select id, j, k, c from created
          union all
          select e.id, e.journey_id, e.key, e.customer_id from input i cross join lateral (
            select id, journey_id, key, customer_id from episodes e where e.workspace_id = ${workspaceId}
              and e.journey_id = i.j and e.key = i.k and e.customer_id = i.c limit 1) e) r`;
  const found = new Map<string, number>();
  // Rows come back aggregated into one JSON value: one field parses far faster than thousands of rows.
  const collect = (result: Array<{ rows: TRow[] | string | null }>) => {
    const value = result[0]?.rows ?? [];
    const rows = typeof value === 'string' ? (JSON.parse(value) as TRow[]) : value;
    for (const r of rows) found.set(episodeRefKey(Number(r.j), r.k, Number(r.c)), Number(r.id));
  };
  collect(await queryRows<{ rows: TRow[] | string | null }>(tx, select(input, true)));
  if (found.size < unique.size) {
    // Created by a concurrent batch that committed after our statement began: read them now.
    const missing = [...unique.entries()].filter(([key]) => !found.has(key)).map(([, r]) => r);
    const json = JSON.stringify(missing.map((r) => [r.journeyId, r.key, r.customerId]));
    collect(await queryRows<{ rows: TRow[] | string | null }>(tx, select(json, false)));
  }
  return found;
}
