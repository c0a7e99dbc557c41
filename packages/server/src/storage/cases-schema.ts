/**
 * Tables of alert rules, alerts and service-recovery cases (migration 0007_cases). The migration holds what
 * Drizzle cannot say here: the partial unique index that keeps ONE open case per (workspace, customer,
 * episode), the foreign keys that erase a customer's alerts and cases with them, and the checks.
 */
import type { TAlertCondition, TAlertScope, TCaseState, TSeverity } from '@mot/core';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });
const id = () => bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity();
const ref = (name: string) => bigint(name, { mode: 'number' });

/** A workspace's alert rules (core's `ZAlertRule`); `origin` names the pack that installed one. */
export const alertRules = pgTable(
  'alert_rules',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: id(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    severity: text('severity').$type<TSeverity>().notNull(),
    opensCase: boolean('opens_case').notNull().default(true),
    scope: jsonb('scope').$type<TAlertScope>().notNull().default({}),
    condition: jsonb('condition').$type<TAlertCondition>().notNull(),
    origin: text('origin'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('alert_rules_key').on(t.workspaceId, t.key),
  ],
);

/** Service-recovery cases. `first_response_due_at` and `resolution_due_at` are written by the SLA code. */
export const cases = pgTable(
  'cases',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: id(),
    customerId: ref('customer_id').notNull(),
    episodeId: ref('episode_id').notNull(),
    journeyId: ref('journey_id').notNull(),
    touchpointId: ref('touchpoint_id').notNull(),
    department: text('department'),
    assigneeUserId: text('assignee_user_id'),
    severity: text('severity').$type<TSeverity>().notNull(),
    state: text('state').$type<TCaseState>().notNull().default('new'),
    title: text('title').notNull(),
    rootCause: text('root_cause'),
    resolution: text('resolution'),
    openedAt: at('opened_at').notNull().defaultNow(),
    firstResponseAt: at('first_response_at'),
    resolvedAt: at('resolved_at'),
    closedAt: at('closed_at'),
    reopenedCount: integer('reopened_count').notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
    firstResponseDueAt: at('first_response_due_at'),
    resolutionDueAt: at('resolution_due_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('cases_opened').on(t.workspaceId, t.openedAt, t.id),
    index('cases_state').on(t.workspaceId, t.state, t.openedAt),
    index('cases_department').on(t.workspaceId, t.department, t.openedAt),
    index('cases_assignee').on(t.workspaceId, t.assigneeUserId),
    index('cases_customer').on(t.workspaceId, t.customerId),
  ],
);

/** A case as stored. */
export type TCaseRow = typeof cases.$inferSelect;

/**
 * Every alert a rule raised: for a moment, an answer, or (systemic) a touchpoint's window; the case it
 * opened or joined, if any. `dedupe_key` makes raising it again a no-op.
 */
export const alerts = pgTable(
  'alerts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: id(),
    ruleId: ref('rule_id'),
    ruleKey: text('rule_key').notNull(),
    kind: text('kind').notNull(),
    severity: text('severity').$type<TSeverity>().notNull(),
    source: text('source').$type<'moment' | 'answer' | 'systemic'>().notNull(),
    momentId: ref('moment_id'),
    customerId: ref('customer_id'),
    episodeId: ref('episode_id'),
    journeyId: ref('journey_id'),
    touchpointId: ref('touchpoint_id'),
    caseId: ref('case_id'),
    dedupeKey: text('dedupe_key').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: at('occurred_at').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('alerts_dedupe').on(t.workspaceId, t.dedupeKey),
    index('alerts_recent').on(t.workspaceId, t.occurredAt),
  ],
);

/**
 * The activity log of a case: transitions, notes, assignments, triggers joined, SLA and callback events. No
 * foreign key to its case: a trigger deletes it with its case (migration 0022).
 */
export const caseEvents = pgTable(
  'case_events',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: id(),
    caseId: ref('case_id').notNull(),
    at: at('at').notNull().defaultNow(),
    /** A user id, an API key id, or `system`. */
    actor: text('actor').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('case_events_case').on(t.workspaceId, t.caseId, t.id),
  ],
);

/** Moments and breaching moments per touchpoint, hour and stripe, for systemic rules. */
export const touchpointHourCounts = pgTable(
  'touchpoint_hour_counts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    touchpointId: ref('touchpoint_id').notNull(),
    hour: at('hour').notNull(),
    stripe: smallint('stripe').notNull(),
    moments: integer('moments').notNull(),
    breaching: integer('breaching').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.touchpointId, t.hour, t.stripe] })],
);
