/**
 * Tables of callbacks (回访, migration 0009_callbacks): one row per callback task, planned when a case is
 * resolved or on a routine list without a case, and one row per attempt. At most one planned callback per
 * case (a partial unique index), so planning twice for the same resolution is a no-op.
 */
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { TCallbackScript } from '@mot/core';

const at = (name: string) => timestamp(name, { withTimezone: true });
const ref = (name: string) => bigint(name, { mode: 'number' });

/** A callback task: whom to call about what, who calls, how far it got and what the customer said. */
export const callbacks = pgTable(
  'callbacks',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: ref('id').generatedAlwaysAsIdentity(),
    /** The case it confirms; null on a routine callback list. */
    caseId: ref('case_id'),
    customerId: ref('customer_id').notNull(),
    episodeId: ref('episode_id').notNull(),
    journeyId: ref('journey_id').notNull(),
    /** The touchpoint the callback is about (the case's first trigger). */
    touchpointId: ref('touchpoint_id').notNull(),
    assigneeUserId: text('assignee_user_id'),
    /** planned | done | failed | cancelled (a planned callback whose time has come is shown as due). */
    state: text('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    nextAttemptAt: at('next_attempt_at'),
    script: jsonb('script').$type<TCallbackScript>().notNull(),
    reached: boolean('reached'),
    solved: boolean('solved'),
    satisfaction: integer('satisfaction'),
    note: text('note'),
    recordedBy: text('recorded_by'),
    doneAt: at('done_at'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('callbacks_due').on(t.workspaceId, t.state, t.nextAttemptAt),
    index('callbacks_assignee').on(t.workspaceId, t.assigneeUserId, t.state),
    index('callbacks_case').on(t.workspaceId, t.caseId),
    uniqueIndex('callbacks_open_per_case')
      .on(t.workspaceId, t.caseId)
      .where(sql`"state" = 'planned' AND "case_id" IS NOT NULL`),
  ],
);

/** One call attempt; the primary key makes two agents recording the same attempt number collide. */
export const callbackAttempts = pgTable(
  'callback_attempts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    callbackId: ref('callback_id').notNull(),
    attempt: integer('attempt').notNull(),
    at: at('at').notNull(),
    reached: boolean('reached').notNull(),
    solved: boolean('solved'),
    satisfaction: integer('satisfaction'),
    note: text('note'),
    recordedBy: text('recorded_by'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.callbackId, t.attempt] })],
);
