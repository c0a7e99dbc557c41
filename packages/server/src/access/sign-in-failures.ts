import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { authUsers, signInFailures } from '../storage/access-schema.ts';
import type { TDatabase } from '../storage/database.ts';

/** When the address is locked out, the time the lock ends; undefined when it may try. */
export async function findLockout(db: TDatabase, email: string): Promise<Date | undefined> {
  const [row] = await db.orm
    .select({ lockedUntil: signInFailures.lockedUntil })
    .from(signInFailures)
    .where(eq(signInFailures.email, email));
  const until = row?.lockedUntil;
  return until && until.getTime() > Date.now() ? until : undefined;
}

/**
 * Counts a failed sign-in for the address (whether or not a user has it, so a lock-out does not tell which
 * addresses exist) and locks it once `maxFailures` failures follow each other. One statement: two servers
 * counting at once both count.
 */
export async function recordSignInFailure(
  db: TDatabase,
  email: string,
  policy: { maxFailures: number; lockMinutes: number },
): Promise<void> {
  // In seconds (double precision): a lock of a fraction of a minute is allowed, as tests use.
  const lockSeconds = policy.lockMinutes * 60;
  await db.orm.execute(sql`
    insert into sign_in_failures (email, failures, last_failure_at, locked_until)
    values (${email}, 1, now(), case when 1 >= ${policy.maxFailures}
      then now() + make_interval(secs => ${lockSeconds}) end)
    on conflict (email) do update set
      failures = case when sign_in_failures.locked_until is not null and sign_in_failures.locked_until <= now()
        then 1 else sign_in_failures.failures + 1 end,
      last_failure_at = now(),
      locked_until = case
        when (case when sign_in_failures.locked_until is not null and sign_in_failures.locked_until <= now()
          then 1 else sign_in_failures.failures + 1 end) >= ${policy.maxFailures}
        then now() + make_interval(secs => ${lockSeconds})
        else null end`);
}

/** Forgets the failures of an address after a successful sign-in. */
export async function clearSignInFailures(db: TDatabase, email: string): Promise<void> {
  await db.orm.delete(signInFailures).where(eq(signInFailures.email, email));
}

/** Whether the user with this id exists and is disabled. */
export async function isUserIdDisabled(db: TDatabase, userId: string): Promise<boolean> {
  const rows = await db.orm
    .select({ id: authUsers.id })
    .from(authUsers)
    .where(and(eq(authUsers.id, userId), isNotNull(authUsers.disabledAt)));
  return rows.length > 0;
}
