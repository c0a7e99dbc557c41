import type { TRole, TWorkspace } from '@mot/core';
import { and, asc, eq } from 'drizzle-orm';
import { authUsers, memberships } from '../storage/access-schema.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { workspaces } from '../storage/schema.ts';
import { toWorkspace } from '../storage/workspace-row.ts';

/** A workspace a user belongs to, with their role there. */
export type TMembership = { workspace: TWorkspace; role: TRole; department: string | null };

/** The workspaces of a user, by key. */
export async function listMemberships(db: TDatabase, userId: string): Promise<TMembership[]> {
  const rows = await db.orm
    .select({ workspace: workspaces, role: memberships.role, department: memberships.department })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.key));
  return rows.map((r) => ({
    workspace: toWorkspace(r.workspace),
    role: r.role as TRole,
    department: r.department,
  }));
}

/** The user's membership of the workspace with this key, or undefined (no such workspace, or not a member). */
export async function findMembership(
  db: TDatabase,
  userId: string,
  workspaceKey: string,
): Promise<TMembership | undefined> {
  const [row] = await db.orm
    .select({ workspace: workspaces, role: memberships.role, department: memberships.department })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(workspaces.key, workspaceKey)));
  return (
    row && { workspace: toWorkspace(row.workspace), role: row.role as TRole, department: row.department }
  );
}

/** A member as the API lists them. */
export type TMemberOut = {
  userId: string;
  email: string;
  name: string;
  role: TRole;
  department: string | null;
  disabled: boolean;
  twoFactorEnabled: boolean;
  joinedAt: string;
};

function presentMember({
  m,
  u,
}: {
  m: typeof memberships.$inferSelect;
  u: typeof authUsers.$inferSelect;
}): TMemberOut {
  return {
    userId: u.id,
    email: u.email,
    name: u.name,
    role: m.role as TRole,
    department: m.department,
    disabled: u.disabledAt !== null,
    twoFactorEnabled: u.twoFactorEnabled === true,
    joinedAt: m.createdAt.toISOString(),
  };
}

/** The members of a workspace, by e-mail. */
export async function listMembers(db: TDatabase, workspaceId: string): Promise<TMemberOut[]> {
  const rows = await db.orm
    .select({ m: memberships, u: authUsers })
    .from(memberships)
    .innerJoin(authUsers, eq(authUsers.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(authUsers.email));
  return rows.map(presentMember);
}

/**
 * One member of a workspace, or undefined. Takes the transaction of the write it checks: a read through
 * another connection while that transaction holds the only one (PGlite) would wait for it forever.
 */
export async function findMember(
  orm: TOrm,
  workspaceId: string,
  userId: string,
): Promise<TMemberOut | undefined> {
  const [row] = await orm
    .select({ m: memberships, u: authUsers })
    .from(memberships)
    .innerJoin(authUsers, eq(authUsers.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row && presentMember(row);
}

/** Adds or changes a user's role in a workspace; whether it was new. */
export async function putMembership(
  orm: TOrm,
  input: { workspaceId: string; userId: string; role: TRole; department?: string | null },
): Promise<{ created: boolean }> {
  const existing = await orm
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, input.workspaceId), eq(memberships.userId, input.userId)));
  await orm
    .insert(memberships)
    .values({ ...input, department: input.department ?? null })
    .onConflictDoUpdate({
      target: [memberships.workspaceId, memberships.userId],
      set: { role: input.role, department: input.department ?? null },
    });
  return { created: existing.length === 0 };
}

/** Removes a user from a workspace; whether they were a member. */
export async function removeMembership(orm: TOrm, workspaceId: string, userId: string): Promise<boolean> {
  const rows = await orm
    .delete(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  return rows.length > 0;
}

/** How many admins a workspace has (the last one may not be removed or demoted). */
export async function countAdmins(orm: TOrm, workspaceId: string): Promise<number> {
  const rows = await orm
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'admin')));
  return rows.length;
}
