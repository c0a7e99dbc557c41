import { z } from '@hono/zod-openapi';
import {
  INVITATION_CHANNELS,
  INVITATION_STATUSES,
  SKIP_REASONS,
  ZExternalId,
  ZFatigueBudget,
  ZKey,
} from '@mot/core';

/** Query of the ledger. */
export const ZLedgerQuery = z.object({
  customer: ZExternalId.optional().openapi({ description: 'The customer, by the source systems’ id' }),
  survey: ZKey.optional(),
  rule: ZKey.optional(),
  status: z.enum(INVITATION_STATUSES).optional(),
  reason: z.enum(SKIP_REASONS).optional().openapi({ description: 'Why it was not sent' }),
  channel: z.enum(INVITATION_CHANNELS).optional(),
  cursor: z.string().max(200).optional().openapi({ description: 'The `next` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** Query of one customer's ledger. */
export const ZCustomerLedgerQuery = ZLedgerQuery.omit({ customer: true });

/** Path of a customer. */
export const ZCustomerParams = z.object({ customer: ZExternalId });

/** One decision of the ledger. */
export const ZInvitation = z
  .object({
    id: z.string(),
    customer: z.string(),
    rule: z.string(),
    survey: z.string(),
    triggerKey: z
      .string()
      .openapi({ description: 'What triggered it: moment:<id>, case:<id>, episode:<id>, schedule:<date>' }),
    triggeredAt: z.string(),
    episode: z.string().nullable(),
    journey: z.string().nullable(),
    channel: z.enum(INVITATION_CHANNELS),
    priority: z.number().int(),
    status: z.enum(INVITATION_STATUSES),
    reason: z.enum(SKIP_REASONS).nullable().openapi({ description: 'Why it was not sent (skipped only)' }),
    detail: z.record(z.string(), z.union([z.string(), z.number()])).openapi({
      description: 'The figures behind a skip: budget used and limit, nearest invitation, sampling',
    }),
    sendAt: z.string().openapi({ description: 'When it goes (planned) or would have gone (skipped)' }),
    sentAt: z.string().nullable(),
    reminderAt: z.string().nullable(),
    remindedAt: z.string().nullable(),
    url: z
      .string()
      .nullable()
      .openapi({ description: 'The survey link (for the `link` channel, the company sends it)' }),
    expiresAt: z.string().nullable(),
    attempts: z.number().int(),
    lastOutcome: z.unknown().openapi({ description: 'The channel’s answer to the last attempt' }),
    createdAt: z.string(),
  })
  .openapi('Invitation');

/** A page of the ledger. */
export const ZLedgerPage = z
  .object({ invitations: z.array(ZInvitation), next: z.string().nullable() })
  .openapi('InvitationPage');

/** The fatigue budget (request and response). */
export const ZBudgetDoc = z.object({ ...ZFatigueBudget.shape }).openapi('FatigueBudget');

/** Query of the tallies. */
export const ZTallyQuery = z.object({
  rule: ZKey.optional(),
  from: z.iso.date().optional().openapi({ description: 'First day (UTC, inclusive), YYYY-MM-DD' }),
  to: z.iso.date().optional().openapi({ description: 'Last day (UTC, inclusive), YYYY-MM-DD' }),
});

/** The tallies: moments a rule passed over, counted per day rather than written to the ledger. */
export const ZTallies = z
  .object({
    tallies: z.array(
      z.object({
        rule: z.string(),
        day: z.string().openapi({ description: 'The moments’ day (UTC), YYYY-MM-DD' }),
        reason: z
          .enum(SKIP_REASONS)
          .openapi({ description: 'Why (condition_false: its conditions did not hold)' }),
        count: z.number().int(),
      }),
    ),
  })
  .openapi('InvitationTallies');

/** The period of the rules' decision summary: days, UTC, both included; the last 7 days by default. */
export const ZDecisionSummaryQuery = z.object({
  from: z.iso.date().optional().openapi({ description: 'First day (UTC, inclusive), YYYY-MM-DD' }),
  to: z.iso
    .date()
    .optional()
    .openapi({ description: 'Last day (UTC, inclusive), YYYY-MM-DD; today by default' }),
});

/** What each rule decided over a period, by its triggers' day. */
export const ZDecisionSummary = z
  .object({
    from: z.string().openapi({ description: 'First day (UTC), YYYY-MM-DD' }),
    to: z.string().openapi({ description: 'Last day (UTC), YYYY-MM-DD' }),
    rules: z.array(
      z.object({
        rule: z.string(),
        considered: z
          .number()
          .int()
          .openapi({ description: 'Moments the rule considered: its decisions and the ones passed over' }),
        invited: z.number().int().openapi({ description: 'Invitations made (whatever came of them since)' }),
        sent: z.number().int().openapi({ description: 'Invitations sent (answered ones included)' }),
        answered: z.number().int(),
        responseRate: z
          .number()
          .nullable()
          .openapi({ description: 'Answered of sent; null before any was sent' }),
        failed: z.number().int().openapi({ description: 'Invitations whose sending failed' }),
        skipped: z
          .record(z.enum(SKIP_REASONS), z.number().int())
          .openapi({ description: 'Decisions not to invite, by reason' }),
        passedOver: z.number().int().openapi({
          description: 'Moments whose rule conditions did not hold (counted, not in the ledger)',
        }),
      }),
    ),
  })
  .openapi('InvitationDecisionSummary');
