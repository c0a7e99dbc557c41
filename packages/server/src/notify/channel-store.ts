import { randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { TDatabase, TOrm } from '../storage/database.ts';
import {
  notificationAttempts,
  notificationChannels,
  notificationDeliveries,
} from '../storage/jobs-schema.ts';
import { joinTarget, maskSecret, splitTarget } from './channels.ts';
import type { TChannelKind, TChannelTarget, TSubscription } from './channels.ts';

/** A new Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** A channel as the API shows it. */
export type TChannelOut = {
  id: number;
  name: string;
  kind: TChannelKind;
  enabled: boolean;
  subscription: TSubscription;
  config: Record<string, unknown>;
  secretHint: string | null;
  createdAt: string;
  updatedAt: string;
};

type TChannelRow = typeof notificationChannels.$inferSelect;

function toOut(row: TChannelRow): TChannelOut {
  const secret = row.secrets['secret'] ?? row.secrets['password'];
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as TChannelKind,
    enabled: row.enabled,
    subscription: row.subscription as TSubscription,
    config: row.config,
    secretHint: typeof secret === 'string' && secret.length > 0 ? maskSecret(secret) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Stores a new channel. */
export async function insertChannel(
  tx: TOrm,
  workspaceId: string,
  c: { name: string; enabled: boolean; subscription: TSubscription; target: TChannelTarget },
): Promise<TChannelOut> {
  const { config, secrets } = splitTarget(c.target);
  const [row] = await tx
    .insert(notificationChannels)
    .values({
      workspaceId,
      name: c.name,
      kind: c.target.kind,
      enabled: c.enabled,
      config,
      secrets,
      subscription: c.subscription,
    })
    .returning();
  if (!row) throw new Error('the channel was not stored');
  return toOut(row);
}

/** A workspace's channels, oldest first. */
export async function listChannels(db: TDatabase, workspaceId: string): Promise<TChannelOut[]> {
  const rows = await db.orm
    .select()
    .from(notificationChannels)
    .where(eq(notificationChannels.workspaceId, workspaceId))
    .orderBy(notificationChannels.id);
  return rows.map(toOut);
}

/** One channel of the workspace, with its full target (secrets included: never answer it as is). */
export async function findChannel(
  orm: TOrm,
  workspaceId: string,
  id: number,
): Promise<{ out: TChannelOut; target: TChannelTarget } | undefined> {
  const [row] = await orm
    .select()
    .from(notificationChannels)
    .where(and(eq(notificationChannels.workspaceId, workspaceId), eq(notificationChannels.id, id)));
  if (!row) return undefined;
  return { out: toOut(row), target: joinTarget(row.kind, row.config, row.secrets) };
}

/** Replaces a channel's settings. */
export async function updateChannel(
  tx: TOrm,
  workspaceId: string,
  id: number,
  c: { name: string; enabled: boolean; subscription: TSubscription; target: TChannelTarget },
): Promise<TChannelOut | undefined> {
  const { config, secrets } = splitTarget(c.target);
  const [row] = await tx
    .update(notificationChannels)
    .set({
      name: c.name,
      enabled: c.enabled,
      subscription: c.subscription,
      config,
      secrets,
      updatedAt: sql`now()`,
    })
    .where(and(eq(notificationChannels.workspaceId, workspaceId), eq(notificationChannels.id, id)))
    .returning();
  return row ? toOut(row) : undefined;
}

/** Deletes a channel with its deliveries and their log; false when it does not exist. */
export async function deleteChannel(tx: TOrm, workspaceId: string, id: number): Promise<boolean> {
  const rows = await tx
    .delete(notificationChannels)
    .where(and(eq(notificationChannels.workspaceId, workspaceId), eq(notificationChannels.id, id)))
    .returning({ id: notificationChannels.id });
  return rows.length > 0;
}

/** A delivery with its attempts, as the log shows it. */
export type TDeliveryOut = {
  id: number;
  event: string;
  key: string;
  title: string | null;
  state: 'pending' | 'waiting' | 'delivered' | 'digested' | 'failed';
  attempts: Array<{
    attempt: number;
    at: string;
    status: 'sending' | 'ok' | 'retry' | 'failed' | 'refused';
    httpStatus: number | null;
    durationMs: number | null;
    error: string | null;
  }>;
  digestId: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
};

/** A page of a channel's delivery log, newest first, with every attempt. */
export async function listDeliveries(
  db: TDatabase,
  workspaceId: string,
  channelId: number,
  page: { limit: number; before?: number | undefined },
  language: 'zh-CN' | 'en',
): Promise<TDeliveryOut[]> {
  const where = [
    eq(notificationDeliveries.workspaceId, workspaceId),
    eq(notificationDeliveries.channelId, channelId),
  ];
  if (page.before !== undefined) where.push(lt(notificationDeliveries.id, page.before));
  const rows = await db.orm
    .select()
    .from(notificationDeliveries)
    .where(and(...where))
    .orderBy(desc(notificationDeliveries.id))
    .limit(page.limit);
  const ids = rows.map((r) => r.id);
  const attempts =
    ids.length === 0
      ? []
      : await db.orm
          .select()
          .from(notificationAttempts)
          .where(
            and(
              eq(notificationAttempts.workspaceId, workspaceId),
              inArray(notificationAttempts.deliveryId, ids),
            ),
          )
          .orderBy(notificationAttempts.deliveryId, notificationAttempts.attempt, notificationAttempts.id);
  return rows.map((r) => {
    const title = (r.message['title'] as Record<string, string> | undefined)?.[language];
    const count = r.message['count'];
    return {
      id: r.id,
      event: r.event,
      key: r.key,
      title: title ?? (r.event === 'digest' ? `digest (${String(count ?? '')})` : null),
      state: r.state as TDeliveryOut['state'],
      attempts: attempts
        .filter((a) => a.deliveryId === r.id)
        .map((a) => ({
          attempt: a.attempt,
          at: a.at.toISOString(),
          status: a.status as TDeliveryOut['attempts'][number]['status'],
          httpStatus: a.httpStatus,
          durationMs: a.durationMs,
          error: a.error,
        })),
      digestId: r.digestId,
      lastError: r.lastError,
      createdAt: r.createdAt.toISOString(),
      deliveredAt: r.deliveredAt ? r.deliveredAt.toISOString() : null,
    };
  });
}
