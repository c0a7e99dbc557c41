import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { inUse, notFound } from '../errors.ts';
import { forgetDefinitions } from '../ingest/definitions.ts';
import { forgetIds } from '../ingest/id-cache.ts';
import type { TDatabase } from './database.ts';
import { findUsedTouchpoints } from './find-used-touchpoints.ts';
import { episodeOutcomes, episodes, journeys, measures, stages, touchpoints, workspaces } from './schema.ts';

/**
 * Deletes a journey, its definitions and its episodes with their outcomes (an outcome may have created an
 * episode that has no moments); refused with `in_use` while any of its touchpoints has moments.
 */
export async function deleteJourney(db: TDatabase, workspaceId: string, key: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    await tx
      .update(workspaces)
      .set({ definitionsVersion: sql`${workspaces.definitionsVersion} + 1` })
      .where(eq(workspaces.id, workspaceId));
    const [journey] = await tx
      .select({ id: journeys.id })
      .from(journeys)
      .where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.key, key)));
    if (!journey) throw notFound(`journey "${key}"`);
    const ours = and(eq(touchpoints.workspaceId, workspaceId), eq(touchpoints.journeyId, journey.id));
    const tps = await tx.select({ id: touchpoints.id }).from(touchpoints).where(ours);
    const used = await findUsedTouchpoints(
      tx,
      workspaceId,
      tps.map((t) => t.id),
    );
    if (used.length > 0) throw inUse(`journey "${key}" has moments and cannot be deleted`);
    await tx
      .delete(measures)
      .where(
        and(
          eq(measures.workspaceId, workspaceId),
          sql`${measures.touchpointId} in (select id from touchpoints where workspace_id = ${workspaceId} and journey_id = ${journey.id})`,
        ),
      );
    await tx.delete(touchpoints).where(ours);
    await tx.delete(stages).where(and(eq(stages.workspaceId, workspaceId), eq(stages.journeyId, journey.id)));
    await tx
      .delete(episodeOutcomes)
      .where(
        and(
          eq(episodeOutcomes.workspaceId, workspaceId),
          sql`(${episodeOutcomes.customerId}, ${episodeOutcomes.episodeId}) in (select customer_id, id from episodes where workspace_id = ${workspaceId} and journey_id = ${journey.id})`,
        ),
      );
    await tx
      .delete(episodes)
      .where(and(eq(episodes.workspaceId, workspaceId), eq(episodes.journeyId, journey.id)));
    await tx.delete(journeys).where(and(eq(journeys.workspaceId, workspaceId), eq(journeys.id, journey.id)));
    await appendAudit(tx, { workspaceId, action: 'journey.delete', entityType: 'journey', entityId: key });
  });
  forgetDefinitions(db, workspaceId);
  forgetIds(db, 'episodes', workspaceId);
}
