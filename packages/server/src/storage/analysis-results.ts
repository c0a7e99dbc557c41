import { and, eq, lte, sql } from 'drizzle-orm';
import type { TDataVersion } from '../analysis/data-version.ts';
import { analysisResults } from './analysis-results-schema.ts';
import type { TDatabase } from './database.ts';

/** Which stored result: the analysis, its journey and the hash of its normalised query. */
export type TAnalysisKey = { workspaceId: string; kind: string; journey: string; queryHash: string };

/** A stored result with the data version it was computed at. */
export type TStoredAnalysis = {
  result: unknown;
  version: TDataVersion;
  computedAt: string;
  durationMs: number;
};

const where = (key: TAnalysisKey) =>
  and(
    eq(analysisResults.workspaceId, key.workspaceId),
    eq(analysisResults.kind, key.kind),
    eq(analysisResults.journey, key.journey),
    eq(analysisResults.queryHash, key.queryHash),
  );

/** The last stored result of `key`, or null. */
export async function findAnalysisResult(db: TDatabase, key: TAnalysisKey): Promise<TStoredAnalysis | null> {
  const [row] = await db.orm.select().from(analysisResults).where(where(key));
  if (!row) return null;
  return {
    result: row.result,
    version: { count: row.dataCount, maxId: row.dataMaxId },
    computedAt: row.computedAt.toISOString(),
    durationMs: row.durationMs,
  };
}

/**
 * Stores a result in place of the last one of its key, unless the stored one was computed at a later data
 * version (two servers finishing out of order keep the newer).
 */
export async function saveAnalysisResult(
  db: TDatabase,
  key: TAnalysisKey,
  query: Record<string, unknown>,
  stored: TStoredAnalysis,
): Promise<void> {
  await db.orm
    .insert(analysisResults)
    .values({
      ...key,
      query,
      dataCount: stored.version.count,
      dataMaxId: stored.version.maxId,
      result: stored.result,
      computedAt: new Date(stored.computedAt),
      durationMs: stored.durationMs,
    })
    .onConflictDoUpdate({
      target: [
        analysisResults.workspaceId,
        analysisResults.kind,
        analysisResults.journey,
        analysisResults.queryHash,
      ],
      set: {
        query: sql`excluded.query`,
        dataCount: sql`excluded.data_count`,
        dataMaxId: sql`excluded.data_max_id`,
        result: sql`excluded.result`,
        computedAt: sql`excluded.computed_at`,
        durationMs: sql`excluded.duration_ms`,
      },
      setWhere: lte(analysisResults.dataCount, stored.version.count),
    });
}
