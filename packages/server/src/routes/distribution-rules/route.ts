import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import {
  createRule,
  deleteRule,
  findRule,
  listRules,
  planWorkspaceInvitations,
  previewRule,
  updateRule,
} from '../../invitations/index.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZPlanNowDoc,
  ZPlanNowResult,
  ZRule,
  ZRuleCreateDoc,
  ZRuleList,
  ZRuleParams,
  ZRuleReplaceDoc,
} from './schema.ts';

const tags = ['invitations'];
const written = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409] };

const list = createRoute({
  method: 'get',
  path: '/api/distribution-rules',
  tags,
  ...secured('settings:read'),
  summary: 'The distribution rules: which survey a trigger invites to, on which conditions, by which channel',
  responses: { 200: jsonResponse(ZRuleList, 'The rules by key') },
});

const read = createRoute({
  method: 'get',
  path: '/api/distribution-rules/{key}',
  tags,
  ...secured('settings:read'),
  summary: 'A distribution rule',
  request: { params: ZRuleParams },
  responses: { 200: jsonResponse(ZRule, 'The rule'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/distribution-rules',
  tags,
  ...secured('surveys:manage'),
  summary: 'Create a distribution rule (off unless `enabled`); its survey, journey and touchpoint must exist',
  request: { body: jsonBody(ZRuleCreateDoc) },
  responses: { 201: jsonResponse(ZRule, 'The new rule'), ...written },
});

const replace = createRoute({
  method: 'put',
  path: '/api/distribution-rules/{key}',
  tags,
  ...secured('surveys:manage'),
  summary: 'Replace a rule’s settings; switching it on plans for triggers from then on',
  request: { params: ZRuleParams, body: jsonBody(ZRuleReplaceDoc) },
  responses: { 200: jsonResponse(ZRule, 'The rule as stored'), ...written },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/distribution-rules/{key}',
  tags,
  ...secured('surveys:manage'),
  summary: 'Delete a rule; its decisions stay in the invitation ledger',
  request: { params: ZRuleParams },
  responses: { 204: { description: 'Deleted' }, 404: errorResponses[404] },
});

const planNow = createRoute({
  method: 'post',
  path: '/api/distribution-rules/{key}/plan-now',
  tags,
  ...secured('surveys:manage'),
  summary: 'Dry run of a rule over the last hours (what it would plan and skip, and why), or plan now',
  description:
    'With `dryRun` (the default) the rule, switched on or not, is judged on the triggers of its kind that came ' +
    'due in the last `hours` (moments at its touchpoint, closed cases, ended episodes; for a schedule, its ' +
    'latest turn, whatever `hours`) against the customers’ ledger and the fatigue budget; nothing is written. ' +
    'Without, the workspace’s enabled rules are planned at once (as the planning job does every minute).',
  request: { params: ZRuleParams, body: jsonBody(ZPlanNowDoc) },
  responses: {
    200: jsonResponse(ZPlanNowResult, 'The dry run or the run'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** `/api/distribution-rules`: the rules invitations are planned by (docs/invitations.md). */
export function registerDistributionRuleRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => c.json({ rules: await listRules(db.orm, c.get('workspace').id) }, 200));
  app.openapi(read, async (c) =>
    c.json(await findRule(db.orm, c.get('workspace').id, c.req.valid('param').key), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createRule(db, c.get('workspace').id, c.req.valid('json')), 201),
  );
  app.openapi(replace, async (c) =>
    c.json(await updateRule(db, c.get('workspace').id, c.req.valid('param').key, c.req.valid('json')), 200),
  );
  app.openapi(remove, async (c) => {
    await deleteRule(db, c.get('workspace').id, c.req.valid('param').key);
    return c.body(null, 204);
  });
  app.openapi(planNow, async (c) => {
    const workspaceId = c.get('workspace').id;
    const { key } = c.req.valid('param');
    const body = c.req.valid('json');
    if (body.dryRun) {
      const { rule, ...preview } = await previewRule(db, workspaceId, key, body.hours);
      void rule;
      return c.json({ dryRun: true, ...preview }, 200);
    }
    await findRule(db.orm, workspaceId, key);
    const run = await planWorkspaceInvitations(db, workspaceId);
    return c.json(
      {
        dryRun: false,
        triggers: run.triggers,
        planned: run.planned,
        skipped: run.skipped,
        byReason: run.byReason,
      },
      200,
    );
  });
}
