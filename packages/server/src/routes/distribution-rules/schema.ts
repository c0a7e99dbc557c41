import { z } from '@hono/zod-openapi';
import { INVITATION_CHANNELS, ZDistributionRuleInput, ZInvitationTrigger, ZKey } from '@mot/core';

/** Path parameters naming a rule. */
export const ZRuleParams = z.object({ key: ZKey });

/** A new rule (the HTTP body and the web form: core's schema). */
// Made here, not taken as they are: a schema built before the OpenAPI extension loaded has no `.openapi`.
export const ZRuleCreateDoc = z.object({ ...ZDistributionRuleInput.shape }).openapi('DistributionRuleInput');

/** A rule's new settings: everything but its key. */
export const ZRuleReplaceDoc = ZRuleCreateDoc.omit({ key: true }).openapi('DistributionRuleReplace');

const ZQuiet = z.object({ start: z.string(), end: z.string() });

/** A stored rule. */
export const ZRule = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    survey: z.string(),
    enabled: z.boolean(),
    enabledAt: z
      .string()
      .nullable()
      .openapi({ description: 'When it was switched on: it plans for triggers after' }),
    trigger: ZInvitationTrigger,
    conditions: z.object({
      attributes: z.array(
        z.object({
          attribute: z.string(),
          op: z.enum(['eq', 'ne', 'in', 'not_in', 'exists']),
          values: z.array(z.union([z.string(), z.number(), z.boolean()])),
        }),
      ),
      experience: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
    }),
    sampling: z.number(),
    delayMinutes: z.number().int(),
    quietHours: ZQuiet.nullable(),
    recontactDays: z.number().int(),
    channel: z.enum(INVITATION_CHANNELS),
    priority: z.number().int(),
    reminderAfterHours: z.number().int().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('DistributionRule');

/** The workspace's rules. */
export const ZRuleList = z.object({ rules: z.array(ZRule) }).openapi('DistributionRuleList');

/** `POST /api/distribution-rules/{key}/plan-now`. */
export const ZPlanNowDoc = z
  .object({
    dryRun: z
      .boolean()
      .default(true)
      .openapi({ description: 'true: what the rule would do over the last `hours`, written nowhere' }),
    hours: z
      .number()
      .int()
      .min(1)
      .max(168)
      .default(24)
      .openapi({ description: 'The dry run’s period (a schedule’s dry run shows its latest turn instead)' }),
  })
  .openapi('PlanNow');

const ZCounts = {
  triggers: z.number().int(),
  planned: z.number().int(),
  skipped: z.number().int(),
  byReason: z.record(z.string(), z.number().int()),
};

/** What a dry run found, or what a planning run did. */
export const ZPlanNowResult = z
  .object({
    dryRun: z.boolean(),
    ...ZCounts,
    from: z
      .string()
      .optional()
      .openapi({ description: 'The period judged (for a schedule, the period its latest turn reads)' }),
    to: z.string().optional(),
    truncated: z.boolean().optional(),
    decisions: z
      .array(
        z.object({
          customer: z.string(),
          triggerKey: z.string(),
          episode: z.string().nullable(),
          status: z.enum(['planned', 'skipped']),
          reason: z.string().nullable(),
          detail: z.record(z.string(), z.union([z.string(), z.number()])),
          at: z.string(),
          sendAt: z.string(),
        }),
      )
      .optional()
      .openapi({ description: 'The first 100 decisions of a dry run' }),
  })
  .openapi('PlanNowResult');
