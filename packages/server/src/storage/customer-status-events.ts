import { sql } from 'drizzle-orm';
import { queryRows } from './database.ts';
import type { TOrm } from './database.ts';

/** One status event to write, its customer already resolved to an id; `at` an ISO instant. */
export type TStatusEventRow = {
  customerId: number;
  eventId: string;
  kind: string;
  at: string;
  reason: string | null;
  contractEnd: string | null;
};

/**
 * Inserts the events, or updates the stored event of the same event id when a field differs, in one
 * statement; returns `created` or `updated` by event id. An event equal to the stored one is not touched
 * and is absent from the answer (unchanged). `xmax = 0` tells a fresh insert from an update (PostgreSQL's
 * documented system column: a new tuple has no deleting transaction).
 */
export async function upsertStatusEvents(
  tx: TOrm,
  workspaceId: string,
  rows: readonly TStatusEventRow[],
): Promise<Map<string, 'created' | 'updated'>> {
  if (rows.length === 0) return new Map();
  // Sorted by event id, so that concurrent batches take the unique-index locks in the same order.
  const sorted = [...rows].sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  const result = await queryRows<{ event_id: string; created: boolean }>(
    tx,
    sql`insert into customer_status_events as s (workspace_id, customer_id, event_id, kind, at, reason,
          contract_end)
        select ${workspaceId}, r."customerId", r."eventId", r.kind, r.at, r.reason, r."contractEnd"
        from jsonb_to_recordset(${JSON.stringify(sorted)}::jsonb) as r("customerId" int8, "eventId" text,
          kind text, at timestamptz, reason text, "contractEnd" date)
        on conflict (workspace_id, event_id) do update set
          customer_id = excluded.customer_id, kind = excluded.kind, at = excluded.at,
          reason = excluded.reason, contract_end = excluded.contract_end, updated_at = now()
        where (s.customer_id, s.kind, s.at, s.reason, s.contract_end)
          is distinct from (excluded.customer_id, excluded.kind, excluded.at, excluded.reason,
          excluded.contract_end)
        returning event_id, (xmax = 0) as created`,
  );
  return new Map(result.map((r) => [r.event_id, r.created ? 'created' : 'updated']));
}

/** A stored status event as read. */
export type TStoredStatusEvent = {
  eventId: string;
  status: 'started' | 'renewed' | 'churned' | 'reactivated';
  at: string;
  reason: string | null;
  contractEnd: string | null;
};

/** A customer's status events, oldest first (ties by the order they were stored). */
export async function findStatusEvents(
  orm: TOrm,
  workspaceId: string,
  customerId: number,
): Promise<TStoredStatusEvent[]> {
  const rows = await queryRows<{
    event_id: string;
    kind: TStoredStatusEvent['status'];
    at: Date | string;
    reason: string | null;
    contract_end: string | null;
  }>(
    orm,
    sql`select event_id, kind, at, reason, to_char(contract_end, 'YYYY-MM-DD') as contract_end
        from customer_status_events where workspace_id = ${workspaceId} and customer_id = ${customerId}
        order by at, id`,
  );
  return rows.map((r) => ({
    eventId: r.event_id,
    status: r.kind,
    at: new Date(r.at).toISOString(),
    reason: r.reason,
    contractEnd: r.contract_end,
  }));
}

/** Where a history stands: churned when its latest churned/reactivated event is a churn; the last contract end. */
export function currentStatusOf(events: readonly TStoredStatusEvent[]): {
  current: 'active' | 'churned' | null;
  contractEnd: string | null;
} {
  if (events.length === 0) return { current: null, contractEnd: null };
  const turns = events.filter((e) => e.status === 'churned' || e.status === 'reactivated');
  const last = turns.at(-1);
  const contractEnd = events.findLast((e) => e.contractEnd !== null)?.contractEnd ?? null;
  return { current: last?.status === 'churned' ? 'churned' : 'active', contractEnd };
}
