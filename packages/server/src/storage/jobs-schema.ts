/**
 * Tables of background jobs and staff notifications (migration 0006_jobs): the job outbox, notification
 * channels, their deliveries and every delivery attempt.
 */
import { bigint, boolean, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });
const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();

/** The job outbox: unique by (kind, key); claimed with FOR UPDATE SKIP LOCKED and held by a lease. */
export const jobs = pgTable('jobs', {
  id: id(),
  workspaceId: uuid('workspace_id'),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  payload: jsonb('payload').$type<unknown>().notNull(),
  /** pending | running | done | failed */
  state: text('state').notNull().default('pending'),
  runAt: at('run_at').notNull().defaultNow(),
  attempts: integer('attempts').notNull().default(0),
  lockedBy: text('locked_by'),
  lockedUntil: at('locked_until'),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull().defaultNow(),
  finishedAt: at('finished_at'),
});

/** A workspace's notification channel: `config` is shown, `secrets` never after creation. */
export const notificationChannels = pgTable('notification_channels', {
  workspaceId: uuid('workspace_id').notNull(),
  id: id(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  config: jsonb('config').$type<Record<string, unknown>>().notNull(),
  secrets: jsonb('secrets').$type<Record<string, unknown>>().notNull(),
  subscription: jsonb('subscription').$type<Record<string, unknown>>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** One message to one channel, unique by (channel, key). */
export const notificationDeliveries = pgTable('notification_deliveries', {
  workspaceId: uuid('workspace_id').notNull(),
  id: id(),
  channelId: bigint('channel_id', { mode: 'number' }).notNull(),
  key: text('key').notNull(),
  event: text('event').notNull(),
  message: jsonb('message').$type<Record<string, unknown>>().notNull(),
  /** pending | waiting (for a digest) | delivered | digested | failed */
  state: text('state').notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  digestId: bigint('digest_id', { mode: 'number' }),
  lastError: text('last_error'),
  createdAt: at('created_at').notNull().defaultNow(),
  deliveredAt: at('delivered_at'),
});

/** Every attempt to send a delivery. */
export const notificationAttempts = pgTable('notification_attempts', {
  workspaceId: uuid('workspace_id').notNull(),
  id: id(),
  deliveryId: bigint('delivery_id', { mode: 'number' }).notNull(),
  channelId: bigint('channel_id', { mode: 'number' }).notNull(),
  attempt: integer('attempt').notNull(),
  at: at('at').notNull().defaultNow(),
  /** sending | ok | retry | failed | refused */
  status: text('status').notNull(),
  httpStatus: integer('http_status'),
  durationMs: integer('duration_ms'),
  error: text('error'),
});
