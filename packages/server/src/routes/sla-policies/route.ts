import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import {
  createPolicy,
  deletePolicy,
  findPolicy,
  listPolicies,
  updatePolicy,
} from '../../sla/policies-store.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZPolicyDoc, ZPolicyOut, ZPolicyParams } from './schema.ts';

const tags = ['sla'];
const written = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409] };

const list = createRoute({
  method: 'get',
  path: '/api/sla-policies',
  tags,
  ...secured('settings:read'),
  summary: "The workspace's SLA policies (a default policy is created when it has none)",
  responses: { 200: jsonResponse(z.object({ policies: z.array(ZPolicyOut) }), 'The policies') },
});

const read = createRoute({
  method: 'get',
  path: '/api/sla-policies/{id}',
  tags,
  ...secured('settings:read'),
  summary: 'Read an SLA policy',
  request: { params: ZPolicyParams },
  responses: { 200: jsonResponse(ZPolicyOut, 'The policy'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/sla-policies',
  tags,
  ...secured('loop:manage'),
  summary: 'Create an SLA policy: first-response and resolution targets per severity on a business calendar',
  request: { body: jsonBody(ZPolicyDoc) },
  responses: { 201: jsonResponse(ZPolicyOut, 'The new policy'), ...written },
});

const put = createRoute({
  method: 'put',
  path: '/api/sla-policies/{id}',
  tags,
  ...secured('loop:manage'),
  summary: 'Replace an SLA policy (open cases keep the deadlines they have)',
  request: { params: ZPolicyParams, body: jsonBody(ZPolicyDoc) },
  responses: { 200: jsonResponse(ZPolicyOut, 'The policy as stored'), ...written },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/sla-policies/{id}',
  tags,
  ...secured('loop:manage'),
  summary: 'Delete an SLA policy that is not the default',
  request: { params: ZPolicyParams },
  responses: { 204: { description: 'Deleted' }, 404: errorResponses[404], 409: errorResponses[409] },
});

/** SLA policies: CRUD. */
export function registerSlaPolicyRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => c.json({ policies: await listPolicies(db, c.get('workspace').id) }, 200));
  app.openapi(read, async (c) =>
    c.json(await findPolicy(db.orm, c.get('workspace').id, c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createPolicy(db, c.get('workspace').id, c.req.valid('json')), 201),
  );
  app.openapi(put, async (c) =>
    c.json(await updatePolicy(db, c.get('workspace').id, c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(remove, async (c) => {
    await deletePolicy(db, c.get('workspace').id, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
