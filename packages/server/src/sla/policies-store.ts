import type { TSlaTargetsBySeverity } from '@mot/core';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { appendAudit } from '../access/audit.ts';
import { alreadyExists, inUse, invalidInput, notFound } from '../errors.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { journeys as journeysTable } from '../storage/schema.ts';
import { businessCalendars, slaPolicies } from '../storage/sla-schema.ts';
import { ensureSlaDefaults } from './policies.ts';

/** A policy as written. */
export type TPolicyInput = {
  name: string;
  isDefault: boolean;
  calendarId: string;
  targets: TSlaTargetsBySeverity;
  journeys: string[];
  departments: string[];
};

/** A policy as the API shows it. */
export type TPolicyOut = TPolicyInput & { id: string; calendarName: string; updatedAt: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const missing = (id: string) => notFound(`SLA policy "${id}"`, ['params', 'id']);

async function listRows(orm: TOrm, workspaceId: string, id?: string): Promise<TPolicyOut[]> {
  const rows = await orm
    .select({ p: slaPolicies, calendarName: businessCalendars.name })
    .from(slaPolicies)
    .innerJoin(businessCalendars, eq(businessCalendars.id, slaPolicies.calendarId))
    .where(
      id === undefined
        ? eq(slaPolicies.workspaceId, workspaceId)
        : and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.id, id)),
    )
    .orderBy(asc(slaPolicies.createdAt), asc(slaPolicies.id));
  return rows.map(({ p, calendarName }) => ({
    id: p.id,
    name: p.name,
    isDefault: p.isDefault,
    calendarId: p.calendarId,
    calendarName,
    targets: p.targets,
    journeys: p.journeys,
    departments: p.departments,
    updatedAt: p.updatedAt.toISOString(),
  }));
}

/** The workspace's policies (the default one created first when it has none), oldest first. */
export async function listPolicies(db: TDatabase, workspaceId: string): Promise<TPolicyOut[]> {
  return db.orm.transaction(async (tx) => {
    await ensureSlaDefaults(tx, workspaceId);
    return listRows(tx, workspaceId);
  });
}

/** One policy of the workspace (404 otherwise). */
export async function findPolicy(orm: TOrm, workspaceId: string, id: string): Promise<TPolicyOut> {
  if (!UUID.test(id)) throw missing(id);
  const [found] = await listRows(orm, workspaceId, id);
  if (!found) throw missing(id);
  return found;
}

/** Checks what the schema cannot: the calendar and journeys are the workspace's, the name is free. */
async function checkInput(
  tx: TOrm,
  workspaceId: string,
  input: TPolicyInput,
  id: string | null,
): Promise<void> {
  if (input.isDefault && (input.journeys.length > 0 || input.departments.length > 0)) {
    throw invalidInput('the default policy applies to every case: it cannot be narrowed', [
      input.journeys.length > 0 ? 'journeys' : 'departments',
    ]);
  }
  const [calendar] = UUID.test(input.calendarId)
    ? await tx
        .select({ id: businessCalendars.id })
        .from(businessCalendars)
        .where(
          and(eq(businessCalendars.workspaceId, workspaceId), eq(businessCalendars.id, input.calendarId)),
        )
    : [];
  if (!calendar)
    throw invalidInput(`no business calendar "${input.calendarId}" in this workspace`, ['calendarId']);
  if (input.journeys.length > 0) {
    const known = await tx
      .select({ key: journeysTable.key })
      .from(journeysTable)
      .where(and(eq(journeysTable.workspaceId, workspaceId), inArray(journeysTable.key, input.journeys)));
    const keys = new Set(known.map((j) => j.key));
    const unknown = input.journeys.findIndex((j) => !keys.has(j));
    if (unknown >= 0) throw invalidInput(`no journey "${input.journeys[unknown]}"`, ['journeys', unknown]);
  }
  const [clash] = await tx
    .select({ id: slaPolicies.id })
    .from(slaPolicies)
    .where(
      and(
        eq(slaPolicies.workspaceId, workspaceId),
        eq(slaPolicies.name, input.name),
        ...(id ? [ne(slaPolicies.id, id)] : []),
      ),
    );
  if (clash) throw alreadyExists(`a policy named "${input.name}"`, ['name']);
}

/** Creates a policy (audited); a new default replaces the old one as default. */
export async function createPolicy(
  db: TDatabase,
  workspaceId: string,
  input: TPolicyInput,
): Promise<TPolicyOut> {
  return db.orm.transaction(async (tx) => {
    await ensureSlaDefaults(tx, workspaceId);
    await checkInput(tx, workspaceId, input, null);
    if (input.isDefault) {
      await tx.update(slaPolicies).set({ isDefault: false }).where(eq(slaPolicies.workspaceId, workspaceId));
    }
    const [row] = await tx
      .insert(slaPolicies)
      .values({ workspaceId, ...input })
      .returning({ id: slaPolicies.id });
    const id = row?.id ?? '';
    await appendAudit(tx, {
      workspaceId,
      action: 'sla_policy.create',
      entityType: 'sla_policy',
      entityId: id,
      summary: { ...input },
    });
    return findPolicy(tx, workspaceId, id);
  });
}

/** Replaces a policy (audited). Open cases keep the targets they started with. */
export async function updatePolicy(
  db: TDatabase,
  workspaceId: string,
  id: string,
  input: TPolicyInput,
): Promise<TPolicyOut> {
  return db.orm.transaction(async (tx) => {
    const current = await findPolicy(tx, workspaceId, id);
    if (current.isDefault && !input.isDefault) {
      throw invalidInput('make another policy the default instead', ['isDefault']);
    }
    await checkInput(tx, workspaceId, input, id);
    if (input.isDefault) {
      await tx
        .update(slaPolicies)
        .set({ isDefault: false })
        .where(and(eq(slaPolicies.workspaceId, workspaceId), ne(slaPolicies.id, id)));
    }
    await tx
      .update(slaPolicies)
      .set({ ...input, updatedAt: new Date() })
      .where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.id, id)));
    await appendAudit(tx, {
      workspaceId,
      action: 'sla_policy.update',
      entityType: 'sla_policy',
      entityId: id,
      summary: { ...input },
    });
    return findPolicy(tx, workspaceId, id);
  });
}

/** Deletes a policy that is not the default (audited); cases it applied to keep their records. */
export async function deletePolicy(db: TDatabase, workspaceId: string, id: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const current = await findPolicy(tx, workspaceId, id);
    if (current.isDefault)
      throw inUse('the default policy cannot be deleted: make another the default first');
    await tx.delete(slaPolicies).where(and(eq(slaPolicies.workspaceId, workspaceId), eq(slaPolicies.id, id)));
    await appendAudit(tx, {
      workspaceId,
      action: 'sla_policy.delete',
      entityType: 'sla_policy',
      entityId: id,
      summary: { name: current.name },
    });
  });
}
