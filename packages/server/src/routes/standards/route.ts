import { createRoute } from '@hono/zod-openapi';
import type { TMeasure } from '@mot/core';
import type { TApp } from '../../app.ts';
import { editJourney } from '../../journeys/edit-journey.ts';
import { findJourney } from '../../journeys/find-journey.ts';
import { findPart } from '../../journeys/find-part.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, inWorkspace, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZMeasureParams, ZStandardDoc, ZStandardOut } from './schema.ts';

const tags = ['standards'];
const path = '/api/journeys/{journey}/touchpoints/{touchpoint}/measures/{measure}/standard';
const changed = { 400: errorResponses[400], 404: errorResponses[404], 422: errorResponses[422] };

const read = createRoute({
  method: 'get',
  path,
  tags,
  security: inWorkspace,
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
  security: inWorkspace,
  summary: "Set (create or update) a measure's standard; the floor must be on the worse side of the target",
  request: { params: ZMeasureParams, body: jsonBody(ZStandardDoc) },
  responses: { 200: jsonResponse(ZStandardOut, 'The standard as stored'), ...changed },
});

const remove = createRoute({
  method: 'delete',
  path,
  tags,
  security: inWorkspace,
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

/** Standards of a touchpoint's measures: each change re-validates the whole journey. */
export function registerStandardRoutes(app: TApp, db: TDatabase): void {
  const change =
    (workspaceId: string, params: { journey: string; touchpoint: string; measure: string }) =>
    (apply: (measure: TMeasure) => void) =>
      editJourney(db, workspaceId, params.journey, (journey) => {
        const tp = findPart(journey.touchpoints, params.touchpoint, 'touchpoint');
        const m = findPart(tp.item.measures, params.measure, 'measure');
        apply(m.item);
        return { journey, focus: ['touchpoints', tp.at, 'measures', m.at, 'standard'] };
      });
  const measureOf = async (
    workspaceId: string,
    params: { journey: string; touchpoint: string; measure: string },
  ) => {
    const journey = await findJourney(db, workspaceId, params.journey);
    const tp = findPart(journey.touchpoints, params.touchpoint, 'touchpoint').item;
    return findPart(tp.measures, params.measure, 'measure').item;
  };
  app.openapi(read, async (c) => {
    return c.json(present(await measureOf(c.get('workspace').id, c.req.valid('param'))), 200);
  });
  app.openapi(put, async (c) => {
    const params = c.req.valid('param');
    const standard = c.req.valid('json');
    await change(
      c.get('workspace').id,
      params,
    )((m) => {
      m.standard = standard;
    });
    return c.json(present(await measureOf(c.get('workspace').id, params)), 200);
  });
  app.openapi(remove, async (c) => {
    await change(
      c.get('workspace').id,
      c.req.valid('param'),
    )((m) => {
      delete m.standard;
    });
    return c.body(null, 204);
  });
}
