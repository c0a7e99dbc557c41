import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** One outcome row to write, its customer and episode already resolved to ids. */
export type TOutcomeRow = {
  customerId: number;
  episodeId: number;
  overall: number | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  churnIntent: number | null;
  churned: boolean | null;
  churnedAt: string | null;
  surveyedAt: string | null;
  eventId: string | null;
};

/**
 * Inserts or updates the outcome of each episode in one statement (at most one row per episode); returns
 * `created` or `updated` by `customerId:episodeId`. A row equal to the stored one is not touched and is
 * absent from the answer (unchanged). `xmax = 0` tells a fresh insert from an update (PostgreSQL's
 * documented system column: a new tuple has no deleting transaction).
 */
export async function upsertOutcomes(
  tx: TOrm,
  workspaceId: string,
  rows: readonly TOutcomeRow[],
): Promise<Map<string, 'created' | 'updated'>> {
  // Sorted by key, so that concurrent batches take the row locks in the same order.
  const sorted = [...rows].sort((a, b) => a.customerId - b.customerId || a.episodeId - b.episodeId);
  const input = JSON.stringify(sorted);
  const result = await queryRows<{ c: number | string; e: number | string; created: boolean }>(
    tx,
    sql`insert into episode_outcomes as o (workspace_id, customer_id, episode_id, overall, nps, csat, ces,
          churn_intent, churned, churned_at, surveyed_at, event_id)
        select ${workspaceId}, r."customerId", r."episodeId", r.overall, r.nps, r.csat, r.ces,
          r."churnIntent", r.churned, r."churnedAt", r."surveyedAt", r."eventId"
        from jsonb_to_recordset(${input}::jsonb) as r("customerId" int8, "episodeId" int8,
          overall float8, nps float8, csat float8, ces float8, "churnIntent" float8, churned boolean,
          "churnedAt" timestamptz, "surveyedAt" timestamptz, "eventId" text)
        on conflict (workspace_id, customer_id, episode_id) do update set
          overall = excluded.overall, nps = excluded.nps, csat = excluded.csat, ces = excluded.ces,
          churn_intent = excluded.churn_intent, churned = excluded.churned,
          churned_at = excluded.churned_at, surveyed_at = excluded.surveyed_at, event_id = excluded.event_id,
          updated_at = now()
        where (o.overall, o.nps, o.csat, o.ces, o.churn_intent, o.churned, o.churned_at, o.surveyed_at,
          o.event_id)
          is distinct from (excluded.overall, excluded.nps, excluded.csat, excluded.ces,
          excluded.churn_intent, excluded.churned, excluded.churned_at, excluded.surveyed_at,
          excluded.event_id)
        returning customer_id as c, episode_id as e, (xmax = 0) as created`,
  );
  return new Map(result.map((r) => [`${r.c}:${r.e}`, r.created ? 'created' : 'updated']));
}
