import { AsyncLocalStorage } from 'node:async_hooks';
import { and, desc, eq, lt } from 'drizzle-orm';
import { auditLog } from '../storage/access-schema.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';

/** Who writes: a user (by session), a system (by API key), or the installation itself (CLI, first start). */
export type TActor = { kind: 'user' | 'key' | 'system'; id: string | null; credentialId: string | null };

const SYSTEM: TActor = { kind: 'system', id: null, credentialId: null };

const actors = new AsyncLocalStorage<TActor>();

/**
 * Runs `work` on behalf of `actor`: every audit entry appended inside it names that actor. The HTTP layer
 * sets it for each request once the caller is known; the CLI sets it for its commands.
 */
export function runAsActor<T>(actor: TActor, work: () => T): T {
  return actors.run(actor, work);
}

/** The actor of the current request or command (the system when none was set). */
export function currentActor(): TActor {
  return actors.getStore() ?? SYSTEM;
}

/** One audited write. */
export type TAuditEntry = {
  workspaceId: string | null;
  /** What was done, a verb on a noun: `journey.put`, `moments.ingest`, `key.create`, `customer.erase`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** A summary of the change (counts, changed fields); never a secret and never erased personal data. */
  summary?: Record<string, unknown>;
};

/**
 * Appends an entry to the audit log. Call it with the transaction of the write it records, so that the
 * entry exists exactly when the write does.
 */
export async function appendAudit(tx: TOrm, entry: TAuditEntry): Promise<void> {
  const actor = currentActor();
  await tx.insert(auditLog).values({
    workspaceId: entry.workspaceId,
    actorKind: actor.kind,
    actorId: actor.id,
    credentialId: actor.credentialId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    summary: entry.summary ?? {},
  });
}

/** An audit entry as the API shows it. */
export type TAuditOut = {
  id: number;
  at: string;
  actor: { kind: string; id: string | null; credentialId: string | null };
  action: string;
  entityType: string;
  entityId: string | null;
  summary: Record<string, unknown>;
};

/** A workspace's audit log, newest first, `limit` entries before the entry `before` (exclusive). */
export async function listAudit(
  db: TDatabase,
  workspaceId: string,
  page: { limit: number; before?: number | undefined },
): Promise<TAuditOut[]> {
  const rows = await db.orm
    .select()
    .from(auditLog)
    .where(
      page.before === undefined
        ? eq(auditLog.workspaceId, workspaceId)
        : and(eq(auditLog.workspaceId, workspaceId), lt(auditLog.id, page.before)),
    )
    .orderBy(desc(auditLog.id))
    .limit(page.limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actor: { kind: row.actorKind, id: row.actorId, credentialId: row.credentialId },
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    summary: row.summary,
  }));
}
