import { z } from '@hono/zod-openapi';
import { ZKey } from '@mot/core';

/** Path parameters naming a touchpoint. */
export const ZTouchpointParams = z.object({
  journey: ZKey,
  touchpoint: ZKey,
});
