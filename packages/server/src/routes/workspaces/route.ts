import { createRoute, z } from '@hono/zod-openapi';
import { findWorkspaceById } from '../../access/workspace-cache.ts';
import { appendAudit } from '../../access/audit.ts';
import { secured } from '../../access/authorize.ts';
import { listMemberships, putMembership } from '../../access/memberships.ts';
import type { TApp } from '../../app.ts';
import { alreadyExists } from '../../errors.ts';
import { createWorkspace } from '../../storage/create-workspace.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZCreateWorkspace, ZWorkspaceOut } from './schema.ts';

const list = createRoute({
  method: 'get',
  path: '/api/workspaces',
  summary: "The caller's workspaces: a user's memberships, or an API key's one workspace",
  ...secured('signed-in'),
  responses: { 200: jsonResponse(z.object({ workspaces: z.array(ZWorkspaceOut) }), 'The workspaces') },
});

const create = createRoute({
  method: 'post',
  path: '/api/workspaces',
  summary: 'Create a workspace (administrators of the installation); its creator becomes its admin',
  ...secured('instance-admin'),
  request: { body: jsonBody(ZCreateWorkspace) },
  responses: {
    201: jsonResponse(ZWorkspaceOut, 'The new workspace'),
    400: errorResponses[400],
    409: errorResponses[409],
  },
});

/** Workspaces: list the caller's, create one. */
export function registerWorkspaceRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => {
    const principal = c.get('principal');
    if (principal.kind === 'key') {
      const workspace = await findWorkspaceById(db, principal.workspaceId);
      return c.json({ workspaces: workspace ? [workspace] : [] }, 200);
    }
    const memberships = await listMemberships(db, principal.userId);
    return c.json({ workspaces: memberships.map((m) => m.workspace) }, 200);
  });
  app.openapi(create, async (c) => {
    const input = c.req.valid('json');
    const principal = c.get('principal');
    const workspace = await db.orm.transaction(async (tx) => {
      const created = await createWorkspace(tx, input);
      if (!created) throw alreadyExists(`workspace "${input.key}"`, ['key']);
      if (principal.kind === 'user') {
        await putMembership(tx, { workspaceId: created.id, userId: principal.userId, role: 'admin' });
      }
      await appendAudit(tx, {
        workspaceId: created.id,
        action: 'workspace.create',
        entityType: 'workspace',
        entityId: created.id,
        summary: { key: input.key, name: input.name },
      });
      return created;
    });
    return c.json(workspace, 201);
  });
}
