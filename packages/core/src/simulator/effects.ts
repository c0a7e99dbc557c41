import { EpisodeAccumulator } from '../analytics/peak-end-accumulator.ts';
import { MEETS_TARGET_VALUE } from '../domain/experience.ts';
import { drawEpisode } from './episode.ts';
import type { TEpisodeContext } from './episode.ts';
import { plantedLatent } from './latent.ts';
import type { TPlantedMoment } from './latent.ts';
import type { TPlan, TPlannedJourney } from './plan.ts';
import { Random } from './random.ts';
import type { TTruth } from './truth.ts';

/** Episodes drawn per journey to compute the planted effects; noise-free; the figures move by about 1-3% with the seed. */
export const EFFECT_EPISODES = 10_000;
/** Generator stream of those episodes (customers use 0, 1, 2...; the truth itself -1). */
const EFFECT_STREAM = -2;

/** A touchpoint's planted total effect on the outcome (see `plantedEffects`). */
export type TPlantedEffect = { strength: number; lift: number };

/**
 * Each touchpoint's total planted effect on overall satisfaction, every term of the outcome model
 * included (its driver, its share of the peak, end and mean, and the breach penalty of its breaches):
 * - `lift`: mean gain in the noise-free planted overall, over all episodes of the journey, when the
 *   touchpoint's moments are brought up to their standard (experience max(e, m), no breaches) and
 *   nothing else changes: the planted counterpart of the analysis' expected lift;
 * - `strength`: that gain per unit of experience recovered, i.e. the sum of the gains divided by the
 *   sum of max(0, m - e) over the touchpoint's moments (an arc slope from where the moments are to the
 *   standard); NaN for a touchpoint that never falls short.
 * Computed on EFFECT_EPISODES episodes per journey drawn like the simulation's (regions uniform) from a
 * stream of their own, so the figures are the same for the same seed and source.
 */
export function plantedEffects(plan: TPlan): Record<string, Record<string, TPlantedEffect>> {
  const truth = plan.truth;
  const random = new Random(truth.seed, EFFECT_STREAM);
  const regions = Object.keys(truth.regionLoad);
  const scorer = new EpisodeAccumulator();
  const out: Record<string, Record<string, TPlantedEffect>> = {};
  for (const journey of plan.journeys) {
    const tps = journey.touchpoints;
    const gain = new Float64Array(tps.length);
    const shortfall = new Float64Array(tps.length);
    for (let k = 0; k < EFFECT_EPISODES; k++) {
      const region = regions[random.int(regions.length)] ?? '';
      const { tp, planted } = drawMoments(journey, truth, truth.regionLoad[region] ?? 1, random);
      const base = plantedLatent(truth, planted, scorer);
      // The counterfactual episode: one touchpoint's moments brought to their standard, the rest as drawn.
      const fixed = planted.map((m) => ({ ...m }));
      for (const j of new Set(tp)) {
        let short = 0;
        tp.forEach((t, i) => {
          const m = planted[i] as TPlantedMoment;
          const f = fixed[i] as TPlantedMoment;
          f.experience = t === j ? Math.max(m.experience, MEETS_TARGET_VALUE) : m.experience;
          f.breaches = t === j ? 0 : m.breaches;
          if (t === j) short += Math.max(0, MEETS_TARGET_VALUE - m.experience);
        });
        gain[j] = (gain[j] as number) + plantedLatent(truth, fixed, scorer) - base;
        shortfall[j] = (shortfall[j] as number) + short;
      }
    }
    const effects: Record<string, TPlantedEffect> = {};
    tps.forEach((tp, j) => {
      const g = gain[j] as number;
      const s = shortfall[j] as number;
      effects[tp.touchpoint.key] = { strength: s > 0 ? g / s : NaN, lift: g / EFFECT_EPISODES };
    });
    out[journey.key] = effects;
  }
  return out;
}

/** One episode's moments as the outcome sees them, and the index of each one's touchpoint in the journey. */
function drawMoments(
  journey: TPlannedJourney,
  truth: TTruth,
  load: number,
  random: Random,
): { tp: number[]; planted: TPlantedMoment[] } {
  const ctx: TEpisodeContext = {
    customer: 'c',
    episode: 'e',
    eventPrefix: 'm',
    locale: 'en',
    attributes: undefined,
    load,
    startMs: 0,
    surveyed: false,
    ratingShare: 0,
    commentShare: 0,
    utcOffset: 'Z',
  };
  const draw = drawEpisode(journey, truth, ctx, random);
  const index = new Map(journey.touchpoints.map((tp, j) => [tp.touchpoint.key, j]));
  const tp = draw.moments.map((m) => index.get(m.moment.touchpoint) ?? -1);
  const planted = draw.moments.map((m, i) => ({
    driver: journey.touchpoints[tp[i] as number]?.driver ?? 0,
    experience: m.experience,
    breaches: m.breaches,
  }));
  return { tp, planted };
}
