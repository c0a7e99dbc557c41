import type { TTouchpoint } from '@mot/core';
import { forgetIds } from './id-cache.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';

/** A touchpoint as ingestion needs it: its row id, its definition and the keys of its measures. */
export type TResolvedTouchpoint = { id: number; touchpoint: TTouchpoint; measureKeys: Set<string> };

/** The journey definitions of a workspace, indexed for resolving moments, as of `version`. */
export type TDefinitions = {
  version: number;
  journeys: Map<string, { id: number; touchpoints: Map<string, TResolvedTouchpoint> }>;
};

const cacheKey = (workspaceId: string) => `definitions:${workspaceId}`;

/** The cached definitions of a workspace, if any (callers check `version` against the database). */
export function cachedDefinitions(db: TDatabase, workspaceId: string): TDefinitions | undefined {
  return db.caches.get(cacheKey(workspaceId)) as TDefinitions | undefined;
}

/**
 * Drops a workspace's cached definitions, and the customer and episode ids cached under them: after a
 * journey change or an erasure commits, or when they proved stale (changed by another server). The ids
 * must go too: once the definitions are gone, `loadDefinitions` can no longer tell that the version moved,
 * and a customer erased by another server would keep its old id here.
 */
export function forgetDefinitions(db: TDatabase, workspaceId: string): void {
  db.caches.delete(cacheKey(workspaceId));
  forgetIds(db, 'customers', workspaceId);
  forgetIds(db, 'episodes', workspaceId);
}

/** Loads the definitions of a workspace at `version` and caches them (dropping ids cached before). */
export async function loadDefinitions(
  db: TDatabase,
  orm: TOrm,
  workspaceId: string,
  version: number,
): Promise<TDefinitions> {
  // A new version means a journey changed or a customer was erased, here or on another server: ids
  // cached under the old version may name rows that are gone.
  const previous = cachedDefinitions(db, workspaceId);
  if (previous && previous.version !== version) {
    forgetIds(db, 'customers', workspaceId);
    forgetIds(db, 'episodes', workspaceId);
  }
  const stored = await findJourneys(orm, workspaceId);
  const definitions: TDefinitions = { version, journeys: new Map() };
  for (const { id, journey, touchpointIds } of stored) {
    const touchpoints = new Map<string, TResolvedTouchpoint>();
    for (const touchpoint of journey.touchpoints) {
      const tpId = touchpointIds.get(touchpoint.key);
      if (tpId === undefined) continue;
      touchpoints.set(touchpoint.key, {
        id: tpId,
        touchpoint,
        measureKeys: new Set(touchpoint.measures.map((m) => m.key)),
      });
    }
    definitions.journeys.set(journey.key, { id, touchpoints });
  }
  db.caches.set(cacheKey(workspaceId), definitions);
  return definitions;
}
