import { checkMeasures, experienceOf, findBreaches } from '../domain/experience.ts';
import { drawMeasure } from './draw.ts';
import type { TPlan, TPlannedTouchpoint } from './plan.ts';
import { Random } from './random.ts';
import type { TInitiativeTruth, TMomentExpectation } from './truth.ts';

/** Moments drawn to compute a planted initiative's expected effect; paired, so its error is small. */
export const INITIATIVE_EFFECT_MOMENTS = 100_000;
/** Generator stream of those draws (customers use 0, 1, 2...; the truth -1; the planted effects -2). */
const INITIATIVE_STREAM = -3;

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);

/**
 * The expected per-moment figures of the initiative's touchpoint without and with the change: moments drawn
 * as the simulation draws them (region uniform, its load on durations), each twice from the same random
 * numbers, once with the durations scaled by `durationFactor` (paired draws: common random numbers, so the
 * difference carries far less Monte Carlo error than either figure), judged by the core rules
 * (checkMeasures, experienceOf, findBreaches). Null when there is no initiative.
 */
export function plantedInitiativeEffect(plan: TPlan): TInitiativeTruth['expected'] {
  const initiative = plan.truth.initiative;
  if (!initiative) return null;
  const tp = plan.journeys
    .find((j) => j.key === initiative.journey)
    ?.touchpoints.find((t) => t.touchpoint.key === initiative.touchpoint);
  if (!tp) return null;
  const regions = Object.keys(plan.truth.regionLoad);
  const picker = new Random(plan.truth.seed, INITIATIVE_STREAM);
  const before = new Random(plan.truth.seed, INITIATIVE_STREAM - 1);
  const after = new Random(plan.truth.seed, INITIATIVE_STREAM - 1);
  const sums = {
    before: { breachShare: 0, breaches: 0, experience: 0 },
    after: { breachShare: 0, breaches: 0, experience: 0 },
  };
  for (let i = 0; i < INITIATIVE_EFFECT_MOMENTS; i++) {
    const load = plan.truth.regionLoad[regions[picker.int(regions.length)] ?? ''] ?? 1;
    addMoment(sums.before, tp, load, before);
    addMoment(sums.after, tp, load * initiative.durationFactor, after);
  }
  const mean = (s: TMomentExpectation): TMomentExpectation => ({
    breachShare: s.breachShare / INITIATIVE_EFFECT_MOMENTS,
    breaches: s.breaches / INITIATIVE_EFFECT_MOMENTS,
    experience: s.experience / INITIATIVE_EFFECT_MOMENTS,
  });
  return { before: mean(sums.before), after: mean(sums.after) };
}

/** Draws one moment's measures (as drawEpisode does) and adds its breach and experience figures. */
function addMoment(sum: TMomentExpectation, tp: TPlannedTouchpoint, scale: number, random: Random): void {
  const measures: Record<string, number> = {};
  for (const m of tp.measures) measures[m.key] = drawMeasure(m.dist, random, scale ** m.loadExponent);
  const checks = checkMeasures(measures, tp.touchpoint.measures);
  const breaches = findBreaches({ measures }, tp.touchpoint, checks).length;
  sum.breachShare += breaches > 0 ? 1 : 0;
  sum.breaches += breaches;
  sum.experience +=
    experienceOf({ measures }, tp.touchpoint, checks).value ?? clamp(0.25 + 0.4 * random.normal(), -1, 1);
}
