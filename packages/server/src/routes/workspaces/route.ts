import { createRoute, z } from '@hono/zod-openapi';
import type { TApp } from '../../app.ts';
import { alreadyExists } from '../../errors.ts';
import { createWorkspace } from '../../storage/create-workspace.ts';
import type { TDatabase } from '../../storage/database.ts';
import { listWorkspaces } from '../../storage/list-workspaces.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZCreateWorkspace, ZWorkspaceOut } from './schema.ts';

const list = createRoute({
  method: 'get',
  path: '/api/workspaces',
  summary: 'List workspaces',
  responses: { 200: jsonResponse(z.object({ workspaces: z.array(ZWorkspaceOut) }), 'Every workspace') },
});

const create = createRoute({
  method: 'post',
  path: '/api/workspaces',
  summary: 'Create a workspace',
  request: { body: jsonBody(ZCreateWorkspace) },
  responses: {
    201: jsonResponse(ZWorkspaceOut, 'The new workspace'),
    400: errorResponses[400],
    409: errorResponses[409],
  },
});

/** Workspaces: list and create. */
export function registerWorkspaceRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => c.json({ workspaces: await listWorkspaces(db) }, 200));
  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const workspace = await createWorkspace(db, input);
    if (!workspace) throw alreadyExists(`workspace "${input.key}"`, ['key']);
    return c.json(workspace, 201);
  });
}
