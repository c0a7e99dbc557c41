/**
 * The survey answer tables (migration 0014_survey_answers): single-use links, the answers given through
 * them, and the customers who unsubscribed. The migration holds what Drizzle does not say here: the foreign
 * keys (cascading with the workspace, the survey and the link) and the unique indexes (token, one answer per
 * link).
 */
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A link minted for one customer to answer one version of a survey, once. */
export const surveyLinks = pgTable('survey_links', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  surveyId: uuid('survey_id').notNull(),
  version: integer('version').notNull(),
  tokenHash: text('token_hash').notNull(),
  customer: text('customer').notNull(),
  episode: text('episode'),
  journey: text('journey'),
  language: text('language'),
  expiresAt: at('expires_at').notNull(),
  partial: jsonb('partial').$type<Record<string, unknown>>(),
  partialAt: at('partial_at'),
  usedAt: at('used_at'),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
});

/** An answer, once per link, with what it became in the MOT model. */
export const surveyAnswers = pgTable('survey_answers', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  linkId: uuid('link_id').notNull(),
  surveyId: uuid('survey_id').notNull(),
  version: integer('version').notNull(),
  customer: text('customer').notNull(),
  episode: text('episode').notNull(),
  journey: text('journey'),
  language: text('language').notNull(),
  answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
  submittedAt: at('submitted_at').notNull().defaultNow(),
  ingestedAt: at('ingested_at'),
  ingestSummary: jsonb('ingest_summary').$type<Record<string, unknown>>(),
});

/** A customer who asked never to be surveyed again (退订). */
export const surveyOptOuts = pgTable(
  'survey_opt_outs',
  {
    workspaceId: uuid('workspace_id').notNull(),
    customer: text('customer').notNull(),
    linkId: uuid('link_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'survey_opt_outs_pk', columns: [t.workspaceId, t.customer] })],
);

/** A stored link. */
export type TSurveyLinkRow = typeof surveyLinks.$inferSelect;
/** A stored answer. */
export type TSurveyAnswerRow = typeof surveyAnswers.$inferSelect;
