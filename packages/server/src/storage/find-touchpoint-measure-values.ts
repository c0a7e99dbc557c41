import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

type TRow = { measure: string; value: number | string };

/**
 * The measure values of a touchpoint's latest `limit` moments in [from, to), per measure key (the sample a
 * distribution is drawn from; the newest moments when there are more).
 */
export async function findTouchpointMeasureValues(
  orm: TOrm,
  workspaceId: string,
  touchpointId: number,
  period: { from: Date; to: Date; limit: number },
): Promise<Map<string, number[]>> {
  const rows = await queryRows<TRow>(
    orm,
    sql`select kv.key as measure, kv.value::text::float8 as value
        from (
          select m.measures from moments m
          where m.workspace_id = ${workspaceId} and m.touchpoint_id = ${touchpointId}
            and m.occurred_at >= ${period.from.toISOString()} and m.occurred_at < ${period.to.toISOString()}
          order by m.occurred_at desc
          limit ${period.limit}
        ) latest, jsonb_each(latest.measures) kv
        where jsonb_typeof(kv.value) = 'number'`,
  );
  const values = new Map<string, number[]>();
  for (const r of rows) {
    const list = values.get(r.measure) ?? [];
    list.push(Number(r.value));
    values.set(r.measure, list);
  }
  return values;
}
