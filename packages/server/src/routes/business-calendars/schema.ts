import { z } from '@hono/zod-openapi';
import { ZBusinessCalendar } from '@mot/core';
import { ZStorableText } from '../shared-schema.ts';

/** Path parameters naming a calendar. */
export const ZCalendarParams = z.object({ id: z.string().max(64) });

/** A calendar as written: a name, whether it is the workspace's default, and its hours and dates. */
export const ZCalendarDoc = z
  .object({
    name: ZStorableText.pipe(z.string().min(1).max(200)),
    isDefault: z.boolean().default(false),
    calendar: ZBusinessCalendar,
  })
  .openapi('BusinessCalendarDoc');

/** A calendar as the API shows it; `policies` counts the SLA policies on it. */
export const ZCalendarOut = z
  .object({
    id: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    calendar: ZBusinessCalendar,
    policies: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('BusinessCalendar');
