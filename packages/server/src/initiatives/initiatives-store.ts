import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { appendAudit, currentActor } from '../access/audit.ts';
import { findMember } from '../access/memberships.ts';
import { actorName } from '../cases/append-case-event.ts';
import { alreadyExists, invalidInput, notFound } from '../errors.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { authUsers } from '../storage/access-schema.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { initiatives } from '../storage/initiatives-schema.ts';
import type { TInitiativeRow } from '../storage/initiatives-schema.ts';
import type { TComparisonChoice, TExpectedEffect, TInitiativeKind, TSegment } from './types.ts';

/** An initiative as written. */
export type TInitiativeInput = {
  name: string;
  kind: TInitiativeKind;
  description: string | null;
  ownerUserId: string | null;
  ownerName: string | null;
  journey: string;
  touchpoints: string[];
  segment: TSegment;
  startDate: string;
  endDate: string | null;
  expectedEffect: TExpectedEffect | null;
  comparison: TComparisonChoice;
};

/** An initiative as the API shows it. */
export type TInitiativeOut = TInitiativeInput & {
  id: string;
  ownerDisplay: string;
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const missing = (id: string) => notFound(`initiative "${id}"`, ['params', 'id']);

function present(row: TInitiativeRow, ownerUser: { name: string; email: string } | null): TInitiativeOut {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    description: row.description,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    // A member who left the instance leaves the owner unknown (the foreign key sets it null).
    ownerDisplay: ownerUser ? ownerUser.name || ownerUser.email : (row.ownerName ?? ''),
    journey: row.journey,
    touchpoints: row.touchpoints,
    segment: row.segment,
    startDate: row.startDate,
    endDate: row.endDate,
    expectedEffect: row.expectedEffect,
    comparison: row.comparison,
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function selectRows(orm: TOrm, workspaceId: string, id?: string): Promise<TInitiativeOut[]> {
  const rows = await orm
    .select({ i: initiatives, name: authUsers.name, email: authUsers.email })
    .from(initiatives)
    .leftJoin(authUsers, eq(authUsers.id, initiatives.ownerUserId))
    .where(
      id === undefined
        ? eq(initiatives.workspaceId, workspaceId)
        : and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, id)),
    )
    .orderBy(desc(initiatives.startDate), asc(initiatives.name));
  return rows.map(({ i, name, email }) =>
    present(i, name === null || email === null ? null : { name, email }),
  );
}

/** The workspace's initiatives, latest start first. */
export function listInitiatives(orm: TOrm, workspaceId: string): Promise<TInitiativeOut[]> {
  return selectRows(orm, workspaceId);
}

/** One initiative of the workspace (404 otherwise). */
export async function findInitiative(orm: TOrm, workspaceId: string, id: string): Promise<TInitiativeOut> {
  if (!UUID.test(id)) throw missing(id);
  const [found] = await selectRows(orm, workspaceId, id);
  if (!found) throw missing(id);
  return found;
}

/**
 * Checks what the schema cannot: the journey and its touchpoints exist, the owner is a member, the
 * comparison's touchpoints exist and are not the initiative's own, a segment comparison has a segment of
 * the initiative to differ from, and the name is free.
 */
async function checkInput(tx: TOrm, workspaceId: string, input: TInitiativeInput, id: string | null) {
  const journeys = await findJourneys(tx, workspaceId);
  const touchpointsOf = (key: string) =>
    journeys.find((j) => j.journey.key === key)?.journey.touchpoints.map((tp) => tp.key);
  const own = touchpointsOf(input.journey);
  if (!own) throw invalidInput(`no journey "${input.journey}" in this workspace`, ['journey']);
  input.touchpoints.forEach((tp, i) => {
    if (!own.includes(tp))
      throw invalidInput(`journey "${input.journey}" has no touchpoint "${tp}"`, ['touchpoints', i]);
  });
  if (input.ownerUserId !== null && !(await findMember(tx, workspaceId, input.ownerUserId))) {
    throw invalidInput(`no member "${input.ownerUserId}" in this workspace`, ['ownerUserId']);
  }
  const { comparison } = input;
  if (comparison.kind === 'touchpoints') {
    comparison.touchpoints.forEach((ref, i) => {
      const path = ['comparison', 'touchpoints', i];
      const keys = touchpointsOf(ref.journey);
      if (!keys) throw invalidInput(`no journey "${ref.journey}" in this workspace`, [...path, 'journey']);
      if (!keys.includes(ref.touchpoint)) {
        throw invalidInput(`journey "${ref.journey}" has no touchpoint "${ref.touchpoint}"`, [
          ...path,
          'touchpoint',
        ]);
      }
      if (ref.journey === input.journey && input.touchpoints.includes(ref.touchpoint)) {
        throw invalidInput(`"${ref.touchpoint}" is a touchpoint of the initiative itself`, [
          ...path,
          'touchpoint',
        ]);
      }
    });
  }
  if (comparison.kind === 'segment') {
    if (Object.keys(input.segment).length === 0) {
      throw invalidInput('a segment comparison needs a segment of the initiative to differ from', [
        'segment',
      ]);
    }
    if (JSON.stringify(sortedSegment(comparison.segment)) === JSON.stringify(sortedSegment(input.segment))) {
      throw invalidInput('the comparison segment is the initiative’s own', ['comparison', 'segment']);
    }
  }
  const [clash] = await tx
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(
      and(
        eq(initiatives.workspaceId, workspaceId),
        eq(initiatives.name, input.name),
        ...(id ? [ne(initiatives.id, id)] : []),
      ),
    );
  if (clash) throw alreadyExists(`an initiative named "${input.name}"`, ['name']);
}

const sortedSegment = (segment: TSegment) =>
  Object.keys(segment)
    .sort()
    .map((k) => [k, [...(segment[k] ?? [])].sort()]);

/** Creates an initiative (audited). */
export async function createInitiative(
  db: TDatabase,
  workspaceId: string,
  input: TInitiativeInput,
): Promise<TInitiativeOut> {
  return db.orm.transaction(async (tx) => {
    await checkInput(tx, workspaceId, input, null);
    const actor = actorName(currentActor());
    const [row] = await tx
      .insert(initiatives)
      .values({ workspaceId, ...input, createdBy: actor, updatedBy: actor })
      .returning({ id: initiatives.id });
    const id = row?.id ?? '';
    await appendAudit(tx, {
      workspaceId,
      action: 'initiative.create',
      entityType: 'initiative',
      entityId: id,
      summary: { ...input },
    });
    return findInitiative(tx, workspaceId, id);
  });
}

/** Replaces an initiative (audited). */
export async function updateInitiative(
  db: TDatabase,
  workspaceId: string,
  id: string,
  input: TInitiativeInput,
): Promise<TInitiativeOut> {
  return db.orm.transaction(async (tx) => {
    await findInitiative(tx, workspaceId, id);
    await checkInput(tx, workspaceId, input, id);
    await tx
      .update(initiatives)
      .set({ ...input, updatedBy: actorName(currentActor()), updatedAt: new Date() })
      .where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, id)));
    await appendAudit(tx, {
      workspaceId,
      action: 'initiative.update',
      entityType: 'initiative',
      entityId: id,
      summary: { ...input },
    });
    return findInitiative(tx, workspaceId, id);
  });
}

/** Deletes an initiative (audited). */
export async function deleteInitiative(db: TDatabase, workspaceId: string, id: string): Promise<void> {
  await db.orm.transaction(async (tx) => {
    const current = await findInitiative(tx, workspaceId, id);
    await tx.delete(initiatives).where(and(eq(initiatives.workspaceId, workspaceId), eq(initiatives.id, id)));
    await appendAudit(tx, {
      workspaceId,
      action: 'initiative.delete',
      entityType: 'initiative',
      entityId: id,
      summary: { name: current.name },
    });
  });
}
