import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { TRole } from '@mot/core';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { apiKeys } from '../storage/access-schema.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { appendAudit } from './audit.ts';

/** Every API key starts with this, so a leaked one is easy to find in logs and by secret scanners. */
export const API_KEY_PREFIX = 'mot_';

const KEY_SHAPE = /^mot_[A-Za-z0-9_-]{43}$/;

/** The SHA-256 of a key's secret: the only form in which it is stored. */
export function hashApiKey(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** A key as listed: never its secret. */
export type TApiKeyOut = {
  id: string;
  name: string;
  role: TRole;
  last4: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

function present(row: typeof apiKeys.$inferSelect): TApiKeyOut {
  return {
    id: row.id,
    name: row.name,
    role: row.role as TRole,
    last4: row.last4,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** What a new key is: its workspace, name, role, and optionally its expiry and creator. */
type TNewKey = {
  workspaceId: string;
  name: string;
  role: TRole;
  expiresAt?: Date | null;
  createdBy?: string | null;
};

/**
 * Creates a key for a workspace and role, audited in the same transaction; the secret is returned here once
 * and never again.
 */
export async function createApiKey(
  db: TDatabase,
  input: TNewKey,
): Promise<{ key: TApiKeyOut; secret: string }> {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return db.orm.transaction(async (tx) => {
    const key = await insertKey(tx, input, secret);
    await appendAudit(tx, {
      workspaceId: input.workspaceId,
      action: 'key.create',
      entityType: 'api_key',
      entityId: key.id,
      summary: { name: input.name, role: input.role, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
    return { key, secret };
  });
}

async function insertKey(orm: TOrm, input: TNewKey, secret: string): Promise<TApiKeyOut> {
  const [row] = await orm
    .insert(apiKeys)
    .values({
      workspaceId: input.workspaceId,
      name: input.name,
      role: input.role,
      lookupHash: hashApiKey(secret),
      last4: secret.slice(-4),
      expiresAt: input.expiresAt ?? null,
      createdBy: input.createdBy ?? null,
    })
    .returning();
  if (!row) throw new Error('the API key was not stored');
  return present(row);
}

/** The keys of a workspace, newest first. */
export async function listApiKeys(db: TDatabase, workspaceId: string): Promise<TApiKeyOut[]> {
  const rows = await db.orm
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(desc(apiKeys.createdAt));
  return rows.map(present);
}

/**
 * Revokes a key of the workspace, audited; undefined when it does not exist there. Revoking twice is
 * harmless and keeps the first time.
 */
export async function revokeApiKey(
  db: TDatabase,
  workspaceId: string,
  id: string,
): Promise<TApiKeyOut | undefined> {
  return db.orm.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
      .where(and(eq(apiKeys.workspaceId, workspaceId), eq(apiKeys.id, id)))
      .returning();
    if (!row) return undefined;
    await appendAudit(tx, { workspaceId, action: 'key.revoke', entityType: 'api_key', entityId: id });
    return present(row);
  });
}

/** A usable key: not revoked, not expired. */
export type TKeyGrant = { keyId: string; workspaceId: string; role: TRole };

/**
 * The grant of a presented secret, or undefined when it is unknown, revoked or expired. The lookup is by
 * hash (an index), then the stored hash is compared in constant time; the last-used time is written at
 * most every 30 seconds so a busy key does not write on every request.
 */
export async function verifyApiKey(db: TDatabase, secret: string): Promise<TKeyGrant | undefined> {
  if (!KEY_SHAPE.test(secret)) return undefined;
  const hash = hashApiKey(secret);
  const [row] = await db.orm
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.lookupHash, hash), isNull(apiKeys.revokedAt)));
  if (!row || !timingSafeEqual(Buffer.from(row.lookupHash), Buffer.from(hash))) return undefined;
  if (row.expiresAt && row.expiresAt.getTime() <= Date.now()) return undefined;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 30_000) {
    await db.orm.execute(
      sql`update api_keys set last_used_at = now() where id = ${row.id}
          and (last_used_at is null or last_used_at < now() - interval '30 seconds')`,
    );
  }
  return { keyId: row.id, workspaceId: row.workspaceId, role: row.role as TRole };
}
