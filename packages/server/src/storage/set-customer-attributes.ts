/**
 * `POST /api/customers`: the company's systems set customers' own attributes (segment, language, contact
 * addresses), all or nothing, with a per-item report naming the field of each rejected item. Unknown
 * customers are created. Each change is merged into what is stored by core's rule
 * (mergeCustomerAttributes): set names added or replaced, removed names dropped, the rest kept. The rows are
 * locked while merged, so two batches for one customer do not lose each other's attributes. The audit entry
 * is a data change (segment analyses read these attributes), without the values.
 */
import { mergeCustomerAttributes, ZCustomerAttributesInput } from '@mot/core';
import type { TAttributes, TCustomerAttributesChange } from '@mot/core';
import { sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { assertBatchSize, invalidItemErrors, rejectedUpsertReport } from '../ingest/report.ts';
import type { TItemError } from '../ingest/report.ts';
import { queryRows } from './database.ts';
import type { TDatabase } from './database.ts';
import { upsertCustomers } from './upsert-customers.ts';
import { lockWorkspaceShared } from './lock-workspace.ts';

type TStatus = 'created' | 'updated' | 'unchanged' | 'rejected';
type TItem = { index: number; status: TStatus; errors?: TItemError[] };

/** What happened to each customer of a batch (the shape of the other upserting batches' reports). */
export type TCustomerAttributesReport = {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  items: TItem[];
};

type TRow = {
  id: number | string;
  external_id: string;
  attributes: TAttributes | string | null;
  created: boolean;
};

const sameAttributes = (a: TAttributes, b: TAttributes): boolean => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
};

/** Sets the attributes of a batch (<= LIMITS.maxBatchSize) of customers; see the module comment. */
export async function setCustomerAttributes(
  db: TDatabase,
  workspaceId: string,
  items: unknown[],
): Promise<TCustomerAttributesReport> {
  assertBatchSize(items, 'customers', 'customers');
  const rejected: TItem[] = [];
  const valid: { index: number; change: TCustomerAttributesChange }[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const parsed = ZCustomerAttributesInput.safeParse(item);
    if (!parsed.success) {
      rejected.push({ index, status: 'rejected', errors: invalidItemErrors(parsed.error) });
      return;
    }
    if (seen.has(parsed.data.customer)) {
      const message = 'this customer is changed by an earlier item of the batch';
      rejected.push({
        index,
        status: 'rejected',
        errors: [{ code: 'duplicate_customer', message, path: ['customer'] }],
      });
      return;
    }
    seen.add(parsed.data.customer);
    valid.push({ index, change: parsed.data });
  });
  if (rejected.length > 0) return rejectedUpsertReport(rejected);
  try {
    return await write(db, workspaceId, valid);
  } catch (error) {
    if (error instanceof RejectedBatch) return rejectedUpsertReport(error.items);
    throw error;
  }
}

/** A batch refused inside its transaction, so that the transaction rolls back. */
class RejectedBatch extends Error {
  constructor(readonly items: TItem[]) {
    super('rejected batch');
  }
}

async function write(
  db: TDatabase,
  workspaceId: string,
  valid: { index: number; change: TCustomerAttributesChange }[],
): Promise<TCustomerAttributesReport> {
  const rejected: TItem[] = [];
  return db.orm.transaction(async (tx) => {
    await lockWorkspaceShared(tx, workspaceId);
    const ids = await upsertCustomers(
      tx,
      workspaceId,
      valid.map((v) => v.change.customer),
    );
    // created_at defaults to the transaction's start: equal to now() only for rows this transaction made.
    const rows = await queryRows<TRow>(
      tx,
      sql`select id, external_id, attributes, created_at = now() as created from customers
          where workspace_id = ${workspaceId} and id = any(${`{${[...ids.values()].join(',')}}`}::int8[])
          order by id for update`,
    );
    const stored = new Map(rows.map((r) => [r.external_id, r]));
    const writes: { id: number; attributes: TAttributes }[] = [];
    const done: TItem[] = [];
    for (const { index, change } of valid) {
      const current = stored.get(change.customer);
      const before: TAttributes =
        typeof current?.attributes === 'string'
          ? (JSON.parse(current.attributes) as TAttributes)
          : (current?.attributes ?? {});
      const merged = mergeCustomerAttributes(before, change);
      if (!merged.ok) {
        rejected.push({
          index,
          status: 'rejected',
          errors: [{ code: 'out_of_range', message: merged.message, path: ['attributes'] }],
        });
        continue;
      }
      const changed = !sameAttributes(before, merged.attributes);
      if (changed) writes.push({ id: Number(current?.id), attributes: merged.attributes });
      done.push({ index, status: current?.created ? 'created' : changed ? 'updated' : 'unchanged' });
    }
    // Nothing is written when a merge is refused: the customers this transaction made go with it.
    if (rejected.length > 0) throw new RejectedBatch(rejected);
    if (writes.length > 0) {
      await tx.execute(
        sql`update customers c set attributes = v.attributes
            from jsonb_to_recordset(${JSON.stringify(writes)}::jsonb) as v(id int8, attributes jsonb)
            where c.workspace_id = ${workspaceId} and c.id = v.id`,
      );
    }
    const report: TCustomerAttributesReport = {
      ok: true,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      items: done,
    };
    for (const item of done) if (item.status !== 'rejected') report[item.status] += 1;
    await appendAudit(tx, {
      workspaceId,
      action: 'outcomes.ingest',
      entityType: 'customer_attributes_batch',
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
