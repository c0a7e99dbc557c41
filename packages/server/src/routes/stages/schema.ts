import { z } from '@hono/zod-openapi';
import { ZKey, ZStage } from '@mot/core';

/** Path parameters naming a stage. */
export const ZStageParams = z.object({
  journey: ZKey,
  stage: ZKey,
});

/** Body of `POST .../stages`: a stage and, optionally, where to insert it (default: at the end). */
export const ZCreateStage = ZStage.extend({ position: z.number().int().min(0).optional() });
