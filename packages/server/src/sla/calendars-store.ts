import type { TBusinessCalendar } from '@mot/core';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { MotError, alreadyExists, inUse, notFound } from '../errors.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { businessCalendars, slaPolicies } from '../storage/sla-schema.ts';
import { ensureSlaDefaults } from './policies.ts';

/** A calendar as the API shows it. */
export type TCalendarOut = {
  id: string;
  name: string;
  isDefault: boolean;
  calendar: TBusinessCalendar;
  policies: number;
  updatedAt: string;
};

/** A calendar as written. */
export type TCalendarInput = { name: string; isDefault: boolean; calendar: TBusinessCalendar };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const missing = (id: string) => notFound(`business calendar "${id}"`, ['params', 'id']);

async function listRows(orm: TOrm, workspaceId: string, id?: string): Promise<TCalendarOut[]> {
  const rows = await orm
    .select({
      c: businessCalendars,
      policies: sql<number>`(select count(*)::int from sla_policies p where p.calendar_id = "business_calendars"."id")`,
    })
    .from(businessCalendars)
    .where(
      id === undefined
        ? eq(businessCalendars.workspaceId, workspaceId)
        : and(eq(businessCalendars.workspaceId, workspaceId), eq(businessCalendars.id, id)),
    )
    .orderBy(asc(businessCalendars.createdAt), asc(businessCalendars.id));
  return rows.map(({ c, policies }) => ({
    id: c.id,
    name: c.name,
    isDefault: c.isDefault,
    calendar: c.calendar,
    policies: Number(policies),
    updatedAt: c.updatedAt.toISOString(),
  }));
}

/** The workspace's calendars (the default ones created first when it has none), oldest first. */
export async function listCalendars(db: TDatabase, workspaceId: string): Promise<TCalendarOut[]> {
  return db.orm.transaction(async (tx) => {
    await ensureSlaDefaults(tx, workspaceId);
    return listRows(tx, workspaceId);
  });
}

/** One calendar of the workspace (404 otherwise). */
export async function findCalendar(orm: TOrm, workspaceId: string, id: string): Promise<TCalendarOut> {
  if (!UUID.test(id)) throw missing(id);
  const [found] = await listRows(orm, workspaceId, id);
  if (!found) throw missing(id);
  return found;
}

async function checkName(tx: TOrm, workspaceId: string, name: string, id: string | null): Promise<void> {
  const [clash] = await tx
    .select({ id: businessCalendars.id })
    .from(businessCalendars)
    .where(
      and(
        eq(businessCalendars.workspaceId, workspaceId),
        eq(businessCalendars.name, name),
        ...(id ? [ne(businessCalendars.id, id)] : []),
      ),
    );
  if (clash) throw alreadyExists(`a calendar named "${name}"`, ['name']);
}

/** Makes `id` the only default calendar of the workspace. */
async function takeDefault(tx: TOrm, workspaceId: string, id: string): Promise<void> {
  await tx
    .update(businessCalendars)
    .set({ isDefault: false })
    .where(and(eq(businessCalendars.workspaceId, workspaceId), ne(businessCalendars.id, id)));
}

/** Creates a calendar (audited). */
export async function createCalendar(
  db: TDatabase,
  workspaceId: string,
  input: TCalendarInput,
): Promise<TCalendarOut> {
  return db.orm.transaction(async (tx) => {
    await ensureSlaDefaults(tx, workspaceId);
    await checkName(tx, workspaceId, input.name, null);
    if (input.isDefault)
      await tx
        .update(businessCalendars)
        .set({ isDefault: false })
        .where(eq(businessCalendars.workspaceId, workspaceId));
    const [row] = await tx
      .insert(businessCalendars)
      .values({ workspaceId, name: input.name, isDefault: input.isDefault, calendar: input.calendar })
      .returning({ id: businessCalendars.id });
    const id = row?.id ?? '';
    await appendAudit(tx, {
      workspaceId,
      action: 'business_calendar.create',
      entityType: 'business_calendar',
      entityId: id,
      summary: summaryOf(input),
    });
    return findCalendar(tx, workspaceId, id);
  });
}

/** Replaces a calendar (audited). Open cases keep the calendar they started with. */
export async function updateCalendar(
  db: TDatabase,
  workspaceId: string,
  id: string,
  input: TCalendarInput,
): Promise<TCalendarOut> {
  return db.orm.transaction(async (tx) => {
    const current = await findCalendar(tx, workspaceId, id);
    if (current.isDefault && !input.isDefault) {
      throw new MotError('invalid_input', 'make another calendar the default instead', ['isDefault']);
    }
    await checkName(tx, workspaceId, input.name, id);
    if (input.isDefault) await takeDefault(tx, workspaceId, id);
    await tx
      .update(businessCalendars)
      .set({ name: input.name, isDefault: input.isDefault, calendar: input.calendar, updatedAt: new Date() })
      .where(and(eq(businessCalendars.workspaceId, workspaceId), eq(businessCalendars.id, id)));
    await appendAudit(tx, {
      workspaceId,
      action: 'business_calendar.update',
      entityType: 'business_calendar',
      entityId: id,
      summary: summaryOf(input),
    });
    return findCalendar(tx, workspaceId, id);
  });
}

/** Deletes a calendar no policy uses and that is not the default (audited). */
export async function deleteCalendar(db: TDatabase, workspaceId: string, id: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const current = await findCalendar(tx, workspaceId, id);
    if (current.isDefault)
      throw inUse('the default calendar cannot be deleted: make another the default first');
    const [user] = await tx
      .select({ name: slaPolicies.name })
      .from(slaPolicies)
      .where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.calendarId, id)));
    if (user) throw inUse(`the SLA policy "${user.name}" uses this calendar`);
    await tx
      .delete(businessCalendars)
      .where(and(eq(businessCalendars.workspaceId, workspaceId), eq(businessCalendars.id, id)));
    await appendAudit(tx, {
      workspaceId,
      action: 'business_calendar.delete',
      entityType: 'business_calendar',
      entityId: id,
      summary: { name: current.name },
    });
  });
}

function summaryOf(input: TCalendarInput): Record<string, unknown> {
  return {
    name: input.name,
    isDefault: input.isDefault,
    timeZone: input.calendar.timeZone,
    ranges: input.calendar.hours.length,
    holidays: input.calendar.holidays.length,
    workdays: input.calendar.workdays.length,
  };
}
