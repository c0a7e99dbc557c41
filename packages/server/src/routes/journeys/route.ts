import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { invalidInput } from '../../errors.ts';
import { findJourney } from '../../journeys/find-journey.ts';
import type { TDatabase } from '../../storage/database.ts';
import { deleteJourney } from '../../storage/delete-journey.ts';
import { findJourneys } from '../../storage/find-journeys.ts';
import { putJourney } from '../../storage/put-journey.ts';
import { replaceJourney } from '../../storage/replace-journey.ts';
import { ZJourneyParams, errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZJourneyDoc, ZJourneyList } from './schema.ts';

const tags = ['journeys'];

const list = createRoute({
  method: 'get',
  path: '/api/journeys',
  tags,
  ...secured('journeys:read'),
  summary: 'List the journeys of the workspace',
  responses: { 200: jsonResponse(ZJourneyList, 'Every journey document'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/journeys',
  tags,
  ...secured('journeys:write'),
  summary: 'Create a journey from a whole document',
  request: { body: jsonBody(ZJourneyDoc) },
  responses: {
    201: jsonResponse(ZJourneyDoc, 'The journey as stored'),
    400: errorResponses[400],
    409: errorResponses[409],
  },
});

const read = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}',
  tags,
  ...secured('journeys:read'),
  summary: 'Read a journey document',
  request: { params: ZJourneyParams },
  responses: { 200: jsonResponse(ZJourneyDoc, 'The journey'), 404: errorResponses[404] },
});

const replace = createRoute({
  method: 'put',
  path: '/api/journeys/{journey}',
  tags,
  ...secured('journeys:write'),
  summary: 'Create or replace a whole journey, validated as a whole',
  request: { params: ZJourneyParams, body: jsonBody(ZJourneyDoc) },
  responses: {
    200: jsonResponse(ZJourneyDoc, 'The journey was replaced; as stored'),
    201: jsonResponse(ZJourneyDoc, 'The journey was created; as stored'),
    400: errorResponses[400],
    409: errorResponses[409],
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/journeys/{journey}',
  tags,
  ...secured('journeys:write'),
  summary: 'Delete a journey that has no moments',
  request: { params: ZJourneyParams },
  responses: { 204: { description: 'Deleted' }, 404: errorResponses[404], 409: errorResponses[409] },
});

/** Journeys as whole documents: list, create, read, replace, delete. */
export function registerJourneyRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => {
    const stored = await findJourneys(db.orm, c.get('workspace').id);
    return c.json({ journeys: stored.map((s) => s.journey) }, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    return c.json(await putJourney(db, c.get('workspace').id, body, { createOnly: true }), 201);
  });
  app.openapi(read, async (c) => {
    return c.json(await findJourney(db, c.get('workspace').id, c.req.valid('param').journey), 200);
  });
  app.openapi(replace, async (c) => {
    const body = c.req.valid('json');
    const { journey } = c.req.valid('param');
    if (body.key !== journey)
      throw invalidInput(`key "${body.key}" differs from the URL's "${journey}"`, ['key']);
    const { journey: stored, created } = await replaceJourney(db, c.get('workspace').id, body);
    return created ? c.json(stored, 201) : c.json(stored, 200);
  });
  app.openapi(remove, async (c) => {
    await deleteJourney(db, c.get('workspace').id, c.req.valid('param').journey);
    return c.body(null, 204);
  });
}
