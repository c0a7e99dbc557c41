import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TDatabase } from './database.ts';

/** How many moments a workspace holds. */
export async function countMoments(db: TDatabase, workspaceId: string): Promise<number> {
  const rows = await queryRows<{ n: number | string }>(
    db.orm,
    sql`select count(*) as n from moments where workspace_id = ${workspaceId}`,
  );
  return Number(rows[0]?.n ?? 0);
}
