import type { TDatabase } from '../storage/database.ts';

/** Most ids kept per workspace and kind; past it the cache starts over (a live feed refills it quickly). */
const MAX_CACHED_IDS = 1_000_000;

type TKind = 'customers' | 'episodes';
const cacheKey = (kind: TKind, workspaceId: string) => `${kind}:${workspaceId}`;

/**
 * Ids of customers (by external id) and episodes (by journey, key and customer) already committed. Such ids
 * never change, so every server can cache them; ingestion then skips the upsert for customers and episodes
 * it has seen, which is most of them in a live feed.
 */
export function idCache(db: TDatabase, kind: TKind, workspaceId: string): Map<string, number> {
  const key = cacheKey(kind, workspaceId);
  let cache = db.caches.get(key) as Map<string, number> | undefined;
  if (!cache) {
    cache = new Map();
    db.caches.set(key, cache);
  }
  return cache;
}

/** Drops a workspace's cached ids of one kind (episodes of a deleted journey must not linger). */
export function forgetIds(db: TDatabase, kind: TKind, workspaceId: string): void {
  db.caches.delete(cacheKey(kind, workspaceId));
}

/** Adds committed ids to a cache (call only after the transaction that wrote them has committed). */
export function rememberIds(cache: Map<string, number>, ids: ReadonlyMap<string, number>): void {
  if (cache.size + ids.size > MAX_CACHED_IDS) cache.clear();
  for (const [key, id] of ids) cache.set(key, id);
}

/** Splits keys into those the cache knows (into `found`) and those it does not. */
export function lookUpIds(
  cache: ReadonlyMap<string, number>,
  keys: Iterable<string>,
  found: Map<string, number>,
): string[] {
  const unknown: string[] = [];
  for (const key of keys) {
    const id = cache.get(key);
    if (id === undefined) unknown.push(key);
    else found.set(key, id);
  }
  return unknown;
}
