import { z } from '@hono/zod-openapi';

/** Query of `GET /api/journeys/{journey}/key-moments` (segment filters `segment.<attr>` are read apart). */
export const ZKeyMomentQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Episodes whose first moment is at or after this instant' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Episodes whose first moment is before this instant' }),
  outcome: z
    .enum(['overall', 'nps', 'churn'])
    .default('overall')
    .openapi({ description: 'The outcome touchpoints are weighed against (churn: lower is better)' }),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional()
    .openapi({ description: 'Seed of the bootstrap and of the floor samples; default 1' }),
});

/** A coefficient of the controlled peak-end refit; null figures when it is not identifiable. */
const ZControlledCoefficient = z.object({
  estimate: z.number().nullable(),
  se: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
  identifiable: z.boolean(),
});

/**
 * The result of core's `findKeyMoments` (see docs/key-moments.md), as JSON: numbers that could not be
 * computed (NaN) are null.
 */
export const ZKeyMomentResult = z
  .object({
    episodes: z.object({ total: z.number(), withOutcome: z.number(), scored: z.number() }),
    touchpoints: z.array(z.record(z.string(), z.unknown())),
    peakEndControlled: z
      .object({
        method: z.literal('ols'),
        n: z.number(),
        weights: z.object({
          peak: ZControlledCoefficient,
          end: ZControlledCoefficient,
          mean: ZControlledCoefficient,
          breaches: ZControlledCoefficient,
        }),
        touchpoints: z.array(ZControlledCoefficient.extend({ key: z.string() })),
        rank: z.number(),
        r2: z.number().nullable(),
        residualSd: z.number().nullable(),
      })
      .nullable()
      .optional()
      .openapi({
        description:
          'Peak-end weights refitted with each touchpoint as a control (least squares); weights the data ' +
          'cannot tell apart (e.g. the end when the same touchpoint is always last) have identifiable: false',
      }),
    computedAt: z.string().openapi({
      description: 'When the computation began: the result is of the data stored at that instant',
    }),
  })
  .catchall(z.unknown())
  .openapi('KeyMomentResult');

/** How far a background analysis is: pages of whole customers fed, of at most `pagesTotal`. */
export const ZAnalysisProgress = z
  .object({ pagesDone: z.number().int(), pagesTotal: z.number().int() })
  .openapi('AnalysisProgress');

/** The answer while the analysis runs in the background (202). */
export const ZKeyMomentRunning = z
  .object({
    progress: ZAnalysisProgress.nullable().openapi({
      description: 'Null while another server computes the same analysis',
    }),
    last: ZKeyMomentResult.nullable().openapi({
      description: 'The last result of the same query, computed on older data (its computedAt says when)',
    }),
  })
  .openapi('KeyMomentRunning');
