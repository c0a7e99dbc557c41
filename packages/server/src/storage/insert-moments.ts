import type { TBreach } from '@mot/core';
import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** A moment row to insert, with its resolved ids and its breaches. */
export type TMomentRow = {
  customerId: number;
  episodeId: number;
  touchpointId: number;
  occurredAt: string;
  eventId: string;
  measures: Record<string, number>;
  rating: number | null;
  comment: string | null;
  employee: string | null;
  experience: number | null;
  experienceSource: string | null;
  attributes: Record<string, unknown> | null;
  /** The comment's sentiment scored at ingestion, null without a comment. */
  sentiment: {
    score: number;
    label: string;
    confidence: number;
    themes: Array<{ theme: string; score: number; mentions: number }>;
  } | null;
  breaches: readonly TBreach[];
};

/**
 * Inserts the moments and the breaches of the new ones in ONE statement, whatever the batch size: rows go
 * in as one JSON parameter; moments whose event id is already stored are skipped (ON CONFLICT DO NOTHING)
 * and their breaches with them. A moment is stored `breached` exactly when it comes with breaches (see the
 * column in schema.ts): both are written here, from the same list. Returns the event ids that were created.
 */
export async function insertMoments(
  tx: TOrm,
  workspaceId: string,
  rows: readonly TMomentRow[],
): Promise<Set<string>> {
  // Rows travel as ONE jsonb parameter of positional arrays: PostgreSQL parses it once and reads fields by
  // position, about three times cheaper than json_to_recordset (measured: bench/ingest).
  const moments = JSON.stringify(
    rows.map((r) => [
      r.customerId,
      r.episodeId,
      r.touchpointId,
      r.occurredAt,
      r.eventId,
      r.measures,
      r.rating,
      r.comment,
      r.employee,
      r.experience,
      r.experienceSource,
      r.attributes,
      r.sentiment?.score ?? null,
      r.sentiment?.label ?? null,
      r.sentiment?.confidence ?? null,
      r.sentiment?.themes ?? null,
      r.breaches.length > 0,
    ]),
  );
  const breaches: unknown[] = [];
  for (const r of rows) {
    for (const b of r.breaches) {
      breaches.push([r.eventId, b.kind, b.kind === 'measure' ? b.measure : null, b.value, b.floor]);
    }
  }
  const duplicates = await queryRows<{ ev: string }>(
    tx,
    sql`with input as (
          select (v->>0)::int8 as c, (v->>1)::int8 as e, (v->>2)::int8 as t, (v->>3)::timestamptz as o,
            v->>4 as ev, v->5 as m, (v->>6)::float8 as r, v->>7 as cm, v->>8 as em, (v->>9)::float8 as x,
            v->>10 as xs, nullif(v->11, 'null'::jsonb) as a, (v->>12)::float8 as sc, v->>13 as sl,
            (v->>14)::float8 as sf, nullif(v->15, 'null'::jsonb) as th, (v->>16)::boolean as br
          from jsonb_array_elements(${moments}::jsonb) v),
        created as (
          insert into moments (workspace_id, customer_id, episode_id, touchpoint_id, occurred_at, event_id,
            measures, rating, comment, employee, experience, experience_source, attributes, sentiment,
            sentiment_label, sentiment_confidence, themes, breached)
          select ${workspaceId}, c, e, t, o, ev, m, r, cm, em, x, xs, a, sc, sl, sf, th, br from input
          on conflict (workspace_id, event_id) do nothing
          returning id, customer_id, touchpoint_id, occurred_at, event_id),
        breach as (
          insert into breaches (workspace_id, customer_id, moment_id, touchpoint_id, kind, measure, value, floor,
            occurred_at)
          select ${workspaceId}, m.customer_id, m.id, m.touchpoint_id, b->>1, b->>2, (b->>3)::float8,
            (b->>4)::float8, m.occurred_at
          from jsonb_array_elements(${JSON.stringify(breaches)}::jsonb) b
          join created m on m.event_id = b->>0)
        select i.ev from input i where not exists (select 1 from created c where c.event_id = i.ev)`,
  );
  return new Set(duplicates.map((r) => r.ev));
}
