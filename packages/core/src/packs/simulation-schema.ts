import { z } from 'zod';
import { ZKey } from '../domain/journey.ts';

/**
 * Comment themes the simulator writes about (`resolution` is fix quality). The keys are those of the
 * default theme dictionary of the text module, so simulated comments can be checked against it.
 */
export const COMMENT_THEMES = [
  'waiting',
  'attitude',
  'professionalism',
  'price',
  'resolution',
  'communication',
  'cleanliness',
] as const;
export const ZCommentTheme = z.enum(COMMENT_THEMES);
export type TCommentTheme = z.infer<typeof ZCommentTheme>;

const ZDrawBounds = z.object({
  /** Values are clamped to [min, max] and rounded to `decimals` places (default 0 for counts, 2 otherwise). */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  decimals: z.number().int().min(0).max(6).optional(),
  /** What a customer complains or praises about when this measure decides the moment. */
  theme: ZCommentTheme.optional(),
});

/**
 * How the simulator draws a measure's value. Durations are lognormal (a long right tail past the floor is
 * what service times look like); yes/no outcomes are Bernoulli; counts such as visits are 1 + geometric.
 */
export const ZMeasureDistribution = z.discriminatedUnion('dist', [
  ZDrawBounds.extend({
    dist: z.literal('lognormal'),
    median: z.number().positive(),
    sigma: z.number().min(0).max(5),
  }),
  ZDrawBounds.extend({ dist: z.literal('normal'), mean: z.number().finite(), sd: z.number().min(0) }),
  ZDrawBounds.extend({ dist: z.literal('bernoulli'), p: z.number().min(0).max(1) }),
  ZDrawBounds.extend({
    dist: z.literal('count'),
    /** Smallest count, e.g. 1 visit. */
    start: z.number().int().min(0),
    /** Probability of one more after each, so P(start + k) = (1 - more) * more^k. */
    more: z.number().min(0).max(0.95),
  }),
]);
export type TMeasureDistribution = z.infer<typeof ZMeasureDistribution>;

/** Time from the previous moment of the episode to this one: a measure's value, or a lognormal median. */
export const ZGap = z.union([
  z.object({ measure: ZKey }),
  z.object({ medianMinutes: z.number().min(0), sigma: z.number().min(0).max(5).optional() }),
]);
export type TGap = z.infer<typeof ZGap>;

/** Staff serving a touchpoint when its simulation section does not say (the simulator uses it too). */
export const DEFAULT_EMPLOYEES = 8;

/** Planted truth and draw settings for one touchpoint. */
export const ZTouchpointSimulation = z.object({
  /** Planted driver weight: points of overall satisfaction (1..10) per unit of this touchpoint's experience. */
  driver: z.number().min(0).max(10).default(0),
  /** Share of episodes that pass through this touchpoint. */
  share: z.number().min(0).max(1).default(1),
  /** Staff who serve this touchpoint. */
  employees: z.number().int().min(1).max(10_000).default(DEFAULT_EMPLOYEES),
  /** Themes customers mention here when no measure decides the moment. */
  themes: z.array(ZCommentTheme).min(1).default(['attitude']),
  gap: ZGap.optional(),
  measures: z.record(ZKey, ZMeasureDistribution).default({}),
});
export type TTouchpointSimulation = z.infer<typeof ZTouchpointSimulation>;

/** Planted truth and draw settings for one journey of a pack. */
export const ZJourneySimulation = z.object({
  /** Relative frequency of this journey's episodes among the pack's journeys. */
  share: z.number().positive().default(1),
  touchpoints: z.record(ZKey, ZTouchpointSimulation).default({}),
});
export type TJourneySimulation = z.infer<typeof ZJourneySimulation>;

/** Overrides of the simulator's outcome model (see `DEFAULT_OUTCOME` in the simulator). */
export const ZPackOutcome = z.object({
  intercept: z.number().finite().optional(),
  peakEndScale: z.number().min(0).optional(),
  breachPenalty: z.number().min(0).optional(),
  noiseSd: z.number().min(0).optional(),
});
export type TPackOutcome = z.infer<typeof ZPackOutcome>;

/** A pack's simulation section: kept apart from the journeys so the journey documents stay clean. */
export const ZPackSimulation = z.object({
  journeys: z.record(ZKey, ZJourneySimulation).default({}),
  outcome: ZPackOutcome.optional(),
});
export type TPackSimulation = z.infer<typeof ZPackSimulation>;
