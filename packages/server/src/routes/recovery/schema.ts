import { z } from '@hono/zod-openapi';
import { ZKey, findMomentTimeProblem } from '@mot/core';

const ZPeriodBound = z.iso
  .datetime({ offset: true })
  .refine(
    (at) => findMomentTimeProblem(at) === undefined,
    'must be a date-time between the years 1900 and 2999, with an offset within ±14:00',
  );

/** Query of `GET /api/recovery`. */
export const ZRecoveryQuery = z
  .object({
    from: ZPeriodBound.openapi({ description: 'Cases opened at or after this instant' }),
    to: ZPeriodBound.openapi({ description: 'Cases opened before this instant' }),
    journey: ZKey.optional().openapi({ description: 'Only cases of this journey' }),
  })
  .superRefine((q, ctx) => {
    if (Date.parse(q.from) >= Date.parse(q.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after `from`' });
    }
  });

const ZInterval = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

const ZShare = z
  .object({ count: z.number().int(), of: z.number().int(), interval: ZInterval.nullable() })
  .openapi('Share', { description: 'A share with its 95% Wilson score interval (null when `of` is 0)' });

const ZFigures = z
  .object({
    opened: z.number().int(),
    firstResponse: ZShare.openapi({
      description: 'First-response SLA met, of the cases whose target is decided',
    }),
    resolution: ZShare.openapi({ description: 'Resolution SLA met, of the cases whose target is decided' }),
    medianFirstResponseMinutes: z.number().nullable(),
    medianResolutionHours: z.number().nullable(),
    callbacksReached: z.number().int(),
    recoveryRate: ZShare.openapi({ description: 'Solved, of the cases whose callback reached the customer' }),
    recontact: ZShare.openapi({
      description: 'Another case within 30 days of closing, of closures 30+ days old',
    }),
  })
  .openapi('RecoveryFigures');

const ZSatisfaction = z.object({
  n: z.number().int(),
  mean: z.number(),
  sd: z.number(),
  topBox: z.number().int(),
});

const ZParadox = z
  .object({
    recovered: ZSatisfaction,
    neverBreached: ZSatisfaction,
    meanDifference: z
      .object({
        estimate: z.number(),
        se: z.number(),
        df: z.number(),
        t: z.number(),
        p: z.number(),
        lower: z.number(),
        upper: z.number(),
      })
      .nullable()
      .openapi({ description: 'Recovered minus never breached, Welch 95% interval' }),
    topBoxDifference: ZInterval.nullable().openapi({
      description: 'Top-box (5 of 5) share difference, Newcombe hybrid score 95% interval',
    }),
  })
  .openapi('RecoveryParadox');

/** Response of `GET /api/recovery`. */
export const ZRecoveryReport = z
  .object({
    from: z.string(),
    to: z.string(),
    total: ZFigures,
    touchpoints: z.array(
      z.object({
        journey: z.string(),
        touchpoint: z.string(),
        name: z.string(),
        names: z.record(z.string(), z.string()).nullable(),
        department: z.string().nullable(),
        figures: ZFigures,
        paradox: ZParadox,
      }),
    ),
    departments: z.array(z.object({ department: z.string().nullable(), figures: ZFigures })),
  })
  .openapi('RecoveryReport');
