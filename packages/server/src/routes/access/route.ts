import { createRoute, z } from '@hono/zod-openapi';
import { ROLE_PERMISSIONS } from '@mot/core';
import { createApiKey, listApiKeys, revokeApiKey } from '../../access/api-keys.ts';
import { appendAudit, listAudit } from '../../access/audit.ts';
import { secured } from '../../access/authorize.ts';
import {
  countAdmins,
  findMember,
  listMembers,
  listMemberships,
  putMembership,
  removeMembership,
} from '../../access/memberships.ts';
import { ZWorkspaceSettings, readSettings, updateSettings } from '../../access/settings.ts';
import { createUser, findUserByEmail, findUserById } from '../../access/users.ts';
import type { TAppWithAuth } from '../../app.ts';
import { MotError, notFound } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZAddMember,
  ZApiKey,
  ZAuditEntry,
  ZAuditQuery,
  ZCreateApiKey,
  ZKeyParams,
  ZMe,
  ZMember,
  ZMemberParams,
  ZUpdateMember,
} from './schema.ts';

const denied = {
  401: { ...errorResponses[400], description: 'No caller (`unauthenticated`)' },
  403: { ...errorResponses[400], description: 'The role lacks the permission (`forbidden`)' },
};

const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['access'],
  summary: 'The signed-in user and their workspaces, roles and permissions',
  ...secured('signed-in'),
  responses: { 200: jsonResponse(ZMe, 'The caller'), ...denied },
});

const members = createRoute({
  method: 'get',
  path: '/api/members',
  tags: ['access'],
  summary: "The workspace's members and their roles",
  ...secured('members:manage'),
  responses: {
    200: jsonResponse(z.object({ members: z.array(ZMember) }), 'The members'),
    ...denied,
    404: errorResponses[404],
  },
});

const addMember = createRoute({
  method: 'post',
  path: '/api/members',
  tags: ['access'],
  summary: 'Add a user to the workspace with a role (creating the user when the e-mail is new)',
  ...secured('members:manage'),
  request: { body: jsonBody(ZAddMember) },
  responses: {
    201: jsonResponse(
      z.object({ member: ZMember, signInLink: z.string().nullable() }),
      'The member; a one-time sign-in link when a new user was created without a password',
    ),
    200: jsonResponse(
      z.object({ member: ZMember, signInLink: z.null() }),
      'The role of an existing member changed',
    ),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const updateMember = createRoute({
  method: 'patch',
  path: '/api/members/{userId}',
  tags: ['access'],
  summary: "Change a member's role or department",
  ...secured('members:manage'),
  request: { params: ZMemberParams, body: jsonBody(ZUpdateMember) },
  responses: {
    200: jsonResponse(ZMember, 'The member'),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const removeMember = createRoute({
  method: 'delete',
  path: '/api/members/{userId}',
  tags: ['access'],
  summary: 'Remove a member from the workspace (the user stays)',
  ...secured('members:manage'),
  request: { params: ZMemberParams },
  responses: {
    204: { description: 'Removed' },
    ...denied,
    404: errorResponses[404],
    409: errorResponses[409],
  },
});

const keys = createRoute({
  method: 'get',
  path: '/api/keys',
  tags: ['access'],
  summary: "The workspace's API keys (never their secrets)",
  ...secured('keys:manage'),
  responses: {
    200: jsonResponse(z.object({ keys: z.array(ZApiKey) }), 'The keys'),
    ...denied,
    404: errorResponses[404],
  },
});

const createKey = createRoute({
  method: 'post',
  path: '/api/keys',
  tags: ['access'],
  summary: 'Create an API key for a system: the secret is in this answer and never again',
  ...secured('keys:manage'),
  request: { body: jsonBody(ZCreateApiKey) },
  responses: {
    201: jsonResponse(z.object({ key: ZApiKey, secret: z.string() }), 'The key and its secret, shown once'),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const revokeKey = createRoute({
  method: 'delete',
  path: '/api/keys/{id}',
  tags: ['access'],
  summary: 'Revoke an API key: every server refuses it from the next request on',
  ...secured('keys:manage'),
  request: { params: ZKeyParams },
  responses: { 200: jsonResponse(ZApiKey, 'The revoked key'), ...denied, 404: errorResponses[404] },
});

const settings = createRoute({
  method: 'get',
  path: '/api/settings',
  tags: ['access'],
  summary: "The workspace's time zone, language and personal-data fields",
  ...secured('settings:read'),
  responses: { 200: jsonResponse(ZWorkspaceSettings, 'The settings'), ...denied, 404: errorResponses[404] },
});

const patchSettings = createRoute({
  method: 'patch',
  path: '/api/settings',
  tags: ['access'],
  summary: "Change the workspace's settings",
  ...secured('settings:manage'),
  request: { body: jsonBody(ZWorkspaceSettings.partial()) },
  responses: {
    200: jsonResponse(ZWorkspaceSettings, 'The settings'),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const audit = createRoute({
  method: 'get',
  path: '/api/audit',
  tags: ['access'],
  summary: "The workspace's audit log, newest first (read-only: it cannot be changed through the API)",
  ...secured('audit:read'),
  request: { query: ZAuditQuery },
  responses: {
    200: jsonResponse(
      z.object({ entries: z.array(ZAuditEntry), nextBefore: z.number().nullable() }),
      'A page',
    ),
    ...denied,
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

async function presentMember(db: TDatabase, workspaceId: string, userId: string) {
  const member = await findMember(db.orm, workspaceId, userId);
  if (!member) throw notFound(`member ${userId}`, ['params', 'userId']);
  return member;
}

/** `/api/me`, members, API keys, settings and the audit log. */
export function registerAccessRoutes(app: TAppWithAuth, db: TDatabase): void {
  app.openapi(me, async (c) => {
    const principal = c.get('principal');
    if (principal.kind !== 'user') {
      throw new MotError('forbidden', '/api/me describes a signed-in user; an API key has no user');
    }
    const user = await findUserById(db, principal.userId);
    if (!user) throw new MotError('unauthenticated', 'the user of this session no longer exists');
    const memberships = await listMemberships(db, principal.userId);
    return c.json(
      {
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          twoFactorEnabled: user.twoFactorEnabled,
          instanceAdmin: user.instanceAdmin,
        },
        workspaces: memberships.map((m) => ({
          key: m.workspace.key,
          name: m.workspace.name,
          role: m.role,
          department: m.department,
          permissions: [...ROLE_PERMISSIONS[m.role]],
        })),
      },
      200,
    );
  });

  app.openapi(members, async (c) => c.json({ members: await listMembers(db, c.get('workspace').id) }, 200));

  app.openapi(addMember, async (c) => {
    const input = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    let user = await findUserByEmail(db, input.email);
    let signInLink: string | null = null;
    if (!user) {
      const auth = await app.getAuth();
      user = await createUser(db, auth, {
        email: input.email,
        name: input.name ?? input.email.split('@')[0] ?? input.email,
        password: input.password,
      });
      if (input.password === undefined)
        signInLink = await auth.createSignInLink(user.email, new URL(c.req.url).origin);
    }
    const userId = user.id;
    const { created } = await db.orm.transaction(async (tx) => {
      if (input.role !== 'admin' && (await countAdmins(tx, workspaceId)) === 1) {
        const current = await findMember(tx, workspaceId, userId);
        if (current?.role === 'admin')
          throw new MotError('in_use', 'the last admin of a workspace keeps that role', ['role']);
      }
      const result = await putMembership(tx, {
        workspaceId,
        userId,
        role: input.role,
        department: input.department ?? null,
      });
      await appendAudit(tx, {
        workspaceId,
        action: result.created ? 'member.add' : 'member.update',
        entityType: 'member',
        entityId: userId,
        summary: { role: input.role, department: input.department ?? null },
      });
      return result;
    });
    const member = await presentMember(db, workspaceId, userId);
    return created ? c.json({ member, signInLink }, 201) : c.json({ member, signInLink: null }, 200);
  });

  app.openapi(updateMember, async (c) => {
    const { userId } = c.req.valid('param');
    const change = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    const current = await findMember(db.orm, workspaceId, userId);
    if (!current) throw notFound(`member ${userId}`, ['params', 'userId']);
    await db.orm.transaction(async (tx) => {
      const role = change.role ?? current.role;
      if (current.role === 'admin' && role !== 'admin' && (await countAdmins(tx, workspaceId)) === 1) {
        throw new MotError('in_use', 'the last admin of a workspace keeps that role', ['role']);
      }
      await putMembership(tx, {
        workspaceId,
        userId,
        role,
        department: change.department === undefined ? current.department : change.department,
      });
      await appendAudit(tx, {
        workspaceId,
        action: 'member.update',
        entityType: 'member',
        entityId: userId,
        summary: change,
      });
    });
    return c.json(await presentMember(db, workspaceId, userId), 200);
  });

  app.openapi(removeMember, async (c) => {
    const { userId } = c.req.valid('param');
    const workspaceId = c.get('workspace').id;
    await db.orm.transaction(async (tx) => {
      const current = await findMember(tx, workspaceId, userId);
      if (!current) throw notFound(`member ${userId}`, ['params', 'userId']);
      if (current.role === 'admin' && (await countAdmins(tx, workspaceId)) === 1) {
        throw new MotError('in_use', 'the last admin of a workspace cannot be removed', ['params', 'userId']);
      }
      await removeMembership(tx, workspaceId, userId);
      await appendAudit(tx, { workspaceId, action: 'member.remove', entityType: 'member', entityId: userId });
    });
    return c.body(null, 204);
  });

  app.openapi(keys, async (c) => c.json({ keys: await listApiKeys(db, c.get('workspace').id) }, 200));

  app.openapi(createKey, async (c) => {
    const input = c.req.valid('json');
    const principal = c.get('principal');
    const created = await createApiKey(db, {
      workspaceId: c.get('workspace').id,
      name: input.name,
      role: input.role,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      createdBy: principal.kind === 'user' ? principal.userId : `key:${principal.keyId}`,
    });
    return c.json(created, 201);
  });

  app.openapi(revokeKey, async (c) => {
    const { id } = c.req.valid('param');
    const revoked = await revokeApiKey(db, c.get('workspace').id, id);
    if (!revoked) throw notFound(`API key ${id}`, ['params', 'id']);
    return c.json(revoked, 200);
  });

  app.openapi(settings, async (c) => c.json(await readSettings(db, c.get('workspace').id), 200));

  app.openapi(patchSettings, async (c) => {
    const change = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    await db.orm.transaction(async (tx) => {
      await updateSettings(tx, workspaceId, change);
      await appendAudit(tx, {
        workspaceId,
        action: 'settings.update',
        entityType: 'workspace',
        entityId: workspaceId,
        summary: change,
      });
    });
    return c.json(await readSettings(db, workspaceId), 200);
  });

  app.openapi(audit, async (c) => {
    const { limit, before } = c.req.valid('query');
    const entries = await listAudit(db, c.get('workspace').id, { limit, before });
    const last = entries.at(-1);
    return c.json({ entries, nextBefore: entries.length === limit && last ? last.id : null }, 200);
  });
}
