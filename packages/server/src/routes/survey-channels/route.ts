import { randomUUID } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { appendAudit } from '../../access/audit.ts';
import { secured } from '../../access/authorize.ts';
import { readSettings } from '../../access/settings.ts';
import type { TApp } from '../../app.ts';
import type { TAppEnv } from '../../http/middleware.ts';
import { findCallbacks } from '../../callbacks/find-callbacks.ts';
import { invalidInput, notFound } from '../../errors.ts';
import { toInvalidInput } from '../../http/validation.ts';
import { sendTestMessage } from '../../invitations/channels/index.ts';
import { listChannelDeliveries } from '../../invitations/channels/deliveries.ts';
import { readPhoneSurvey, recordPhoneAnswers } from '../../invitations/channels/phone.ts';
import {
  findChannelSettingsOut,
  listChannelSettings,
  readChannelSettings,
  secretFieldOf,
  writeChannelSettings,
} from '../../invitations/channels/settings.ts';
import type { TSettingsOf, TSurveyChannelKind } from '../../invitations/channels/settings.ts';
import { maskUrl } from '../../notify/channels.ts';
import { notifyOptions } from '../../notify/deliver.ts';
import { isRefusedHostLiteral } from '../../notify/send.ts';
import type { TDatabase } from '../../storage/database.ts';
import { recorderOf } from '../callbacks/recorder.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  KIND_SETTINGS,
  ZAnswersBody,
  ZChannelSettings,
  ZDeliveryPage,
  ZDeliveryQuery,
  ZKindParams,
  ZPhoneParams,
  ZPhoneSurvey,
  ZPutSettings,
  ZSendOutcome,
  ZSubmitted,
  ZTestBody,
  ZTestKindParams,
} from './schema.ts';

const denied = {
  401: { ...errorResponses[400], description: 'No caller (`unauthenticated`)' },
  403: { ...errorResponses[400], description: 'The role lacks the permission (`forbidden`)' },
};
const tags = ['survey channels'];

const list = createRoute({
  method: 'get',
  path: '/api/survey-channels',
  tags,
  summary:
    'The settings of the SMS, WeChat, e-mail and phone channels of survey invitations (secrets masked)',
  ...secured('surveys:manage'),
  responses: {
    200: jsonResponse(
      z.object({ channels: z.array(ZChannelSettings) }),
      'Every kind, defaults when never saved',
    ),
    ...denied,
  },
});

const deliveries = createRoute({
  method: 'get',
  path: '/api/survey-channels/deliveries',
  tags,
  summary: 'The delivery log of invitations and test messages, newest first',
  ...secured('surveys:manage'),
  request: { query: ZDeliveryQuery },
  responses: {
    200: jsonResponse(ZDeliveryPage, 'A page of deliveries'),
    ...denied,
    400: errorResponses[400],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/survey-channels/{kind}',
  tags,
  summary: "One kind's settings (secrets masked)",
  ...secured('surveys:manage'),
  request: { params: ZKindParams },
  responses: { 200: jsonResponse(ZChannelSettings, 'The settings'), ...denied, 400: errorResponses[400] },
});

const put = createRoute({
  method: 'put',
  path: '/api/survey-channels/{kind}',
  tags,
  summary: "Replace one kind's settings",
  description:
    'Private, loopback and link-local gateway or SMTP hosts are refused unless the installation allows them ' +
    '(MOT_ALLOW_PRIVATE_WEBHOOKS=1), as for notification channels.',
  ...secured('surveys:manage'),
  request: { params: ZKindParams, body: jsonBody(ZPutSettings) },
  responses: { 200: jsonResponse(ZChannelSettings, 'The settings'), ...denied, 400: errorResponses[400] },
});

const sendTest = createRoute({
  method: 'post',
  path: '/api/survey-channels/{kind}/test',
  tags,
  summary: 'Send a test message (a sample survey link) to an address the administrator types',
  description: 'Sent at once, not retried; the answer and the delivery log say what the receiver answered.',
  ...secured('surveys:manage'),
  request: { params: ZTestKindParams, body: jsonBody(ZTestBody) },
  responses: {
    200: jsonResponse(ZSendOutcome, 'What the receiver answered'),
    ...denied,
    400: errorResponses[400],
  },
});

const phoneSurvey = createRoute({
  method: 'get',
  path: '/api/survey-channels/phone/callbacks/{callback}',
  tags,
  summary: 'The survey an agent reads out on a callback planned by the phone channel',
  ...secured('callbacks:work'),
  request: { params: ZPhoneParams },
  responses: {
    200: jsonResponse(ZPhoneSurvey, "The survey in the customer's language"),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const phoneAnswers = createRoute({
  method: 'post',
  path: '/api/survey-channels/phone/callbacks/{callback}/answers',
  tags,
  summary: "Record the customer's answers given on the phone (once; the answer path of the survey link)",
  ...secured('callbacks:work'),
  request: { params: ZPhoneParams, body: jsonBody(ZAnswersBody) },
  responses: {
    201: jsonResponse(ZSubmitted, 'Stored'),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
    409: { ...errorResponses[409], description: 'Answered already (`already_answered`)' },
    410: { ...errorResponses[404], description: 'The link expired or the survey closed (`link_expired`)' },
  },
});

/** Refuses a private, loopback or localhost gateway or SMTP host now, by the notifications' rule. */
function checkDestination(db: TDatabase, kind: TSurveyChannelKind, settings: Record<string, unknown>): void {
  if (notifyOptions(db).allowPrivate) return;
  const field = kind === 'email' ? 'host' : kind === 'phone' ? null : 'url';
  if (!field) return;
  const raw = String(settings[field]);
  const host = field === 'url' ? new URL(raw).hostname : raw;
  if (isRefusedHostLiteral(host)) {
    throw invalidInput(
      `${field}: ${host} is a private, loopback or link-local address (allowed only with MOT_ALLOW_PRIVATE_WEBHOOKS=1)`,
      [field],
    );
  }
}

/** Refuses (404) a callback the caller may not work, narrowed as the callbacks routes narrow them. */
async function assertMayWork(db: TDatabase, c: Context<TAppEnv>, callback: number): Promise<void> {
  const { onlyFor, department } = recorderOf(c);
  const found = await findCallbacks(db.orm, c.get('workspace').id, {
    id: callback,
    onlyFor,
    department,
    limit: 1,
    offset: 0,
  });
  if (found.total === 0) throw notFound(`callback ${callback}`, ['params', 'callback']);
}

/** The survey channels' routes: settings per kind, test messages, the delivery log, the phone survey form. */
export function registerSurveyChannelRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) =>
    c.json({ channels: await listChannelSettings(db, c.get('workspace').id) }, 200),
  );

  app.openapi(deliveries, async (c) => {
    const { limit, before, kind } = c.req.valid('query');
    const rows = await listChannelDeliveries(db.orm, c.get('workspace').id, {
      limit: limit + 1,
      before,
      kind,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({ deliveries: page, next: rows.length > limit && last ? last.id : null }, 200);
  });

  app.openapi(read, async (c) => {
    const { kind } = c.req.valid('param');
    return c.json(await findChannelSettingsOut(db.orm, c.get('workspace').id, kind), 200);
  });

  app.openapi(put, async (c) => {
    const { kind } = c.req.valid('param');
    const { enabled, ...fields } = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    const out = await db.orm.transaction(async (tx) => {
      const stored = await readChannelSettings(tx, workspaceId, kind);
      const current = stored?.settings as Record<string, unknown> | undefined;
      const merged: Record<string, unknown> = { ...fields };
      const secretField = secretFieldOf(kind);
      if (secretField && merged[secretField] === undefined && current?.[secretField] !== undefined) {
        merged[secretField] = current[secretField];
      }
      // The URL as GET showed it (masked) stands for the stored one.
      const storedUrl = current?.['url'];
      if (typeof storedUrl === 'string' && storedUrl !== '' && merged['url'] === maskUrl(storedUrl)) {
        merged['url'] = storedUrl;
      }
      const parsed = KIND_SETTINGS[kind].strict().safeParse(merged);
      if (!parsed.success) throw toInvalidInput(parsed.error);
      checkDestination(db, kind, parsed.data);
      const saved = await writeChannelSettings(
        tx,
        workspaceId,
        kind,
        enabled,
        parsed.data as TSettingsOf[typeof kind],
      );
      await appendAudit(tx, {
        workspaceId,
        action: 'survey-channel.update',
        entityType: 'survey-channel',
        entityId: kind,
        // Field names only: the values may be secrets.
        summary: { enabled, fields: Object.keys(fields) },
      });
      return saved;
    });
    return c.json(out, 200);
  });

  app.openapi(sendTest, async (c) => {
    const { kind } = c.req.valid('param');
    const { address, language } = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    const lang = language ?? (await readSettings(db, workspaceId)).language;
    const publicUrl = notifyOptions(db).publicUrl ?? new URL(c.req.url).origin;
    const outcome = await sendTestMessage(db, workspaceId, kind, {
      address,
      language: lang,
      publicUrl,
      idempotencyKey: `test:${randomUUID()}`,
    });
    await db.orm.transaction((tx) =>
      appendAudit(tx, {
        workspaceId,
        action: 'survey-channel.test',
        entityType: 'survey-channel',
        entityId: kind,
        summary: { deliveryId: outcome.deliveryId, status: outcome.status },
      }),
    );
    return c.json(outcome, 200);
  });

  app.openapi(phoneSurvey, async (c) => {
    const { callback } = c.req.valid('param');
    await assertMayWork(db, c, callback);
    return c.json(await readPhoneSurvey(db, c.get('workspace').id, callback), 200);
  });

  app.openapi(phoneAnswers, async (c) => {
    const { callback } = c.req.valid('param');
    const { answers } = c.req.valid('json');
    await assertMayWork(db, c, callback);
    return c.json(await recordPhoneAnswers(db, c.get('workspace').id, callback, answers, recorderOf(c)), 201);
  });
}
