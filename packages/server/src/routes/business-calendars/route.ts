import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import {
  createCalendar,
  deleteCalendar,
  findCalendar,
  listCalendars,
  updateCalendar,
} from '../../sla/calendars-store.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZCalendarDoc, ZCalendarOut, ZCalendarParams } from './schema.ts';

const tags = ['sla'];
const written = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409] };

const list = createRoute({
  method: 'get',
  path: '/api/business-calendars',
  tags,
  ...secured('settings:read'),
  summary: "The workspace's business calendars (a Monday-to-Friday default is created when it has none)",
  responses: { 200: jsonResponse(z.object({ calendars: z.array(ZCalendarOut) }), 'The calendars') },
});

const read = createRoute({
  method: 'get',
  path: '/api/business-calendars/{id}',
  tags,
  ...secured('settings:read'),
  summary: 'Read a business calendar',
  request: { params: ZCalendarParams },
  responses: { 200: jsonResponse(ZCalendarOut, 'The calendar'), 404: errorResponses[404] },
});

const create = createRoute({
  method: 'post',
  path: '/api/business-calendars',
  tags,
  ...secured('loop:manage'),
  summary: 'Create a business calendar: opening hours per weekday, holidays and make-up working days',
  request: { body: jsonBody(ZCalendarDoc) },
  responses: { 201: jsonResponse(ZCalendarOut, 'The new calendar'), ...written },
});

const put = createRoute({
  method: 'put',
  path: '/api/business-calendars/{id}',
  tags,
  ...secured('loop:manage'),
  summary: 'Replace a business calendar (open cases keep the deadlines they have)',
  request: { params: ZCalendarParams, body: jsonBody(ZCalendarDoc) },
  responses: { 200: jsonResponse(ZCalendarOut, 'The calendar as stored'), ...written },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/business-calendars/{id}',
  tags,
  ...secured('loop:manage'),
  summary: 'Delete a business calendar that is not the default and no SLA policy uses',
  request: { params: ZCalendarParams },
  responses: { 204: { description: 'Deleted' }, 404: errorResponses[404], 409: errorResponses[409] },
});

/** Business calendars of SLA policies: CRUD. */
export function registerBusinessCalendarRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => c.json({ calendars: await listCalendars(db, c.get('workspace').id) }, 200));
  app.openapi(read, async (c) =>
    c.json(await findCalendar(db.orm, c.get('workspace').id, c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createCalendar(db, c.get('workspace').id, c.req.valid('json')), 201),
  );
  app.openapi(put, async (c) =>
    c.json(
      await updateCalendar(db, c.get('workspace').id, c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(remove, async (c) => {
    await deleteCalendar(db, c.get('workspace').id, c.req.valid('param').id);
    return c.body(null, 204);
  });
}
