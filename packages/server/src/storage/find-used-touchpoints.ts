import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/**
 * Which of these touchpoints have moments. Used only before deleting definitions, so a scan of moments
 * is acceptable there; ingestion never pays for an index on the touchpoint.
 */
export async function findUsedTouchpoints(orm: TOrm, workspaceId: string, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: number | string }>(
    orm,
    sql`select t.id from unnest(${sql.param(ids)}::int8[]) as t(id)
        where exists (select 1 from moments m where m.workspace_id = ${workspaceId} and m.touchpoint_id = t.id)`,
  );
  return rows.map((r) => Number(r.id));
}
