/**
 * Tables of case SLAs (migration 0008_sla): business calendars, SLA policies, the targets applied to each
 * case, the escalations they fired, and each department's escalation contacts. The migration holds what
 * Drizzle does not say here: one default calendar and policy per workspace (partial unique indexes), the
 * foreign keys to cases (erased with them) and the checks.
 */
import type { TBusinessCalendar, TSlaStatus, TSlaTarget, TSlaTargetsBySeverity } from '@mot/core';
import {
  bigint,
  boolean,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A workspace's business-hours calendars (core's TBusinessCalendar in `calendar`). */
export const businessCalendars = pgTable('business_calendars', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  calendar: jsonb('calendar').$type<TBusinessCalendar>().notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** SLA policies: targets per severity on a calendar, optionally narrowed to journeys (keys) and departments. */
export const slaPolicies = pgTable('sla_policies', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  isDefault: boolean('is_default').notNull().default(false),
  calendarId: uuid('calendar_id').notNull(),
  targets: jsonb('targets').$type<TSlaTargetsBySeverity>().notNull(),
  journeys: jsonb('journeys').$type<string[]>().notNull().default([]),
  departments: jsonb('departments').$type<string[]>().notNull().default([]),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/**
 * A target applied to a case: its minutes and calendar as of the opening (the minutes of a raised severity after a raise), its deadline and its verdict.
 * No foreign key to its case or policy: triggers delete it with its case and clear a deleted policy (migration 0022).
 */
export const slaRecords = pgTable(
  'sla_records',
  {
    workspaceId: uuid('workspace_id').notNull(),
    caseId: bigint('case_id', { mode: 'number' }).notNull(),
    target: text('target').$type<TSlaTarget>().notNull(),
    policyId: uuid('policy_id'),
    minutes: integer('minutes').notNull(),
    calendar: jsonb('calendar').$type<TBusinessCalendar>().notNull(),
    status: text('status').$type<TSlaStatus>().notNull().default('active'),
    startedAt: at('started_at').notNull(),
    dueAt: at('due_at'),
    metAt: at('met_at'),
    pausedSince: at('paused_since'),
    /** Working minutes the clock stood still (clock-stopping states), added to the deadline. */
    pausedMinutes: doublePrecision('paused_minutes').notNull().default(0),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.caseId, t.target] })],
);

/** A record of an applied target. */
export type TSlaRecordRow = typeof slaRecords.$inferSelect;

/** The escalation a missed target fired: at most one per case and target. */
export const slaEscalations = pgTable(
  'sla_escalations',
  {
    workspaceId: uuid('workspace_id').notNull(),
    caseId: bigint('case_id', { mode: 'number' }).notNull(),
    target: text('target').$type<TSlaTarget>().notNull(),
    level: text('level').$type<'team_lead' | 'department_head'>().notNull(),
    dueAt: at('due_at').notNull(),
    userId: text('user_id'),
    assigned: boolean('assigned').notNull().default(false),
    firedAt: at('fired_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.caseId, t.target] })],
);

/** Who a department escalates to. */
export const departmentContacts = pgTable(
  'department_contacts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    department: text('department').notNull(),
    teamLeadUserId: text('team_lead_user_id'),
    headUserId: text('head_user_id'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.department] })],
);
