import { z } from 'zod';
import { KEY_PATTERN, LIMITS } from './limits.ts';
import { RESERVED_KEYS, reservedKeyMessage, storable } from './storable-text.ts';

/** A machine key: journey, stage, touchpoint or measure (never a reserved name such as `constructor`). */
export const ZKey = z
  .string()
  .min(1)
  .max(LIMITS.maxKeyLength)
  .regex(KEY_PATTERN, 'must be lower-case letters, digits, "_", "-" or "." and start with a letter or digit')
  .refine((key) => !RESERVED_KEYS.has(key), { error: (issue) => reservedKeyMessage(String(issue.input)) });

/** A display name (workspace, journey, stage, touchpoint, measure, owner). */
export const ZName = storable(z.string().min(1).max(LIMITS.maxNameLength));

/** Locales the product speaks. */
export const LOCALES = ['zh-CN', 'en'] as const;
export const ZLocale = z.enum(LOCALES);
export type TLocale = z.infer<typeof ZLocale>;

/** Display names per locale, beside the primary `name`. */
export const ZNames = z.partialRecord(ZLocale, ZName);

/** The default stage kinds of the MOT method; `custom` for anything else. */
export const STAGE_KINDS = ['pre_contact', 'delivery', 'problem_handling', 'follow_up', 'custom'] as const;
export const ZStageKind = z.enum(STAGE_KINDS);
export type TStageKind = z.infer<typeof ZStageKind>;

/** Channels a touchpoint can be on. */
export const CHANNELS = [
  'phone',
  'store',
  'on_site',
  'app',
  'web',
  'sms',
  'wechat',
  'email',
  'chat',
  'mail',
  'other',
] as const;
export const ZChannel = z.enum(CHANNELS);
export type TChannel = z.infer<typeof ZChannel>;

/** Whether a smaller or a larger value of a measure is better. */
export const ZDirection = z.enum(['lower_is_better', 'higher_is_better']);
export type TDirection = z.infer<typeof ZDirection>;

/**
 * A service standard (服务标准) and its tolerance floor (忍耐底线) for one measure.
 * `target` is the promised value; `floor` is the worst acceptable value. For a lower-is-better measure
 * the floor is >= the target; for a higher-is-better one it is <= the target.
 */
export const ZStandard = z.object({
  target: z.number().finite(),
  floor: z.number().finite(),
});
export type TStandard = z.infer<typeof ZStandard>;

/** A measure taken at a touchpoint, e.g. `arrival_hours` (lower is better). Booleans are 0/1 with unit `boolean`. */
export const ZMeasure = z.object({
  key: ZKey,
  name: ZName.optional(),
  names: ZNames.optional(),
  unit: storable(z.string().min(1).max(32)),
  direction: ZDirection,
  standard: ZStandard.optional(),
});
export type TMeasure = z.infer<typeof ZMeasure>;

const ZRatingBound = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);

/** The scale of the ratings customers give at a touchpoint (default 1..5); its bounds are stored as int4. */
export const ZRatingScale = z
  .object({ min: ZRatingBound, max: ZRatingBound })
  .refine((s) => s.max > s.min, { message: 'max must be greater than min', path: ['max'] });
export type TRatingScale = z.infer<typeof ZRatingScale>;

export const DEFAULT_RATING_SCALE: TRatingScale = { min: 1, max: 5 };

/** A touchpoint (接触点): a step in a stage, on a channel, owned by a department, with its measures. */
export const ZTouchpoint = z.object({
  key: ZKey,
  name: ZName,
  names: ZNames.optional(),
  stage: ZKey,
  channel: ZChannel,
  owner: ZName,
  ratingScale: ZRatingScale.optional(),
  measures: z.array(ZMeasure).max(LIMITS.maxMeasures).default([]),
});
export type TTouchpoint = z.infer<typeof ZTouchpoint>;
export type TTouchpointInput = z.input<typeof ZTouchpoint>;

/** A stage (阶段) of a journey. Stages are ordered by their position in the journey. */
export const ZStage = z.object({
  key: ZKey,
  name: ZName,
  names: ZNames.optional(),
  kind: ZStageKind,
});
export type TStage = z.infer<typeof ZStage>;

const ZJourneyShape = z.object({
  key: ZKey,
  name: ZName,
  names: ZNames.optional(),
  description: storable(z.string().max(2_000)).optional(),
  stages: z.array(ZStage).min(1).max(LIMITS.maxStages),
  touchpoints: z.array(ZTouchpoint).max(LIMITS.maxTouchpoints).default([]),
});

/**
 * A whole journey (客户旅程) as one document: ordered stages and their touchpoints.
 * Validated as a whole: duplicate keys, touchpoints in unknown stages and floors on the wrong side of
 * their target are reported with the path of the offending field.
 */
export const ZJourney = ZJourneyShape.superRefine((journey, ctx) => {
  for (const issue of findJourneyProblems(journey)) ctx.addIssue({ code: 'custom', ...issue });
});
export type TJourney = z.infer<typeof ZJourney>;
export type TJourneyInput = z.input<typeof ZJourney>;

/** A problem found in a journey document, with the path of the field at fault. */
export type TJourneyProblem = { path: (string | number)[]; message: string };

/**
 * Cross-field checks of a journey document that a field schema cannot express.
 * Exported so that partial updates (one touchpoint, one standard) re-check the journey they produce.
 */
export function findJourneyProblems(journey: z.infer<typeof ZJourneyShape>): TJourneyProblem[] {
  const problems: TJourneyProblem[] = [];
  const stageKeys = new Set<string>();
  journey.stages.forEach((stage, i) => {
    if (stageKeys.has(stage.key)) {
      problems.push({ path: ['stages', i, 'key'], message: `duplicate stage key "${stage.key}"` });
    }
    stageKeys.add(stage.key);
  });
  const touchpointKeys = new Set<string>();
  journey.touchpoints.forEach((tp, i) => {
    if (touchpointKeys.has(tp.key)) {
      problems.push({ path: ['touchpoints', i, 'key'], message: `duplicate touchpoint key "${tp.key}"` });
    }
    touchpointKeys.add(tp.key);
    if (!stageKeys.has(tp.stage)) {
      problems.push({ path: ['touchpoints', i, 'stage'], message: `unknown stage "${tp.stage}"` });
    }
    const measureKeys = new Set<string>();
    tp.measures.forEach((measure, j) => {
      const at = ['touchpoints', i, 'measures', j];
      if (measureKeys.has(measure.key)) {
        problems.push({ path: [...at, 'key'], message: `duplicate measure key "${measure.key}"` });
      }
      measureKeys.add(measure.key);
      const problem = measure.standard && findStandardProblem(measure.direction, measure.standard);
      if (problem) problems.push({ path: [...at, 'standard', 'floor'], message: problem });
    });
  });
  return problems;
}

/** Says what is wrong with a standard for a measure of the given direction, or undefined if nothing is. */
export function findStandardProblem(direction: TDirection, standard: TStandard): string | undefined {
  if (direction === 'lower_is_better' && standard.floor < standard.target) {
    return `floor ${standard.floor} is better than target ${standard.target}: for a lower-is-better measure the floor must be >= the target`;
  }
  if (direction === 'higher_is_better' && standard.floor > standard.target) {
    return `floor ${standard.floor} is better than target ${standard.target}: for a higher-is-better measure the floor must be <= the target`;
  }
  return undefined;
}
