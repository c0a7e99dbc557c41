import { z } from '@hono/zod-openapi';

/** Query of `GET /api/journeys/{journey}/overview`: the period, default the last 30 days. */
export const ZOverviewQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Start of the period (inclusive); default 30 days before `to`' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'End of the period (exclusive); default now' }),
});

const ZCounts = z.object({
  moments: z.number().int(),
  episodes: z.number().int().openapi({ description: 'Episodes with at least one moment in the period' }),
  breachingMoments: z.number().int().openapi({ description: 'Moments with at least one floor breach' }),
  breachRate: z
    .number()
    .nullable()
    .openapi({ description: 'breachingMoments / moments; null without moments' }),
});

/** Response of `GET /api/journeys/{journey}/overview`. */
export const ZJourneyOverview = ZCounts.extend({
  journey: z.string(),
  from: z.string(),
  to: z.string(),
  bucket: z
    .enum(['day', 'week'])
    .openapi({ description: 'Days for periods up to 92 days, else weeks (UTC)' }),
  customers: z.number().int(),
  buckets: z.array(ZCounts.extend({ start: z.string() })).openapi({
    description: 'The trend: one entry per day or week that has moments, in time order',
  }),
}).openapi('JourneyOverview');
