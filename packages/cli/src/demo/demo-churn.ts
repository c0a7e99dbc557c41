import { createHash } from 'node:crypto';
import { LIMITS } from '@mot/core';
import { ingestCustomerStatus, queryRows } from '@mot/server';
import type { TCustomerStatusInput, TDatabase } from '@mot/server';
import { sql } from 'drizzle-orm';

/** Reasons a churned demo customer gives, as a Chinese telecom's records word them. */
const REASONS = {
  /** Said by customers who hit a floor: the service failed them. */
  breached: ['报修多次仍未解决', '上门维修等待太久', '客服热线等待时间过长', '维修人员未按约定时间上门'],
  /** Said by the others. */
  clean: ['搬家离开服务区域', '价格原因，转用其他运营商', '合并到家庭套餐', '不再需要宽带'],
};

/** A stable pick from a list by the hash of a key, so re-seeding writes the same events. */
const pick = <T>(list: readonly T[], key: string): T =>
  list[createHash('sha256').update(key).digest().readUInt32BE(0) % list.length] as T;

type TRow = {
  customer: string;
  first_at: Date | string;
  churned_at: Date | string | null;
  breaches: number | string;
};

/**
 * The demo's customer status events, derived from the simulated churn: every demo customer `started` a
 * one-year contract at their first moment (its end date the contract end), and those whose episode outcome
 * says they churned have a `churned` event at that instant with a reason (service reasons for customers who
 * hit a floor, others for the rest). The simulator plants churn after breaches, so the churn page finds a
 * real breach effect. Event ids are derived from the customer, so seeding again changes nothing. Returns the
 * events stored.
 */
export async function seedDemoChurn(db: TDatabase, workspaceId: string): Promise<number> {
  const rows = await queryRows<TRow>(
    db.orm,
    sql`select c.external_id as customer, m.first_at, o.churned_at,
          (select count(*) from breaches b where b.workspace_id = c.workspace_id and b.customer_id = c.id)
            as breaches
        from customers c
        join (select customer_id, min(occurred_at) as first_at from moments where workspace_id = ${workspaceId}
              group by customer_id) m on m.customer_id = c.id
        left join (select customer_id, min(churned_at) as churned_at from episode_outcomes
                   where workspace_id = ${workspaceId} and churned group by customer_id) o on o.customer_id = c.id
        where c.workspace_id = ${workspaceId}
        order by c.id`,
  );
  const events: TCustomerStatusInput[] = [];
  for (const r of rows) {
    const start = new Date(r.first_at);
    const end = new Date(start.getTime());
    end.setUTCFullYear(end.getUTCFullYear() + 1);
    events.push({
      customer: r.customer,
      status: 'started',
      at: start.toISOString(),
      contractEnd: end.toISOString().slice(0, 10),
      eventId: `demo-start-${r.customer}`,
    });
    if (r.churned_at !== null) {
      const reasons = Number(r.breaches) > 0 ? REASONS.breached : REASONS.clean;
      events.push({
        customer: r.customer,
        status: 'churned',
        at: new Date(r.churned_at).toISOString(),
        reason: pick(reasons, r.customer),
        eventId: `demo-churn-${r.customer}`,
      });
    }
  }
  let stored = 0;
  for (let i = 0; i < events.length; i += LIMITS.maxBatchSize) {
    const report = await ingestCustomerStatus(db, workspaceId, events.slice(i, i + LIMITS.maxBatchSize));
    if (!report.ok) throw new Error(`demo status events were refused: ${JSON.stringify(report.items[0])}`);
    stored += report.created + report.updated;
  }
  return stored;
}
