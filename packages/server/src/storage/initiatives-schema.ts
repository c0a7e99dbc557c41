/**
 * The initiatives table (migration 0011_initiatives): the changes whose effect the product evaluates. The
 * migration holds what Drizzle does not say here: the foreign key of the owner to auth_users (set null when
 * the user goes), the checks on the kind and the dates, and the unique name per workspace.
 */
import { date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { TComparisonChoice, TExpectedEffect, TInitiativeKind, TSegment } from '../initiatives/types.ts';

const at = (name: string) => timestamp(name, { withTimezone: true });

/** An initiative: where (journey, touchpoints, segment), when (dates), what was expected, compared with what. */
export const initiatives = pgTable('initiatives', {
  workspaceId: uuid('workspace_id').notNull(),
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').$type<TInitiativeKind>().notNull(),
  description: text('description'),
  ownerUserId: text('owner_user_id'),
  ownerName: text('owner_name'),
  journey: text('journey').notNull(),
  touchpoints: jsonb('touchpoints').$type<string[]>().notNull(),
  segment: jsonb('segment').$type<TSegment>().notNull().default({}),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  endDate: date('end_date', { mode: 'string' }),
  expectedEffect: jsonb('expected_effect').$type<TExpectedEffect>(),
  comparison: jsonb('comparison').$type<TComparisonChoice>().notNull(),
  createdBy: text('created_by').notNull(),
  updatedBy: text('updated_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/** A stored initiative row. */
export type TInitiativeRow = typeof initiatives.$inferSelect;
