import type { TSeverity } from '@mot/core';
import { sql } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { invalidInput, notFound } from '../errors.ts';
import { cases } from '../storage/cases-schema.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { appendCaseEvent } from './append-case-event.ts';
import type { TCaseWorker } from './case-actions.ts';
import { findOpenCase } from './case-actions.ts';
import { afterCasesOpened } from './loop-hooks.ts';
import { lockCase } from './transition-case.ts';
import { notifyCasesCreated } from './notify.ts';

/** A case opened by a person: whose, at which touchpoint, how severe, and why. */
export type TOpenCaseInput = {
  customer: string;
  journey: string;
  touchpoint: string;
  /**
   * The episode's key; default the customer's latest episode of the journey that passed the touchpoint (else
   * their latest of the journey).
   */
  episode?: string | undefined;
  severity: TSeverity;
  title: string;
  note?: string | undefined;
};

/**
 * Opens a case by hand (a customer at risk of leaving, a complaint taken by phone), as an alert would: one
 * open case per customer and episode (with one open, the report joins it, logged with its note), the
 * touchpoint's department as its
 * owner (an owner of a department opens cases of that department only), its SLA started and `case.created`
 * notified in the same transaction. The log's `opened` entry names the person and carries the note.
 */
export async function openCaseByHand(
  db: TDatabase,
  workspaceId: string,
  worker: TCaseWorker,
  input: TOpenCaseInput,
): Promise<{ id: number; opened: boolean }> {
  return db.orm.transaction(async (tx) => {
    const [found] = await queryRows<{
      customer_id: string | number | null;
      journey_id: string | number | null;
      touchpoint_id: string | number | null;
      owner: string | null;
      touchpoint_name: string | null;
    }>(
      tx,
      sql`select c.id as customer_id, j.id as journey_id, t.id as touchpoint_id, t.owner, t.name as touchpoint_name
          from (select 1) one
          left join customers c on c.workspace_id = ${workspaceId} and c.external_id = ${input.customer}
          left join journeys j on j.workspace_id = ${workspaceId} and j.key = ${input.journey}
          left join touchpoints t on t.workspace_id = ${workspaceId} and t.journey_id = j.id
            and t.key = ${input.touchpoint}`,
    );
    if (found?.customer_id == null) throw notFound(`customer "${input.customer}"`, ['customer']);
    if (found.journey_id == null)
      throw invalidInput(`no journey "${input.journey}" in this workspace`, ['journey']);
    if (found.touchpoint_id == null) {
      throw invalidInput(`journey "${input.journey}" has no touchpoint "${input.touchpoint}"`, [
        'touchpoint',
      ]);
    }
    if (worker.department !== null && found.owner !== worker.department) {
      throw invalidInput(
        `the touchpoint belongs to ${found.owner ?? 'no department'}; you open cases of ${worker.department}`,
        ['touchpoint'],
      );
    }
    const customerId = Number(found.customer_id);
    const journeyId = Number(found.journey_id);
    const touchpointId = Number(found.touchpoint_id);
    const [episode] = await queryRows<{ id: string | number }>(
      tx,
      input.episode !== undefined
        ? sql`select id from episodes where workspace_id = ${workspaceId} and customer_id = ${customerId}
                and key = ${input.episode}`
        : sql`select e.id from episodes e
              where e.workspace_id = ${workspaceId} and e.customer_id = ${customerId} and e.journey_id = ${journeyId}
              order by exists (select 1 from moments m where m.workspace_id = e.workspace_id
                                 and m.episode_id = e.id and m.touchpoint_id = ${touchpointId}) desc,
                       (select max(m.occurred_at) from moments m where m.workspace_id = e.workspace_id
                          and m.episode_id = e.id) desc nulls last, e.id desc
              limit 1`,
    );
    if (!episode) {
      throw input.episode !== undefined
        ? notFound(`episode "${input.episode}" of customer "${input.customer}"`, ['episode'])
        : invalidInput(`customer "${input.customer}" has no episode of journey "${input.journey}"`, [
            'journey',
          ]);
    }
    const episodeId = Number(episode.id);
    const [row] = await tx
      .insert(cases)
      .values({
        workspaceId,
        customerId,
        episodeId,
        journeyId,
        touchpointId,
        department: found.owner,
        severity: input.severity,
        title: input.title,
      })
      .onConflictDoNothing()
      .returning();
    const actor = currentActor();
    const data = {
      alertKind: 'manual',
      severity: input.severity,
      touchpoint: input.touchpoint,
      title: input.title,
    };
    if (!row) {
      // One open case per customer and episode: the person's report joins it, as a later alert would.
      const found = await findOpenCase(tx, workspaceId, customerId, episodeId);
      if (!found) throw new Error('no case inserted and none open: the unique index disagrees');
      // Locked, as every writer of a case's log locks its case: the log has no foreign key to it (0022).
      const open = await lockCase(tx, workspaceId, found.id);
      await appendCaseEvent(tx, {
        workspaceId,
        caseId: open.id,
        kind: 'alert',
        actor,
        note: input.note ?? null,
        data,
      });
      await appendAudit(tx, {
        workspaceId,
        action: 'case.join',
        entityType: 'case',
        entityId: String(open.id),
        summary: { customer: input.customer, journey: input.journey, touchpoint: input.touchpoint },
      });
      return { id: open.id, opened: false };
    }
    await appendCaseEvent(tx, {
      workspaceId,
      caseId: row.id,
      kind: 'opened',
      actor,
      note: input.note ?? null,
      data,
    });
    await appendAudit(tx, {
      workspaceId,
      action: 'case.open',
      entityType: 'case',
      entityId: String(row.id),
      summary: {
        customer: input.customer,
        journey: input.journey,
        touchpoint: input.touchpoint,
        severity: input.severity,
      },
    });
    await afterCasesOpened(tx, [row]);
    await notifyCasesCreated(tx, workspaceId, [row]);
    return { id: row.id, opened: true };
  });
}
