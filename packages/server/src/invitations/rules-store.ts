/**
 * Distribution rules as stored: the key, name, survey and switch as columns, the rest (trigger, conditions,
 * sampling, delay, quiet hours, recontact, channel, priority, reminder) as one jsonb that core's schema
 * checks on the way in and out. Every write is audited in its transaction; switching a rule on starts the
 * workspace's planning job.
 */
import { ZDistributionRuleInput } from '@mot/core';
import type { TDistributionRule, TDistributionRuleInput } from '@mot/core';
import { sql } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { actorName } from '../cases/append-case-event.ts';
import { alreadyExists, invalidInput, notFound } from '../errors.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { ensurePlanJob } from './plan-job.ts';

/** A stored rule: the rule, its id and times. */
export type TStoredRule = TDistributionRule & {
  id: string;
  enabledAt: string | null;
  createdAt: string;
  updatedAt: string;
};

type TRuleRow = {
  id: string;
  key: string;
  name: string;
  survey_key: string;
  enabled: boolean;
  enabled_at: Date | string | null;
  settings: Record<string, unknown>;
  created_at: Date | string;
  updated_at: Date | string;
};

const isoOf = (at: Date | string) => new Date(at).toISOString();

function ruleOf(row: TRuleRow): TStoredRule {
  const rule = ZDistributionRuleInput.parse({
    ...row.settings,
    key: row.key,
    name: row.name,
    survey: row.survey_key,
    enabled: row.enabled,
  });
  return {
    ...rule,
    id: row.id,
    enabledAt: row.enabled_at === null ? null : isoOf(row.enabled_at),
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
  };
}

/** The workspace's rules (all, or the enabled ones), by key. */
export async function listRules(
  orm: TOrm,
  workspaceId: string,
  options: { enabledOnly?: boolean } = {},
): Promise<TStoredRule[]> {
  const rows = await queryRows<TRuleRow>(
    orm,
    sql`select * from distribution_rules where workspace_id = ${workspaceId}
        ${options.enabledOnly ? sql`and enabled` : sql``} order by key`,
  );
  return rows.map(ruleOf);
}

/** One rule by key; 404 when there is none. */
export async function findRule(orm: TOrm, workspaceId: string, key: string): Promise<TStoredRule> {
  const [row] = await queryRows<TRuleRow>(
    orm,
    sql`select * from distribution_rules where workspace_id = ${workspaceId} and key = ${key}`,
  );
  if (!row) throw notFound(`distribution rule "${key}"`, ['params', 'key']);
  return ruleOf(row);
}

/** Checks that the survey and the trigger's journey and touchpoint exist, naming the field that does not. */
async function checkReferences(tx: TOrm, workspaceId: string, rule: TDistributionRule): Promise<void> {
  const [found] = await queryRows<{ survey: boolean; journey: boolean; touchpoint: boolean }>(
    tx,
    sql`select
          exists (select 1 from surveys where workspace_id = ${workspaceId} and key = ${rule.survey}) as survey,
          exists (select 1 from journeys where workspace_id = ${workspaceId}
                  and key = ${rule.trigger.journey ?? null}) as journey,
          exists (select 1 from touchpoints t join journeys j on j.workspace_id = t.workspace_id and j.id = t.journey_id
                  where t.workspace_id = ${workspaceId} and j.key = ${rule.trigger.journey ?? null}
                    and t.key = ${rule.trigger.kind === 'moment' ? rule.trigger.touchpoint : null}) as touchpoint`,
  );
  if (!found?.survey) throw invalidInput(`no survey "${rule.survey}" in this workspace`, ['survey']);
  if (rule.trigger.journey !== undefined && !found.journey) {
    throw invalidInput(`no journey "${rule.trigger.journey}" in this workspace`, ['trigger', 'journey']);
  }
  if (rule.trigger.kind === 'moment' && !found.touchpoint) {
    throw invalidInput(`no touchpoint "${rule.trigger.touchpoint}" in journey "${rule.trigger.journey}"`, [
      'trigger',
      'touchpoint',
    ]);
  }
}

function settingsOf(rule: TDistributionRule): Record<string, unknown> {
  const { key, name, survey, enabled, ...settings } = rule;
  void key;
  void name;
  void survey;
  void enabled;
  return settings;
}

/** Creates a rule (409 when the key is taken); an enabled one starts planning. */
export async function createRule(
  db: TDatabase,
  workspaceId: string,
  input: TDistributionRuleInput,
): Promise<TStoredRule> {
  const rule = ZDistributionRuleInput.parse(input);
  const actor = actorName(currentActor());
  const key = await db.orm.transaction(async (tx) => {
    await checkReferences(tx, workspaceId, rule);
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`insert into distribution_rules
            (workspace_id, key, name, survey_key, enabled, enabled_at, settings, created_by, updated_by)
          values (${workspaceId}, ${rule.key}, ${rule.name}, ${rule.survey}, ${rule.enabled},
                  ${rule.enabled ? sql`now()` : null}, ${JSON.stringify(settingsOf(rule))}::jsonb, ${actor}, ${actor})
          on conflict (workspace_id, key) do nothing
          returning id`,
    );
    if (!row) throw alreadyExists(`distribution rule "${rule.key}"`, ['key']);
    await appendAudit(tx, {
      workspaceId,
      action: 'distribution_rule.create',
      entityType: 'distribution_rule',
      entityId: row.id,
      summary: { key: rule.key, survey: rule.survey, enabled: rule.enabled },
    });
    if (rule.enabled) await ensurePlanJob(tx, workspaceId, new Date());
    return rule.key;
  });
  return findRule(db.orm, workspaceId, key);
}

/** Replaces a rule's settings (the key stays); switching it on sets `enabledAt` and starts planning. */
export async function updateRule(
  db: TDatabase,
  workspaceId: string,
  key: string,
  input: Omit<TDistributionRuleInput, 'key'>,
): Promise<TStoredRule> {
  const rule = ZDistributionRuleInput.parse({ ...input, key });
  const actor = actorName(currentActor());
  await db.orm.transaction(async (tx) => {
    await checkReferences(tx, workspaceId, rule);
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`update distribution_rules
          set name = ${rule.name}, survey_key = ${rule.survey}, enabled = ${rule.enabled},
              enabled_at = case when ${rule.enabled} and not enabled then now()
                                when ${rule.enabled} then enabled_at else null end,
              settings = ${JSON.stringify(settingsOf(rule))}::jsonb, updated_by = ${actor}, updated_at = now()
          where workspace_id = ${workspaceId} and key = ${key}
          returning id`,
    );
    if (!row) throw notFound(`distribution rule "${key}"`, ['params', 'key']);
    await appendAudit(tx, {
      workspaceId,
      action: 'distribution_rule.update',
      entityType: 'distribution_rule',
      entityId: row.id,
      summary: { key, survey: rule.survey, enabled: rule.enabled },
    });
    if (rule.enabled) await ensurePlanJob(tx, workspaceId, new Date());
  });
  return findRule(db.orm, workspaceId, key);
}

/** Deletes a rule; its ledger rows stay (they name the rule by key). */
export async function deleteRule(db: TDatabase, workspaceId: string, key: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`delete from distribution_rules where workspace_id = ${workspaceId} and key = ${key} returning id`,
    );
    if (!row) throw notFound(`distribution rule "${key}"`, ['params', 'key']);
    await appendAudit(tx, {
      workspaceId,
      action: 'distribution_rule.delete',
      entityType: 'distribution_rule',
      entityId: row.id,
      summary: { key },
    });
  });
}
