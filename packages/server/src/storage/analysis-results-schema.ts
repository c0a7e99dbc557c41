/**
 * Stored analysis results (migration 0010_analysis_results): the last result of each analysis of a journey
 * under one normalised query, with the data version it was computed at (see analysis/data-version.ts).
 */
import { bigint, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** One stored result, unique by workspace, kind, journey and the hash of the normalised query. */
export const analysisResults = pgTable(
  'analysis_results',
  {
    workspaceId: uuid('workspace_id').notNull(),
    /** `key-moments` or `typical-episodes`. */
    kind: text('kind').notNull(),
    journey: text('journey').notNull(),
    queryHash: text('query_hash').notNull(),
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    dataCount: bigint('data_count', { mode: 'number' }).notNull(),
    dataMaxId: bigint('data_max_id', { mode: 'number' }).notNull(),
    result: jsonb('result').$type<unknown>().notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.kind, t.journey, t.queryHash] })],
);
