import { z } from '@hono/zod-openapi';
import { ZEvaluationMetric, ZTouchpointRef } from './schema.ts';

/** Query of `GET /api/initiatives/{id}/evaluation`. */
export const ZEvaluationQuery = z.object({
  metric: ZEvaluationMetric.default('breach_rate'),
  weeksBefore: z.coerce
    .number()
    .int()
    .min(2)
    .max(52)
    .default(8)
    .openapi({ description: 'Weeks before the start (the pre-period), 2..52' }),
  weeksAfter: z.coerce
    .number()
    .int()
    .min(1)
    .max(52)
    .default(8)
    .openapi({ description: 'Weeks from the start (the post-period), 1..52' }),
  comparison: z.string().min(1).max(2000).optional().openapi({
    description:
      'Overrides the initiative’s comparison: `suggested`, `none`, or touchpoints as `journey/touchpoint` separated by commas',
  }),
  placebo: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .openapi({
      description:
        'Evaluate a period without the initiative: a pretend start inside the pre-period, the real data after it left out',
    }),
});

// Not named components: a nullable named schema comes out of the generator as an intersection the web app
// cannot use.
const ZCell = z.object({ n: z.number(), clusters: z.number(), mean: z.number() });

const ZClustered = z
  .object({
    estimate: z.number(),
    se: z.number(),
    df: z.number(),
    t: z.number(),
    p: z.number(),
    lower: z.number(),
    upper: z.number(),
    clusters: z.number(),
  })
  .describe('An estimate with its customer-clustered (CR1) standard error, t test on clusters - 1 df');

const ZEvaluation = z
  .object({
    kind: z.enum(['mean', 'rate', 'nps']),
    confidence: z.number(),
    window: z.object({
      weeksBefore: z.number(),
      weeksAfter: z.number(),
      placeboStartWeek: z.number().nullable(),
    }),
    counts: z.object({
      rows: z.number(),
      ignoredRows: z.number(),
      observations: z.number(),
      clusters: z.number(),
      treatedClusters: z.number(),
      comparisonClusters: z.number(),
    }),
    beforeAfter: z
      .object({
        method: z.enum(['welch', 'newcombe', 'nps_wald']),
        before: ZCell,
        after: ZCell,
        difference: z.object({ estimate: z.number(), lower: z.number(), upper: z.number(), p: z.number() }),
        clustered: ZClustered.nullable(),
      })
      .nullable(),
    did: z
      .object({
        estimate: ZClustered,
        comparisonChange: ZClustered,
        cells: z.object({
          treatedBefore: ZCell,
          treatedAfter: ZCell,
          comparisonBefore: ZCell,
          comparisonAfter: ZCell,
        }),
      })
      .nullable(),
    eventStudy: z.object({
      referenceWeek: z.literal(-1),
      versus: z.enum(['comparison', 'reference_week']),
      weeks: z.array(
        z.object({
          week: z.number(),
          estimate: z.number().nullable(),
          se: z.number().nullable(),
          lower: z.number().nullable(),
          upper: z.number().nullable(),
          treated: ZCell.nullable(),
          comparison: ZCell.nullable(),
        }),
      ),
    }),
    parallelTrends: z
      .object({
        preWeeks: z.number(),
        slopeDifference: ZClustered.nullable(),
        joint: z.object({ f: z.number(), df1: z.number(), df2: z.number(), p: z.number() }).nullable(),
        differs: z.boolean(),
      })
      .nullable(),
    verdict: z.object({
      code: z.enum([
        'improved',
        'worsened',
        'no_detectable_change',
        'moved_with_comparison',
        'insufficient_data',
      ]),
      basis: z.enum(['difference_in_differences', 'before_after']).nullable(),
      estimate: z.number().nullable(),
      lower: z.number().nullable(),
      upper: z.number().nullable(),
      p: z.number().nullable(),
      confidence: z.number(),
      direction: z.enum(['up', 'down', 'none']),
      higherIsBetter: z.boolean(),
    }),
    cautions: z.array(
      z.enum([
        'no_comparison',
        'pre_trend_differs',
        'pre_trend_untestable',
        'few_clusters',
        'small_sample',
        'window_short',
        'comparison_changed_too',
      ]),
    ),
  })
  .openapi('InitiativeEvaluationResult', {
    description:
      'Estimates on the metric’s own scale: rates and NPS as fractions (x100 for percentage points / NPS points)',
  });

/** Response of `GET /api/initiatives/{id}/evaluation`. */
export const ZEvaluationOut = z
  .object({
    initiative: z.object({
      id: z.string(),
      name: z.string(),
      journey: z.string(),
      touchpoints: z.array(z.string()),
      startDate: z.string(),
      endDate: z.string().nullable(),
    }),
    metric: ZEvaluationMetric,
    placebo: z.boolean(),
    window: z.object({
      start: z
        .string()
        .openapi({ description: 'Week 0 starts here: the start date’s midnight in `timeZone`' }),
      from: z.string(),
      to: z.string(),
      placeboStart: z.string().nullable(),
      timeZone: z.string(),
    }),
    comparison: z.object({
      kind: z.enum(['none', 'touchpoints', 'segment']),
      suggested: z.boolean(),
      touchpoints: z.array(
        ZTouchpointRef.extend({
          name: z.string(),
          names: z.record(z.string(), z.string()).nullable(),
          distance: z.number().nullable(),
        }),
      ),
      segment: z.record(z.string(), z.array(z.string())).nullable(),
    }),
    evaluation: ZEvaluation,
  })
  .openapi('InitiativeEvaluation');
