import {
  SLA_TARGETS,
  addBusinessMinutes,
  businessMinutesBetween,
  meetsTarget,
  slaVerdict,
  targetMinutes,
} from '@mot/core';
import type { TCaseState, TSeverity, TSlaStatus, TSlaTarget } from '@mot/core';
import { and, eq, sql } from 'drizzle-orm';
import { enqueueJob, enqueueJobs } from '../jobs/enqueue.ts';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import { slaRecords } from '../storage/sla-schema.ts';
import { notifyOverdue } from './notify-sla.ts';
import { slaContext } from './policies.ts';

/** The job kind that checks a target at its deadline (and escalates when it is missed). */
export const SLA_CHECK_JOB = 'sla.check';

/** What the SLA reads of a case (a row of `cases`). */
export type TSlaCase = {
  workspaceId: string;
  id: number;
  journeyId: number;
  department: string | null;
  assigneeUserId: string | null;
  severity: TSeverity;
  state: TCaseState;
  title: string;
  openedAt: Date;
};

const STOPPING: readonly TCaseState[] = ['awaiting_callback', 'resolved', 'closed'];
const stops = (state: TCaseState) => STOPPING.includes(state);

/**
 * Queues the check of a target at its deadline. The key holds the deadline, so a deadline that moves
 * (the clock resumed) queues a new check, and queueing the same deadline again is a no-op.
 */
export async function enqueueSlaCheck(
  tx: TOrm,
  c: { workspaceId: string; id: number },
  target: TSlaTarget,
  dueAt: Date,
): Promise<void> {
  await enqueueJob(tx, slaCheckJob(c, target, dueAt));
}

/** The check of a target at its deadline, as a job. */
function slaCheckJob(c: { workspaceId: string; id: number }, target: TSlaTarget, dueAt: Date) {
  return {
    workspaceId: c.workspaceId,
    kind: SLA_CHECK_JOB,
    key: `${c.workspaceId}:${c.id}:${target}:${dueAt.toISOString()}`,
    runAt: dueAt,
    payload: { caseId: c.id, target },
  };
}

async function setCaseDue(tx: TOrm, c: TSlaCase, target: TSlaTarget, dueAt: Date | null): Promise<void> {
  const due = dueAt ? dueAt.toISOString() : null;
  if (target === 'first_response') {
    await tx.execute(
      sql`update cases set first_response_due_at = ${due}::timestamptz where workspace_id = ${c.workspaceId} and id = ${c.id}`,
    );
  } else {
    await tx.execute(
      sql`update cases set resolution_due_at = ${due}::timestamptz where workspace_id = ${c.workspaceId} and id = ${c.id}`,
    );
  }
}

/**
 * On a case's opening, in its transaction: picks the SLA policy (narrowed to its journey and department,
 * else the default; the defaults are created when the workspace has none), records both targets with
 * their deadlines (the policy's minutes and calendar kept on the record), writes the deadlines on the case
 * and queues their checks. Calling it again for the same case does nothing.
 */
export async function startCaseSla(tx: TOrm, c: TSlaCase): Promise<void> {
  await startCaseSlas(tx, [c]);
}

/**
 * `startCaseSla` for the cases one ingestion batch opened (one workspace), in three statements whatever their
 * number: the journeys' keys and the policies read by one, the records inserted and their deadlines written
 * on the cases by one, their checks queued by one.
 */
export async function startCaseSlas(tx: TOrm, cases: readonly TSlaCase[]): Promise<void> {
  const first = cases[0];
  if (!first) return;
  const workspaceId = first.workspaceId;
  const journeyIds = [...new Set(cases.map((c) => c.journeyId))];
  const { pick, journeyKeys } = await slaContext(tx, workspaceId, journeyIds);
  const planned: Array<{ c: TSlaCase; target: TSlaTarget; dueAt: Date }> = [];
  const values: unknown[] = [];
  for (const c of cases) {
    if (c.workspaceId !== workspaceId) throw new Error('startCaseSlas: one workspace per call');
    const policy = pick({ journey: journeyKeys.get(c.journeyId) ?? null, department: c.department });
    for (const target of SLA_TARGETS) {
      const minutes = targetMinutes(policy.targets, c.severity, target);
      const dueAt = addBusinessMinutes(c.openedAt, minutes, policy.calendar);
      planned.push({ c, target, dueAt });
      values.push([
        c.id,
        target,
        policy.id,
        minutes,
        policy.calendar,
        c.openedAt.toISOString(),
        dueAt.toISOString(),
      ]);
    }
  }
  // A record already there (the same case started twice) is left alone, and so are its case's deadlines: the
  // cases take the deadlines of the records this statement inserted.
  const inserted = await queryRows<{ case_id: string | number; target: TSlaTarget }>(
    tx,
    sql`with input as (
          select (v->>0)::int8 as case_id, v->>1 as target, (v->>2)::uuid as policy_id, (v->>3)::int as minutes,
            v->4 as calendar, (v->>5)::timestamptz as started_at, (v->>6)::timestamptz as due_at
          from jsonb_array_elements(${JSON.stringify(values)}::jsonb) v),
        started as (
          insert into sla_records (workspace_id, case_id, target, policy_id, minutes, calendar, started_at, due_at)
          select ${workspaceId}, case_id, target, policy_id, minutes, calendar, started_at, due_at
          from input order by case_id, target
          on conflict do nothing
          returning case_id, target, due_at),
        due as (
          select case_id, max(due_at) filter (where target = 'first_response') as first_response,
            max(due_at) filter (where target = 'resolution') as resolution
          from started group by case_id),
        written as (
          update cases set first_response_due_at = coalesce(due.first_response, cases.first_response_due_at),
            resolution_due_at = coalesce(due.resolution, cases.resolution_due_at)
          from due
          where cases.workspace_id = ${workspaceId} and cases.id = due.case_id)
        select case_id, target from started`,
  );
  const isNew = new Set(inserted.map((r) => `${Number(r.case_id)}:${r.target}`));
  const started = planned.filter((p) => isNew.has(`${p.c.id}:${p.target}`));
  await enqueueJobs(
    tx,
    started.map((p) => slaCheckJob(p.c, p.target, p.dueAt)),
  );
}

/** A case whose severity a more severe trigger raised. */
export type TRaisedCase = {
  workspaceId: string;
  id: number;
  journeyId: number;
  department: string | null;
  severity: TSeverity;
};

/**
 * After a more severe trigger joined open cases, in the same transaction: each target not yet met takes
 * the minutes of the new severity under the policy the case's journey and department pick today, counted
 * from when its clock started (plus any stopped time). A deadline only ever moves earlier: a raise never
 * gives an owner more time. The new deadline is written on the record and the case and its check queued;
 * a target whose clock is stopped keeps its minutes for when it resumes. A fixed number of statements
 * whatever the number of cases.
 */
export async function retargetCaseSlas(tx: TOrm, cases: readonly TRaisedCase[]): Promise<void> {
  const first = cases[0];
  if (!first) return;
  const workspaceId = first.workspaceId;
  const ids = JSON.stringify(cases.map((c) => c.id));
  const records = await tx
    .select()
    .from(slaRecords)
    .where(
      and(
        eq(slaRecords.workspaceId, workspaceId),
        sql`${slaRecords.caseId} in (select (jsonb_array_elements_text(${ids}::jsonb))::int8)`,
        sql`${slaRecords.metAt} is null`,
      ),
    )
    .for('update');
  if (records.length === 0) return;
  const { pick, journeyKeys: keyOf } = await slaContext(tx, workspaceId, [
    ...new Set(cases.map((c) => c.journeyId)),
  ]);
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const changed: Array<{
    caseId: number;
    target: TSlaTarget;
    minutes: number;
    dueAt: Date | null;
    paused: boolean;
  }> = [];
  for (const r of records) {
    const c = caseById.get(r.caseId);
    if (!c) continue;
    const policy = pick({ journey: keyOf.get(c.journeyId) ?? null, department: c.department });
    const minutes = targetMinutes(policy.targets, c.severity, r.target);
    if (minutes >= r.minutes) continue;
    const paused = r.pausedSince !== null;
    const dueAt = paused ? r.dueAt : addBusinessMinutes(r.startedAt, minutes + r.pausedMinutes, r.calendar);
    changed.push({ caseId: r.caseId, target: r.target, minutes, dueAt, paused });
  }
  if (changed.length === 0) return;
  const rows = JSON.stringify(
    changed.map((x) => [x.caseId, x.target, x.minutes, x.dueAt?.toISOString() ?? null]),
  );
  await tx.execute(
    sql`update sla_records r set minutes = (v.value->>2)::int, due_at = (v.value->>3)::timestamptz, updated_at = now()
        from jsonb_array_elements(${rows}::jsonb) v
        where r.workspace_id = ${workspaceId} and r.case_id = (v.value->>0)::int8 and r.target = v.value->>1`,
  );
  const running = changed.filter((x) => !x.paused && x.dueAt !== null);
  // One row per case (an UPDATE joined to two rows of one case would apply only one of them).
  const due = new Map<number, { first_response?: string; resolution?: string }>();
  for (const x of running) due.set(x.caseId, { ...due.get(x.caseId), [x.target]: x.dueAt?.toISOString() });
  const dueRows = JSON.stringify(
    [...due].map(([id, d]) => [id, d.first_response ?? null, d.resolution ?? null]),
  );
  await tx.execute(
    sql`update cases set
          first_response_due_at = coalesce((v.value->>1)::timestamptz, cases.first_response_due_at),
          resolution_due_at = coalesce((v.value->>2)::timestamptz, cases.resolution_due_at)
        from jsonb_array_elements(${dueRows}::jsonb) v
        where cases.workspace_id = ${workspaceId} and cases.id = (v.value->>0)::int8`,
  );
  await enqueueJobs(
    tx,
    running.map((x) => slaCheckJob({ workspaceId, id: x.caseId }, x.target, x.dueAt as Date)),
  );
}

/**
 * Follows a case's transition, in its transaction: leaving `new` meets the first response; entering a
 * clock-stopping state (awaiting callback, resolved, closed) meets the resolution and stops its clock;
 * leaving one (reopened) starts it again with the stopped working time added to the deadline, which moves
 * on the case and queues a new check. A target met late is missed (and notified as overdue); a miss
 * stays a miss.
 */
export async function onCaseTransition(
  tx: TOrm,
  c: TSlaCase,
  from: TCaseState,
  to: TCaseState,
  at: Date,
): Promise<void> {
  const records = await tx
    .select()
    .from(slaRecords)
    .where(and(eq(slaRecords.workspaceId, c.workspaceId), eq(slaRecords.caseId, c.id)))
    .for('update');
  for (const r of records) {
    const where = and(
      eq(slaRecords.workspaceId, c.workspaceId),
      eq(slaRecords.caseId, c.id),
      eq(slaRecords.target, r.target),
    );
    if (r.metAt === null && meetsTarget(r.target, from, to)) {
      const status: TSlaStatus = r.status === 'missed' ? 'missed' : r.dueAt ? slaVerdict(r.dueAt, at) : 'hit';
      await tx
        .update(slaRecords)
        .set({ status, metAt: at, pausedSince: stops(to) ? at : null, updatedAt: at })
        .where(where);
      if (status === 'missed' && r.status !== 'missed' && r.dueAt) {
        await notifyOverdue(tx, c, r.target, r.dueAt);
      }
    } else if (r.target === 'resolution' && stops(from) && !stops(to)) {
      const stoppedAt = r.pausedSince ?? r.metAt;
      const paused = r.pausedMinutes + (stoppedAt ? businessMinutesBetween(stoppedAt, at, r.calendar) : 0);
      const dueAt = addBusinessMinutes(r.startedAt, r.minutes + paused, r.calendar);
      const status: TSlaStatus = r.status === 'missed' ? 'missed' : 'active';
      await tx
        .update(slaRecords)
        .set({ status, metAt: null, pausedSince: null, pausedMinutes: paused, dueAt, updatedAt: at })
        .where(where);
      await setCaseDue(tx, c, r.target, dueAt);
      if (status === 'active') await enqueueSlaCheck(tx, c, r.target, dueAt);
    }
  }
}
