import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { appendAudit } from '../../access/audit.ts';
import { secured } from '../../access/authorize.ts';
import { readSettings } from '../../access/settings.ts';
import type { TApp } from '../../app.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { toInvalidInput } from '../../http/validation.ts';
import {
  deleteChannel,
  findChannel,
  insertChannel,
  listChannels,
  listDeliveries,
  newWebhookSecret,
  updateChannel,
} from '../../notify/channel-store.ts';
import type { TChannelTarget, TNotification } from '../../notify/channels.ts';
import { notifyOptions } from '../../notify/deliver.ts';
import { createDelivery } from '../../notify/enqueue-notification.ts';
import { testMessage } from '../../notify/render.ts';
import { isRefusedHostLiteral } from '../../notify/send.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  KIND_FIELDS,
  ZChannel,
  ZChannelParams,
  ZChannelWithSecret,
  ZCreateChannel,
  ZDeliveryPage,
  ZDeliveryQuery,
  ZTestSent,
  ZUpdateChannel,
} from './schema.ts';

const denied = {
  401: { ...errorResponses[400], description: 'No caller (`unauthenticated`)' },
  403: { ...errorResponses[400], description: 'The role lacks the permission (`forbidden`)' },
};
const TAG = 'notifications';

const list = createRoute({
  method: 'get',
  path: '/api/notification-channels',
  tags: [TAG],
  summary: "The workspace's notification channels (secrets masked)",
  ...secured('notifications:manage'),
  responses: { 200: jsonResponse(z.object({ channels: z.array(ZChannel) }), 'The channels'), ...denied },
});

const create = createRoute({
  method: 'post',
  path: '/api/notification-channels',
  tags: [TAG],
  summary: 'Add a channel: a signed webhook, a WeCom or DingTalk group robot, Slack, or e-mail',
  description:
    'A webhook gets a new signing secret (`whsec_...`), answered in `secret` this once. Robot tokens, ' +
    'signing secrets and SMTP passwords are never answered afterwards.',
  ...secured('notifications:manage'),
  request: { body: jsonBody(ZCreateChannel) },
  responses: {
    201: jsonResponse(ZChannelWithSecret, 'The channel'),
    ...denied,
    400: errorResponses[400],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/notification-channels/{channel}',
  tags: [TAG],
  summary: 'One channel (secrets masked)',
  ...secured('notifications:manage'),
  request: { params: ZChannelParams },
  responses: { 200: jsonResponse(ZChannel, 'The channel'), ...denied, 404: errorResponses[404] },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/notification-channels/{channel}',
  tags: [TAG],
  summary: 'Change a channel; fields left out (secrets too) keep their value',
  ...secured('notifications:manage'),
  request: { params: ZChannelParams, body: jsonBody(ZUpdateChannel) },
  responses: {
    200: jsonResponse(ZChannelWithSecret, 'The channel'),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/notification-channels/{channel}',
  tags: [TAG],
  summary: 'Delete a channel with its delivery log',
  ...secured('notifications:manage'),
  request: { params: ZChannelParams },
  responses: { 204: { description: 'Deleted' }, ...denied, 404: errorResponses[404] },
});

const sendTest = createRoute({
  method: 'post',
  path: '/api/notification-channels/{channel}/test',
  tags: [TAG],
  summary: 'Send a test message through the channel',
  description:
    'Enqueues a delivery like any other (retries, rate limit, log); follow it in the delivery log. The body is `{}`.',
  ...secured('notifications:manage'),
  request: { params: ZChannelParams, body: jsonBody(z.object({}).strict(), 'Nothing: `{}`') },
  responses: { 202: jsonResponse(ZTestSent, 'The test delivery'), ...denied, 404: errorResponses[404] },
});

const deliveries = createRoute({
  method: 'get',
  path: '/api/notification-channels/{channel}/deliveries',
  tags: [TAG],
  summary: "The channel's delivery log, newest first, with every attempt",
  ...secured('notifications:manage'),
  request: { params: ZChannelParams, query: ZDeliveryQuery },
  responses: {
    200: jsonResponse(ZDeliveryPage, 'A page of deliveries'),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/**
 * Refuses at once a destination that is a private, loopback or link-local IP literal (or localhost) when
 * the installation does not allow them; names are checked again, resolved, at every delivery.
 */
function checkDestination(db: TDatabase, target: TChannelTarget): void {
  if (notifyOptions(db).allowPrivate) return;
  const host =
    target.kind === 'email' ? target.host : (() => new URL(target.url).hostname.replace(/^\[|\]$/g, ''))();
  const field = target.kind === 'email' ? 'host' : 'url';
  if (isRefusedHostLiteral(host)) {
    throw invalidInput(
      `${field}: ${host} is a private, loopback or link-local address (allowed only with MOT_ALLOW_PRIVATE_WEBHOOKS=1)`,
      [field],
    );
  }
}

/** The channel routes: CRUD, "send test", the delivery log. */
export function registerNotificationChannelRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => c.json({ channels: await listChannels(db, c.get('workspace').id) }, 200));

  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    const { name, enabled, subscription, ...fields } = input;
    const secret = fields.kind === 'webhook' ? newWebhookSecret() : undefined;
    const target = (secret ? { ...fields, secret } : fields) as TChannelTarget;
    checkDestination(db, target);
    const channel = await db.orm.transaction(async (tx) => {
      const stored = await insertChannel(tx, workspaceId, { name, enabled, subscription, target });
      await appendAudit(tx, {
        workspaceId,
        action: 'notification-channel.create',
        entityType: 'notification-channel',
        entityId: String(stored.id),
        summary: { name, kind: target.kind, events: subscription.events },
      });
      return stored;
    });
    return c.json({ ...channel, ...(secret ? { secret } : {}) }, 201);
  });

  app.openapi(read, async (c) => {
    const { channel: id } = c.req.valid('param');
    const found = await findChannel(db.orm, c.get('workspace').id, id);
    if (!found) throw notFound(`notification channel ${id}`, ['params', 'channel']);
    return c.json(found.out, 200);
  });

  app.openapi(patch, async (c) => {
    const { channel: id } = c.req.valid('param');
    const change = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    const result = await db.orm.transaction(async (tx) => {
      const found = await findChannel(tx, workspaceId, id);
      if (!found) throw notFound(`notification channel ${id}`, ['params', 'channel']);
      const { name, enabled, subscription, rotateSecret, ...fields } = change;
      const kind = found.target.kind;
      if (rotateSecret && kind !== 'webhook') {
        throw invalidInput('rotateSecret: only a webhook has a signing secret made by mot', ['rotateSecret']);
      }
      if (kind === 'webhook' && fields.secret !== undefined) {
        throw invalidInput('secret: a webhook secret is made by mot (use rotateSecret)', ['secret']);
      }
      const { kind: _kind, ...current } = found.target;
      const merged: Record<string, unknown> = { ...current };
      for (const [field, value] of Object.entries(fields)) if (value !== undefined) merged[field] = value;
      const schema = KIND_FIELDS[kind].strict();
      const { secret: currentSecret, ...withoutSecret } = merged as { secret?: unknown };
      const parsed = schema.safeParse(kind === 'webhook' ? withoutSecret : merged);
      if (!parsed.success) throw toInvalidInput(parsed.error);
      const secret = rotateSecret ? newWebhookSecret() : undefined;
      const target = {
        kind,
        ...parsed.data,
        ...(kind === 'webhook' ? { secret: secret ?? currentSecret } : {}),
      } as TChannelTarget;
      checkDestination(db, target);
      const updated = await updateChannel(tx, workspaceId, id, {
        name: name ?? found.out.name,
        enabled: enabled ?? found.out.enabled,
        subscription: subscription ?? found.out.subscription,
        target,
      });
      if (!updated) throw notFound(`notification channel ${id}`, ['params', 'channel']);
      await appendAudit(tx, {
        workspaceId,
        action: 'notification-channel.update',
        entityType: 'notification-channel',
        entityId: String(id),
        // Field names only: the values may be secrets.
        summary: {
          changed: Object.keys(change).filter((k) => change[k as keyof typeof change] !== undefined),
        },
      });
      return { ...updated, ...(secret ? { secret } : {}) };
    });
    return c.json(result, 200);
  });

  app.openapi(remove, async (c) => {
    const { channel: id } = c.req.valid('param');
    const workspaceId = c.get('workspace').id;
    await db.orm.transaction(async (tx) => {
      if (!(await deleteChannel(tx, workspaceId, id))) {
        throw notFound(`notification channel ${id}`, ['params', 'channel']);
      }
      await appendAudit(tx, {
        workspaceId,
        action: 'notification-channel.delete',
        entityType: 'notification-channel',
        entityId: String(id),
      });
    });
    return c.body(null, 204);
  });

  app.openapi(sendTest, async (c) => {
    const { channel: id } = c.req.valid('param');
    const workspaceId = c.get('workspace').id;
    const deliveryId = await db.orm.transaction(async (tx) => {
      const found = await findChannel(tx, workspaceId, id);
      if (!found) throw notFound(`notification channel ${id}`, ['params', 'channel']);
      const key = `test:${randomUUID()}`;
      const message = { ...testMessage(found.out.name), event: 'test', key, workspaceId };
      const created = await createDelivery(tx, {
        workspaceId,
        channelId: id,
        key,
        message: message as unknown as TNotification,
      });
      await appendAudit(tx, {
        workspaceId,
        action: 'notification-channel.test',
        entityType: 'notification-channel',
        entityId: String(id),
        summary: { deliveryId: created },
      });
      return created;
    });
    return c.json({ deliveryId }, 202);
  });

  app.openapi(deliveries, async (c) => {
    const { channel: id } = c.req.valid('param');
    const { limit, before } = c.req.valid('query');
    const workspaceId = c.get('workspace').id;
    const found = await findChannel(db.orm, workspaceId, id);
    if (!found) throw notFound(`notification channel ${id}`, ['params', 'channel']);
    const { language } = await readSettings(db, workspaceId);
    const rows = await listDeliveries(db, workspaceId, id, { limit: limit + 1, before }, language);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({ deliveries: page, next: rows.length > limit && last ? last.id : null }, 200);
  });
}
