import type { z } from 'zod';
import type { TDirection } from '../domain/journey.ts';
import { DEFAULT_EMPLOYEES } from '../packs/simulation-schema.ts';
import { SimulateOptionsError, ZPlantedInitiative } from './options.ts';
import { Random, seedToInt } from './random.ts';
import type { TResolvedSource } from './source.ts';

/**
 * The simulator's outcome model. Overall satisfaction is on 1..10, with experiences e on -1..+1 and
 * m = 0.5 the experience of a moment that meets its standard (MEETS_TARGET_VALUE):
 *   latent = intercept                                   (every moment meets its standard)
 *          + peakEndScale * (w.peak * peak + w.end * end + w.mean * mean - m)
 *          + sum over the episode's touchpoints of driver_tp * (e_tp - m)
 *          - breachPenalty * (number of tolerance-floor breaches)
 *          + Normal(0, noiseSd)
 *   overall = round(latent) clamped to 1..10; NPS = round((latent - 1) * 10 / 9 + Normal(0, npsNoiseSd)) in 0..10.
 * Centring on m makes `driver_tp` the points lost per unit of experience below the standard through the
 * touchpoint's own term, and keeps the score off the ceiling. Drivers are kept small enough (packs: at most
 * 1.5) that the latent rarely leaves 1..10, because clamping it there biases linear analyses.
 * Peak, end and mean are the core scorer's (`EpisodeAccumulator`, see `plantedLatent`): peak the signed
 * experience of largest magnitude, a tie going to the negative one (Baumeister et al. 2001), end the last
 * one (Fredrickson & Kahneman 1993; the 1/3 peak + 1/3 end + 1/3 mean default is the product's, see
 * TEST_VECTORS.md). A touchpoint's total effect is its driver plus its share of the peak-end and breach
 * terms: `strength` in its TTouchpointTruth (see `plantedEffects`).
 * Churn follows a proportional-hazards model (Cox 1972) with a constant baseline after each episode:
 *   hazard per day = baseDailyHazard * exp(perBreach * breaches + perPointBelow * max(0, reference - latent)),
 * observed until the customer's next episode or the end of the simulated period.
 * Durations of customers in a region are multiplied by its `regionLoad` (the new district is understaffed).
 * Ratings of a moment (1..5) = round(3 + 2 * perceived), perceived = e + employee effect + Normal(0, ratingNoiseSd).
 */
export type TOutcomeModel = {
  intercept: number;
  peakEnd: { peak: number; end: number; mean: number };
  peakEndScale: number;
  breachPenalty: number;
  noiseSd: number;
  npsNoiseSd: number;
  ratingNoiseSd: number;
  /** Spread of the planted per-employee effect on how a moment is perceived. */
  employeeEffectSd: number;
  churn: { baseDailyHazard: number; perBreach: number; perPointBelow: number; reference: number };
  /**
   * Customers' regions and the planted load of each: durations (measures in seconds, minutes, hours or
   * days) drawn for a customer of that region are multiplied by it, so a segment analysis has a right answer.
   */
  regionLoad: Record<string, number>;
};

/** Defaults of the outcome model: a flawless episode scores 9, a typical one 7.5 to 8, a breach costs 2 to 6. */
export const DEFAULT_OUTCOME: TOutcomeModel = {
  intercept: 9,
  peakEnd: { peak: 1 / 3, end: 1 / 3, mean: 1 / 3 },
  peakEndScale: 2,
  breachPenalty: 1.2,
  noiseSd: 0.7,
  npsNoiseSd: 1,
  ratingNoiseSd: 0.25,
  employeeEffectSd: 0.12,
  churn: { baseDailyHazard: 0.0005, perBreach: 0.8, perPointBelow: 0.35, reference: 8 },
  regionLoad: { north: 1, south: 1, east: 1, west: 1.1, new_district: 1.5 },
};

/** Overrides of the outcome model, e.g. from simulate's options. */
export type TOutcomeOverrides = Partial<Omit<TOutcomeModel, 'peakEnd' | 'churn'>> & {
  peakEnd?: Partial<TOutcomeModel['peakEnd']>;
  churn?: Partial<TOutcomeModel['churn']>;
};

/** The planted truth of one touchpoint. */
export type TTouchpointTruth = {
  /**
   * The touchpoint's own term of the outcome model: points of overall satisfaction per unit of its
   * experience below the standard, on top of the episode-level peak-end and breach terms.
   */
  driver: number;
  /**
   * Planted driver strength: the touchpoint's total effect, points of overall per unit of experience
   * recovered when its moments are brought to their standard, every term of the model included (driver,
   * its share of peak, end and mean, breach penalty). What a slope of overall on experience estimates.
   * See `plantedEffects`; NaN inside `simulate`, which does not need it.
   */
  strength: number;
  /** Planted expected lift: mean gain in overall per episode of the journey from meeting the standard here. */
  lift: number;
  /** True tolerance floors: the journey's standards, which the outcome penalises beyond. */
  floors: Record<string, { direction: TDirection; target: number; floor: number }>;
};

/** Expected figures of one moment of the initiative's touchpoint (noise-free experience by the core rule). */
export type TMomentExpectation = {
  /** Share of moments with at least one tolerance-floor breach. */
  breachShare: number;
  /** Mean breaches per moment. */
  breaches: number;
  /** Mean experience (-1..+1) as the core rule computes it from the measures. */
  experience: number;
};

/** A planted initiative (see ZPlantedInitiative) and what it is expected to do to the touchpoint's moments. */
export type TInitiativeTruth = {
  journey: string;
  touchpoint: string;
  /** Episodes starting at or after this instant (epoch ms) get the change. */
  fromMs: number;
  durationFactor: number;
  perceivedShift: number;
  /**
   * Expected per-moment figures without and with the change, over the regions as customers are drawn:
   * the planted effect is after - before. From paired draws (see `plantedInitiativeEffect`); null inside
   * `simulate`, which does not need it.
   */
  expected: { before: TMomentExpectation; after: TMomentExpectation } | null;
};

/** Everything planted in a simulation, for recovery tests to compare analyses against. */
export type TTruth = TOutcomeModel & {
  seed: number;
  journeys: Record<
    string,
    {
      share: number;
      touchpoints: Record<string, TTouchpointTruth>;
      /** The planted key moments: touchpoints by planted lift, largest first (empty inside `simulate`). */
      keyMoments: string[];
    }
  >;
  /** Planted effect of each employee on the perceived experience of the moments they serve. */
  employees: Record<string, number>;
  /** The planted initiative, when one was asked for. */
  initiative: TInitiativeTruth | null;
};

/** Options that decide the truth: the seed, the journeys kept, and outcome overrides. */
export type TTruthOptions = {
  seed: number | string;
  journeys?: readonly string[];
  outcome?: TOutcomeOverrides;
  /** A planted initiative, as simulate's `initiative` option. */
  initiative?: z.input<typeof ZPlantedInitiative>;
};

/** Stream of the generator used for the truth itself; customers use streams 0, 1, 2... */
const TRUTH_STREAM = -1;

/**
 * The truth a simulation draws from, for a source already resolved: outcome model, drivers, floors and
 * employee effects. Driver weights come from the pack's simulation section; a journey without one gets
 * seeded drivers 0.2..2.6 (a few strong, most weak). The planted effects (`strength`, `lift`,
 * `keyMoments`) are left NaN / empty: `truthOf` adds them.
 */
export function truthOfResolved(resolved: TResolvedSource, options: TTruthOptions): TTruth {
  const seed = seedToInt(options.seed);
  const random = new Random(seed, TRUTH_STREAM);
  const o = { ...resolved.outcome, ...options.outcome };
  const journeys: TTruth['journeys'] = {};
  for (const journey of resolved.journeys) {
    const sim = resolved.simulations.get(journey.key);
    const touchpoints: Record<string, TTouchpointTruth> = {};
    for (const tp of journey.touchpoints) {
      const u = random.next();
      const driver = sim
        ? (sim.touchpoints[tp.key]?.driver ?? 0)
        : Math.round((0.2 + 2.4 * u * u) * 100) / 100;
      const floors: TTouchpointTruth['floors'] = {};
      for (const m of tp.measures) {
        if (m.standard) floors[m.key] = { direction: m.direction, ...m.standard };
      }
      touchpoints[tp.key] = { driver, strength: NaN, lift: NaN, floors };
    }
    journeys[journey.key] = { share: sim?.share ?? 1, touchpoints, keyMoments: [] };
  }
  const employeeEffectSd = o.employeeEffectSd ?? DEFAULT_OUTCOME.employeeEffectSd;
  const employees: Record<string, number> = {};
  for (const [id] of employeePools(resolved)) {
    employees[id] = Math.round(employeeEffectSd * random.normal() * 1000) / 1000;
  }
  return {
    ...DEFAULT_OUTCOME,
    ...o,
    peakEnd: { ...DEFAULT_OUTCOME.peakEnd, ...options.outcome?.peakEnd },
    churn: { ...DEFAULT_OUTCOME.churn, ...options.outcome?.churn },
    employeeEffectSd,
    seed,
    journeys,
    employees,
    initiative: initiativeTruthOf(resolved, options.initiative),
  };
}

/** The initiative's truth without its expectation; throws SimulateOptionsError for an unknown touchpoint. */
function initiativeTruthOf(
  resolved: TResolvedSource,
  input: TTruthOptions['initiative'],
): TInitiativeTruth | null {
  if (input === undefined) return null;
  const parsed = ZPlantedInitiative.safeParse(input);
  if (!parsed.success) {
    throw new SimulateOptionsError(
      parsed.error.issues.map((i) => ({ path: ['initiative', ...i.path].join('.'), message: i.message })),
    );
  }
  const { journey, touchpoint, from, durationFactor, perceivedShift } = parsed.data;
  const found = resolved.journeys
    .find((j) => j.key === journey)
    ?.touchpoints.find((t) => t.key === touchpoint);
  if (!found) {
    throw new SimulateOptionsError([
      {
        path: 'initiative.touchpoint',
        message: `no touchpoint ${touchpoint} in a simulated journey ${journey}`,
      },
    ]);
  }
  return { journey, touchpoint, fromMs: from, durationFactor, perceivedShift, expected: null };
}

/** Employee ids with their department, in a stable order: `<department>-<n>`, pool size the largest of its touchpoints. */
export function employeePools(resolved: TResolvedSource): [string, string][] {
  const sizes = new Map<string, number>();
  for (const journey of resolved.journeys) {
    const sim = resolved.simulations.get(journey.key);
    for (const tp of journey.touchpoints) {
      const size = sim?.touchpoints[tp.key]?.employees ?? DEFAULT_EMPLOYEES;
      sizes.set(tp.owner, Math.max(size, sizes.get(tp.owner) ?? 0));
    }
  }
  const pools: [string, string][] = [];
  for (const department of resolved.departments) {
    const size = sizes.get(department) ?? 0;
    for (let i = 1; i <= size; i++) pools.push([employeeId(department, i), department]);
  }
  return pools;
}

/** The id of the i-th employee (1-based) of a department. */
export function employeeId(department: string, i: number): string {
  return `${department}-${String(i).padStart(3, '0')}`;
}
