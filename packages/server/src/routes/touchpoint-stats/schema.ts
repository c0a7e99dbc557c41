import { z } from '@hono/zod-openapi';
import { ZKey } from '@mot/core';

/** Path parameters naming a touchpoint of a journey. */
export const ZTouchpointStatsParams = z.object({ journey: ZKey, touchpoint: ZKey });

/** Query of the touchpoint's figures: the period (default the last 30 days). */
export const ZTouchpointStatsQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Moments at or after this instant' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Moments before this instant; default now' }),
});

const ZBin = z.object({ from: z.number(), to: z.number(), count: z.number().int() });

/** A touchpoint in a period: volume, performance and breach rate over time, distributions, comments. */
export const ZTouchpointStats = z
  .object({
    journey: z.string(),
    touchpoint: z.string(),
    from: z.string(),
    to: z.string(),
    bucket: z.enum(['day', 'week']),
    moments: z.number().int(),
    breachingMoments: z.number().int(),
    breachRate: z.number().nullable(),
    buckets: z.array(
      z.object({
        start: z.string(),
        moments: z.number().int(),
        breachingMoments: z.number().int(),
        breachRate: z.number().nullable(),
        experience: z
          .number()
          .nullable()
          .openapi({ description: 'Mean experience (-1..+1) of moments with one' }),
        rating: z.number().nullable().openapi({ description: 'Mean rating of rated moments' }),
      }),
    ),
    measures: z
      .array(
        z.object({
          key: z.string(),
          n: z.number().int(),
          mean: z.number().nullable(),
          meetsTarget: z.number().nullable().openapi({ description: 'Share at or better than the target' }),
          beyondFloor: z.number().nullable().openapi({ description: 'Share worse than the tolerance floor' }),
          histogram: z.array(ZBin),
        }),
      )
      .openapi({ description: "Each measure's distribution over the latest 5,000 moments of the period" }),
    comments: z.array(
      z.object({
        eventId: z.string(),
        occurredAt: z.string(),
        customer: z.string(),
        episode: z.string(),
        comment: z.string(),
        experience: z.number().nullable(),
        sentiment: z
          .object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number() })
          .nullable(),
      }),
    ),
  })
  .openapi('TouchpointStats');
