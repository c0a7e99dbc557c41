import { z } from '@hono/zod-openapi';
import { LIMITS, ZExternalId } from '@mot/core';
import { ZCustomerStatusEvent } from '../customer-status/schema.ts';
import { ZMomentOut } from '../episodes/schema.ts';
import { upsertReportSchema } from '../shared-schema.ts';

/** Path parameters naming a customer by the source systems' id. */
export const ZCustomerParams = z.object({
  customer: ZExternalId,
});

/** Query of the timeline: how many of the latest moments (default 500, at most 5,000). */
export const ZTimelineQuery = z.object({ limit: z.coerce.number().int().min(1).max(5_000).default(500) });

/** A customer's timeline: who, their episodes, their latest moments in order, and their status history. */
export const ZTimeline = z
  .object({
    customer: z.object({
      externalId: z.string(),
      attributes: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
    }),
    episodes: z.array(z.object({ journey: z.string(), key: z.string() })),
    moments: z.array(ZMomentOut),
    status: z.object({
      /** `churned` or `active` by the latest churned/reactivated event; null without status events. */
      current: z.enum(['active', 'churned']).nullable(),
      contractEnd: z.string().nullable(),
      events: z.array(ZCustomerStatusEvent),
    }),
  })
  .openapi('Timeline');

/** The body of `POST /api/customers`: each item checked on its own (schema CustomerAttributesInput). */
export const ZCustomerAttributesBatch = z.object({
  customers: z.array(z.unknown()).openapi({
    description: `Up to ${LIMITS.maxBatchSize} customers (schema CustomerAttributesInput).`,
  }),
});

/** What happened to each customer of a batch. */
export const ZCustomerAttributesReport = upsertReportSchema('CustomerAttributesReport', { eventId: false });
