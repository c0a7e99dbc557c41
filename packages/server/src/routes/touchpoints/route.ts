import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { alreadyExists, invalidInput } from '../../errors.ts';
import { editJourney } from '../../journeys/edit-journey.ts';
import { findJourney } from '../../journeys/find-journey.ts';
import { findPart } from '../../journeys/find-part.ts';
import type { TDatabase } from '../../storage/database.ts';
import { ZTouchpointDoc } from '../journeys/schema.ts';
import { ZJourneyParams, errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZTouchpointParams } from './schema.ts';

const tags = ['touchpoints'];
const changed = {
  400: errorResponses[400],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const create = createRoute({
  method: 'post',
  path: '/api/journeys/{journey}/touchpoints',
  tags,
  ...secured('journeys:write'),
  summary: 'Add a touchpoint (with its measures and standards) to a journey',
  request: { params: ZJourneyParams, body: jsonBody(ZTouchpointDoc) },
  responses: { 201: jsonResponse(ZTouchpointDoc, 'The new touchpoint'), ...changed },
});

const read = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/touchpoints/{touchpoint}',
  tags,
  ...secured('journeys:read'),
  summary: 'Read a touchpoint',
  request: { params: ZTouchpointParams },
  responses: { 200: jsonResponse(ZTouchpointDoc, 'The touchpoint'), 404: errorResponses[404] },
});

const update = createRoute({
  method: 'put',
  path: '/api/journeys/{journey}/touchpoints/{touchpoint}',
  tags,
  ...secured('journeys:write'),
  summary: 'Replace a touchpoint (its key stays)',
  request: { params: ZTouchpointParams, body: jsonBody(ZTouchpointDoc) },
  responses: { 200: jsonResponse(ZTouchpointDoc, 'The touchpoint as stored'), ...changed },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/journeys/{journey}/touchpoints/{touchpoint}',
  tags,
  ...secured('journeys:write'),
  summary: 'Delete a touchpoint; refused (409 in_use) while it has moments',
  request: { params: ZTouchpointParams },
  responses: { 204: { description: 'Deleted' }, ...changed },
});

/** Touchpoints of a journey: each change re-validates the whole journey. */
export function registerTouchpointRoutes(app: TApp, db: TDatabase): void {
  app.openapi(create, async (c) => {
    const touchpoint = c.req.valid('json');
    await editJourney(db, c.get('workspace').id, c.req.valid('param').journey, (journey) => {
      if (journey.touchpoints.some((t) => t.key === touchpoint.key)) {
        throw alreadyExists(`touchpoint "${touchpoint.key}"`, ['key']);
      }
      journey.touchpoints.push(touchpoint);
      return { journey, focus: ['touchpoints', journey.touchpoints.length - 1] };
    });
    return c.json(touchpoint, 201);
  });
  app.openapi(read, async (c) => {
    const { journey: key, touchpoint } = c.req.valid('param');
    const journey = await findJourney(db, c.get('workspace').id, key);
    return c.json(findPart(journey.touchpoints, touchpoint, 'touchpoint').item, 200);
  });
  app.openapi(update, async (c) => {
    const { journey: key, touchpoint: tpKey } = c.req.valid('param');
    const touchpoint = c.req.valid('json');
    if (touchpoint.key !== tpKey) {
      throw invalidInput(`key "${touchpoint.key}" differs from the URL's "${tpKey}"`, ['key']);
    }
    await editJourney(db, c.get('workspace').id, key, (journey) => {
      const { at } = findPart(journey.touchpoints, tpKey, 'touchpoint');
      journey.touchpoints[at] = touchpoint;
      return { journey, focus: ['touchpoints', at] };
    });
    return c.json(touchpoint, 200);
  });
  app.openapi(remove, async (c) => {
    const { journey: key, touchpoint } = c.req.valid('param');
    await editJourney(db, c.get('workspace').id, key, (journey) => {
      journey.touchpoints.splice(findPart(journey.touchpoints, touchpoint, 'touchpoint').at, 1);
      return { journey, focus: [] };
    });
    return c.body(null, 204);
  });
}
