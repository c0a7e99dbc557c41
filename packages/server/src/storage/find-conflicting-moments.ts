import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';
import type { TMomentRow } from './insert-moments.ts';

/**
 * Of moments whose event id is already stored, those stored with other data, and which fields differ
 * (`customer`, `episode`, `touchpoint`, `occurredAt`, `measures`, `rating`, `comment`, `employee`,
 * `attributes`). Values are compared as stored: the same casts as `insertMoments`, jsonb compared by value,
 * so `{"a":1}` equals `{"a":1.0}` and an instant equals itself in any offset.
 */
export async function findConflictingMoments(
  tx: TOrm,
  workspaceId: string,
  rows: readonly TMomentRow[],
): Promise<Map<string, string[]>> {
  const input = JSON.stringify(
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
      r.attributes,
    ]),
  );
  const found = await queryRows<{ ev: string; fields: string[] | string }>(
    tx,
    sql`with input as (
          select (v->>0)::int8 as c, (v->>1)::int8 as e, (v->>2)::int8 as t, (v->>3)::timestamptz as o,
            v->>4 as ev, v->5 as m, (v->>6)::float8 as r, v->>7 as cm, v->>8 as em, nullif(v->9, 'null'::jsonb) as a
          from jsonb_array_elements(${input}::jsonb) v),
        compared as (
          select i.ev, array_remove(array[
              case when s.customer_id <> i.c then 'customer' end,
              case when s.customer_id = i.c and s.episode_id <> i.e then 'episode' end,
              case when s.touchpoint_id <> i.t then 'touchpoint' end,
              case when s.occurred_at <> i.o then 'occurredAt' end,
              case when s.measures <> i.m then 'measures' end,
              case when s.rating is distinct from i.r then 'rating' end,
              case when s.comment is distinct from i.cm then 'comment' end,
              case when s.employee is distinct from i.em then 'employee' end,
              case when s.attributes is distinct from i.a then 'attributes' end], null) as fields
          from input i join moments s on s.workspace_id = ${workspaceId} and s.event_id = i.ev)
        select ev, array_to_json(fields) as fields from compared where cardinality(fields) > 0`,
  );
  return new Map(
    found.map((f) => [f.ev, typeof f.fields === 'string' ? (JSON.parse(f.fields) as string[]) : f.fields]),
  );
}
