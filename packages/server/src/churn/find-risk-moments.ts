import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** A breaching moment behind a customer's risk. */
export type TRiskMoment = {
  eventId: string;
  touchpoint: string;
  occurredAt: string;
  experience: number | null;
};

/** A listed customer and the touchpoints whose breaches raise their risk. */
export type TRiskAsk = { customer: string; touchpoints: readonly string[] };

/**
 * For each listed customer: their attributes, and their latest breaching moments (at most `perCustomer`)
 * at the touchpoints of the journey whose breaches raise their risk. One statement for the page.
 */
export async function findRiskMoments(
  orm: TOrm,
  workspaceId: string,
  journey: string,
  asks: readonly TRiskAsk[],
  perCustomer = 3,
): Promise<Map<string, { attributes: Record<string, unknown>; moments: TRiskMoment[] }>> {
  const found = new Map<string, { attributes: Record<string, unknown>; moments: TRiskMoment[] }>();
  if (asks.length === 0) return found;
  const pairs = JSON.stringify(asks.flatMap((a) => a.touchpoints.map((t) => ({ c: a.customer, t }))));
  const customers = await queryRows<{ external_id: string; attributes: Record<string, unknown> }>(
    orm,
    sql`select external_id, attributes from customers where workspace_id = ${workspaceId}
        and external_id in (select value from jsonb_array_elements_text(${JSON.stringify(asks.map((a) => a.customer))}::jsonb))`,
  );
  for (const c of customers) found.set(c.external_id, { attributes: c.attributes, moments: [] });
  const rows = await queryRows<{
    customer: string;
    event_id: string;
    touchpoint: string;
    occurred_at: Date | string;
    experience: number | null;
  }>(
    orm,
    sql`with ask as (
          select c.id as customer_id, c.external_id, t.id as touchpoint_id, t.key
          from jsonb_to_recordset(${pairs}::jsonb) as p(c text, t text)
          join customers c on c.workspace_id = ${workspaceId} and c.external_id = p.c
          join journeys j on j.workspace_id = ${workspaceId} and j.key = ${journey}
          join touchpoints t on t.workspace_id = ${workspaceId} and t.journey_id = j.id and t.key = p.t)
        select customer, event_id, touchpoint, occurred_at, experience from (
          select a.external_id as customer, m.event_id, a.key as touchpoint, m.occurred_at, m.experience,
            row_number() over (partition by a.customer_id order by m.occurred_at desc, m.id desc) as rn
          from ask a
          join moments m on m.workspace_id = ${workspaceId} and m.customer_id = a.customer_id
            and m.touchpoint_id = a.touchpoint_id
          where exists (select 1 from breaches b where b.workspace_id = m.workspace_id
            and b.customer_id = m.customer_id and b.moment_id = m.id)) x
        where rn <= ${perCustomer}
        order by customer, occurred_at desc`,
  );
  for (const r of rows) {
    found.get(r.customer)?.moments.push({
      eventId: r.event_id,
      touchpoint: r.touchpoint,
      occurredAt: new Date(r.occurred_at).toISOString(),
      experience: r.experience,
    });
  }
  return found;
}
