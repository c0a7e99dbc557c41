import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import type { TDatabase } from '../../storage/database.ts';
import { findRecentBreaches } from '../../storage/find-recent-breaches.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { cursorOf, parseCursor, ZBreachPage, ZBreachQuery } from './schema.ts';

const list = createRoute({
  method: 'get',
  path: '/api/breaches',
  tags: ['breaches'],
  ...secured('breaches:read'),
  summary: 'The feed of tolerance-floor breaches, newest first',
  description:
    'Filter by journey, touchpoint, measure or customer; page with `limit` and the `next` cursor. Each ' +
    'breach names the moment’s customer and episode, so service recovery can start from it.',
  request: { query: ZBreachQuery },
  responses: { 200: jsonResponse(ZBreachPage, 'A page of breaches'), 400: errorResponses[400] },
});

/** `GET /api/breaches`. */
export function registerBreachRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => {
    const { before, limit, ...filter } = c.req.valid('query');
    // One row more than asked says whether there is a next page.
    const rows = await findRecentBreaches(db.orm, c.get('workspace').id, {
      ...filter,
      limit: limit + 1,
      ...(before ? { before: parseCursor(before) } : {}),
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return c.json({ breaches: page, next: rows.length > limit && last ? cursorOf(last) : null }, 200);
  });
}
