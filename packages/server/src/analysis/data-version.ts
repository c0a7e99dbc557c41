import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';

/**
 * The audit actions that change analysed data. Each is appended in the transaction of its write
 * (access/audit.ts), so an entry is visible exactly when its write is. The list is the predicate of the
 * partial index `audit_log_data_changes` (migration 0010): keep both equal.
 */
export const DATA_CHANGES = [
  'moments.ingest',
  'outcomes.ingest',
  'journey.change',
  'journey.delete',
  'moment.delete',
  'customer.erase',
] as const;

/**
 * A workspace's data version: how many data-changing audit entries it has and the largest of their ids.
 *
 * Why a count and not the largest id alone: ids are drawn when a transaction inserts, not when it commits,
 * so a batch holding id 100 can commit after one holding id 101; a reader that saw 101 and kept "everything
 * up to 101" would never notice 100. The audit log is append-only (a trigger forbids update, delete and
 * truncate), so the entries a later reader sees are a superset of those an earlier one saw, and an equal
 * count means the same set: the late commit of a lower id changes the count. The check is exact, and costs
 * an index-only count over the workspace's data changes (one entry per ingestion batch, not per moment);
 * nothing is written per batch, so ingestion gets no new hot row.
 */
export type TDataVersion = { count: number; maxId: number };

// The list is inlined (constants, never input) so that the planner can match the partial index.
const ACTIONS = DATA_CHANGES.map((a) => `'${a}'`).join(', ');

type TVersionRow = { n: number | string; max_id: number | string };

/** The workspace's data version as of now (its own statement). */
export async function readDataVersion(db: TDatabase, workspaceId: string): Promise<TDataVersion> {
  const [row] = await queryRows<TVersionRow>(
    db.orm,
    sql`select count(*)::int8 as n, coalesce(max(id), 0)::int8 as max_id from audit_log
      where workspace_id = ${workspaceId} and action in (${sql.raw(ACTIONS)})`,
  );
  return { count: Number(row?.n ?? 0), maxId: Number(row?.max_id ?? 0) };
}

/** Whether a result computed at `computed` is still current at `now`. */
export const isSameVersion = (computed: TDataVersion, now: TDataVersion): boolean =>
  computed.count === now.count && computed.maxId === now.maxId;
