/**
 * Key moments (关键时刻) from an accumulator: per touchpoint volume, performance, breach rate, importance,
 * expected lift, IPA quadrant and rank; the episode-score histogram; peak / trough / end counts; floor
 * suggestions; refitted peak-end weights, without and with touchpoint controls. Pure: the same accumulated
 * input gives the same result.
 *
 * Expected lift (outcome units, oriented so that positive is better), the ranking key:
 *   lift_j = slope_j x (1 / N) x sum over episodes touching j of max(0, m_j - x_ej)
 *          = slope_j x (mean shortfall of j below its standard) x (share of episodes touching j),
 * with slope_j the outcome points per unit of experience from the full linear model, x_ej the episode's
 * experience at j, m_j the experience of a moment meeting the standard (+0.5) and N all episodes.
 * It assumes the effect is linear and causal, others held fixed, and that meeting the standard moves the
 * experience to m_j but not beyond (episodes already above keep theirs). Its interval is the slope's,
 * the shortfall being treated as known. IPA (Martilla & James 1977) places importance (the driver weight)
 * against performance (mean experience) with data-centred crosshairs.
 */
import { analyzeImportancePerformance } from '../analytics/ipa.ts';
import { AnalyticsInputError } from '../analytics/errors.ts';
import type { KeyMomentAccumulator } from './accumulator.ts';
import { meanEstimate, sdFromSums, shareEstimate } from './estimates.ts';
import { suggestFloors } from './floor-suggestions.ts';
import { fitImportance } from './importance.ts';
import type { TImportanceFit } from './importance.ts';
import { refitPeakEndControlled } from './peak-end-controlled.ts';
import { refitPeakEnd } from './peak-end-refit.ts';
import { dominanceAffordable } from './resolve.ts';
import type { TKeyMomentResult, TTouchpointKeyMoment } from './result-types.ts';
import { SCORE_BINS } from './sums.ts';
import type { TTouchpointSums } from './sums.ts';
import type { TFindKeyMomentsOptions } from './types.ts';

/** Runs the analysis on everything accumulated; see the file header for the formulas. */
export function findKeyMoments(
  acc: KeyMomentAccumulator,
  options: TFindKeyMomentsOptions = {},
): TKeyMomentResult {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new AnalyticsInputError('bad_option', 'options.confidence');
  const r = acc.resolved;
  const p = r.keys.length;
  const method = options.method ?? 'auto';
  if (method === 'dominance' && !dominanceAffordable(p))
    throw new AnalyticsInputError('too_many_predictors', 'options.method', `${p}`);
  const chosen = method === 'auto' ? (dominanceAffordable(p) ? 'dominance' : 'relative_weights') : method;
  const boot = { buckets: acc.buckets, replicates: r.replicates, seed: r.seed };
  const fit = fitImportance(acc.correlation, boot, chosen, confidence);
  const ep = acc.episodes;
  const touchpoints = r.keys.map((key, j) => touchpointResult(acc, j, key, fit, confidence));
  placeOnIpa(touchpoints);
  const ranking = rank(touchpoints);
  return {
    episodes: { total: ep.episodes, withOutcome: ep.withOutcome, scored: ep.scored },
    outcome: {
      kind: r.binary ? 'binary' : 'continuous',
      n: ep.withOutcome,
      mean: ep.withOutcome > 0 ? ep.outcomeSum / ep.withOutcome : NaN,
      sd: sdFromSums(ep.withOutcome, ep.outcomeSum, ep.outcomeSumSq),
    },
    model: {
      method: fit?.method ?? null,
      r2: fit?.fit ?? NaN,
      interval: fit?.interval ?? 'none',
      replicates: fit?.replicates ?? 0,
      failedReplicates: fit?.failed ?? 0,
      confidence,
    },
    touchpoints,
    ranking,
    ipa: ipaCrosshairs(touchpoints),
    episodeScores: {
      n: ep.scored,
      mean: ep.scored > 0 ? ep.scoreSum / ep.scored : NaN,
      sd: sdFromSums(ep.scored, ep.scoreSum, ep.scoreSumSq),
      histogram: ep.histogram.map((count, i) => ({
        from: (10 * i) / SCORE_BINS,
        to: (10 * (i + 1)) / SCORE_BINS,
        count,
        share: ep.scored > 0 ? count / ep.scored : 0,
      })),
    },
    floors: suggestFloors(acc, options),
    peakEnd: refitPeakEnd(acc.peakEnd),
    peakEndControlled: refitPeakEndControlled(acc.peakEndControlled, r.keys, confidence),
  };
}

function touchpointResult(
  acc: KeyMomentAccumulator,
  j: number,
  key: string,
  fit: TImportanceFit | null,
  confidence: number,
): TTouchpointKeyMoment {
  const s = acc.touchpoints[j] as TTouchpointSums;
  const total = acc.episodes.episodes;
  const scored = acc.episodes.scored;
  const role = (count: number) => ({ count, share: scored > 0 ? count / scored : 0 });
  const k = fit?.predictors.indexOf(j) ?? -1;
  const shortfall = { n: s.shortfallN, mean: s.shortfallN > 0 ? s.shortfallSum / s.shortfallN : NaN };
  const base = {
    key,
    volume: { moments: s.moments, episodes: s.episodes, episodeShare: total > 0 ? s.episodes / total : 0 },
    performance: {
      experience: meanEstimate(s.experienceN, s.experienceSum, s.experienceSumSq, confidence),
      rating: s.ratingN > 0 ? meanEstimate(s.ratingN, s.ratingSum, s.ratingSumSq, confidence) : null,
      meetsStandard: shareEstimate(s.meetsCount, s.meetsN, confidence),
    },
    breachRate: shareEstimate(s.breachMoments, s.moments, confidence),
    shortfall,
    quadrant: null,
    rank: null,
    peak: role(s.peak),
    trough: role(s.trough),
    end: role(s.end),
  };
  if (fit === null || k < 0) {
    const paired = acc.correlation.result().n[j]?.[outcomeColumn(acc)] ?? 0;
    return { ...base, importance: null, lift: null, code: paired < 3 ? 'no_outcome_pairs' : 'not_estimable' };
  }
  const at = (a: readonly number[]): number => a[k] ?? NaN;
  const n = at(fit.n);
  const scale = total > 0 ? s.shortfallSum / total : 0;
  const slope = { n, estimate: at(fit.slope), lower: at(fit.slopeLower), upper: at(fit.slopeUpper) };
  return {
    ...base,
    importance: {
      weight: { n, estimate: at(fit.weight), lower: at(fit.weightLower), upper: at(fit.weightUpper) },
      share: fit.fit > 0 ? at(fit.weight) / fit.fit : NaN,
      slope,
      correlation: at(fit.correlation),
    },
    lift: { n, estimate: slope.estimate * scale, lower: slope.lower * scale, upper: slope.upper * scale },
    code: 'ok',
  };
}

const outcomeColumn = (acc: KeyMomentAccumulator): number => acc.resolved.keys.length;

/** IPA quadrants for the touchpoints with importance and a mean experience (core IPA, data crosshairs). */
function placeOnIpa(touchpoints: TTouchpointKeyMoment[]): void {
  const placed = touchpoints.filter(
    (t) => t.importance !== null && Number.isFinite(t.performance.experience.estimate),
  );
  if (placed.length === 0) return;
  const ipa = analyzeImportancePerformance(
    placed.map((t) => ({
      id: t.key,
      importance: t.importance?.weight.estimate ?? NaN,
      performance: t.performance.experience.estimate,
    })),
  );
  ipa.points.forEach((point, i) => ((placed[i] as TTouchpointKeyMoment).quadrant = point.quadrant));
}

function ipaCrosshairs(touchpoints: readonly TTouchpointKeyMoment[]): TKeyMomentResult['ipa'] {
  const placed = touchpoints.filter((t) => t.quadrant !== null);
  if (placed.length === 0) return null;
  const mean = (f: (t: TTouchpointKeyMoment) => number): number =>
    placed.reduce((sum, t) => sum + f(t), 0) / placed.length;
  return {
    importance: mean((t) => t.importance?.weight.estimate ?? 0),
    performance: mean((t) => t.performance.experience.estimate),
  };
}

/** Ranks by expected lift (descending), ties by importance, then input order; no lift, no rank. */
function rank(touchpoints: TTouchpointKeyMoment[]): string[] {
  const ranked = touchpoints
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.lift !== null && Number.isFinite(t.lift.estimate))
    .sort(
      (a, b) =>
        (b.t.lift?.estimate ?? 0) - (a.t.lift?.estimate ?? 0) ||
        (b.t.importance?.weight.estimate ?? 0) - (a.t.importance?.weight.estimate ?? 0) ||
        a.i - b.i,
    );
  ranked.forEach(({ t }, position) => (t.rank = position + 1));
  return ranked.map(({ t }) => t.key);
}
