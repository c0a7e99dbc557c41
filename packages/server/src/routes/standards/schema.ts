import { z } from '@hono/zod-openapi';
import { ZDirection, ZKey, ZStandard } from '@mot/core';

/** Path parameters naming a measure of a touchpoint. */
export const ZMeasureParams = z.object({
  journey: ZKey,
  touchpoint: ZKey,
  measure: ZKey,
});

/** A standard (target and tolerance floor). */
export const ZStandardDoc = ZStandard;

/** A measure's standard as the API shows it, with what it needs to be read. */
export const ZStandardOut = z.object({
  measure: z.string(),
  unit: z.string(),
  direction: ZDirection,
  standard: ZStandardDoc.nullable(),
});
