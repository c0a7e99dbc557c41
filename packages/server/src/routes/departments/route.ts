import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { listDepartments, putDepartmentContacts } from '../../sla/departments.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZContactsDoc, ZDepartmentOut, ZDepartmentParams } from './schema.ts';

const tags = ['sla'];

const list = createRoute({
  method: 'get',
  path: '/api/departments',
  tags,
  ...secured('settings:read'),
  summary: "The workspace's departments (its touchpoints' owners) with their escalation contacts",
  responses: { 200: jsonResponse(z.object({ departments: z.array(ZDepartmentOut) }), 'The departments') },
});

const put = createRoute({
  method: 'put',
  path: '/api/departments/{department}/contacts',
  tags,
  ...secured('loop:manage'),
  summary:
    "Set a department's escalation contacts: the team lead (first response overdue) and head (resolution overdue)",
  request: { params: ZDepartmentParams, body: jsonBody(ZContactsDoc) },
  responses: {
    200: jsonResponse(ZDepartmentOut, 'The department with its contacts'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** Departments and their escalation contacts. */
export function registerDepartmentRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) =>
    c.json({ departments: await listDepartments(db, c.get('workspace').id) }, 200),
  );
  app.openapi(put, async (c) => {
    const { department } = c.req.valid('param');
    return c.json(
      await putDepartmentContacts(db, c.get('workspace').id, department, c.req.valid('json')),
      200,
    );
  });
}
