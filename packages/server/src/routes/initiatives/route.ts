import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import {
  createInitiative,
  deleteInitiative,
  findInitiative,
  listInitiatives,
  updateInitiative,
} from '../../initiatives/initiatives-store.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZInitiativeDoc, ZInitiativeList, ZInitiativeOut, ZInitiativeParams } from './schema.ts';
import { registerEvaluationRoute } from './evaluation-route.ts';

const tags = ['initiatives'];
const written = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409] };

const list = createRoute({
  method: 'get',
  path: '/api/initiatives',
  tags,
  ...secured('analyses:read'),
  summary: "The workspace's initiatives, latest start first",
  responses: { 200: jsonResponse(ZInitiativeList, 'The initiatives') },
});

const read = createRoute({
  method: 'get',
  path: '/api/initiatives/{id}',
  tags,
  ...secured('analyses:read'),
  summary: 'Read an initiative',
  request: { params: ZInitiativeParams },
  responses: { 200: jsonResponse(ZInitiativeOut, 'The initiative'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/initiatives',
  tags,
  ...secured('initiatives:manage'),
  summary: 'Record an initiative: a change made at touchpoints from a date, whose effect is to be evaluated',
  request: { body: jsonBody(ZInitiativeDoc) },
  responses: { 201: jsonResponse(ZInitiativeOut, 'The new initiative'), ...written },
});

const put = createRoute({
  method: 'put',
  path: '/api/initiatives/{id}',
  tags,
  ...secured('initiatives:manage'),
  summary: 'Replace an initiative',
  request: { params: ZInitiativeParams, body: jsonBody(ZInitiativeDoc) },
  responses: { 200: jsonResponse(ZInitiativeOut, 'The initiative as stored'), ...written },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/initiatives/{id}',
  tags,
  ...secured('initiatives:manage'),
  summary: 'Delete an initiative',
  request: { params: ZInitiativeParams },
  responses: { 204: { description: 'Deleted' }, 404: errorResponses[404] },
});

/** `/api/initiatives`: the changes whose effect is evaluated, and their evaluation. */
export function registerInitiativeRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) =>
    c.json({ initiatives: await listInitiatives(db.orm, c.get('workspace').id) }, 200),
  );
  app.openapi(read, async (c) =>
    c.json(await findInitiative(db.orm, c.get('workspace').id, c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createInitiative(db, c.get('workspace').id, c.req.valid('json')), 201),
  );
  app.openapi(put, async (c) =>
    c.json(
      await updateInitiative(db, c.get('workspace').id, c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(remove, async (c) => {
    await deleteInitiative(db, c.get('workspace').id, c.req.valid('param').id);
    return c.body(null, 204);
  });
  registerEvaluationRoute(app, db);
}
