/**
 * Plans a workspace's invitations: reads the triggers that arrived since the planner's watermark (moments
 * by arrival, closed cases, ended episodes, schedule turns), in batches, and records a decision for every
 * one (record-decisions.ts). Each batch is one transaction that first takes the workspace's planning lock
 * (a transaction-level advisory lock), so two servers planning at once take turns batch by batch; the
 * watermark moves in the batch's transaction, so a server that dies mid-way loses nothing and the next run
 * goes on from the last committed batch; the ledger's unique key is the final guard against doing a
 * trigger twice. Every run reads again a few minutes before the watermark, for moments whose transaction
 * committed after a later one's (their `created_at` is their transaction's start). A moment a rule's
 * conditions pass over is tallied (invitation_tallies) when it is first read past the watermark, and not
 * written to the ledger.
 */
import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { lockWorkspaceShared } from '../storage/lock-workspace.ts';
import { planningSettingsOf } from './fatigue-budget.ts';
import type { TPlanningSettings } from './fatigue-budget.ts';
import { addCounts, recordDecisions } from './record-decisions.ts';
import type { TBatchCandidate, TDecisionCounts } from './record-decisions.ts';
import { listRules } from './rules-store.ts';
import type { TStoredRule } from './rules-store.ts';
import {
  candidateOf,
  closedCasesSql,
  endedEpisodesSql,
  scheduleTurn,
  scheduleTurnSql,
} from './trigger-sql.ts';
import type { TTriggerRow } from './trigger-sql.ts';

/** How far before the watermark each run reads again (longer than an ingestion transaction lasts). */
export const PLANNER_OVERLAP_MS = 10 * 60_000;

/** How a planning run goes. */
export type TPlanRunOptions = {
  now?: Date;
  /** Triggers per batch (one transaction each). Default 5000. */
  batchSize?: number;
  /** Called after each committed batch; a test throws here to stop a run mid-way as a crash would. */
  afterBatch?: (batch: number) => void | Promise<void>;
};

/** What a run did. */
export type TPlanRunReport = TDecisionCounts & { batches: number; triggers: number };

type TState = {
  moments_at: string | null;
  moments_id: number | string | null;
  cases_at: string | null;
  episodes_at: string | null;
  schedules: Record<string, string>;
};

/**
 * Takes the workspace's planning lock (an advisory lock keyed by a 64-bit hash of its id), then the shared
 * lock on the workspace row that ingestion takes, and reads where planning stopped. The ledger has no
 * foreign key to its customers (a check and a row lock on the customer per decision): an erasure locks the
 * workspace row before it deletes the customer's ledger rows and moments, so it waits for a batch that read
 * the customer's triggers and deletes what it wrote, and a batch that starts after it finds no trigger of
 * that customer to decide.
 */
async function lockWorkspace(tx: TOrm, workspaceId: string): Promise<TState> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`mot.invitations:${workspaceId}`}, 0))`,
  );
  await lockWorkspaceShared(tx, workspaceId);
  await tx.execute(
    sql`insert into invitation_planner_state (workspace_id) values (${workspaceId}) on conflict do nothing`,
  );
  const [state] = await queryRows<TState>(
    tx,
    sql`select moments_at::text, moments_id, cases_at::text, episodes_at::text, schedules
        from invitation_planner_state where workspace_id = ${workspaceId}`,
  );
  return state as TState;
}

const enabledSince = (rule: TStoredRule) => (rule.enabledAt ? new Date(rule.enabledAt).getTime() : Infinity);

type TMomentRow = {
  id: number | string;
  created: string;
  customer_id: number | string;
  customer: string;
  occurred_at: Date | string;
  experience: number | null;
  attributes: Record<string, unknown> | null;
  episode: string;
  touchpoint_id: number | string;
  created_ms: number | string;
  /** Past the watermark: read for the first time. */
  fresh: boolean;
};

/** Moment triggers: the moments at the rules' touchpoints that arrived since the watermark. */
async function planMoments(
  db: TDatabase,
  workspaceId: string,
  rules: readonly TStoredRule[],
  settings: TPlanningSettings,
  options: Required<Pick<TPlanRunOptions, 'batchSize'>> & TPlanRunOptions,
  report: TPlanRunReport,
): Promise<void> {
  const momentRules = rules.filter((r) => r.trigger.kind === 'moment');
  if (momentRules.length === 0) return;
  const pairs = momentRules.map((r) =>
    r.trigger.kind === 'moment' ? [r.trigger.journey, r.trigger.touchpoint] : [],
  );
  const touchpoints = await queryRows<{ id: number | string; journey: string; touchpoint: string }>(
    db.orm,
    sql`select t.id, j.key as journey, t.key as touchpoint
        from touchpoints t join journeys j on j.workspace_id = t.workspace_id and j.id = t.journey_id
        where t.workspace_id = ${workspaceId}
          and (j.key, t.key) in (select v->>0, v->>1 from jsonb_array_elements(${JSON.stringify(pairs)}::jsonb) v)`,
  );
  const rulesAt = new Map<number, { journey: string; rules: TStoredRule[] }>();
  for (const t of touchpoints) {
    rulesAt.set(Number(t.id), {
      journey: t.journey,
      rules: momentRules.filter(
        (r) =>
          r.trigger.kind === 'moment' &&
          r.trigger.journey === t.journey &&
          r.trigger.touchpoint === t.touchpoint,
      ),
    });
  }
  if (rulesAt.size === 0) return;
  const ids = `{${[...rulesAt.keys()].join(',')}}`;
  const firstEnabled = Math.min(...momentRules.map(enabledSince));
  let cursor: { at: string; id: number } | null = null;
  for (;;) {
    const more = await db.orm.transaction(async (tx) => {
      const state = await lockWorkspace(tx, workspaceId);
      if (!cursor) {
        const from = state.moments_at
          ? sql`(${state.moments_at}::timestamptz - ${PLANNER_OVERLAP_MS} * interval '1 millisecond')`
          : sql`${new Date(firstEnabled).toISOString()}::timestamptz`;
        const [start] = await queryRows<{ at: string }>(tx, sql`select ${from}::text as at`);
        cursor = { at: start?.at ?? new Date(firstEnabled).toISOString(), id: 0 };
      }
      const rows = await queryRows<TMomentRow>(
        tx,
        sql`select m.id, m.created_at::text as created, extract(epoch from m.created_at) * 1000 as created_ms,
                   m.customer_id, c.external_id as customer, m.occurred_at, m.experience,
                   coalesce(c.attributes, '{}'::jsonb) || coalesce(m.attributes, '{}'::jsonb) as attributes,
                   e.key as episode, m.touchpoint_id,
                   ${
                     state.moments_at
                       ? sql`(m.created_at, m.id) > (${state.moments_at}::timestamptz, ${state.moments_id ?? 0}::int8)`
                       : sql`true`
                   } as fresh
            from moments m
            join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
            join episodes e on e.workspace_id = m.workspace_id and e.customer_id = m.customer_id
                           and e.id = m.episode_id
            where m.workspace_id = ${workspaceId}
              and (m.created_at, m.id) > (${cursor.at}::timestamptz, ${cursor.id})
              and m.touchpoint_id = any(${ids}::bigint[])
            order by m.created_at, m.id
            limit ${options.batchSize}`,
      );
      const now = options.now ?? new Date();
      const candidates: TBatchCandidate[] = [];
      for (const m of rows) {
        const at = rulesAt.get(Number(m.touchpoint_id));
        if (!at) continue;
        for (const rule of at.rules) {
          if (Number(m.created_ms) < enabledSince(rule)) continue;
          candidates.push({
            rule: rule.key,
            triggerKey: `moment:${m.id}`,
            at: new Date(m.occurred_at),
            episode: m.episode,
            attributes: m.attributes ?? {},
            experience: m.experience,
            customerId: Number(m.customer_id),
            customer: m.customer,
            journey: at.journey,
            tally: m.fresh ? 'count' : 'counted',
          });
        }
      }
      addCounts(report, await recordDecisions(tx, workspaceId, momentRules, settings, candidates, now));
      report.triggers += rows.length;
      const last = rows.at(-1);
      if (last) {
        cursor = { at: last.created, id: Number(last.id) };
        // The watermark only moves on: a second planner's batch in the overlap leaves it where it is, so
        // "past the watermark" (a moment's first reading, when its skips are tallied) happens once a moment.
        await tx.execute(
          sql`update invitation_planner_state
              set moments_at = ${last.created}::timestamptz, moments_id = ${Number(last.id)}, updated_at = now()
              where workspace_id = ${workspaceId}
                and (moments_at is null
                     or (moments_at, coalesce(moments_id, 0)) < (${last.created}::timestamptz, ${Number(last.id)}::int8))`,
        );
      }
      return rows.length === options.batchSize;
    });
    report.batches += 1;
    await options.afterBatch?.(report.batches);
    if (!more) return;
  }
}

/** Closed cases, ended episodes and schedule turns since their watermarks, in one batch each. */
async function planOtherTriggers(
  db: TDatabase,
  workspaceId: string,
  rules: readonly TStoredRule[],
  settings: TPlanningSettings,
  options: TPlanRunOptions,
  report: TPlanRunReport,
): Promise<void> {
  const others = rules.filter((r) => r.trigger.kind !== 'moment');
  if (others.length === 0) return;
  const now = options.now ?? new Date();
  await db.orm.transaction(async (tx) => {
    const state = await lockWorkspace(tx, workspaceId);
    const candidates: TBatchCandidate[] = [];
    const add = async (rule: TStoredRule, query: SQL) => {
      for (const row of await queryRows<TTriggerRow>(tx, query)) {
        if (new Date(row.at).getTime() >= enabledSince(rule)) {
          candidates.push(candidateOf(rule.key, rule.trigger.kind, row));
        }
      }
    };
    const overlap = sql`${PLANNER_OVERLAP_MS} * interval '1 millisecond'`;
    const schedules = { ...state.schedules };
    for (const rule of others) {
      const t = rule.trigger;
      if (t.kind === 'case_closed') {
        const after = state.cases_at
          ? sql`${state.cases_at}::timestamptz - ${overlap}`
          : sql`'-infinity'::timestamptz`;
        await add(rule, closedCasesSql(workspaceId, t.journey, after));
      } else if (t.kind === 'episode_end') {
        // Episodes whose end fell since the last run (a little before, for late commits), and not after now.
        const after = state.episodes_at
          ? sql`${state.episodes_at}::timestamptz - ${overlap}`
          : sql`${new Date(enabledSince(rule)).toISOString()}::timestamptz`;
        await add(rule, endedEpisodesSql(workspaceId, t.journey, t.idleHours, after, now));
      } else if (t.kind === 'schedule') {
        const turn = scheduleTurn(t.everyDays, now);
        const period = turn.start.getTime() - turn.from.getTime();
        if (schedules[rule.key] === turn.key || turn.start.getTime() < enabledSince(rule) - period) continue;
        await add(rule, scheduleTurnSql(workspaceId, t.journey, turn));
        schedules[rule.key] = turn.key;
      }
    }
    addCounts(report, await recordDecisions(tx, workspaceId, others, settings, candidates, now));
    report.triggers += candidates.length;
    await tx.execute(
      sql`update invitation_planner_state
          set cases_at = coalesce((select max(closed_at) from cases where workspace_id = ${workspaceId}), cases_at),
              episodes_at = ${now.toISOString()}::timestamptz, schedules = ${JSON.stringify(schedules)}::jsonb,
              updated_at = now()
          where workspace_id = ${workspaceId}`,
    );
  });
  report.batches += 1;
  await options.afterBatch?.(report.batches);
}

/** Plans the workspace's enabled rules over every trigger since the watermarks (see the module comment). */
export async function planWorkspaceInvitations(
  db: TDatabase,
  workspaceId: string,
  options: TPlanRunOptions = {},
): Promise<TPlanRunReport> {
  const report: TPlanRunReport = {
    batches: 0,
    triggers: 0,
    planned: 0,
    skipped: 0,
    tallied: 0,
    byReason: {},
  };
  const rules = await listRules(db.orm, workspaceId, { enabledOnly: true });
  if (rules.length === 0) return report;
  const settings = await planningSettingsOf(db.orm, workspaceId);
  const batchSize = options.batchSize ?? 5000;
  await planMoments(db, workspaceId, rules, settings, { ...options, batchSize }, report);
  await planOtherTriggers(db, workspaceId, rules, settings, options, report);
  return report;
}
