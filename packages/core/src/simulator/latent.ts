import { MEETS_TARGET_VALUE } from '../domain/experience.ts';
import { EpisodeAccumulator } from '../analytics/peak-end-accumulator.ts';
import type { TOutcomeModel } from './truth.ts';

/** What the planted outcome needs of one moment: its touchpoint's driver, its experience and breaches. */
export type TPlantedMoment = { driver: number; experience: number; breaches: number };

/**
 * The planted overall satisfaction of an episode before noise (see TOutcomeModel). Peak, end and mean
 * come from the core scorer (`EpisodeAccumulator`), so the simulator and the analysis agree on what the
 * peak is: the most intense moment, a tie between signs going to the negative one (Baumeister et al.
 * 2001). `scorer` is reused between episodes to avoid allocating one per episode.
 */
export function plantedLatent(
  model: Pick<TOutcomeModel, 'intercept' | 'peakEnd' | 'peakEndScale' | 'breachPenalty'>,
  moments: readonly TPlantedMoment[],
  scorer: EpisodeAccumulator = new EpisodeAccumulator(),
): number {
  if (moments.length === 0) return model.intercept;
  scorer.reset();
  let driverSum = 0;
  let breaches = 0;
  for (const m of moments) {
    scorer.add(m.experience, m.breaches);
    // Centred on meeting the standard: a met standard costs nothing, falling short costs driver points.
    driverSum += m.driver * (m.experience - MEETS_TARGET_VALUE);
    breaches += m.breaches;
  }
  const parts = scorer.finish();
  const w = model.peakEnd;
  const peakEnd = w.peak * parts.peak + w.end * parts.end + w.mean * parts.mean;
  return (
    model.intercept +
    model.peakEndScale * (peakEnd - MEETS_TARGET_VALUE) +
    driverSum -
    model.breachPenalty * breaches
  );
}
