import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { alreadyExists, invalidInput } from '../../errors.ts';
import { editJourney } from '../../journeys/edit-journey.ts';
import { findJourney } from '../../journeys/find-journey.ts';
import { findPart } from '../../journeys/find-part.ts';
import type { TDatabase } from '../../storage/database.ts';
import { ZStageDoc } from '../journeys/schema.ts';
import { ZJourneyParams, errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZCreateStage, ZStageParams } from './schema.ts';

const tags = ['stages'];
const changed = {
  400: errorResponses[400],
  404: errorResponses[404],
  409: errorResponses[409],
  422: errorResponses[422],
};

const create = createRoute({
  method: 'post',
  path: '/api/journeys/{journey}/stages',
  tags,
  ...secured('journeys:write'),
  summary: 'Add a stage to a journey',
  request: { params: ZJourneyParams, body: jsonBody(ZCreateStage) },
  responses: { 201: jsonResponse(ZStageDoc, 'The new stage'), ...changed },
});

const read = createRoute({
  method: 'get',
  path: '/api/journeys/{journey}/stages/{stage}',
  tags,
  ...secured('journeys:read'),
  summary: 'Read a stage',
  request: { params: ZStageParams },
  responses: { 200: jsonResponse(ZStageDoc, 'The stage'), 404: errorResponses[404] },
});

const update = createRoute({
  method: 'put',
  path: '/api/journeys/{journey}/stages/{stage}',
  tags,
  ...secured('journeys:write'),
  summary: 'Replace a stage (its key stays)',
  request: { params: ZStageParams, body: jsonBody(ZStageDoc) },
  responses: { 200: jsonResponse(ZStageDoc, 'The stage as stored'), ...changed },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/journeys/{journey}/stages/{stage}',
  tags,
  ...secured('journeys:write'),
  summary: 'Delete a stage that no touchpoint is in',
  request: { params: ZStageParams },
  responses: { 204: { description: 'Deleted' }, ...changed },
});

/** Stages of a journey: each change re-validates the whole journey. */
export function registerStageRoutes(app: TApp, db: TDatabase): void {
  app.openapi(create, async (c) => {
    const { position, ...stage } = c.req.valid('json');
    await editJourney(db, c.get('workspace').id, c.req.valid('param').journey, (journey) => {
      if (journey.stages.some((s) => s.key === stage.key))
        throw alreadyExists(`stage "${stage.key}"`, ['key']);
      const at = Math.min(position ?? journey.stages.length, journey.stages.length);
      journey.stages.splice(at, 0, stage);
      return { journey, focus: ['stages', at] };
    });
    return c.json(stage, 201);
  });
  app.openapi(read, async (c) => {
    const { journey: key, stage } = c.req.valid('param');
    const journey = await findJourney(db, c.get('workspace').id, key);
    return c.json(findPart(journey.stages, stage, 'stage').item, 200);
  });
  app.openapi(update, async (c) => {
    const { journey: key, stage: stageKey } = c.req.valid('param');
    const stage = c.req.valid('json');
    if (stage.key !== stageKey)
      throw invalidInput(`key "${stage.key}" differs from the URL's "${stageKey}"`, ['key']);
    await editJourney(db, c.get('workspace').id, key, (journey) => {
      const { at } = findPart(journey.stages, stageKey, 'stage');
      journey.stages[at] = stage;
      return { journey, focus: ['stages', at] };
    });
    return c.json(stage, 200);
  });
  app.openapi(remove, async (c) => {
    const { journey: key, stage } = c.req.valid('param');
    await editJourney(db, c.get('workspace').id, key, (journey) => {
      journey.stages.splice(findPart(journey.stages, stage, 'stage').at, 1);
      return { journey, focus: [] };
    });
    return c.body(null, 204);
  });
}
