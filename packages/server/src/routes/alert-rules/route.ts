import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import {
  createAlertRule,
  deleteAlertRule,
  findAlertRule,
  listAlertRules,
  putAlertRule,
} from '../../cases/alert-rules-store.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZAlertRuleCreate,
  ZAlertRuleList,
  ZAlertRuleOut,
  ZAlertRuleParams,
  ZAlertRulePut,
} from './schema.ts';

const tags = ['alert-rules'];

const list = createRoute({
  method: 'get',
  path: '/api/alert-rules',
  tags,
  ...secured('cases:read'),
  summary: "The workspace's alert rules, by key",
  responses: { 200: jsonResponse(ZAlertRuleList, 'The rules') },
});

const create = createRoute({
  method: 'post',
  path: '/api/alert-rules',
  tags,
  ...secured('loop:manage'),
  summary: 'Create an alert rule',
  description:
    'A rule raises an alert when a moment or an answer meets its condition (floor breach, bottom rating, NPS ' +
    'detractor, low score, negative comment, repeat contact) inside its scope, or when a touchpoint’s breach ' +
    'rate over a window passes a threshold (systemic: one alert to the owner, no case). Rules are evaluated in ' +
    'the ingestion transaction.',
  request: { body: jsonBody(ZAlertRuleCreate) },
  responses: {
    201: jsonResponse(ZAlertRuleOut, 'The rule'),
    400: errorResponses[400],
    409: errorResponses[409],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/alert-rules/{key}',
  tags,
  ...secured('cases:read'),
  summary: 'Read an alert rule',
  request: { params: ZAlertRuleParams },
  responses: {
    200: jsonResponse(ZAlertRuleOut, 'The rule'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const put = createRoute({
  method: 'put',
  path: '/api/alert-rules/{key}',
  tags,
  ...secured('loop:manage'),
  summary: 'Create or replace the alert rule under this key',
  request: { params: ZAlertRuleParams, body: jsonBody(ZAlertRulePut) },
  responses: {
    200: jsonResponse(ZAlertRuleOut, 'The rule, replaced'),
    201: jsonResponse(ZAlertRuleOut, 'The rule, created'),
    400: errorResponses[400],
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/alert-rules/{key}',
  tags,
  ...secured('loop:manage'),
  summary: 'Delete an alert rule (its past alerts stay)',
  request: { params: ZAlertRuleParams },
  responses: { 204: { description: 'Deleted' }, 400: errorResponses[400], 404: errorResponses[404] },
});

/** `/api/alert-rules`: the rules that turn moments and answers into alerts and cases. */
export function registerAlertRuleRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => c.json({ rules: await listAlertRules(db.orm, c.get('workspace').id) }, 200));
  app.openapi(create, async (c) =>
    c.json(await createAlertRule(db, c.get('workspace').id, c.req.valid('json')), 201),
  );
  app.openapi(read, async (c) =>
    c.json(await findAlertRule(db.orm, c.get('workspace').id, c.req.valid('param').key), 200),
  );
  app.openapi(put, async (c) => {
    const { key } = c.req.valid('param');
    const { rule, created } = await putAlertRule(db, c.get('workspace').id, { ...c.req.valid('json'), key });
    return created ? c.json(rule, 201) : c.json(rule, 200);
  });
  app.openapi(remove, async (c) => {
    await deleteAlertRule(db, c.get('workspace').id, c.req.valid('param').key);
    return c.body(null, 204);
  });
}
