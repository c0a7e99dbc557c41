import { z } from '@hono/zod-openapi';
import { LIMITS, ZExternalId, ZMomentTime, findMomentTimeProblem, storable } from '@mot/core';
import { upsertReportSchema } from '../shared-schema.ts';

/**
 * What can happen to a customer: `started` (became a customer, a contract began), `renewed` (a contract
 * was renewed), `churned` (left), `reactivated` (came back after churning). The latest `churned` or
 * `reactivated` event says whether a customer has churned (docs/churn.md).
 */
export const CUSTOMER_STATUSES = ['started', 'renewed', 'churned', 'reactivated'] as const;

/** A customer status. */
export type TCustomerStatus = (typeof CUSTOMER_STATUSES)[number];

/** Longest reason stored. */
export const MAX_STATUS_REASON_LENGTH = 500;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date `YYYY-MM-DD` that exists, in the years moments may carry (one message per problem). */
export const ZCalendarDate = z.string().superRefine((value, ctx) => {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DATE.test(value)) ctx.addIssue({ code: 'custom', message: 'must be a date YYYY-MM-DD' });
  else if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    ctx.addIssue({ code: 'custom', message: 'is not a day of the calendar' });
  else if (findMomentTimeProblem(`${value}T00:00:00Z`) !== undefined)
    ctx.addIssue({ code: 'custom', message: 'must be a date between the years 1900 and 2999' });
});

/** When a status changed: a date-time with its offset, or a date (its start, UTC); one message per problem. */
export const ZStatusTime = z
  .string()
  .superRefine((value, ctx) => {
    const parsed = DATE.test(value) ? ZCalendarDate.safeParse(value) : ZMomentTime.safeParse(value);
    if (parsed.success) return;
    const problem = parsed.error.issues[0]?.message ?? 'is not a date';
    const message = DATE.test(value)
      ? problem
      : `must be a date YYYY-MM-DD or a date-time with its offset (${problem})`;
    ctx.addIssue({ code: 'custom', message });
  })
  .openapi({
    description:
      'A date-time with its offset (`2026-03-01T09:30:00+08:00`), or a date (`2026-03-01`, 00:00 UTC)',
  });

/** One status event as a source sends it. */
export const ZCustomerStatusInput = z
  .object({
    customer: ZExternalId,
    status: z.enum(CUSTOMER_STATUSES),
    at: ZStatusTime,
    /** Why (a churn reason as the source words it); free text. */
    reason: storable(z.string().trim().max(MAX_STATUS_REASON_LENGTH)).nullable().optional(),
    /** The end date of the contract in force after this event. */
    contractEnd: ZCalendarDate.nullable().optional(),
    /**
     * The source's id of the event; the same id sent again is the same event (unchanged, or updated when its
     * fields changed). Without one, the id is derived from customer, status and instant.
     */
    eventId: ZExternalId.optional(),
  })
  .strict();

/** A parsed status event. */
export type TCustomerStatusInput = z.infer<typeof ZCustomerStatusInput>;

/** Body of `POST /api/customer-status`. Items are checked one by one (see the report). */
export const ZCustomerStatusBatch = z.object({
  events: z.array(z.unknown()).openapi({
    description: `Up to ${LIMITS.maxBatchSize} status events (schema CustomerStatusInput).`,
  }),
});

/** What happened to each event of a batch. */
export const ZCustomerStatusReport = upsertReportSchema('CustomerStatusReport', { eventId: true });

/** The report of one `POST /api/customer-status`. */
export type TCustomerStatusReport = z.infer<typeof ZCustomerStatusReport>;

/** One stored status event. */
export const ZCustomerStatusEvent = z
  .object({
    eventId: z.string(),
    status: z.enum(CUSTOMER_STATUSES),
    at: z.string(),
    reason: z.string().nullable(),
    contractEnd: z.string().nullable(),
  })
  .openapi('CustomerStatusEvent');

/** A stored status event. */
export type TCustomerStatusEvent = z.infer<typeof ZCustomerStatusEvent>;

/** A customer's status history, oldest first, and where it stands now. */
export const ZCustomerStatusHistory = z
  .object({
    customer: z.string(),
    /** `churned` when the latest churned/reactivated event is a churn, else `active`; null without events. */
    current: z.enum(['active', 'churned']).nullable(),
    contractEnd: z.string().nullable(),
    events: z.array(ZCustomerStatusEvent),
  })
  .openapi('CustomerStatusHistory');
