import { ZAlertRule, defaultAlertRules } from '@mot/core';
import type { TAlertRule } from '@mot/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { alreadyExists, notFound } from '../errors.ts';
import { alertRules } from '../storage/cases-schema.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';

/** An alert rule as stored: the rule, its row id, where it came from and when it changed. */
export type TStoredAlertRule = TAlertRule & {
  id: number;
  origin: string | null;
  createdAt: string;
  updatedAt: string;
};

type TRow = typeof alertRules.$inferSelect;

function toRule(row: TRow): TStoredAlertRule {
  // Stored rules were validated on the way in; parsing again fills defaults added to the schema since.
  const rule = ZAlertRule.parse({
    key: row.key,
    name: row.name,
    enabled: row.enabled,
    severity: row.severity,
    opensCase: row.opensCase,
    scope: row.scope,
    condition: row.condition,
  });
  return {
    ...rule,
    id: row.id,
    origin: row.origin,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const values = (rule: TAlertRule) => ({
  name: rule.name,
  enabled: rule.enabled,
  severity: rule.severity,
  opensCase: rule.opensCase,
  scope: rule.scope,
  condition: rule.condition,
});

/** A workspace's alert rules, by key. */
export async function listAlertRules(orm: TOrm, workspaceId: string): Promise<TStoredAlertRule[]> {
  const rows = await orm
    .select()
    .from(alertRules)
    .where(eq(alertRules.workspaceId, workspaceId))
    .orderBy(asc(alertRules.key));
  return rows.map(toRule);
}

/** One alert rule by key, or a 404. */
export async function findAlertRule(orm: TOrm, workspaceId: string, key: string): Promise<TStoredAlertRule> {
  const [row] = await orm
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.key, key)));
  if (!row) throw notFound(`alert rule "${key}"`, ['params', 'key']);
  return toRule(row);
}

/** Creates a rule; 409 when the key is taken. Audited. */
export async function createAlertRule(
  db: TDatabase,
  workspaceId: string,
  rule: TAlertRule,
): Promise<TStoredAlertRule> {
  const created = await db.orm.transaction(async (tx) => {
    const [row] = await tx
      .insert(alertRules)
      .values({ workspaceId, key: rule.key, ...values(rule) })
      .onConflictDoNothing()
      .returning();
    if (!row) throw alreadyExists(`alert rule "${rule.key}"`, ['key']);
    await appendAudit(tx, {
      workspaceId,
      action: 'alert_rule.create',
      entityType: 'alert_rule',
      entityId: rule.key,
      summary: { severity: rule.severity, kind: rule.condition.kind, enabled: rule.enabled },
    });
    return toRule(row);
  });
  forgetAlertRules(db, workspaceId);
  return created;
}

/** Creates or replaces the rule under `key`; whether it was new. Audited. */
export async function putAlertRule(
  db: TDatabase,
  workspaceId: string,
  rule: TAlertRule,
): Promise<{ rule: TStoredAlertRule; created: boolean }> {
  const result = await db.orm.transaction(async (tx) => {
    const existing = await tx
      .select({ id: alertRules.id })
      .from(alertRules)
      .where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.key, rule.key)));
    const [stored] = await tx
      .insert(alertRules)
      .values({ workspaceId, key: rule.key, ...values(rule) })
      .onConflictDoUpdate({
        target: [alertRules.workspaceId, alertRules.key],
        set: { ...values(rule), updatedAt: sql`now()` },
      })
      .returning();
    if (!stored) throw new Error('the alert rule upsert returned no row');
    const row = { row: stored, created: existing.length === 0 };
    await appendAudit(tx, {
      workspaceId,
      action: row.created ? 'alert_rule.create' : 'alert_rule.update',
      entityType: 'alert_rule',
      entityId: rule.key,
      summary: { severity: rule.severity, kind: rule.condition.kind, enabled: rule.enabled },
    });
    return { rule: toRule(row.row), created: row.created };
  });
  forgetAlertRules(db, workspaceId);
  return result;
}

/** Deletes a rule (its past alerts stay, naming its key); 404 when there is none. Audited. */
export async function deleteAlertRule(db: TDatabase, workspaceId: string, key: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const gone = await tx
      .delete(alertRules)
      .where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.key, key)))
      .returning({ id: alertRules.id });
    if (gone.length === 0) throw notFound(`alert rule "${key}"`, ['params', 'key']);
    await appendAudit(tx, {
      workspaceId,
      action: 'alert_rule.delete',
      entityType: 'alert_rule',
      entityId: key,
    });
  });
  forgetAlertRules(db, workspaceId);
}

/**
 * Installs the default alert rules of a pack (core's `defaultAlertRules`) in a workspace, in the caller's
 * transaction or on its own: rules whose key exists are left as they are (a user may have changed them), so
 * loading a second journey of a pack, or the pack again, changes nothing. Returns the keys installed.
 */
export async function installPackAlertRules(
  db: TDatabase,
  workspaceId: string,
  packKey: string,
  orm: TOrm = db.orm,
): Promise<string[]> {
  const rules = defaultAlertRules();
  const installed = await orm.transaction(async (tx) => {
    const rows = await tx
      .insert(alertRules)
      .values(
        rules.map((rule) => ({ workspaceId, key: rule.key, origin: `pack:${packKey}`, ...values(rule) })),
      )
      .onConflictDoNothing()
      .returning({ key: alertRules.key });
    if (rows.length > 0) {
      await appendAudit(tx, {
        workspaceId,
        action: 'alert_rule.install',
        entityType: 'alert_rule',
        entityId: null,
        summary: { pack: packKey, rules: rows.map((r) => r.key) },
      });
    }
    return rows.map((r) => r.key);
  });
  forgetAlertRules(db, workspaceId);
  return installed;
}

/** The enabled rules of a workspace with their row ids, as ingestion evaluates them. */
export type TActiveRules = { rules: TAlertRule[]; ids: Map<string, number>; hasSystemic: boolean };

const CACHE_MS = 2_000;
const cacheKey = (workspaceId: string) => `alert-rules:${workspaceId}`;

/**
 * The enabled rules of a workspace, read at most every 2 s per server (ingestion reads them per batch; a
 * change made through this server is seen at once, one made through another within 2 s).
 */
export async function activeAlertRules(db: TDatabase, orm: TOrm, workspaceId: string): Promise<TActiveRules> {
  const cached = db.caches.get(cacheKey(workspaceId)) as { at: number; active: TActiveRules } | undefined;
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.active;
  const rows = await orm
    .select()
    .from(alertRules)
    .where(and(eq(alertRules.workspaceId, workspaceId), eq(alertRules.enabled, true)))
    .orderBy(asc(alertRules.key));
  const stored = rows.map(toRule);
  const active: TActiveRules = {
    rules: stored,
    ids: new Map(stored.map((r) => [r.key, r.id])),
    hasSystemic: stored.some((r) => r.condition.kind === 'systemic'),
  };
  db.caches.set(cacheKey(workspaceId), { at: Date.now(), active });
  return active;
}

/** Drops the cached rules of a workspace (after a change). */
export function forgetAlertRules(db: TDatabase, workspaceId: string): void {
  db.caches.delete(cacheKey(workspaceId));
}
