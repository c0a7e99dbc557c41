import { eq } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { raiseMomentAlerts } from '../cases/raise-moment-alerts.ts';
import { MotError } from '../errors.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { deleteUnusedIds } from '../storage/delete-unused-ids.ts';
import { findConflictingMoments } from '../storage/find-conflicting-moments.ts';
import { insertMoments } from '../storage/insert-moments.ts';
import type { TMomentRow } from '../storage/insert-moments.ts';
import { workspaces } from '../storage/schema.ts';
import { episodeRefKey, upsertEpisodes } from '../storage/upsert-episodes.ts';
import type { TEpisodeRef } from '../storage/upsert-episodes.ts';
import { upsertCustomers } from '../storage/upsert-customers.ts';
import { cachedDefinitions, forgetDefinitions, loadDefinitions } from './definitions.ts';
import type { TDefinitions } from './definitions.ts';
import { idCache, lookUpIds, rememberIds } from './id-cache.ts';
import { prepareMoments } from './prepare-moments.ts';
import type { TPreparedMoment } from './prepare-moments.ts';
import { assertBatchSize } from './report.ts';
import type { TIngestItem, TIngestReport } from './report.ts';
import { validateItems } from './validate-items.ts';

/** Thrown inside the write transaction when the definitions changed since the batch was prepared. */
class StaleDefinitions extends Error {}

/**
 * Ingests a batch (<= LIMITS.maxBatchSize) all-or-nothing; per-item report.
 * Items are validated and judged in memory (core's `experienceOf` and `findBreaches`), then written in ONE
 * transaction with one statement per table: customers and episodes found or created, moments inserted
 * unless their event id is already stored, breaches recorded. A stored event id sent again with the same
 * data is a `duplicate` (re-sending a batch changes nothing); with other data it is a `conflict`, and
 * neither leaves a customer or episode behind.
 */
export async function ingestMoments(
  db: TDatabase,
  workspaceId: string,
  items: unknown[],
): Promise<TIngestReport> {
  assertBatchSize(items, 'moments', 'moments');
  const { valid, rejected: invalid } = validateItems(items);
  for (let attempt = 0; ; attempt += 1) {
    const definitions = cachedDefinitions(db, workspaceId) ?? (await freshDefinitions(db, workspaceId));
    const { prepared, rejected } = prepareMoments(valid, definitions);
    // Definitions cached here miss a touchpoint another server has just added: check before refusing.
    if (rejected.length > 0 && attempt === 0 && (await versionOf(db, workspaceId)) !== definitions.version) {
      forgetDefinitions(db, workspaceId);
      continue;
    }
    if (invalid.length + rejected.length > 0) return rejectedReport(items.length, [...invalid, ...rejected]);
    try {
      return await writeBatch(db, workspaceId, definitions.version, prepared);
    } catch (error) {
      if (!(error instanceof StaleDefinitions) || attempt >= 2) throw error;
      forgetDefinitions(db, workspaceId);
    }
  }
}

/** The workspace's definitions version as committed (journey edits and erasures move it). */
async function versionOf(db: TDatabase, workspaceId: string): Promise<number> {
  const [row] = await db.orm
    .select({ version: workspaces.definitionsVersion })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!row) throw new MotError('workspace_not_found', `workspace ${workspaceId} not found`);
  return row.version;
}

async function freshDefinitions(db: TDatabase, workspaceId: string): Promise<TDefinitions> {
  return loadDefinitions(db, db.orm, workspaceId, await versionOf(db, workspaceId));
}

async function writeBatch(
  db: TDatabase,
  workspaceId: string,
  version: number,
  prepared: readonly TPreparedMoment[],
): Promise<TIngestReport> {
  const customerCache = idCache(db, 'customers', workspaceId);
  const episodeCache = idCache(db, 'episodes', workspaceId);
  const newCustomers = new Map<string, number>();
  const newEpisodes = new Map<string, number>();
  const written = await db.orm.transaction(async (tx) => {
    // Shared lock on the workspace row: journey edits take it exclusively, so the touchpoints resolved
    // above stay valid until this batch commits.
    const [row] = await tx
      .select({ version: workspaces.definitionsVersion })
      .from(workspaces)
      .where(eq(workspaces.id, workspaceId))
      .for('share');
    if (row?.version !== version) throw new StaleDefinitions();
    const customerKeys = new Set<string>();
    for (const p of prepared) customerKeys.add(p.moment.customer);
    const customerIds = new Map<string, number>();
    const unknownCustomers = lookUpIds(customerCache, customerKeys, customerIds);
    if (unknownCustomers.length > 0) {
      for (const [key, id] of await upsertCustomers(tx, workspaceId, unknownCustomers)) {
        customerIds.set(key, id);
        newCustomers.set(key, id);
      }
    }
    // One episode key per moment; a reference object only for the episodes the cache does not know.
    const customerOf = new Array<number>(prepared.length);
    const episodeKeys = new Array<string>(prepared.length);
    const episodeIds = new Map<string, number>();
    const wanted = new Map<string, TEpisodeRef>();
    prepared.forEach((p, i) => {
      const customerId = customerIds.get(p.moment.customer) ?? 0;
      const ref = episodeRefKey(p.journeyId, p.moment.episode, customerId);
      customerOf[i] = customerId;
      episodeKeys[i] = ref;
      const id = episodeCache.get(ref);
      if (id !== undefined) episodeIds.set(ref, id);
      else wanted.set(ref, { journeyId: p.journeyId, key: p.moment.episode, customerId });
    });
    if (wanted.size > 0) {
      for (const [key, id] of await upsertEpisodes(tx, workspaceId, [...wanted.values()])) {
        episodeIds.set(key, id);
        newEpisodes.set(key, id);
      }
    }
    const rows: TMomentRow[] = prepared.map((p, i) => ({
      customerId: customerOf[i] ?? 0,
      episodeId: episodeIds.get(episodeKeys[i] ?? '') ?? 0,
      touchpointId: p.touchpointId,
      occurredAt: p.moment.occurredAt,
      eventId: p.moment.eventId,
      measures: p.moment.measures,
      rating: p.moment.rating ?? null,
      comment: p.moment.comment ?? null,
      employee: p.moment.employee ?? null,
      experience: p.experience,
      experienceSource: p.experienceSource,
      attributes: p.moment.attributes ?? null,
      sentiment: p.commentSentiment,
      breaches: p.breaches,
    }));
    const stored = await insertMoments(tx, workspaceId, rows);
    // Alert rules judge the moments created, in this transaction: alerts, cases and their notifications.
    const created = prepared.flatMap((p, i) =>
      stored.has(p.moment.eventId) ? [] : [{ prepared: p, row: rows[i] as TMomentRow }],
    );
    await raiseMomentAlerts(db, tx, workspaceId, created, new Set(newEpisodes.values()));
    if (stored.size === 0) {
      await auditBatch(tx, workspaceId, rows, stored, 0);
      return { stored, conflicts: new Map<string, string[]>() };
    }
    // Event ids already stored: the same data is a re-send (`duplicate`); other data is a `conflict`. Either
    // way the customers and episodes created for them alone are phantoms, removed before the commit.
    const conflicts = await findConflictingMoments(
      tx,
      workspaceId,
      rows.filter((r) => stored.has(r.eventId)),
    );
    const used = rows.filter((r) => !stored.has(r.eventId));
    const usedCustomers = new Set(used.map((r) => r.customerId));
    const usedEpisodes = new Set(used.map((r) => r.episodeId));
    const phantomCustomers = [...newCustomers].filter(([, id]) => !usedCustomers.has(id));
    const phantomEpisodes = [...newEpisodes].filter(([, id]) => !usedEpisodes.has(id));
    await deleteUnusedIds(
      tx,
      workspaceId,
      phantomCustomers.map(([, id]) => id),
      phantomEpisodes.map(([key, id]) => ({ id, customerId: wanted.get(key)?.customerId ?? 0 })),
    );
    for (const [key] of phantomCustomers) newCustomers.delete(key);
    for (const [key] of phantomEpisodes) newEpisodes.delete(key);
    await auditBatch(tx, workspaceId, rows, stored, conflicts.size);
    return { stored, conflicts };
  });
  // Only now: ids of a transaction that rolled back must never be cached.
  rememberIds(customerCache, newCustomers);
  rememberIds(episodeCache, newEpisodes);
  return createdReport(prepared, written.stored, written.conflicts);
}

/** One audit entry per batch (never per moment): how many moments it brought and what came of them. */
async function auditBatch(
  tx: TOrm,
  workspaceId: string,
  rows: readonly TMomentRow[],
  alreadyStored: ReadonlySet<string>,
  conflicts: number,
): Promise<void> {
  const created = rows.filter((r) => !alreadyStored.has(r.eventId));
  await appendAudit(tx, {
    workspaceId,
    action: 'moments.ingest',
    entityType: 'moment_batch',
    summary: {
      received: rows.length,
      created: created.length,
      duplicates: alreadyStored.size - conflicts,
      conflicts,
      breaches: created.reduce((n, r) => n + r.breaches.length, 0),
    },
  });
}

function createdReport(
  prepared: readonly TPreparedMoment[],
  stored: Set<string>,
  conflicts: Map<string, string[]>,
): TIngestReport {
  let breaches = 0;
  const items: TIngestItem[] = prepared.map((p) => {
    const { eventId } = p.moment;
    const fields = conflicts.get(eventId);
    if (fields) {
      const message = `event id "${eventId}" is already stored with other data (${fields.join(', ')}); nothing was written for it`;
      return {
        index: p.index,
        eventId,
        status: 'conflict',
        errors: [{ code: 'conflict', message, path: ['eventId'] }],
      };
    }
    if (stored.has(eventId)) return { index: p.index, eventId, status: 'duplicate' };
    breaches += p.breaches.length;
    return { index: p.index, eventId, status: 'created' };
  });
  return {
    ok: true,
    created: prepared.length - stored.size,
    duplicates: stored.size - conflicts.size,
    conflicts: conflicts.size,
    rejected: 0,
    breaches,
    items,
  };
}

function rejectedReport(total: number, rejected: TIngestItem[]): TIngestReport {
  // Nothing is written: the items that were fine are reported as not written rather than created.
  const byIndex = new Map(rejected.map((r) => [r.index, r]));
  const items: TIngestItem[] = [];
  for (let index = 0; index < total; index += 1) {
    const item = byIndex.get(index);
    if (item) items.push(item);
  }
  return {
    ok: false,
    created: 0,
    duplicates: 0,
    conflicts: 0,
    rejected: rejected.length,
    breaches: 0,
    items,
  };
}
