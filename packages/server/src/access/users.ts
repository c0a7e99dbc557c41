import { asc, eq, sql } from 'drizzle-orm';
import { MotError } from '../errors.ts';
import { authSessions, authUsers } from '../storage/access-schema.ts';
import type { TDatabase } from '../storage/database.ts';
import { appendAudit } from './audit.ts';
import type { TAuth } from './auth.ts';

/** A user as listed (never a password or a secret). */
export type TUserOut = {
  id: string;
  email: string;
  name: string;
  instanceAdmin: boolean;
  disabled: boolean;
  twoFactorEnabled: boolean;
  createdAt: string;
};

function present(row: typeof authUsers.$inferSelect): TUserOut {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    instanceAdmin: row.instanceAdmin,
    disabled: row.disabledAt !== null,
    twoFactorEnabled: row.twoFactorEnabled === true,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The user with this e-mail (compared lower-case, as better-auth stores it), or undefined. */
export async function findUserByEmail(db: TDatabase, email: string): Promise<TUserOut | undefined> {
  const [row] = await db.orm.select().from(authUsers).where(eq(authUsers.email, email.toLowerCase()));
  return row && present(row);
}

/** The user with this id, or undefined. */
export async function findUserById(db: TDatabase, id: string): Promise<TUserOut | undefined> {
  const [row] = await db.orm.select().from(authUsers).where(eq(authUsers.id, id));
  return row && present(row);
}

/** Every user of the installation, by e-mail. */
export async function listUsers(db: TDatabase): Promise<TUserOut[]> {
  const rows = await db.orm.select().from(authUsers).orderBy(asc(authUsers.email));
  return rows.map(present);
}

/**
 * Creates a user through better-auth (its password hashing, its account row). Without a password the user
 * can sign in only by a one-time link or through the identity provider. Audited (without workspace).
 */
export async function createUser(
  db: TDatabase,
  auth: TAuth,
  input: { email: string; name: string; password?: string | undefined; instanceAdmin?: boolean },
): Promise<TUserOut> {
  const email = input.email.toLowerCase();
  if (await findUserByEmail(db, email)) {
    throw new MotError('already_exists', `a user with the e-mail ${email} already exists`, ['email']);
  }
  const context = await auth.auth.$context;
  if (input.password !== undefined) {
    const { minPasswordLength, maxPasswordLength } = context.password.config;
    if (input.password.length < minPasswordLength || input.password.length > maxPasswordLength) {
      throw new MotError(
        'invalid_input',
        `the password must have ${minPasswordLength} to ${maxPasswordLength} characters`,
        ['password'],
      );
    }
  }
  const user = await context.internalAdapter.createUser(
    { email, name: input.name, emailVerified: true },
    { method: 'admin' },
  );
  if (input.password !== undefined) {
    await context.internalAdapter.linkAccount({
      providerId: 'credential',
      accountId: user.id,
      userId: user.id,
      password: await context.password.hash(input.password),
    });
  }
  await db.orm.transaction(async (tx) => {
    if (input.instanceAdmin) {
      await tx.update(authUsers).set({ instanceAdmin: true }).where(eq(authUsers.id, user.id));
    }
    await appendAudit(tx, {
      workspaceId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      summary: { instanceAdmin: input.instanceAdmin === true, password: input.password !== undefined },
    });
  });
  const created = await findUserById(db, user.id);
  if (!created) throw new Error('the user was not stored');
  return created;
}

/** Disables (or enables again) a user: a disabled user's sessions end at once and sign-in is refused. */
export async function setUserDisabled(db: TDatabase, userId: string, disabled: boolean): Promise<TUserOut> {
  await db.orm.transaction(async (tx) => {
    await tx
      .update(authUsers)
      .set({ disabledAt: disabled ? sql`coalesce(${authUsers.disabledAt}, now())` : null })
      .where(eq(authUsers.id, userId));
    if (disabled) await tx.delete(authSessions).where(eq(authSessions.userId, userId));
    await appendAudit(tx, {
      workspaceId: null,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
    });
  });
  const user = await findUserById(db, userId);
  if (!user) throw new MotError('not_found', `user ${userId} not found`);
  return user;
}

/** Whether any instance administrator exists (a server open to the network without one is a risk). */
export async function hasInstanceAdmin(db: TDatabase): Promise<boolean> {
  const rows = await db.orm
    .select({ id: authUsers.id })
    .from(authUsers)
    .where(eq(authUsers.instanceAdmin, true))
    .limit(1);
  return rows.length > 0;
}
