/**
 * The invitation tallies: how many moments each rule passed over, per UTC day and reason, where the ledger
 * keeps no row (a moment whose rule's conditions did not hold decided nothing about an invitation).
 */
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** Filters of the tallies: a rule, and days from and to (both included, `YYYY-MM-DD`). */
export type TTallyQuery = { rule?: string | undefined; from?: string | undefined; to?: string | undefined };

/** One rule's count of one reason on one day. */
export type TTally = { rule: string; day: string; reason: string; count: number };

/** The tallies, newest day first, then by rule and reason. */
export async function findTallies(orm: TOrm, workspaceId: string, query: TTallyQuery): Promise<TTally[]> {
  const where: SQL[] = [sql`workspace_id = ${workspaceId}`];
  if (query.rule !== undefined) where.push(sql`rule_key = ${query.rule}`);
  if (query.from !== undefined) where.push(sql`day >= ${query.from}::date`);
  if (query.to !== undefined) where.push(sql`day <= ${query.to}::date`);
  const rows = await queryRows<{ rule_key: string; day: string; reason: string; count: number | string }>(
    orm,
    sql`select rule_key, day::text as day, reason, count from invitation_tallies
        where ${sql.join(where, sql` and `)}
        order by day desc, rule_key, reason`,
  );
  return rows.map((r) => ({ rule: r.rule_key, day: r.day, reason: r.reason, count: Number(r.count) }));
}
