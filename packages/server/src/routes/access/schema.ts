import { z } from '@hono/zod-openapi';
import { LIMITS, PERMISSIONS, ROLES } from '@mot/core';
import { ZStorableText } from '../shared-schema.ts';

/** A role in a workspace. */
export const ZRole = z.enum(ROLES).openapi('Role');

/** The signed-in caller and the workspaces they may work in. */
export const ZMe = z
  .object({
    user: z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      twoFactorEnabled: z.boolean(),
      instanceAdmin: z.boolean(),
    }),
    workspaces: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        role: ZRole,
        department: z.string().nullable(),
        permissions: z.array(z.enum(PERMISSIONS)),
      }),
    ),
  })
  .openapi('Me');

/** A member of a workspace. */
export const ZMember = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    role: ZRole,
    department: z.string().nullable(),
    disabled: z.boolean(),
    twoFactorEnabled: z.boolean(),
    joinedAt: z.string(),
  })
  .openapi('Member');

/** Body of `POST /api/members`: an existing user by e-mail, or a new one. */
export const ZAddMember = z.object({
  email: z.email().max(254),
  role: ZRole,
  department: ZStorableText.max(LIMITS.maxNameLength).nullable().optional(),
  name: ZStorableText.min(1).max(LIMITS.maxNameLength).optional(),
  password: z.string().min(10).max(256).optional().openapi({
    description: 'For a new user; without it the answer carries a one-time sign-in link to hand over',
  }),
});

/** Body of `PATCH /api/members/{userId}`. */
export const ZUpdateMember = z
  .object({
    role: ZRole.optional(),
    department: ZStorableText.max(LIMITS.maxNameLength).nullable().optional(),
  })
  .refine((v) => v.role !== undefined || v.department !== undefined, {
    message: 'name a role or a department',
  });

/** Path of a member. */
export const ZMemberParams = z.object({ userId: ZStorableText.min(1).max(100) });

/** An API key as listed: never its secret. */
export const ZApiKey = z
  .object({
    id: z.string(),
    name: z.string(),
    role: ZRole,
    last4: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

/** Body of `POST /api/keys`. */
export const ZCreateApiKey = z.object({
  name: ZStorableText.min(1).max(LIMITS.maxNameLength),
  role: ZRole,
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .refine((v) => v == null || Date.parse(v) > Date.now(), { message: 'must be in the future' }),
});

/** Path of a key. */
export const ZKeyParams = z.object({ id: z.uuid() });

/** An audit entry. */
export const ZAuditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    actor: z.object({ kind: z.string(), id: z.string().nullable(), credentialId: z.string().nullable() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    summary: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

/** Query of `GET /api/audit`. */
export const ZAuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});
