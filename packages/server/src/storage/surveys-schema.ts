/**
 * The surveys tables (migration 0013_surveys): a survey and its versions. The migration holds what Drizzle
 * does not say here: the foreign keys (cascading with the workspace and the survey), the status check and
 * the unique key per workspace.
 */
import type { TSurveyDefinition } from '@mot/core';
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** The states of a survey: a draft is not sent yet, an active one is, an archived one no longer is. */
export const SURVEY_STATUSES = ['draft', 'active', 'archived'] as const;
/** A survey's state. */
export type TSurveyStatus = (typeof SURVEY_STATUSES)[number];

/** A survey: its key and name, the journey it is about, the template it came from, its current version. */
export const surveys = pgTable('surveys', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull(),
  name: text('name').notNull(),
  journey: text('journey'),
  template: text('template'),
  status: text('status').$type<TSurveyStatus>().notNull().default('draft'),
  currentVersion: integer('current_version').notNull().default(1),
  createdBy: text('created_by').notNull(),
  updatedBy: text('updated_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** A version of a survey's definition (SurveyJS JSON), never changed once written. */
export const surveyVersions = pgTable(
  'survey_versions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<TSurveyDefinition>().notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'survey_versions_pk', columns: [t.surveyId, t.version] })],
);

/** A stored survey row. */
export type TSurveyRow = typeof surveys.$inferSelect;
