/**
 * The tables of the invitation channels (migration 0017_survey_channels): settings per workspace and kind,
 * the delivery log, the phone tasks. The migration holds the foreign keys and the CHECK on the kind.
 */
import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One channel's settings in a workspace: what the API shows (config) and what it never shows (secrets). */
export const surveyChannelSettings = pgTable(
  'survey_channel_settings',
  {
    workspaceId: uuid('workspace_id').notNull(),
    kind: text('kind').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    config: jsonb('config').$type<Record<string, unknown>>().notNull().default({}),
    secrets: jsonb('secrets').$type<Record<string, unknown>>().notNull().default({}),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'survey_channel_settings_pk', columns: [t.workspaceId, t.kind] })],
);

/** One attempt to send an invitation or a test message, with the receiver's answer. */
export const surveyChannelDeliveries = pgTable(
  'survey_channel_deliveries',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    invitationId: uuid('invitation_id'),
    idempotencyKey: text('idempotency_key').notNull(),
    customer: text('customer'),
    address: text('address'),
    test: boolean('test').notNull().default(false),
    status: text('status').notNull(),
    retry: boolean('retry').notNull().default(false),
    httpStatus: integer('http_status'),
    durationMs: integer('duration_ms'),
    detail: text('detail').notNull(),
    responseExcerpt: text('response_excerpt'),
    at: at('at')
      .notNull()
      .default(sql`now()`),
  },
  (t) => [primaryKey({ name: 'survey_channel_deliveries_pk', columns: [t.workspaceId, t.id] })],
);

/** An invitation by phone: its callback task and the link whose answers the agent records. */
export const surveyPhoneTasks = pgTable(
  'survey_phone_tasks',
  {
    workspaceId: uuid('workspace_id').notNull(),
    callbackId: bigint('callback_id', { mode: 'number' }).notNull(),
    invitationId: uuid('invitation_id').notNull(),
    surveyKey: text('survey_key').notNull(),
    language: text('language').notNull(),
    linkToken: text('link_token').notNull(),
    answerId: uuid('answer_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'survey_phone_tasks_pk', columns: [t.workspaceId, t.callbackId] })],
);
