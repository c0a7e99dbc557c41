import { z } from '@hono/zod-openapi';
import { ZName } from '@mot/core';

/** Path parameters naming a department (a touchpoint owner, URL-encoded). */
export const ZDepartmentParams = z.object({ department: ZName });

/** A department's escalation contacts as written: user ids of members of the workspace, or null. */
export const ZContactsDoc = z
  .object({
    teamLeadUserId: z
      .string()
      .min(1)
      .max(200)
      .nullable()
      .openapi({ description: 'Escalated to when a first response is overdue' }),
    headUserId: z
      .string()
      .min(1)
      .max(200)
      .nullable()
      .openapi({ description: 'Escalated to when a resolution is overdue' }),
  })
  .openapi('DepartmentContactsDoc');

const ZContact = z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable();

/** A department as the API shows it. */
export const ZDepartmentOut = z
  .object({
    name: z.string().openapi({ description: "The department's key: the touchpoints' owner" }),
    names: z
      .object({ 'zh-CN': z.string(), en: z.string() })
      .nullable()
      .openapi({ description: 'Display names from the journey pack that defines it; null for your own' }),
    journeys: z.array(z.string()),
    touchpoints: z.number().int(),
    teamLead: ZContact,
    head: ZContact,
  })
  .openapi('Department');
