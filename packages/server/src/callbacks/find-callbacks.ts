import type { TCallbackScript } from '@mot/core';
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';

/** A callback as lists and the detail show it; `state` is `due` for a planned one whose time has come. */
export type TCallbackView = {
  id: number;
  caseId: number | null;
  customer: string;
  episode: string;
  journey: { key: string; name: string; names: Record<string, string> | null };
  touchpoint: { key: string; name: string; names: Record<string, string> | null };
  assignee: string | null;
  state: 'planned' | 'due' | 'done' | 'failed' | 'cancelled';
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string | null;
  reached: boolean | null;
  solved: boolean | null;
  satisfaction: number | null;
  note: string | null;
  createdAt: string;
  doneAt: string | null;
};

/**
 * Filters of the callback list. `onlyFor` narrows an agent to their own and unassigned callbacks,
 * `department` an owner to their department's touchpoints.
 */
export type TCallbackFilter = {
  mine?: string | undefined;
  state?: TCallbackView['state'] | undefined;
  caseId?: number | undefined;
  onlyFor?: string | undefined;
  /** An owner's department: only callbacks about its touchpoints. */
  department?: string | undefined;
  id?: number | undefined;
  limit: number;
  offset: number;
};

type TRow = {
  id: number | string;
  case_id: number | string | null;
  customer: string;
  episode: string;
  journey_key: string;
  journey_name: string;
  journey_names: Record<string, string> | null;
  tp_key: string;
  tp_name: string;
  tp_names: Record<string, string> | null;
  assignee_user_id: string | null;
  state: string;
  due: boolean;
  attempts: number;
  max_attempts: number;
  next_attempt_at: Date | string | null;
  reached: boolean | null;
  solved: boolean | null;
  satisfaction: number | null;
  note: string | null;
  created_at: Date | string;
  done_at: Date | string | null;
  script: TCallbackScript;
  total: number | string;
};

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

function conditionsOf(workspaceId: string, f: TCallbackFilter): SQL[] {
  const c = [sql`cb.workspace_id = ${workspaceId}`];
  if (f.id !== undefined) c.push(sql`cb.id = ${f.id}`);
  if (f.mine !== undefined) c.push(sql`cb.assignee_user_id = ${f.mine}`);
  if (f.onlyFor !== undefined) {
    c.push(sql`(cb.assignee_user_id = ${f.onlyFor} or cb.assignee_user_id is null)`);
  }
  if (f.caseId !== undefined) c.push(sql`cb.case_id = ${f.caseId}`);
  if (f.department !== undefined) c.push(sql`t.owner = ${f.department}`);
  if (f.state === 'due') c.push(sql`cb.state = 'planned' and cb.next_attempt_at <= now()`);
  else if (f.state === 'planned') c.push(sql`cb.state = 'planned' and cb.next_attempt_at > now()`);
  else if (f.state !== undefined) c.push(sql`cb.state = ${f.state}`);
  return c;
}

/**
 * Callbacks of a workspace, planned ones by their next attempt (the due first), then the finished ones
 * newest first; with the total for paging and each one's script.
 */
export async function findCallbacks(
  orm: TOrm,
  workspaceId: string,
  filter: TCallbackFilter,
): Promise<{ total: number; callbacks: Array<TCallbackView & { script: TCallbackScript }> }> {
  const rows = await queryRows<TRow>(
    orm,
    sql`select cb.id, cb.case_id, c.external_id as customer, e.key as episode,
          j.key as journey_key, j.name as journey_name, j.names as journey_names,
          t.key as tp_key, t.name as tp_name, t.names as tp_names, cb.assignee_user_id, cb.state,
          (cb.state = 'planned' and cb.next_attempt_at <= now()) as due,
          cb.attempts, cb.max_attempts, cb.next_attempt_at, cb.reached, cb.solved, cb.satisfaction, cb.note,
          cb.created_at, cb.done_at, cb.script, count(*) over () as total
        from callbacks cb
        join customers c on c.workspace_id = cb.workspace_id and c.id = cb.customer_id
        join episodes e on e.workspace_id = cb.workspace_id and e.customer_id = cb.customer_id
          and e.id = cb.episode_id
        join journeys j on j.workspace_id = cb.workspace_id and j.id = cb.journey_id
        join touchpoints t on t.workspace_id = cb.workspace_id and t.id = cb.touchpoint_id
        where ${sql.join(conditionsOf(workspaceId, filter), sql` and `)}
        order by (cb.state = 'planned') desc, cb.next_attempt_at asc nulls last, cb.done_at desc nulls last,
          cb.id desc
        limit ${filter.limit} offset ${filter.offset}`,
  );
  return { total: Number(rows[0]?.total ?? 0), callbacks: rows.map(viewOf) };
}

function viewOf(r: TRow): TCallbackView & { script: TCallbackScript } {
  return {
    id: Number(r.id),
    caseId: r.case_id === null ? null : Number(r.case_id),
    customer: r.customer,
    episode: r.episode,
    journey: { key: r.journey_key, name: r.journey_name, names: r.journey_names },
    touchpoint: { key: r.tp_key, name: r.tp_name, names: r.tp_names },
    assignee: r.assignee_user_id,
    state: r.due ? 'due' : (r.state as TCallbackView['state']),
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    nextAttemptAt: iso(r.next_attempt_at),
    reached: r.reached,
    solved: r.solved,
    satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    note: r.note,
    createdAt: iso(r.created_at) as string,
    doneAt: iso(r.done_at),
    script: r.script,
  };
}

/** The attempts of a callback, in order. */
export async function findCallbackAttempts(
  orm: TOrm,
  workspaceId: string,
  callbackId: number,
): Promise<
  Array<{
    attempt: number;
    at: string;
    reached: boolean;
    solved: boolean | null;
    satisfaction: number | null;
    note: string | null;
    recordedBy: string | null;
  }>
> {
  const rows = await queryRows<{
    attempt: number;
    at: Date | string;
    reached: boolean;
    solved: boolean | null;
    satisfaction: number | null;
    note: string | null;
    recorded_by: string | null;
  }>(
    orm,
    sql`select attempt, at, reached, solved, satisfaction, note, recorded_by from callback_attempts
        where workspace_id = ${workspaceId} and callback_id = ${callbackId} order by attempt`,
  );
  return rows.map((r) => ({
    attempt: Number(r.attempt),
    at: iso(r.at) as string,
    reached: r.reached,
    solved: r.solved,
    satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
    note: r.note,
    recordedBy: r.recorded_by,
  }));
}

/** The summary of a callback's case shown beside it. */
export async function findCaseSummary(
  orm: TOrm,
  workspaceId: string,
  caseId: number,
): Promise<{ id: number; title: string; state: string; severity: string; resolution: string | null } | null> {
  const [row] = await queryRows<{
    id: number | string;
    title: string;
    state: string;
    severity: string;
    resolution: string | null;
  }>(
    orm,
    sql`select id, title, state, severity, resolution from cases
        where workspace_id = ${workspaceId} and id = ${caseId}`,
  );
  return row ? { ...row, id: Number(row.id) } : null;
}
