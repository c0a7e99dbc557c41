import { z } from '@hono/zod-openapi';
import { ZKey } from '@mot/core';
import { ZAnalysisProgress } from '../key-moments/schema.ts';

const ZNullableNumber = z.number().nullable();

/** Query of `GET /api/churn/survival`. */
export const ZChurnSurvivalQuery = z.object({
  /** The journey whose customers are followed. */
  journey: ZKey,
  /** Exposure: the customer hit a floor at this touchpoint. */
  touchpoint: ZKey,
});

/** Query of `GET /api/churn/drivers`. */
export const ZChurnDriversQuery = z.object({
  journey: ZKey,
  horizonDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(3_650)
    .default(180)
    .openapi({ description: 'Churn avoided is counted over this many days from the start (default 180)' }),
});

/** Query of `GET /api/churn/at-risk`. */
export const ZAtRiskQuery = z.object({
  journey: ZKey,
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1..200' }),
  after: z
    .string()
    .max(400)
    .optional()
    .openapi({ description: 'The `next` cursor of the previous page (keyset pagination)' }),
});

const ZCurveStep = z.object({
  time: z.number(),
  atRisk: z.number().int(),
  events: z.number().int(),
  censored: z.number().int(),
  survival: z.number(),
  standardError: z.number(),
  lower: ZNullableNumber,
  upper: ZNullableNumber,
});

const ZCurve = z.object({
  group: z.string(),
  n: z.number().int(),
  events: z.number().int(),
  steps: z.array(ZCurveStep),
  median: z.object({ estimate: ZNullableNumber, lower: ZNullableNumber, upper: ZNullableNumber }),
});

const ZCounts = {
  journey: z.string(),
  observedUntil: z
    .string()
    .nullable()
    .openapi({ description: 'End of observation: the latest moment or status event' }),
  customers: z.number().int(),
  churned: z.number().int(),
  computedAt: z.string(),
};

/** Survival curves by exposure and their log-rank test. */
export const ZChurnSurvival = z
  .object({
    ...ZCounts,
    touchpoint: z.string(),
    comparison: z.object({
      confidenceLevel: z.number(),
      curves: z
        .array(ZCurve)
        .openapi({ description: "Groups 'unexposed' and 'exposed' (an empty group is left out)" }),
      logRank: z
        .object({
          chiSquare: z.number(),
          df: z.number(),
          p: z.number(),
          observed: z.array(z.number()),
          expected: z.array(z.number()),
        })
        .nullable(),
    }),
  })
  .openapi('ChurnSurvival');

const ZInterval = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });

/** The Cox model of churn and the churn avoided per touchpoint. */
export const ZChurnDrivers = z
  .object({
    ...ZCounts,
    horizonDays: z.number().int(),
    cox: z.object({
      confidenceLevel: z.number(),
      covariates: z.array(
        z.object({
          key: z.string(),
          coefficient: z.number(),
          standardError: z.number(),
          hazardRatio: z.number(),
          lower: z.number(),
          upper: z.number(),
          z: z.number(),
          p: z.number(),
          possiblyInfinite: z.boolean(),
          mean: z.number(),
        }),
      ),
      dropped: z.array(z.object({ key: z.string(), reason: z.string() })),
      concordance: z.number(),
      n: z.number().int(),
      events: z.number().int(),
      logLikelihood: z.number(),
      likelihoodRatio: z.object({ chiSquare: z.number(), df: z.number(), p: z.number() }),
      converged: z.boolean(),
    }),
    avoided: z.array(
      z.object({
        touchpoint: z.string(),
        covariate: z.string(),
        horizonDays: z.number(),
        exposed: z.number().int(),
        expectedChurn: z.number(),
        expectedChurnIfMet: z.number(),
        avoided: ZInterval,
        avoidedShare: ZInterval,
        confidenceLevel: z.number(),
      }),
    ),
  })
  .openapi('ChurnDrivers');

/** The at-risk model as shown: coefficients and its validation on held-out customers. */
const ZAtRiskModel = z.object({
  keys: z.array(z.string()),
  dropped: z.array(z.object({ key: z.string(), reason: z.string() })),
  intercept: z.number(),
  coefficients: z.array(z.number()),
  standardErrors: z.array(z.number()),
  holdoutShare: z.number(),
  training: z.object({ n: z.number().int(), events: z.number().int() }),
  holdout: z.object({
    n: z.number().int(),
    events: z.number().int(),
    auc: z.object({ estimate: z.number(), lower: z.number(), upper: z.number(), standardError: z.number() }),
    brier: z.number(),
    calibration: z.array(
      z.object({
        n: z.number().int(),
        minPredicted: z.number(),
        maxPredicted: z.number(),
        meanPredicted: z.number(),
        observed: z.number(),
        observedLower: z.number(),
        observedUpper: z.number(),
      }),
    ),
    calibrationSlope: ZNullableNumber,
    calibrationIntercept: ZNullableNumber,
  }),
});

/** One customer at risk, with what raises the risk and the moments behind it. */
export const ZAtRiskCustomer = z
  .object({
    customer: z.string(),
    risk: z.number().openapi({ description: 'Predicted probability of churning, 0..1' }),
    tenureDays: z.number().int(),
    attributes: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'Personal fields masked without pii' }),
    contributions: z.array(
      z.object({
        key: z.string().openapi({ description: '`breaches:<touchpoint>`, `mean_experience` or `episodes`' }),
        value: z.number(),
        contribution: z
          .number()
          .openapi({ description: 'Raise of the log-odds against an average customer' }),
      }),
    ),
    moments: z
      .array(
        z.object({
          eventId: z.string(),
          touchpoint: z.string(),
          occurredAt: z.string(),
          experience: ZNullableNumber,
        }),
      )
      .openapi({ description: 'The latest breaching moments at the touchpoints that raise the risk' }),
  })
  .openapi('AtRiskCustomer');

/** A page of the at-risk list with the model and its validation. */
export const ZAtRiskPage = z
  .object({
    ...ZCounts,
    scored: z.number().int().openapi({ description: 'Customers not churned, all scored' }),
    listed: z.number().int().openapi({ description: 'Customers kept in the list, most at risk first' }),
    model: ZAtRiskModel,
    items: z.array(ZAtRiskCustomer),
    next: z.string().nullable(),
  })
  .openapi('AtRiskPage');

const running = <T extends z.ZodType>(schema: T, name: string) =>
  z
    .object({
      progress: ZAnalysisProgress.nullable().openapi({
        description: 'Null while another server computes it',
      }),
      last: schema.nullable().openapi({ description: 'The last result of the same query, on older data' }),
    })
    .openapi(name);

/** 202 answers: the progress and the last result. */
export const ZChurnSurvivalRunning = running(ZChurnSurvival, 'ChurnSurvivalRunning');
export const ZChurnDriversRunning = running(ZChurnDrivers, 'ChurnDriversRunning');
export const ZAtRiskRunning = running(ZAtRiskPage, 'AtRiskRunning');
