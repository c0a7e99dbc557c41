import { z } from '@hono/zod-openapi';
import { LIMITS, ZKey } from '@mot/core';

/** A workspace as the API shows it. */
export const ZWorkspaceOut = z
  .object({ id: z.string(), key: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Workspace');

/** Body of `POST /api/workspaces`. */
export const ZCreateWorkspace = z.object({ key: ZKey, name: z.string().min(1).max(LIMITS.maxNameLength) });
