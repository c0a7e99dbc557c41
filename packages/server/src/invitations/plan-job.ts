/**
 * The planning job: 'invitation.plan' plans a workspace's invitations, then enqueues its next turn a minute
 * later (one job per workspace and minute: the jobs table's key makes a second enqueue a no-op), as long as
 * the workspace has an enabled rule. Switching a rule on enqueues the current turn.
 */
import { sql } from 'drizzle-orm';
import { enqueueJob } from '../jobs/enqueue.ts';
import type { TJob } from '../jobs/types.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { planWorkspaceInvitations } from './plan-workspace.ts';

/** The job kind that plans a workspace's invitations. */
export const PLAN_JOB = 'invitation.plan';
/** Time between two planning turns. */
export const PLAN_EVERY_MS = 60_000;

/** Enqueues the planning turn of `at`'s minute (in the caller's transaction). */
export async function ensurePlanJob(tx: TOrm, workspaceId: string, at: Date): Promise<void> {
  const turn = Math.floor(at.getTime() / PLAN_EVERY_MS) * PLAN_EVERY_MS;
  await enqueueJob(tx, {
    workspaceId,
    kind: PLAN_JOB,
    key: `${workspaceId}:${new Date(turn).toISOString()}`,
    runAt: new Date(Math.max(turn, at.getTime())),
    payload: { workspaceId },
  });
}

/** Runs one planning turn and schedules the next while an enabled rule remains. */
export async function handlePlanJob(job: TJob, db: TDatabase): Promise<void> {
  const workspaceId = job.workspaceId;
  if (!workspaceId) return;
  await planWorkspaceInvitations(db, workspaceId);
  const [row] = await queryRows<{ enabled: boolean }>(
    db.orm,
    sql`select exists (select 1 from distribution_rules where workspace_id = ${workspaceId} and enabled) as enabled`,
  );
  if (!row?.enabled) return;
  await db.orm.transaction((tx) => ensurePlanJob(tx, workspaceId, new Date(Date.now() + PLAN_EVERY_MS)));
}
