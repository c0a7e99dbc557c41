import { firstCallbackAt, RECOVERY_CALLBACK_TOUCHPOINT } from '@mot/core';
import { sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { notFound } from '../errors.ts';
import { callbacks } from '../storage/callbacks-schema.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { buildScriptOf, callbackPolicyOf } from './find-script-facts.ts';
import { pickAssignee } from './pick-assignee.ts';

/** Which episodes a routine callback list (回访清单) calls: a journey, optionally a touchpoint and period. */
export type TRoutinePlan = {
  journey: string;
  touchpoint?: string | undefined;
  /** One customer only (by the source's id): a callback to a customer at risk of churning. */
  customer?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** `breached`: customers who hit a floor there; `all`: every customer who passed. */
  customers: 'breached' | 'all';
  /** How many to call at most: a random sample of the candidates, fixed by `seed`. */
  sample: number;
  seed?: string | undefined;
};

type TCandidate = {
  customer_id: number | string;
  episode_id: number | string;
  touchpoint_id: number | string;
};

/**
 * Plans callbacks without a case for a sample of the episodes that match the plan (their latest matching
 * moment names the touchpoint the script is about), skipping episodes that already have a planned
 * callback. The sample is a hash order of the episode ids with the seed, so the same plan picks the same
 * customers. Returns the number planned.
 */
export async function planRoutineCallbacks(
  db: TDatabase,
  workspaceId: string,
  plan: TRoutinePlan,
): Promise<{ planned: number; ids: number[] }> {
  return db.orm.transaction(async (tx) => {
    const [journey] = await queryRows<{ id: number | string }>(
      tx,
      sql`select id from journeys where workspace_id = ${workspaceId} and key = ${plan.journey}`,
    );
    if (!journey) throw notFound(`journey "${plan.journey}"`, ['journey']);
    const conditions = [
      sql`m.workspace_id = ${workspaceId}`,
      sql`t.journey_id = ${journey.id}`,
      sql`t.key <> ${RECOVERY_CALLBACK_TOUCHPOINT}`,
    ];
    if (plan.touchpoint !== undefined) conditions.push(sql`t.key = ${plan.touchpoint}`);
    if (plan.customer !== undefined) {
      conditions.push(sql`m.customer_id = (select c.id from customers c
        where c.workspace_id = ${workspaceId} and c.external_id = ${plan.customer})`);
    }
    if (plan.from !== undefined) conditions.push(sql`m.occurred_at >= ${plan.from}::timestamptz`);
    if (plan.to !== undefined) conditions.push(sql`m.occurred_at < ${plan.to}::timestamptz`);
    if (plan.customers === 'breached') {
      conditions.push(sql`exists (select 1 from breaches b where b.workspace_id = m.workspace_id
        and b.customer_id = m.customer_id and b.moment_id = m.id)`);
    }
    const candidates = await queryRows<TCandidate>(
      tx,
      sql`with matching as (
            select m.customer_id, m.episode_id, m.touchpoint_id,
              row_number() over (partition by m.customer_id, m.episode_id
                                 order by m.occurred_at desc, m.id desc) as rn
            from moments m
            join touchpoints t on t.workspace_id = m.workspace_id and t.id = m.touchpoint_id
            where ${sql.join(conditions, sql` and `)}
          )
          select customer_id, episode_id, touchpoint_id from matching x
          where rn = 1 and not exists (
            select 1 from callbacks cb where cb.workspace_id = ${workspaceId}
              and cb.customer_id = x.customer_id and cb.episode_id = x.episode_id and cb.state = 'planned')
          order by md5(x.episode_id::text || ${plan.seed ?? ''}), x.episode_id
          limit ${plan.sample}`,
    );
    const policy = await callbackPolicyOf(tx, workspaceId);
    const nextAttemptAt = firstCallbackAt(new Date(), policy);
    const ids: number[] = [];
    for (const c of candidates) {
      const subject = {
        workspaceId,
        customerId: Number(c.customer_id),
        episodeId: Number(c.episode_id),
        touchpointId: Number(c.touchpoint_id),
      };
      const script = await buildScriptOf(tx, { ...subject, purpose: 'routine' });
      const assignee = await pickAssignee(tx, workspaceId);
      const [row] = await tx
        .insert(callbacks)
        .values({
          ...subject,
          caseId: null,
          journeyId: Number(journey.id),
          assigneeUserId: assignee ?? null,
          state: 'planned',
          maxAttempts: policy.maxAttempts,
          nextAttemptAt,
          script,
        })
        .returning({ id: callbacks.id });
      if (row) ids.push(row.id);
    }
    await appendAudit(tx, {
      workspaceId,
      action: 'callback.plan_list',
      entityType: 'callback',
      summary: { ...plan, planned: ids.length },
    });
    return { planned: ids.length, ids };
  });
}
