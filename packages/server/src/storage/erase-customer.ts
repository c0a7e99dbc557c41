import { sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { forgetDefinitions } from '../ingest/definitions.ts';
import { forgetIds } from '../ingest/id-cache.ts';
import { optOutDigest } from '../survey-answers/opt-out.ts';
import { queryRows } from './database.ts';
import type { TDatabase } from './database.ts';

/** What an erasure removed, table by table. */
export type TErasure = {
  moments: number;
  breaches: number;
  episodes: number;
  outcomes: number;
  customers: number;
  /** Survey links of the customer, with their partial answers. */
  surveyLinks: number;
  /** Answers given through those links. */
  surveyAnswers: number;
  /** The customer's rows of the invitation ledger (planned, sent, skipped: every decision about them). */
  invitations: number;
  /** What the channels' gateways and SMTP servers answered when their invitations were sent. */
  invitationDeliveries: number;
};

/**
 * Erases a customer (PIPL / GDPR): their callbacks, survey links and answers (their opt-out stays, reduced
 * to a digest of their id: see optOutDigest), their invitations' ledger rows and channel deliveries (a send
 * job still queued for one then finds nothing to send), status
 * events (churn and its reason), breaches, moments, episode outcomes (answers), episodes and the customer
 * row (their alerts and cases go with it by cascade), in one transaction with its audit entry; irreversible.
 * The audit entry keeps counts and the internal id, never the customer's own id or attributes. The workspace's definitions version is bumped,
 * under the lock ingestion shares, so that every server drops the ids it cached for this customer.
 * Undefined when nothing of the customer exists (a customer known only by survey links, with no moment,
 * is erased too).
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
    // Survey links, with their partial answers, and (by cascade) the answers given through them. A customer
    // may have links and answers and no moment yet (a link minted, never answered into a journey).
    const [survey] = await queryRows<{ links: number; answers: number }>(
      tx,
      sql`with answers as (delete from survey_answers where workspace_id = ${workspaceId}
            and customer = ${externalId} returning 1),
          links as (delete from survey_links where workspace_id = ${workspaceId}
            and customer = ${externalId} returning 1)
          select (select count(*)::int from links) as links, (select count(*)::int from answers) as answers`,
    );
    // An opt-out (退订) is the customer's own objection and is honoured forever: it stays, as the digest of
    // their id only (no link, no id in clear), which is what minting a link checks.
    const optedOut = await queryRows<{ n: number }>(
      tx,
      sql`update survey_opt_outs set customer = ${optOutDigest(workspaceId, externalId)}, link_id = null
          where workspace_id = ${workspaceId} and customer = ${externalId} returning 1 as n`,
    );
    // What the channels logged of the customer's invitations (masked address, the gateway's answer; every
    // delivery but a settings test names its invitation), then the ledger rows. Both need the customer's row:
    // an invitation is always of a known customer.
    const ofCustomer = customer ? sql`customer_id = ${customer.id}` : sql`false`;
    const [deliveries] = await queryRows<{ n: number }>(
      tx,
      sql`with gone as (delete from survey_channel_deliveries where workspace_id = ${workspaceId}
            and invitation_id in (select id from invitations where workspace_id = ${workspaceId} and ${ofCustomer})
            returning 1)
          select count(*)::int as n from gone`,
    );
    const [ledger] = await queryRows<{ n: number }>(
      tx,
      sql`with gone as (delete from invitations where workspace_id = ${workspaceId} and ${ofCustomer}
            returning 1)
          select count(*)::int as n from gone`,
    );
    const surveyCounts = {
      surveyLinks: survey?.links ?? 0,
      surveyAnswers: survey?.answers ?? 0,
      invitations: ledger?.n ?? 0,
      invitationDeliveries: deliveries?.n ?? 0,
    };
    if (!customer) {
      if (surveyCounts.surveyLinks === 0 && optedOut.length === 0) return undefined;
      const result: TErasure = {
        moments: 0,
        breaches: 0,
        episodes: 0,
        outcomes: 0,
        customers: 0,
        ...surveyCounts,
      };
      await appendAudit(tx, {
        workspaceId,
        action: 'customer.erase',
        entityType: 'customer',
        entityId: null,
        summary: { ...result, optOut: optedOut.length > 0 },
      });
      return result;
    }
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
      ...surveyCounts,
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
