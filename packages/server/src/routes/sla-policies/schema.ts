import { z } from '@hono/zod-openapi';
import { ZKey, ZName, ZSlaTargetsBySeverity } from '@mot/core';
import { ZStorableText } from '../shared-schema.ts';

/** Path parameters naming a policy. */
export const ZPolicyParams = z.object({ id: z.string().max(64) });

/**
 * An SLA policy as written: targets per severity in working minutes of its calendar; a policy narrowed to
 * journeys and/or departments applies to their cases, the default one to the rest.
 */
export const ZPolicyDoc = z
  .object({
    name: ZStorableText.pipe(z.string().min(1).max(200)),
    isDefault: z.boolean().default(false),
    calendarId: z.string().max(64).openapi({ description: 'A business calendar of the workspace' }),
    targets: ZSlaTargetsBySeverity,
    journeys: z.array(ZKey).max(100).default([]),
    departments: z.array(ZName).max(100).default([]),
  })
  .openapi('SlaPolicyDoc');

/** A policy as the API shows it. */
export const ZPolicyOut = z
  .object({
    id: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    calendarId: z.string(),
    calendarName: z.string(),
    targets: ZSlaTargetsBySeverity,
    journeys: z.array(z.string()),
    departments: z.array(z.string()),
    updatedAt: z.string(),
  })
  .openapi('SlaPolicy');
