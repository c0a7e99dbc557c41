import { and, eq, inArray } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { raiseAnswerAlerts } from '../cases/raise-answer-alerts.ts';
import { assertBatchSize, invalidItemErrors } from '../ingest/report.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { journeys } from '../storage/schema.ts';
import { upsertCustomers } from '../storage/upsert-customers.ts';
import { episodeRefKey, upsertEpisodes } from '../storage/upsert-episodes.ts';
import { upsertOutcomes } from '../storage/upsert-outcomes.ts';
import { ZEpisodeOutcomeInput } from '../routes/outcomes/schema.ts';
import type { TEpisodeOutcomeInput, TOutcomeReport } from '../routes/outcomes/schema.ts';
import { lockWorkspaceShared } from '../storage/lock-workspace.ts';

type TItem = TOutcomeReport['items'][number];
type TValid = { index: number; outcome: TEpisodeOutcomeInput };

/**
 * Stores a batch (<= LIMITS.maxBatchSize) of episode outcomes, all or nothing, with a per-item report.
 * Customers and episodes are found or created by the ingestion's own upserts. Idempotent: an outcome equal
 * to the stored one is `unchanged`; a different one replaces it (`updated`), so the latest answer wins.
 * An episode named twice in one batch is rejected (which one wins would be a guess).
 */
export async function ingestOutcomes(
  db: TDatabase,
  workspaceId: string,
  items: unknown[],
): Promise<TOutcomeReport> {
  assertBatchSize(items, 'outcomes', 'outcomes');
  const rejected: TItem[] = [];
  const valid: TValid[] = [];
  items.forEach((item, index) => {
    const parsed = ZEpisodeOutcomeInput.safeParse(item);
    if (parsed.success) valid.push({ index, outcome: parsed.data });
    else rejected.push({ index, status: 'rejected', errors: invalidItemErrors(parsed.error) });
  });
  return db.orm.transaction(async (tx) => {
    // The journeys are resolved inside the write transaction, under a shared lock on the workspace row
    // taken first, as moment ingestion does: deleting or changing a journey bumps the row's version first
    // (an exclusive lock), so a journey found here still exists, with its id, when this batch commits; one
    // deleted before is reported `not_found` rather than given episodes and outcomes of its own.
    await lockWorkspaceShared(tx, workspaceId);
    const journeyIds = await findJourneyIds(tx, workspaceId, valid);
    const seen = new Set<string>();
    for (const { index, outcome: o } of valid) {
      const reject = (code: string, message: string, path: string) =>
        rejected.push({ index, status: 'rejected', errors: [{ code, message, path: [path] }] });
      if (!journeyIds.has(o.journey)) reject('not_found', `journey "${o.journey}" not found`, 'journey');
      const key = JSON.stringify([o.journey, o.customer, o.episode]);
      if (seen.has(key))
        reject('duplicate_episode', 'this episode has an earlier outcome in the batch', 'episode');
      seen.add(key);
    }
    if (rejected.length > 0) return rejectedReport(rejected);
    const statuses = await writeOutcomes(db, tx, workspaceId, valid, journeyIds);
    const report: TOutcomeReport = { ok: true, created: 0, updated: 0, unchanged: 0, rejected: 0, items: [] };
    valid.forEach(({ index }, i) => {
      const status = statuses[i] ?? 'unchanged';
      report[status] += 1;
      report.items.push({ index, status });
    });
    // One audit entry per batch, never per outcome.
    await appendAudit(tx, {
      workspaceId,
      action: 'outcomes.ingest',
      entityType: 'outcome_batch',
      summary: {
        received: valid.length,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
      },
    });
    return report;
  });
}

async function findJourneyIds(
  tx: TOrm,
  workspaceId: string,
  valid: readonly TValid[],
): Promise<Map<string, number>> {
  const keys = [...new Set(valid.map((v) => v.outcome.journey))];
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select({ id: journeys.id, key: journeys.key })
    .from(journeys)
    .where(and(eq(journeys.workspaceId, workspaceId), inArray(journeys.key, keys)));
  return new Map(rows.map((r) => [r.key, r.id]));
}

/** Writes customers, episodes and outcomes in the caller's transaction; the status of each item in order. */
async function writeOutcomes(
  db: TDatabase,
  tx: TOrm,
  workspaceId: string,
  valid: readonly TValid[],
  journeyIds: ReadonlyMap<string, number>,
): Promise<Array<'created' | 'updated' | 'unchanged'>> {
  const customerIds = await upsertCustomers(
    tx,
    workspaceId,
    valid.map((v) => v.outcome.customer),
  );
  const refs = valid.map(({ outcome: o }) => ({
    journeyId: journeyIds.get(o.journey) ?? 0,
    key: o.episode,
    customerId: customerIds.get(o.customer) ?? 0,
  }));
  const episodeIds = await upsertEpisodes(tx, workspaceId, refs);
  const rows = valid.map(({ outcome: o }, i) => {
    const ref = refs[i] ?? { journeyId: 0, key: '', customerId: 0 };
    return {
      customerId: ref.customerId,
      episodeId: episodeIds.get(episodeRefKey(ref.journeyId, ref.key, ref.customerId)) ?? 0,
      overall: o.overall ?? null,
      nps: o.nps ?? null,
      csat: o.csat ?? null,
      ces: o.ces ?? null,
      churnIntent: o.churnIntent ?? null,
      churned: o.churned ?? null,
      churnedAt: o.churnedAt ?? null,
      surveyedAt: o.surveyedAt ?? null,
      eventId: o.eventId ?? null,
    };
  });
  const written = await upsertOutcomes(tx, workspaceId, rows);
  // Alert rules judge the answers created or changed, in this transaction (NPS detractors, low overall).
  const answers = rows.flatMap((r, i) => {
    const journey = valid[i]?.outcome.journey ?? '';
    const journeyId = refs[i]?.journeyId ?? 0;
    return written.has(`${r.customerId}:${r.episodeId}`) ? [{ ...r, journey, journeyId }] : [];
  });
  await raiseAnswerAlerts(db, tx, workspaceId, answers);
  return rows.map((r) => written.get(`${r.customerId}:${r.episodeId}`) ?? 'unchanged');
}

function rejectedReport(rejected: TItem[]): TOutcomeReport {
  // Nothing is written: only the rejected items are listed, in order.
  const items = [...rejected].sort((a, b) => a.index - b.index);
  const byIndex = new Map<number, TItem>();
  for (const item of items) {
    const known = byIndex.get(item.index);
    if (known) known.errors = [...(known.errors ?? []), ...(item.errors ?? [])];
    else byIndex.set(item.index, item);
  }
  const merged = [...byIndex.values()];
  return { ok: false, created: 0, updated: 0, unchanged: 0, rejected: merged.length, items: merged };
}
