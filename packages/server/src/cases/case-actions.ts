import { can, isRole } from '@mot/core';
import type { TCaseState } from '@mot/core';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { findMember, listMembers } from '../access/memberships.ts';
import { MotError, invalidInput, notFound } from '../errors.ts';
import { cases } from '../storage/cases-schema.ts';
import type { TCaseRow } from '../storage/cases-schema.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { appendCaseEvent } from './append-case-event.ts';
import { lockCase, transitionCase } from './transition-case.ts';

/** Who works a case: the caller's user id (null for an API key) and, for a department's owner, the department. */
export type TCaseWorker = { userId: string | null; department: string | null };

/** Locks a case the worker may work: 404 for another workspace's, or another department's. */
async function lockWorkable(tx: TOrm, workspaceId: string, caseId: number, worker: TCaseWorker) {
  const row = await lockCase(tx, workspaceId, caseId);
  if (worker.department !== null && row.department !== worker.department) {
    throw notFound(`case ${caseId}`, ['params', 'id']);
  }
  return row;
}

async function audit(tx: TOrm, workspaceId: string, action: string, caseId: number | null, summary = {}) {
  const entityId = caseId === null ? null : String(caseId);
  await appendAudit(tx, { workspaceId, action, entityType: 'case', entityId, summary });
}

/** Moves a case by an action of its owner (acknowledge, start, close, reopen), audited. */
export async function actOnCase(
  db: TDatabase,
  workspaceId: string,
  caseId: number,
  worker: TCaseWorker,
  to: TCaseState,
  note?: string,
): Promise<TCaseRow> {
  return db.orm.transaction(async (tx) => {
    const row = await lockWorkable(tx, workspaceId, caseId, worker);
    const updated = await transitionCase(tx, { workspaceId, caseId, to, actor: currentActor(), note });
    await audit(tx, workspaceId, `case.${to}`, caseId, { from: row.state, to });
    return updated;
  });
}

/** Resolves a case: the resolution and its root cause recorded, the case awaits its callback. Audited. */
export async function resolveCase(
  db: TDatabase,
  workspaceId: string,
  caseId: number,
  worker: TCaseWorker,
  resolution: { text: string; rootCause: string | null },
): Promise<TCaseRow> {
  return db.orm.transaction(async (tx) => {
    const row = await lockWorkable(tx, workspaceId, caseId, worker);
    const updated = await transitionCase(tx, {
      workspaceId,
      caseId,
      to: 'awaiting_callback',
      actor: currentActor(),
      resolution,
    });
    await audit(tx, workspaceId, 'case.resolve', caseId, {
      from: row.state,
      rootCause: resolution.rootCause,
    });
    return updated;
  });
}

/**
 * Adds a note to a case's log. A note on a new case by its owner is the first response: the case becomes
 * acknowledged. Audited (without the note's text).
 */
export async function addCaseNote(
  db: TDatabase,
  workspaceId: string,
  caseId: number,
  worker: TCaseWorker,
  note: string,
): Promise<TCaseRow> {
  return db.orm.transaction(async (tx) => {
    const row = await lockWorkable(tx, workspaceId, caseId, worker);
    const actor = currentActor();
    await appendCaseEvent(tx, { workspaceId, caseId, kind: 'note', actor, note });
    const updated =
      row.state === 'new'
        ? await transitionCase(tx, { workspaceId, caseId, to: 'acknowledged', actor })
        : row;
    await audit(tx, workspaceId, 'case.note', caseId, { length: note.length });
    return updated;
  });
}

/** Someone cases can be assigned to. */
export type TAssignee = { userId: string; name: string; email: string; department: string | null };

/**
 * The members the worker may assign cases to: those whose role works cases (`cases:work`), not disabled;
 * for an owner of a department, the members of that department (the only ones its cases can go to).
 */
export async function listCaseAssignees(
  db: TDatabase,
  workspaceId: string,
  worker: TCaseWorker,
): Promise<TAssignee[]> {
  const members = await listMembers(db, workspaceId);
  return members
    .filter((m) => !m.disabled && can(m.role, 'cases:work'))
    .filter((m) => worker.department === null || m.department === worker.department)
    .map((m) => ({ userId: m.userId, name: m.name, email: m.email, department: m.department }));
}

/**
 * Assigns cases to a member who may work them (`cases:work`; an owner of a department only that
 * department's cases), or unassigns them (null), in one transaction: every case or none. Assigning a new
 * case to oneself is its first response (acknowledged). Audited once per call.
 */
export async function assignCases(
  db: TDatabase,
  workspaceId: string,
  caseIds: readonly number[],
  worker: TCaseWorker,
  assignee: string | null,
): Promise<TCaseRow[]> {
  return db.orm.transaction(async (tx) => {
    let assigneeDepartment: string | null = null;
    if (assignee !== null) {
      const member = await findMember(tx, workspaceId, assignee);
      if (!member || member.disabled)
        throw invalidInput(`"${assignee}" is not a member of this workspace`, ['assignee']);
      if (!isRole(member.role) || !can(member.role, 'cases:work')) {
        throw invalidInput(`the member's role "${member.role}" may not work cases`, ['assignee']);
      }
      assigneeDepartment = member.role === 'owner' ? member.department : null;
    }
    const ids = [...new Set(caseIds)].sort((a, b) => a - b);
    const updated: TCaseRow[] = [];
    const actor = currentActor();
    for (const caseId of ids) {
      const row = await lockWorkable(tx, workspaceId, caseId, worker);
      if (assigneeDepartment !== null && row.department !== assigneeDepartment) {
        throw invalidInput(
          `case ${caseId} belongs to ${row.department ?? 'no department'}, the assignee to ${assigneeDepartment}`,
          ['assignee'],
        );
      }
      if (row.state === 'closed')
        throw new MotError('invalid_transition', `case ${caseId} is closed`, ['ids']);
      const [assigned] = await tx
        .update(cases)
        .set({ assigneeUserId: assignee, updatedAt: new Date() })
        .where(and(eq(cases.workspaceId, workspaceId), eq(cases.id, caseId)))
        .returning();
      await appendCaseEvent(tx, {
        workspaceId,
        caseId,
        kind: 'assigned',
        actor,
        data: { from: row.assigneeUserId, to: assignee },
      });
      const self = assignee !== null && assignee === worker.userId;
      updated.push(
        self && row.state === 'new'
          ? await transitionCase(tx, { workspaceId, caseId, to: 'acknowledged', actor })
          : (assigned ?? row),
      );
    }
    await audit(tx, workspaceId, 'case.assign', ids.length === 1 ? (ids[0] ?? null) : null, {
      cases: ids,
      assignee,
    });
    return updated;
  });
}

/** The open cases of a customer and episode (at most one), for tests and callers that have the episode. */
export async function findOpenCase(
  orm: TOrm,
  workspaceId: string,
  customerId: number,
  episodeId: number,
): Promise<TCaseRow | undefined> {
  const [row] = await orm
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.workspaceId, workspaceId),
        eq(cases.customerId, customerId),
        eq(cases.episodeId, episodeId),
        ne(cases.state, 'closed'),
      ),
    );
  return row;
}

/** Cases by id in a workspace (for responses after a bulk change). */
export async function findCaseRows(
  orm: TOrm,
  workspaceId: string,
  ids: readonly number[],
): Promise<TCaseRow[]> {
  if (ids.length === 0) return [];
  return orm
    .select()
    .from(cases)
    .where(and(eq(cases.workspaceId, workspaceId), inArray(cases.id, [...ids])));
}
