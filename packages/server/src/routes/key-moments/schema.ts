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

/**
 * The result of core's `findKeyMoments` (see docs/key-moments.md), as JSON: numbers that could not be
 * computed (NaN) are null.
 */
export const ZKeyMomentResult = z
  .object({
    episodes: z.object({ total: z.number(), withOutcome: z.number(), scored: z.number() }),
    touchpoints: z.array(z.record(z.string(), z.unknown())),
  })
  .catchall(z.unknown())
  .openapi('KeyMomentResult');
