import { createRoute } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import type { TJourney, TMeasure } from '@mot/core';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { editJourney } from '../../journeys/edit-journey.ts';
import { findJourney } from '../../journeys/find-journey.ts';
import { findPart } from '../../journeys/find-part.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZMeasureParams, ZStandardDoc, ZStandardOut } from './schema.ts';

const tags = ['standards'];
const path = '/api/journeys/{journey}/touchpoints/{touchpoint}/measures/{measure}/standard';
const changed = { 400: errorResponses[400], 404: errorResponses[404], 422: errorResponses[422] };

const read = createRoute({
  method: 'get',
  path,
  tags,
  ...secured('journeys:read'),
  summary: "Read a measure's standard",
  request: { params: ZMeasureParams },
  responses: {
    200: jsonResponse(ZStandardOut, 'The standard (null when none is set)'),
    404: errorResponses[404],
  },
});

const put = createRoute({
  method: 'put',
  path,
  tags,
  ...secured('journeys:write'),
  summary: "Set (create or update) a measure's standard; the floor must be on the worse side of the target",
  request: { params: ZMeasureParams, body: jsonBody(ZStandardDoc) },
  responses: { 200: jsonResponse(ZStandardOut, 'The standard as stored'), ...changed },
});

const remove = createRoute({
  method: 'delete',
  path,
  tags,
  ...secured('journeys:write'),
  summary: "Remove a measure's standard (the measure stays)",
  request: { params: ZMeasureParams },
  responses: { 204: { description: 'Removed' }, ...changed },
});

const present = (m: TMeasure) => ({
  measure: m.key,
  unit: m.unit,
  direction: m.direction,
  standard: m.standard ?? null,
});

/** The measure the URL names in a journey (404 when its touchpoint or it is missing), and where it is. */
function measureIn(journey: TJourney, params: z.infer<typeof ZMeasureParams>) {
  const tp = findPart(journey.touchpoints, params.touchpoint, 'touchpoint');
  const m = findPart(tp.item.measures, params.measure, 'measure');
  return { measure: m.item, focus: ['touchpoints', tp.at, 'measures', m.at, 'standard'] };
}

/** Standards of a touchpoint's measures: each change re-validates the whole journey. */
export function registerStandardRoutes(app: TApp, db: TDatabase): void {
  app.openapi(read, async (c) => {
    const params = c.req.valid('param');
    const journey = await findJourney(db, c.get('workspace').id, params.journey);
    return c.json(present(measureIn(journey, params).measure), 200);
  });
  app.openapi(put, async (c) => {
    const params = c.req.valid('param');
    const standard = c.req.valid('json');
    const stored = await editJourney(db, c.get('workspace').id, params.journey, (journey) => {
      const { measure, focus } = measureIn(journey, params);
      measure.standard = standard;
      return { journey, focus };
    });
    return c.json(present(measureIn(stored, params).measure), 200);
  });
  app.openapi(remove, async (c) => {
    const params = c.req.valid('param');
    await editJourney(db, c.get('workspace').id, params.journey, (journey) => {
      const { measure, focus } = measureIn(journey, params);
      delete measure.standard;
      return { journey, focus };
    });
    return c.body(null, 204);
  });
}
