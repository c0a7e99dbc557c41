import { SLA_TARGETS } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { TActor } from '../access/audit.ts';
import { appendCaseEvent } from '../cases/append-case-event.ts';
import { PermanentJobError } from '../jobs/types.ts';
import type { TJobHandler } from '../jobs/types.ts';
import { queryRows } from '../storage/database.ts';
import { departmentContacts, slaEscalations, slaRecords } from '../storage/sla-schema.ts';
import type { TSlaCase } from './case-sla.ts';
import { notifyEscalated, notifyOverdue } from './notify-sla.ts';

const SYSTEM: TActor = { kind: 'system', id: null, credentialId: null };

const ZCheckPayload = z.object({ caseId: z.number().int(), target: z.enum(SLA_TARGETS) });

type TCaseRead = {
  workspace_id: string;
  id: string | number;
  journey_id: string | number;
  department: string | null;
  assignee_user_id: string | null;
  severity: TSlaCase['severity'];
  state: TSlaCase['state'];
  title: string;
  opened_at: string | Date;
};

/**
 * The `sla.check` job, run at a target's deadline: when the applied target is still active and its deadline
 * (as stored now) has passed, marks it missed, escalates once (first response -> the department's team
 * lead, who is assigned when the case has no assignee; resolution -> the department head), appends the
 * `escalated` case event and notifies `case.escalated` and `case.overdue`. All of it is one transaction
 * and the escalation's primary key (case, target) admits one row, so a check retried after a crash or run
 * twice fires the escalation exactly once. A check whose deadline has moved, or whose target was met or
 * missed already, does nothing.
 */
export const handleSlaCheck: TJobHandler = async (job, db) => {
  const parsed = ZCheckPayload.safeParse(job.payload);
  if (!parsed.success || !job.workspaceId)
    throw new PermanentJobError('an sla.check job needs a case and a target');
  const workspaceId = job.workspaceId;
  const { caseId, target } = parsed.data;
  await db.orm.transaction(async (tx) => {
    const [record] = await tx
      .select()
      .from(slaRecords)
      .where(
        and(
          eq(slaRecords.workspaceId, workspaceId),
          eq(slaRecords.caseId, caseId),
          eq(slaRecords.target, target),
        ),
      )
      .for('update');
    if (!record || record.status !== 'active' || !record.dueAt) return;
    if (record.dueAt.getTime() > Date.now()) return;
    const [row] = await queryRows<TCaseRead>(
      tx,
      sql`select workspace_id, id, journey_id, department, assignee_user_id, severity, state, title, opened_at
          from cases where workspace_id = ${workspaceId} and id = ${caseId} for update`,
    );
    if (!row) return;
    const c: TSlaCase = {
      workspaceId,
      id: Number(row.id),
      journeyId: Number(row.journey_id),
      department: row.department,
      assigneeUserId: row.assignee_user_id,
      severity: row.severity,
      state: row.state,
      title: row.title,
      openedAt: new Date(row.opened_at),
    };
    await tx
      .update(slaRecords)
      .set({ status: 'missed', updatedAt: new Date() })
      .where(
        and(
          eq(slaRecords.workspaceId, workspaceId),
          eq(slaRecords.caseId, caseId),
          eq(slaRecords.target, target),
        ),
      );
    const level = target === 'first_response' ? 'team_lead' : 'department_head';
    const [contacts] = c.department
      ? await tx
          .select()
          .from(departmentContacts)
          .where(
            and(
              eq(departmentContacts.workspaceId, workspaceId),
              eq(departmentContacts.department, c.department),
            ),
          )
      : [];
    const userId = (level === 'team_lead' ? contacts?.teamLeadUserId : contacts?.headUserId) ?? null;
    const assigned = level === 'team_lead' && userId !== null && c.assigneeUserId === null;
    const fired = await tx
      .insert(slaEscalations)
      .values({ workspaceId, caseId, target, level, dueAt: record.dueAt, userId, assigned })
      .onConflictDoNothing()
      .returning({ caseId: slaEscalations.caseId });
    if (fired.length === 0) return;
    if (assigned) {
      await tx.execute(
        sql`update cases set assignee_user_id = ${userId}, updated_at = now() where workspace_id = ${workspaceId} and id = ${caseId}`,
      );
    }
    const [user] = userId
      ? await queryRows<{ name: string }>(tx, sql`select name from auth_users where id = ${userId}`)
      : [];
    await appendCaseEvent(tx, {
      workspaceId,
      caseId,
      kind: 'escalated',
      actor: SYSTEM,
      data: { target, level, userId, assigned, dueAt: record.dueAt.toISOString() },
    });
    await notifyEscalated(tx, c, {
      target,
      level,
      userId,
      userName: user?.name ?? null,
      assigned,
      dueAt: record.dueAt,
    });
    await notifyOverdue(tx, c, target, record.dueAt);
  });
};
