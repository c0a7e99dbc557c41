import { createHash } from 'node:crypto';
import { appendAudit } from '../access/audit.ts';
import { assertBatchSize, invalidItemErrors, rejectedUpsertReport } from '../ingest/report.ts';
import { ZCustomerStatusInput } from '../routes/customer-status/schema.ts';
import type { TCustomerStatusInput, TCustomerStatusReport } from '../routes/customer-status/schema.ts';
import type { TDatabase } from '../storage/database.ts';
import { upsertStatusEvents } from '../storage/customer-status-events.ts';
import { upsertCustomers } from '../storage/upsert-customers.ts';
import { lockWorkspaceShared } from '../storage/lock-workspace.ts';

type TItem = TCustomerStatusReport['items'][number];
type TValid = { index: number; event: TCustomerStatusInput; eventId: string; at: string };

/** The instant of a status time: a date is its start in UTC. */
export const statusInstantOf = (at: string): string =>
  new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00Z` : at).toISOString();

/**
 * The event id of an event sent without one: a hash of customer, status and instant, so the same event sent
 * again (by a file imported twice, or a retry) is found again.
 */
export function deriveStatusEventId(customer: string, status: string, at: string): string {
  const hash = createHash('sha256').update(`${customer}\u0000${status}\u0000${statusInstantOf(at)}`);
  return `status-${hash.digest('hex').slice(0, 32)}`;
}

/**
 * Stores a batch (<= LIMITS.maxBatchSize) of customer status events, all or nothing, with a per-item report
 * naming the field of each rejected item. Unknown customers are created. Idempotent by event id: an event
 * equal to the stored one is `unchanged`, one whose fields changed replaces it (`updated`); an event id
 * given twice in one batch is rejected (which one wins would be a guess). The audit entry is a data change
 * of the outcomes kind, so stored churn analyses are computed again after it.
 */
export async function ingestCustomerStatus(
  db: TDatabase,
  workspaceId: string,
  items: unknown[],
): Promise<TCustomerStatusReport> {
  assertBatchSize(items, 'status events', 'events');
  const rejected: TItem[] = [];
  const valid: TValid[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const parsed = ZCustomerStatusInput.safeParse(item);
    if (!parsed.success) {
      rejected.push({ index, status: 'rejected', errors: invalidItemErrors(parsed.error) });
      return;
    }
    const event = parsed.data;
    const eventId = event.eventId ?? deriveStatusEventId(event.customer, event.status, event.at);
    if (seen.has(eventId)) {
      const message = 'this event id is given to an earlier event of the batch';
      rejected.push({
        index,
        status: 'rejected',
        errors: [{ code: 'duplicate_event', message, path: ['eventId'] }],
      });
      return;
    }
    seen.add(eventId);
    valid.push({ index, event, eventId, at: statusInstantOf(event.at) });
  });
  if (rejected.length > 0) return rejectedUpsertReport(rejected);
  return db.orm.transaction(async (tx) => {
    await lockWorkspaceShared(tx, workspaceId);
    const customerIds = await upsertCustomers(
      tx,
      workspaceId,
      valid.map((v) => v.event.customer),
    );
    const written = await upsertStatusEvents(
      tx,
      workspaceId,
      valid.map(({ event, eventId, at }) => ({
        customerId: customerIds.get(event.customer) ?? 0,
        eventId,
        kind: event.status,
        at,
        reason: event.reason === undefined || event.reason === '' ? null : event.reason,
        contractEnd: event.contractEnd ?? null,
      })),
    );
    const report: TCustomerStatusReport = {
      ok: true,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      items: [],
    };
    for (const { index, eventId } of valid) {
      const status = written.get(eventId) ?? 'unchanged';
      report[status] += 1;
      report.items.push({ index, eventId, status });
    }
    await appendAudit(tx, {
      workspaceId,
      action: 'outcomes.ingest',
      entityType: 'customer_status_batch',
      summary: {
        received: valid.length,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
      },
    });
    return report;
  });
}
