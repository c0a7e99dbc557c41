import { sql } from 'drizzle-orm';
import { settingsFrom } from '../access/settings.ts';
import { enqueueJob } from '../jobs/enqueue.ts';
import { RetryLater } from '../jobs/types.ts';
import type { TJob } from '../jobs/types.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase, TOrm } from '../storage/database.ts';
import { joinTarget, RATE_LIMITS } from './channels.ts';
import { createDelivery } from './enqueue-notification.ts';
import type { TChannelKind, TNotification } from './channels.ts';
import { digestMessage, renderNotification, shapeMessage } from './render.ts';
import type { TLanguage, TRendered } from './render.ts';
import { judgeRobotAnswer, postJson, sendMail, signDingTalkUrl, signWebhook } from './send.ts';
import type { TSendResult } from './send.ts';

/** The job kind that sends the digest of a channel's messages that were over its rate limit. */
export const DIGEST_JOB = 'notify.digest';

/** How deliveries behave; set per database (the server sets it at start, tests set their own). */
export type TNotifyOptions = {
  /** Allow private, loopback and link-local destinations (MOT_ALLOW_PRIVATE_WEBHOOKS=1). Default false. */
  allowPrivate: boolean;
  /** The server's public address, to make links absolute (MOT_PUBLIC_URL, else the listening URL). */
  publicUrl: string | null;
  /** A 2xx within this is success. Default 5 s. */
  timeoutMs: number;
  /** Attempts of one delivery before it is marked failed. Default 6 (the first and 5 retries). */
  maxAttempts: number;
  /** Messages a minute per destination, by kind, beyond which messages are digested. */
  rateLimits: Partial<Record<TChannelKind, number>>;
  /** The window of the rate limit. Default 60 s. */
  rateWindowMs: number;
};

const OPTIONS_KEY = 'notify.options';

/** Sets how deliveries from this database behave (merged over the defaults and the environment). */
export function setNotifyOptions(db: TDatabase, options: Partial<TNotifyOptions>): void {
  db.caches.set(OPTIONS_KEY, { ...notifyOptions(db), ...options });
}

/** How deliveries from this database behave. */
export function notifyOptions(db: TDatabase): TNotifyOptions {
  const set = db.caches.get(OPTIONS_KEY) as TNotifyOptions | undefined;
  if (set) return set;
  return {
    allowPrivate: process.env['MOT_ALLOW_PRIVATE_WEBHOOKS'] === '1',
    publicUrl: process.env['MOT_PUBLIC_URL'] || null,
    timeoutMs: 5000,
    maxAttempts: 6,
    rateLimits: RATE_LIMITS,
    rateWindowMs: 60_000,
  };
}

type TDeliveryRow = {
  id: string | number;
  workspace_id: string;
  channel_id: string | number;
  key: string;
  event: string;
  message: Record<string, unknown>;
  state: string;
  attempts: number;
  kind: TChannelKind;
  name: string;
  enabled: boolean;
  config: Record<string, unknown>;
  secrets: Record<string, unknown>;
  /** The workspace's settings, for the language the message is rendered in. */
  settings: unknown;
};

async function findDelivery(orm: TOrm, id: number): Promise<TDeliveryRow | undefined> {
  const [row] = await queryRows<TDeliveryRow>(
    orm,
    sql`select d.id, d.workspace_id, d.channel_id, d.key, d.event, d.message, d.state, d.attempts,
               c.kind, c.name, c.enabled, c.config, c.secrets, w.settings
        from notification_deliveries d join notification_channels c on c.id = d.channel_id
        join workspaces w on w.id = d.workspace_id
        where d.id = ${id}`,
  );
  return row;
}

/**
 * When the channel may send next under its rate limit (null: now), from its attempts in the window. An
 * attempt's time is when it ended (its request had reached the destination by then); one still sending
 * counts from when it started. Call it with the channel row locked, so two runners do not both take the
 * last slot.
 */
async function rateState(
  tx: TOrm,
  channelId: number,
  limit: number,
  windowMs: number,
): Promise<{ freeAt: Date | null }> {
  const rows = await queryRows<{ at: string | Date }>(
    tx,
    sql`select at from notification_attempts
        where channel_id = ${channelId} and status <> 'refused'
          and at > clock_timestamp() - ${windowMs} * interval '1 millisecond'
        order by at desc limit ${limit}`,
  );
  if (rows.length < limit) return { freeAt: null };
  const oldest = rows.at(-1);
  return { freeAt: new Date(new Date(oldest?.at ?? Date.now()).getTime() + windowMs) };
}

/**
 * The `notify.deliver` handler: sends one delivery (a notification, a test, or a digest) and records the
 * attempt. Over the destination's rate limit, a notification waits for the channel's digest instead.
 * Retryable failures throw (the job is retried with backoff) until maxAttempts, then the delivery fails.
 */
export async function deliverNotification(job: TJob, db: TDatabase): Promise<void> {
  const deliveryId = Number((job.payload as { deliveryId: number }).deliveryId);
  const o = notifyOptions(db);
  const prepared = await db.orm.transaction(async (tx) => {
    const d = await findDelivery(tx, deliveryId);
    if (!d || d.state !== 'pending') return null;
    const channelId = Number(d.channel_id);
    const limit = o.rateLimits[d.kind];
    // Only a rate-limited destination needs its deliveries taken one at a time (the channel row locked), so
    // that two runners do not both take the last slot of its window; a webhook's are sent side by side.
    if (limit !== undefined)
      await tx.execute(sql`select id from notification_channels where id = ${channelId} for update`);
    // An attempt left 'sending' by a process that died mid-send: it may or may not have arrived. (A
    // delivery never attempted has none.)
    if (d.attempts > 0) {
      await tx.execute(
        sql`update notification_attempts set status = 'retry', error = 'interrupted (the server stopped while sending)'
            where delivery_id = ${deliveryId} and status = 'sending'`,
      );
    }
    if (!d.enabled) {
      await tx.execute(
        sql`update notification_deliveries set state = 'failed', last_error = 'the channel is disabled'
            where id = ${deliveryId}`,
      );
      return null;
    }
    if (limit !== undefined) {
      const { freeAt } = await rateState(tx, channelId, limit, o.rateWindowMs);
      const isDigest = d.event === 'digest';
      const [waiting] = await queryRows<{ n: number | string }>(
        tx,
        sql`select count(*) as n from notification_deliveries where channel_id = ${channelId} and state = 'waiting'`,
      );
      if (isDigest && freeAt) {
        throw new RetryLater('over the rate limit', Math.max(50, freeAt.getTime() - Date.now()));
      }
      if (!isDigest && (freeAt || Number(waiting?.n ?? 0) > 0)) {
        await tx.execute(sql`update notification_deliveries set state = 'waiting' where id = ${deliveryId}`);
        const at = freeAt ?? new Date();
        await enqueueJob(tx, {
          workspaceId: d.workspace_id,
          kind: DIGEST_JOB,
          key: `${channelId}:${Math.floor(at.getTime() / 1000)}`,
          runAt: at,
          payload: { channelId },
        });
        return null;
      }
    }
    const attempt = d.attempts + 1;
    const [row] = await queryRows<{ id: string | number }>(
      tx,
      sql`with counted as (update notification_deliveries set attempts = ${attempt} where id = ${deliveryId})
          insert into notification_attempts (workspace_id, delivery_id, channel_id, attempt, status, at)
          values (${d.workspace_id}, ${deliveryId}, ${channelId}, ${attempt}, 'sending', clock_timestamp())
          returning id`,
    );
    return { d, attempt, attemptId: Number(row?.id) };
  });
  if (!prepared) return;
  const { d, attempt, attemptId } = prepared;
  const result = await send(db, d, o);
  const final = result.status === 'ok' || result.status !== 'retry' || attempt >= o.maxAttempts;
  const state = result.status === 'ok' ? 'delivered' : final ? 'failed' : 'pending';
  // One statement, so atomic without a transaction of its own (one round trip, one commit).
  await db.orm.execute(
    sql`with attempted as (
          update notification_attempts
          set status = ${result.status === 'retry' && final ? 'failed' : result.status}, at = clock_timestamp(),
              http_status = ${result.httpStatus}, duration_ms = ${result.durationMs}, error = ${result.error}
          where id = ${attemptId})
        update notification_deliveries
        set state = ${state}, last_error = ${result.error},
            delivered_at = ${state === 'delivered' ? sql`now()` : sql`null`}
        where id = ${deliveryId}`,
  );
  if (!final) {
    const error = `attempt ${attempt}: ${result.error ?? 'failed'}`;
    if (result.retryAfterMs !== undefined)
      throw new RetryLater(error, Math.min(result.retryAfterMs, 600_000));
    throw new Error(error);
  }
}

/** The webhook-id of a delivery: the same for every attempt, so a receiver can drop repeats. */
export function webhookId(channelId: number, deliveryId: number): string {
  return `msg_${channelId}_${deliveryId}`;
}

async function send(db: TDatabase, d: TDeliveryRow, o: TNotifyOptions): Promise<TSendResult> {
  const language: TLanguage = settingsFrom(d.settings).language;
  const deliveryId = Number(d.id);
  const channelId = Number(d.channel_id);
  let message: TRendered;
  if (d.event === 'digest') {
    const members = await queryRows<{ message: TNotification }>(
      db.orm,
      sql`select message from notification_deliveries where digest_id = ${deliveryId} order by id`,
    );
    message = digestMessage(
      members.map((m) => renderNotification(m.message, language, o.publicUrl)),
      language,
      o.publicUrl,
    );
  } else {
    message = renderNotification(d.message as TNotification, language, o.publicUrl);
  }
  const target = joinTarget(d.kind, d.config, d.secrets);
  const now = new Date();
  const shaped = shapeMessage(target.kind, message, language, now);
  const http = { allowPrivate: o.allowPrivate, timeoutMs: o.timeoutMs };
  switch (target.kind) {
    case 'webhook': {
      const body = JSON.stringify(shaped.json);
      const headers = signWebhook(target.secret, webhookId(channelId, deliveryId), now, body);
      const { body: _answer, ...result } = await postJson(target.url, body, headers, http);
      return result;
    }
    case 'slack': {
      const { body: _answer, ...result } = await postJson(target.url, JSON.stringify(shaped.json), {}, http);
      return result;
    }
    case 'wecom':
      return judgeRobotAnswer(await postJson(target.url, JSON.stringify(shaped.json), {}, http));
    case 'dingtalk': {
      const url = signDingTalkUrl(target.url, target.secret, now.getTime());
      return judgeRobotAnswer(await postJson(url, JSON.stringify(shaped.json), {}, http));
    }
    case 'email':
      return sendMail(
        target,
        {
          subject: shaped.subject ?? message.title,
          text: shaped.text ?? '',
          html: shaped.html ?? '',
          messageId: `<${webhookId(channelId, deliveryId)}@mot>`,
        },
        http,
      );
  }
}

/**
 * The `notify.digest` handler: gathers the channel's messages that waited over its rate limit into one
 * digest delivery (sent by `notify.deliver` when the limit allows). Nothing waits: nothing is sent.
 */
export async function sendDigest(job: TJob, db: TDatabase): Promise<void> {
  const channelId = Number((job.payload as { channelId: number }).channelId);
  await db.orm.transaction(async (tx) => {
    await tx.execute(sql`select id from notification_channels where id = ${channelId} for update`);
    const waiting = await queryRows<{ id: string | number; workspace_id: string }>(
      tx,
      sql`select id, workspace_id from notification_deliveries
          where channel_id = ${channelId} and state = 'waiting' order by id for update`,
    );
    const first = waiting[0];
    if (!first) return;
    const digestId = await createDelivery(tx, {
      workspaceId: first.workspace_id,
      channelId,
      key: `digest:${job.key}`,
      message: {
        event: 'digest',
        count: waiting.length,
        title: {
          'zh-CN': `${waiting.length} 条通知（超出发送频率，合并发送）`,
          en: `${waiting.length} notifications (over the rate limit, sent together)`,
        },
      },
    });
    await tx.execute(
      sql`update notification_deliveries set state = 'digested', digest_id = ${digestId}
          where channel_id = ${channelId} and state = 'waiting'`,
    );
  });
}
