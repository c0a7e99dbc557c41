/**
 * Customer status events (migration 0012_customer_status): a customer started, renewed, churned or came
 * back, keyed like the tables that grow with traffic so a customer's events live on their shard.
 */
import {
  bigint,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** One status event, unique in its workspace by the source's event id. */
export const customerStatusEvents = pgTable(
  'customer_status_events',
  {
    workspaceId: uuid('workspace_id').notNull(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    eventId: text('event_id').notNull(),
    /** `started`, `renewed`, `churned` or `reactivated`. */
    kind: text('kind').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
    contractEnd: date('contract_end', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.customerId, t.id] }),
    uniqueIndex('customer_status_events_event_id').on(t.workspaceId, t.eventId),
    index('customer_status_events_customer').on(t.workspaceId, t.customerId, t.at),
  ],
);
