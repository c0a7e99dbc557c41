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
  breaches: readonly TBreach[];
};

/**
 * Inserts the moments and the breaches of the new ones in ONE statement, whatever the batch size: rows go
 * in as one JSON parameter; moments whose event id is already stored are skipped (ON CONFLICT DO NOTHING)
 * and their breaches with them. Returns the event ids that were created.
 */
export async function insertMoments(
  tx: TOrm,
  workspaceId: string,
  rows: readonly TMomentRow[],
): Promise<Set<string>> {
  const moments = JSON.stringify(
    rows.map((r) => ({
      c: r.customerId,
      e: r.episodeId,
      t: r.touchpointId,
      o: r.occurredAt,
      ev: r.eventId,
      m: r.measures,
      r: r.rating,
      cm: r.comment,
      em: r.employee,
      x: r.experience,
      xs: r.experienceSource,
      a: r.attributes,
    })),
  );
  const breaches = JSON.stringify(
    rows.flatMap((r) =>
      r.breaches.map((b) => ({
        ev: r.eventId,
        k: b.kind,
        ms: b.kind === 'measure' ? b.measure : null,
        v: b.value,
        f: b.floor,
      })),
    ),
  );
  const created = await queryRows<{ ev: string }>(
    tx,
    sql`with input as (
          select * from json_to_recordset(${moments}::json) as x(
            c int8, e int8, t int8, o timestamptz, ev text, m jsonb, r float8, cm text, em text,
            x float8, xs text, a jsonb)),
        created as (
          insert into moments (workspace_id, customer_id, episode_id, touchpoint_id, occurred_at, event_id,
            measures, rating, comment, employee, experience, experience_source, attributes)
          select ${workspaceId}, c, e, t, o, ev, m, r, cm, em, x, xs, a from input
          on conflict (workspace_id, event_id) do nothing
          returning id, customer_id, touchpoint_id, occurred_at, event_id),
        breach as (
          insert into breaches (workspace_id, customer_id, moment_id, touchpoint_id, kind, measure, value, floor,
            occurred_at)
          select ${workspaceId}, m.customer_id, m.id, m.touchpoint_id, b.k, b.ms, b.v, b.f, m.occurred_at
          from json_to_recordset(${breaches}::json) as b(ev text, k text, ms text, v float8, f float8)
          join created m on m.event_id = b.ev)
        select event_id as ev from created`,
  );
  return new Set(created.map((r) => r.ev));
}
