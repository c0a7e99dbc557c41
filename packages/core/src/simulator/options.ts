import { z } from 'zod';
import { ZKey } from '../domain/journey.ts';
import type { TOutcomeOverrides } from './truth.ts';

const DAY_MS = 86_400_000;

const ZInstant = z.union([
  z.iso.datetime({ offset: true }).transform((s) => Date.parse(s)),
  z.number().int().min(0),
]);

/**
 * A planted initiative (a process change at one touchpoint): for episodes starting at or after `from`, the
 * touchpoint's durations are multiplied by `durationFactor` (0.7: 30% shorter; a duration where longer is
 * better is divided by it), which moves its experience, breaches and through them the outcome, and how its
 * moments are perceived (ratings, comments) is shifted by `perceivedShift`. Nothing else changes: the
 * same seed draws the same customers. `truthOf` records it with its expected effect per moment.
 */
export const ZPlantedInitiative = z.object({
  journey: ZKey,
  touchpoint: ZKey,
  from: ZInstant,
  durationFactor: z.number().positive().max(10).default(1),
  perceivedShift: z.number().min(-1).max(1).default(0),
});

/** Options of `simulate`. Times are ISO strings with an offset, or epoch milliseconds; nothing reads the clock. */
export const ZSimulateOptions = z
  .object({
    /** Same seed, same options, same source: same records, byte for byte. */
    seed: z.union([z.number().int(), z.string().min(1)]),
    /** Customers to simulate; each has 1 + Poisson(episodesPerCustomer - 1) episodes unless they churn. */
    customers: z.number().int().min(1).max(1_000_000_000),
    /** Index of the first customer: run customers [firstCustomer, firstCustomer + customers) to split work. */
    firstCustomer: z.number().int().min(0).default(0),
    episodesPerCustomer: z.number().min(1).max(100).default(2),
    /** Episodes start uniformly in [start, end); end defaults to start + 365 days. */
    start: ZInstant,
    end: ZInstant.optional(),
    /** Share of episodes whose customer answers the survey (overall satisfaction, NPS, moment ratings). */
    surveyShare: z.number().min(0).max(1).default(0.3),
    /** Share of a surveyed episode's moments that get a 1..5 rating. */
    ratingShare: z.number().min(0).max(1).default(0.7),
    /** Base share of a surveyed episode's moments that get a comment; strong experiences get more. */
    commentShare: z.number().min(0).max(1).default(0.3),
    /** Share of customers who write in English (the rest write in Chinese). */
    englishShare: z.number().min(0).max(1).default(0.2),
    /** Offset written on every timestamp. */
    utcOffset: z
      .string()
      .regex(/^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/, 'must be "Z" or like "+08:00"')
      .default('+08:00'),
    /** Prefix of every generated id (customer, episode, event), so runs can share a workspace. */
    idPrefix: ZKey.default('sim'),
    /** Journeys of the pack to simulate; all when absent. */
    journeys: z.array(ZKey).min(1).optional(),
    /**
     * Observation stops here: later moments are not emitted, an episode still running has no outcome yet,
     * and a churn after it is not seen. Default: everything is emitted.
     */
    observedUntil: ZInstant.optional(),
    /** Put the customer's attributes (region, tier, locale) on every moment, for segment analyses. */
    momentAttributes: z.boolean().default(true),
    /** Stop after the customer during which this many moments were reached. */
    maxMoments: z.number().int().min(1).optional(),
    /** A planted initiative (see ZPlantedInitiative). */
    initiative: ZPlantedInitiative.optional(),
  })
  .transform((o, ctx) => {
    const end = o.end ?? o.start + 365 * DAY_MS;
    if (end <= o.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
    return { ...o, end };
  });

/** Options as a caller writes them. */
export type TSimulateOptions = z.input<typeof ZSimulateOptions> & { outcome?: TOutcomeOverrides };
/** Options with defaults filled and times in epoch milliseconds. */
export type TResolvedOptions = z.output<typeof ZSimulateOptions> & { outcome?: TOutcomeOverrides };

/** Thrown when simulate's options are invalid; `problems` says which option and why. */
export class SimulateOptionsError extends Error {
  /** Each problem with the option path at fault. */
  readonly problems: { path: string; message: string }[];
  constructor(problems: { path: string; message: string }[]) {
    super(`invalid simulate options: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    this.name = 'SimulateOptionsError';
    this.problems = problems;
  }
}

/** Parses simulate's options, throwing SimulateOptionsError with the path of every problem. */
export function parseSimulateOptions(options: TSimulateOptions): TResolvedOptions {
  const result = ZSimulateOptions.safeParse(options);
  if (!result.success) {
    throw new SimulateOptionsError(
      result.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(root)',
        message: i.message,
      })),
    );
  }
  return { ...result.data, outcome: options.outcome };
}
