import { createRoute } from '@hono/zod-openapi';
import { listPackKeys } from '@mot/core';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { findPackJourneyOrFail, findPackOrFail, loadPackJourney } from '../../journeys/load-pack-journeys.ts';
import type { TDatabase } from '../../storage/database.ts';
import { ZJourneyDoc } from '../journeys/schema.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZLoadPackJourney, ZPackJourneyParams, ZPackList } from './schema.ts';

const tags = ['packs'];

const list = createRoute({
  method: 'get',
  path: '/api/packs',
  tags,
  ...secured('journeys:read'),
  summary: 'The built-in industry journey packs, in Chinese and English',
  responses: { 200: jsonResponse(ZPackList, 'Every pack with its journeys') },
});

const preview = createRoute({
  method: 'get',
  path: '/api/packs/{pack}/journeys/{journey}',
  tags,
  ...secured('journeys:read'),
  summary: 'A journey of a pack, as it would be created',
  request: { params: ZPackJourneyParams },
  responses: { 200: jsonResponse(ZJourneyDoc, 'The journey document'), 404: errorResponses[404] },
});

const load = createRoute({
  method: 'post',
  path: '/api/packs/{pack}/journeys/{journey}',
  tags,
  ...secured('journeys:write'),
  summary: "Create a journey in the workspace from a pack's journey",
  request: { params: ZPackJourneyParams, body: jsonBody(ZLoadPackJourney) },
  responses: {
    201: jsonResponse(ZJourneyDoc, 'The journey as stored'),
    400: errorResponses[400],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

/** Industry packs: list, preview a journey, create it in the workspace. */
export function registerPackRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, (c) => {
    const packs = listPackKeys().map((key) => {
      const pack = findPackOrFail(key);
      return {
        key: pack.key,
        industry: pack.industry,
        names: pack.names,
        descriptions: pack.descriptions,
        departments: pack.departments,
        journeys: pack.journeys.map((j) => ({
          key: j.key,
          name: j.name,
          names: { ...j.names },
          ...(j.description ? { description: j.description } : {}),
          stages: j.stages.length,
          touchpoints: j.touchpoints.length,
        })),
      };
    });
    return c.json({ packs }, 200);
  });
  app.openapi(preview, (c) => {
    const { pack, journey } = c.req.valid('param');
    return c.json(findPackJourneyOrFail(findPackOrFail(pack), journey), 200);
  });
  app.openapi(load, async (c) => {
    const { pack, journey } = c.req.valid('param');
    const { key } = c.req.valid('json');
    return c.json(await loadPackJourney(db, c.get('workspace').id, pack, journey, key), 201);
  });
}
