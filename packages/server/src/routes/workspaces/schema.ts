import { z } from '@hono/zod-openapi';
import { ZKey, ZName } from '@mot/core';

/** A workspace as the API shows it. */
export const ZWorkspaceOut = z
  .object({ id: z.string(), key: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Workspace');

/**
 * Body of `POST /api/workspaces`. The name is core's `ZName`: a NUL character or a lone surrogate is
 * refused here, naming the field, rather than refused by the database or silently altered by its driver.
 */
export const ZCreateWorkspace = z.object({ key: ZKey, name: ZName });
