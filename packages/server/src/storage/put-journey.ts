import type { TJourney } from '@mot/core';
import { ZJourney } from '@mot/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { MotError, alreadyExists, inUse, toPath } from '../errors.ts';
import { forgetDefinitions } from '../ingest/definitions.ts';
import type { TDatabase, TOrm } from './database.ts';
import { findUsedTouchpoints } from './find-used-touchpoints.ts';
import { journeys, measures, stages, touchpoints, workspaces } from './schema.ts';

/** Turns zod's verdict on a journey document into our error, with every issue and its path. */
export function parseJourney(input: unknown): TJourney {
  const parsed = ZJourney.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: toPath(i.path), message: i.message }));
  const first = issues[0] ?? { path: [], message: 'invalid journey' };
  return fail(first.message, first.path, issues);
}

function fail(message: string, path: (string | number)[], issues: unknown[]): never {
  throw new MotError('invalid_input', message, path, { issues });
}

/**
 * Creates or replaces a whole journey document, validated as a whole (ZJourney from @mot/core).
 * Touchpoints keep their ids across replacements (moments refer to them); removing a touchpoint that has
 * moments is refused with `in_use`. With `createOnly`, an existing key is refused with `already_exists`,
 * decided inside the transaction so that two concurrent creates cannot both succeed.
 */
export async function putJourney(
  db: TDatabase,
  workspaceId: string,
  input: unknown,
  options: { createOnly?: boolean } = {},
): Promise<TJourney> {
  const journey = parseJourney(input);
  return changeJourney(db, workspaceId, () => Promise.resolve(journey), options.createOnly);
}

/**
 * Writes the journey `produce` returns, calling it inside the transaction once the workspace row lock is
 * held: a read-modify-write in `produce` (a stage or touchpoint edit) sees every definition change committed
 * before it, so two concurrent edits never lose one another.
 */
export async function changeJourney(
  db: TDatabase,
  workspaceId: string,
  produce: (tx: TOrm) => Promise<TJourney>,
  createOnly = false,
): Promise<TJourney> {
  const journey = await db.orm.transaction(async (tx) => {
    // Bumping the version first takes the workspace row lock: ingestion holds it shared while it resolves
    // touchpoints, so definitions never change under a batch being written.
    await tx
      .update(workspaces)
      .set({ definitionsVersion: sql`${workspaces.definitionsVersion} + 1` })
      .where(eq(workspaces.id, workspaceId));
    const journey = await produce(tx);
    await writeJourney(tx, workspaceId, journey, createOnly);
    await appendAudit(tx, {
      workspaceId,
      action: 'journey.change',
      entityType: 'journey',
      entityId: journey.key,
      summary: {
        name: journey.name,
        stages: journey.stages.length,
        touchpoints: journey.touchpoints.map((t) => t.key),
      },
    });
    return journey;
  });
  forgetDefinitions(db, workspaceId);
  return journey;
}

async function writeJourney(tx: TOrm, workspaceId: string, journey: TJourney, createOnly: boolean) {
  const head = { name: journey.name, names: journey.names ?? null, description: journey.description ?? null };
  const insert = tx.insert(journeys).values({ workspaceId, key: journey.key, ...head });
  const target = [journeys.workspaceId, journeys.key];
  const [row] = await (
    createOnly
      ? insert.onConflictDoNothing({ target })
      : insert.onConflictDoUpdate({ target, set: { ...head, updatedAt: sql`now()` } })
  ).returning({ id: journeys.id });
  if (!row && createOnly) throw alreadyExists(`journey "${journey.key}"`, ['key']);
  if (!row) throw new Error('journey upsert returned no row');
  const journeyId = row.id;
  const existing = await tx
    .select({ id: touchpoints.id, key: touchpoints.key })
    .from(touchpoints)
    .where(and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.journeyId, journeyId)));
  const kept = new Set(journey.touchpoints.map((t) => t.key));
  const removed = existing.filter((t) => !kept.has(t.key));
  const used = await findUsedTouchpoints(
    tx,
    workspaceId,
    removed.map((t) => t.id),
  );
  if (used.length > 0) {
    const keys = removed.filter((t) => used.includes(t.id)).map((t) => t.key);
    throw inUse(`touchpoint "${keys.join('", "')}" has moments and cannot be removed`, ['touchpoints']);
  }
  const existingIds = existing.map((t) => t.id);
  if (existingIds.length > 0) {
    await tx
      .delete(measures)
      .where(and(eq(measures.workspaceId, workspaceId), inArray(measures.touchpointId, existingIds)));
  }
  if (removed.length > 0) {
    const removedIds = removed.map((t) => t.id);
    await tx
      .delete(touchpoints)
      .where(and(eq(touchpoints.workspaceId, workspaceId), inArray(touchpoints.id, removedIds)));
  }
  await tx.delete(stages).where(and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, journeyId)));
  await tx.insert(stages).values(
    journey.stages.map((s, position) => ({
      workspaceId,
      journeyId,
      key: s.key,
      position,
      name: s.name,
      names: s.names ?? null,
      kind: s.kind,
    })),
  );
  await writeTouchpoints(tx, workspaceId, journeyId, journey);
}

async function writeTouchpoints(tx: TOrm, workspaceId: string, journeyId: number, journey: TJourney) {
  if (journey.touchpoints.length === 0) return;
  const values = journey.touchpoints.map((t, position) => ({
    workspaceId,
    journeyId,
    key: t.key,
    stageKey: t.stage,
    position,
    name: t.name,
    names: t.names ?? null,
    channel: t.channel,
    owner: t.owner,
    ratingMin: t.ratingScale?.min ?? null,
    ratingMax: t.ratingScale?.max ?? null,
  }));
  const rows = await tx
    .insert(touchpoints)
    .values(values)
    .onConflictDoUpdate({
      target: [touchpoints.workspaceId, touchpoints.journeyId, touchpoints.key],
      set: {
        stageKey: sql`excluded.stage_key`,
        position: sql`excluded.position`,
        name: sql`excluded.name`,
        names: sql`excluded.names`,
        channel: sql`excluded.channel`,
        owner: sql`excluded.owner`,
        ratingMin: sql`excluded.rating_min`,
        ratingMax: sql`excluded.rating_max`,
      },
    })
    .returning({ id: touchpoints.id, key: touchpoints.key });
  const idByKey = new Map(rows.map((r) => [r.key, r.id]));
  const measureValues = journey.touchpoints.flatMap((t) =>
    t.measures.map((m, position) => ({
      workspaceId,
      touchpointId: idByKey.get(t.key) ?? 0,
      key: m.key,
      position,
      name: m.name ?? null,
      names: m.names ?? null,
      unit: m.unit,
      direction: m.direction,
      target: m.standard?.target ?? null,
      floor: m.standard?.floor ?? null,
    })),
  );
  if (measureValues.length > 0) await tx.insert(measures).values(measureValues);
}
