import { z } from '@hono/zod-openapi';
import { NOTIFICATION_EVENTS, SEVERITIES, ZKey } from '@mot/core';
import { ZStorableText } from '../shared-schema.ts';

const ZHttpUrl = z
  .string()
  .max(2000)
  .refine((raw) => {
    try {
      const url = new URL(raw);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL')
  .refine((raw) => !raw.includes('****'), 'must be the whole URL, not its masked form');

function hasQuery(name: string) {
  return (raw: string) => {
    try {
      return (new URL(raw).searchParams.get(name) ?? '').length > 0;
    } catch {
      return true;
    }
  };
}

/** An SMTP server and the sender, as notification and survey e-mail channels both configure it. */
export const SMTP_SERVER = {
  host: z
    .string()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or an IP address'),
  port: z.number().int().min(1).max(65535).default(587),
  secure: z.boolean().default(false).openapi({ description: 'TLS from the start (port 465); else STARTTLS' }),
  user: ZStorableText.max(200).nullable().default(null),
  password: ZStorableText.max(200).nullable().default(null),
  from: z.email().max(300),
};

/** What a channel receives. */
export const ZSubscription = z
  .object({
    events: z
      .array(z.enum(NOTIFICATION_EVENTS))
      .min(1)
      .max(NOTIFICATION_EVENTS.length)
      .openapi({ description: 'The events sent to the channel' }),
    journeys: z
      .array(ZKey)
      .max(200)
      .optional()
      .openapi({ description: 'Only notifications about these journeys (by key); absent or empty: all' }),
    departments: z
      .array(ZStorableText.min(1).max(100))
      .max(200)
      .optional()
      .openapi({ description: 'Only notifications for these departments (touchpoint owners); absent: all' }),
    severities: z
      .array(z.enum(SEVERITIES))
      .max(SEVERITIES.length)
      .optional()
      .openapi({ description: 'Only notifications of these severities; absent: all' }),
  })
  .openapi('NotificationSubscription');

const base = {
  name: ZStorableText.min(1).max(100),
  enabled: z.boolean().default(true),
  subscription: ZSubscription,
};

/** The settings of each channel kind (secrets included: they are accepted, never returned). */
export const KIND_FIELDS = {
  webhook: z.object({
    url: ZHttpUrl.openapi({ description: 'Receives POSTs signed with Standard Webhooks' }),
  }),
  wecom: z.object({
    url: ZHttpUrl.refine(hasQuery('key'), 'must carry the robot key (`?key=...`)').openapi({
      description: 'The group robot address, `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=...`',
    }),
  }),
  dingtalk: z.object({
    url: ZHttpUrl.refine(
      hasQuery('access_token'),
      'must carry the robot token (`?access_token=...`)',
    ).openapi({ description: 'The robot address, `https://oapi.dingtalk.com/robot/send?access_token=...`' }),
    secret: ZStorableText.min(1).max(200).openapi({ description: 'The robot’s signing secret (`SEC...`)' }),
  }),
  slack: z.object({
    url: ZHttpUrl.openapi({
      description: 'The incoming-webhook address, `https://hooks.slack.com/services/...`',
    }),
  }),
  email: z.object({
    ...SMTP_SERVER,
    to: z.array(z.email().max(300)).min(1).max(50),
  }),
} as const;

/** A new channel. */
export const ZCreateChannel = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('webhook'), ...base, ...KIND_FIELDS.webhook.shape }),
    z.object({ kind: z.literal('wecom'), ...base, ...KIND_FIELDS.wecom.shape }),
    z.object({ kind: z.literal('dingtalk'), ...base, ...KIND_FIELDS.dingtalk.shape }),
    z.object({ kind: z.literal('slack'), ...base, ...KIND_FIELDS.slack.shape }),
    z.object({ kind: z.literal('email'), ...base, ...KIND_FIELDS.email.shape }),
  ])
  .openapi('NewNotificationChannel');

/** A change to a channel: fields left out keep their value (a secret left out is kept). */
export const ZUpdateChannel = z
  .object({
    name: base.name.optional(),
    enabled: z.boolean().optional(),
    subscription: ZSubscription.optional(),
    url: z.string().max(2000).optional(),
    secret: z.string().max(200).optional(),
    host: z.string().max(253).optional(),
    port: z.number().int().optional(),
    secure: z.boolean().optional(),
    user: z.string().max(200).nullable().optional(),
    password: z.string().max(200).nullable().optional(),
    from: z.string().max(300).optional(),
    to: z.array(z.string().max(300)).max(50).optional(),
    rotateSecret: z
      .boolean()
      .optional()
      .openapi({ description: 'Webhook: make a new signing secret (answered once, in `secret`)' }),
  })
  .strict()
  .openapi('NotificationChannelChange');

/** A channel as the API shows it: secrets masked. */
export const ZChannel = z
  .object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(['webhook', 'wecom', 'dingtalk', 'slack', 'email']),
    enabled: z.boolean(),
    subscription: ZSubscription,
    config: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The settings, robot tokens masked; passwords and secrets never shown' }),
    secretHint: z
      .string()
      .nullable()
      .openapi({ description: 'The first and last characters of the signing secret or password' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('NotificationChannel');

/** A channel just created or whose secret was rotated: the webhook signing secret, shown this once. */
export const ZChannelWithSecret = ZChannel.extend({
  secret: z
    .string()
    .optional()
    .openapi({ description: 'Webhook signing secret (`whsec_...`): shown only now, store it' }),
}).openapi('NotificationChannelWithSecret');

/** Path parameters of one channel. */
export const ZChannelParams = z.object({
  channel: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

/** Query of the delivery log. */
export const ZDeliveryQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1..200' }),
  before: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .openapi({ description: 'The `next` of the previous page: deliveries older than this id' }),
});

/** One attempt to send. */
export const ZAttempt = z
  .object({
    attempt: z.number().int(),
    at: z.string(),
    status: z.enum(['sending', 'ok', 'retry', 'failed', 'refused']),
    httpStatus: z.number().int().nullable(),
    durationMs: z.number().int().nullable(),
    error: z.string().nullable(),
  })
  .openapi('NotificationAttempt');

/** One delivery with its attempts. */
export const ZDelivery = z
  .object({
    id: z.number().int(),
    event: z.string(),
    key: z.string(),
    title: z.string().nullable(),
    state: z.enum(['pending', 'waiting', 'delivered', 'digested', 'failed']),
    attempts: z.array(ZAttempt),
    digestId: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
  })
  .openapi('NotificationDelivery');

/** A page of the delivery log, newest first. */
export const ZDeliveryPage = z
  .object({ deliveries: z.array(ZDelivery), next: z.number().int().nullable() })
  .openapi('NotificationDeliveryPage');

/** The answer of "send test". */
export const ZTestSent = z
  .object({ deliveryId: z.number().int().openapi({ description: 'Follow it in the delivery log' }) })
  .openapi('NotificationTest');
