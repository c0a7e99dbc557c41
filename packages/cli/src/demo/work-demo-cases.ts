import {
  actOnCase,
  enqueueSlaCheck,
  findCallbacks,
  findCaseDetail,
  findCases,
  recordCallbackAttempt,
  resolveCase,
} from '@mot/server';
import type { TCaseWorker, TDatabase } from '@mot/server';

/** How many of the demo's cases each step leaves where it is (shares of its cases, 150 at most). */
export type TDemoCaseWork = {
  /** Resolved and called back: solved, so closed. */
  closed: number;
  /** Resolved, called back, not solved: reopened. */
  reopened: number;
  /** Resolved, the customer never reached in three attempts: resolved, not confirmed. */
  unconfirmed: number;
  /** Resolved, the callback still to make (the agents' list). */
  awaitingCallback: number;
  /** Acknowledged or being worked. */
  working: number;
  /** Opened a while ago and never answered: their first response is overdue and escalates. */
  overdue: number;
};

/** What `workDemoCases` did, case counts by step. */
export type TDemoCaseReport = TDemoCaseWork & { cases: number };

const SHARES: TDemoCaseWork = {
  closed: 0.4,
  reopened: 0.06,
  unconfirmed: 0.04,
  awaitingCallback: 0.1,
  working: 0.12,
  overdue: 0.08,
};

/** How many cases the shares are taken of, at most. */
const WORKED_OF = 150;

const WORKER: TCaseWorker = { userId: null, department: null };

/** What an owner writes when resolving, by the touchpoint's department. */
const RESOLUTIONS = [
  '已致电客户致歉，安排工程师当天上门并减免当月月租。',
  '已升级至网络维护组处理线路故障，并回访确认网速恢复。',
  '已核实受理延误原因，调整坐席排班，并为客户开通专属回访通道。',
];

/**
 * How many of `total` cases each step leaves where it is: shares of at most 150 cases, enough for every
 * page and figure while the seeding stays quick (each step is a transaction of its own, as through the
 * API); the rest of a larger demo stays new.
 */
export function planDemoCaseWork(total: number): TDemoCaseWork {
  const base = Math.min(total, WORKED_OF);
  return Object.fromEntries(
    Object.entries(SHARES).map(([step, share]) => [step, Math.round(base * share)]),
  ) as TDemoCaseWork;
}

/**
 * Works part of the demo's cases as owners and agents would, through the functions the API calls, so every
 * page of the loop and the recovery figures have content: most cases acknowledged, worked, resolved with a
 * root cause and called back (solved: closed; not solved: reopened; never reached: resolved, not
 * confirmed), some left awaiting their callback or being worked, some new, and some opened hours earlier
 * whose first response is overdue, their SLA checks queued so the server escalates them when it runs.
 * Deterministic: cases are taken in id order.
 */
export async function workDemoCases(db: TDatabase, workspaceId: string): Promise<TDemoCaseReport> {
  const { cases } = await findCases(
    db.orm,
    workspaceId,
    {},
    { limit: 10_000, offset: 0, sort: 'opened_asc' },
  );
  const ids = cases.map((c) => c.id).sort((a, b) => a - b);
  const counts = planDemoCaseWork(ids.length);
  const take = (n: number) => ids.splice(0, n);
  const closed = take(counts.closed);
  const reopened = take(counts.reopened);
  const unconfirmed = take(counts.unconfirmed);
  const awaiting = take(counts.awaitingCallback);
  const working = take(counts.working);
  const overdue = take(counts.overdue);

  // The root-cause categories are the touchpoint's: read once per touchpoint, not once per case.
  const touchpointOf = new Map(cases.map((c) => [c.id, c.touchpoint.key]));
  const causesOf = new Map<string, string[]>();
  const rootCausesOf = async (id: number): Promise<string[]> => {
    const key = touchpointOf.get(id) ?? '';
    let causes = causesOf.get(key);
    if (!causes) {
      causes = (await findCaseDetail(db.orm, workspaceId, id))?.rootCauses.map((r) => r.key) ?? [];
      causesOf.set(key, causes);
    }
    return causes;
  };
  const resolve = async (id: number, i: number) => {
    await actOnCase(db, workspaceId, id, WORKER, 'acknowledged');
    if (i % 2 === 0) await actOnCase(db, workspaceId, id, WORKER, 'in_progress');
    const causes = await rootCausesOf(id);
    const rootCause = causes[i % Math.max(1, causes.length)] ?? null;
    await resolveCase(db, workspaceId, id, WORKER, {
      text: RESOLUTIONS[i % RESOLUTIONS.length] ?? '',
      rootCause,
    });
  };
  const callBack = async (id: number, outcome: 'solved' | 'not_solved' | 'not_reached', i: number) => {
    const { callbacks } = await findCallbacks(db.orm, workspaceId, { caseId: id, limit: 1, offset: 0 });
    const callback = callbacks[0];
    if (!callback) return;
    const recorder = { actor: { kind: 'system' as const, id: null, credentialId: null } };
    if (outcome === 'not_reached') {
      // Each attempt at the time the previous one planned the next, until the last one fails it.
      let at = new Date();
      for (let attempt = 0; attempt < callback.maxAttempts; attempt++) {
        const row = await recordCallbackAttempt(
          db,
          workspaceId,
          callback.id,
          { reached: false },
          recorder,
          at,
        );
        if (row.state !== 'planned' || !row.nextAttemptAt) break;
        at = row.nextAttemptAt;
      }
      return;
    }
    const solved = outcome === 'solved';
    await recordCallbackAttempt(
      db,
      workspaceId,
      callback.id,
      { reached: true, solved, satisfaction: solved ? (i % 4 === 0 ? 4 : 5) : 2 },
      recorder,
    );
  };

  for (const [i, id] of closed.entries()) {
    await resolve(id, i);
    await callBack(id, 'solved', i);
  }
  for (const [i, id] of reopened.entries()) {
    await resolve(id, i);
    await callBack(id, 'not_solved', i);
  }
  for (const [i, id] of unconfirmed.entries()) {
    await resolve(id, i);
    await callBack(id, 'not_reached', i);
  }
  for (const [i, id] of awaiting.entries()) await resolve(id, i);
  for (const [i, id] of working.entries()) {
    await actOnCase(db, workspaceId, id, WORKER, 'acknowledged');
    if (i % 2 === 0) await actOnCase(db, workspaceId, id, WORKER, 'in_progress');
  }
  // Opened 2 to 30 hours earlier and never answered: the deadlines move back with the opening, and the
  // checks are queued at them, so the running server escalates these cases as it would have.
  for (const [i, id] of overdue.entries()) {
    const hours = 2 + ((i * 7) % 29);
    await query(db, BACKDATE_CASE, [workspaceId, id, hours]);
    const records = await query<{ target: 'first_response' | 'resolution'; due_at: string | Date | null }>(
      db,
      BACKDATE_SLA,
      [workspaceId, id, hours],
    );
    await db.orm.transaction(async (tx) => {
      for (const r of records) {
        if (r.due_at) await enqueueSlaCheck(tx, { workspaceId, id }, r.target, new Date(r.due_at));
      }
    });
  }
  return { cases: cases.length, ...counts };
}

const BACKDATE_CASE = `update cases set opened_at = opened_at - make_interval(hours => $3),
    first_response_due_at = first_response_due_at - make_interval(hours => $3),
    resolution_due_at = resolution_due_at - make_interval(hours => $3)
  where workspace_id = $1 and id = $2`;

const BACKDATE_SLA = `update sla_records set started_at = started_at - make_interval(hours => $3),
    due_at = due_at - make_interval(hours => $3)
  where workspace_id = $1 and case_id = $2
  returning target, due_at`;

/** A statement with bound parameters on either driver (PGlite and node-postgres both answer `rows`). */
async function query<TRow>(db: TDatabase, text: string, params: unknown[]): Promise<TRow[]> {
  const result: { rows: unknown[] } =
    db.kind === 'pglite' ? await db.client.query(text, params) : await db.client.query(text, params);
  return result.rows as TRow[];
}
