/**
 * How a survey export maps onto key-moment analysis: one row per respondent, a rating column per touchpoint,
 * an overall outcome column (a rating, or a label such as satisfied / not satisfied), and optional
 * operational columns (e.g. a delay in minutes) searched for tolerance floors against the outcome.
 */
import { z } from 'zod';
import { ZDirection, ZKey, ZRatingScale } from '../domain/journey.ts';
import { ZMissingCodes } from '../import/missing-codes.ts';

const ZColumn = z.string().min(1).max(200);

/** A touchpoint's rating column; `target` is the lowest rating that meets the standard (default max - 1, top-2-box). */
export const ZSurveyTouchpoint = z.object({
  key: ZKey,
  column: ZColumn,
  scale: ZRatingScale.optional(),
  target: z.number().finite().optional(),
});

/** The overall outcome: a rating (continuous) or labels read as 1 / 0 (binary). */
export const ZSurveyOutcome = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rating'),
    column: ZColumn,
    direction: ZDirection.default('higher_is_better'),
  }),
  z.object({
    kind: z.literal('label'),
    column: ZColumn,
    /** Labels read as 1 and as 0; compared trimmed and case-insensitively. Other labels are an error. */
    one: z.array(z.string().min(1)).min(1),
    zero: z.array(z.string().min(1)).min(1),
    /** Whether 1 is the good outcome (satisfied) or the bad one (churned); default true. */
    oneIsGood: z.boolean().default(true),
  }),
]);

/** An operational column treated as a measure, with the direction in which it is better. */
export const ZSurveyMeasure = z.object({
  key: ZKey,
  column: ZColumn,
  direction: ZDirection,
  touchpoint: ZKey.optional(),
  /** The current tolerance floor, echoed beside the suggestion. */
  floor: z.number().finite().optional(),
});

/**
 * The whole mapping; `id` names the respondent-id column (else the row number is the key). `missing` names
 * missing-value codes per column, as in `mot import`'s mapping: `{ "Inflight wifi service": [0], "*": [99] }`.
 * A coded cell is read as missing (that touchpoint unrated, the outcome not asked), not as a bad row; the
 * codes of `"*"` apply to every touchpoint rating and the outcome (a measure takes only codes named for it).
 */
export const ZSurveyMapping = z.object({
  touchpoints: z.array(ZSurveyTouchpoint).min(1),
  outcome: ZSurveyOutcome,
  measures: z.array(ZSurveyMeasure).default([]),
  id: ZColumn.optional(),
  missing: ZMissingCodes.optional(),
});

/** A mapping as a caller writes it. */
export type TSurveyMappingInput = z.input<typeof ZSurveyMapping>;
/** A mapping after defaults. */
export type TSurveyMapping = z.output<typeof ZSurveyMapping>;
