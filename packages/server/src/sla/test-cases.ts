import type { TSeverity } from '@mot/core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TSlaCase } from './case-sla.ts';

/**
 * Opens a case straight in storage for SLA tests (a customer of its own, the workspace's first journey),
 * without the SLA: the test starts it.
 */
export async function insertTestCase(
  db: TDatabase,
  workspaceId: string,
  c: { openedAt: Date; severity?: TSeverity; department?: string | null },
): Promise<TSlaCase> {
  const [customer] = await queryRows<{ id: string }>(
    db.orm,
    sql`insert into customers (workspace_id, external_id) values (${workspaceId}, ${`c-${Math.random()}`}) returning id`,
  );
  const [journey] = await queryRows<{ id: string; touchpoint: string }>(
    db.orm,
    sql`select j.id, (select min(t.id) from touchpoints t where t.workspace_id = j.workspace_id and t.journey_id = j.id) as touchpoint
        from journeys j where j.workspace_id = ${workspaceId} order by j.id limit 1`,
  );
  const severity = c.severity ?? 'high';
  const department = c.department === undefined ? 'Call centre' : c.department;
  const [row] = await queryRows<{ id: string }>(
    db.orm,
    sql`insert into cases (workspace_id, customer_id, episode_id, journey_id, touchpoint_id, department, severity, title, opened_at)
        values (${workspaceId}, ${customer?.id}, 1, ${journey?.id}, ${journey?.touchpoint}, ${department}, ${severity}, 'Waited too long',
                ${c.openedAt.toISOString()}::timestamptz)
        returning id`,
  );
  return {
    workspaceId,
    id: Number(row?.id),
    journeyId: Number(journey?.id),
    department,
    assigneeUserId: null,
    severity,
    state: 'new',
    title: 'Waited too long',
    openedAt: c.openedAt,
  };
}
