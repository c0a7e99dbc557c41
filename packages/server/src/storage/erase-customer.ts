import { sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { forgetDefinitions } from '../ingest/definitions.ts';
import { forgetIds } from '../ingest/id-cache.ts';
import { queryRows } from './database.ts';
import type { TDatabase } from './database.ts';

/** What an erasure removed, table by table. */
export type TErasure = {
  moments: number;
  breaches: number;
  episodes: number;
  outcomes: number;
  customers: number;
};

/**
 * Erases a customer (PIPL / GDPR): their callbacks, survey links and answers (their opt-out stays), status
 * events (churn and its reason), breaches, moments, episode outcomes (answers), episodes and the customer
 * row (their alerts and cases go with it by cascade), in one transaction with its audit entry; irreversible.
 * The audit entry keeps counts and the internal id, never the customer's own id or attributes. The workspace's definitions version is bumped,
 * under the lock ingestion shares, so that every server drops the ids it cached for this customer.
 * Undefined when the customer does not exist.
 */
export async function eraseCustomer(
  db: TDatabase,
  workspaceId: string,
  externalId: string,
): Promise<TErasure | undefined> {
  const erased = await db.orm.transaction(async (tx) => {
    await tx.execute(
      sql`update workspaces set definitions_version = definitions_version + 1 where id = ${workspaceId}`,
    );
    const [customer] = await queryRows<{ id: number }>(
      tx,
      sql`select id from customers where workspace_id = ${workspaceId} and external_id = ${externalId}`,
    );
    if (!customer) return undefined;
    const scope = sql`workspace_id = ${workspaceId} and customer_id = ${customer.id}`;
    const count = async (statement: ReturnType<typeof sql>) =>
      (
        await queryRows<{ n: number }>(
          tx,
          sql`with gone as (${statement} returning 1) select count(*)::int as n from gone`,
        )
      )[0]?.n ?? 0;
    // Callbacks (and, by cascade, their attempts) hold the customer's answers and the agent's notes.
    await tx.execute(sql`delete from callbacks where ${scope}`);
    // Survey links, with their partial answers, and (by cascade) the answers given through them. An opt-out
    // (退订) stays: it is the customer's own objection, honoured forever.
    await tx.execute(
      sql`delete from survey_links where workspace_id = ${workspaceId} and customer = ${externalId}`,
    );
    // Status events hold the reason a customer gave for leaving.
    const statusEvents = await count(sql`delete from customer_status_events where ${scope}`);
    const result: TErasure = {
      breaches: await count(sql`delete from breaches where ${scope}`),
      moments: await count(sql`delete from moments where ${scope}`),
      outcomes: await count(sql`delete from episode_outcomes where ${scope}`),
      episodes: await count(sql`delete from episodes where ${scope}`),
      customers: await count(
        sql`delete from customers where workspace_id = ${workspaceId} and id = ${customer.id}`,
      ),
    };
    await appendAudit(tx, {
      workspaceId,
      action: 'customer.erase',
      entityType: 'customer',
      entityId: String(customer.id),
      summary: { ...result, statusEvents },
    });
    return result;
  });
  forgetDefinitions(db, workspaceId);
  forgetIds(db, 'customers', workspaceId);
  forgetIds(db, 'episodes', workspaceId);
  return erased;
}

/**
 * Deletes one moment by the source's event id, with its breaches, audited; the episode stays (other moments
 * or an outcome may belong to it). Undefined when no moment has that event id.
 */
export async function deleteMoment(
  db: TDatabase,
  workspaceId: string,
  eventId: string,
): Promise<{ breaches: number } | undefined> {
  return db.orm.transaction(async (tx) => {
    const [moment] = await queryRows<{ id: number; customer_id: number }>(
      tx,
      sql`delete from moments where workspace_id = ${workspaceId} and event_id = ${eventId}
          returning id, customer_id`,
    );
    if (!moment) return undefined;
    const [gone] = await queryRows<{ n: number }>(
      tx,
      sql`with gone as (delete from breaches where workspace_id = ${workspaceId}
            and customer_id = ${moment.customer_id} and moment_id = ${moment.id} returning 1)
          select count(*)::int as n from gone`,
    );
    const breaches = gone?.n ?? 0;
    await appendAudit(tx, {
      workspaceId,
      action: 'moment.delete',
      entityType: 'moment',
      entityId: eventId,
      summary: { breaches },
    });
    return { breaches };
  });
}
