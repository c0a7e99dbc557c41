/**
 * The product's controlled peak-end refit (`result.peakEndControlled`, from streamed co-moments) against a
 * row-level reference: overall ~ peak + end + mean + breaches + each touchpoint's experience, fitted on
 * the episodes themselves. Ordinary least squares by the normal equations (X'X b = X'y, Gauss 1809),
 * standard errors from s² (X'X)⁻¹ (e.g. Greene, Econometric Analysis, ch. 4). The reference needs a
 * non-singular X'X; where it is singular the product must say which weights are not identifiable.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Matrix, solve } from 'ml-matrix';
import { scoreEpisode } from '../analytics/peak-end.ts';
import { KeyMomentAccumulator } from './accumulator.ts';
import { refitPeakEndControlled } from './peak-end-controlled.ts';
import { journeyEpisodes, propertyPack } from './test-helpers.test.ts';
import type { TKeyMomentEpisode } from './types.ts';

/** A coefficient and its standard error. */
type TCoefficient = { estimate: number; se: number };

/** Peak-end weights (breaches <= 0 per breach) and touchpoint coefficients, with their standard errors. */
type TControlledPeakEndFit = {
  n: number;
  weights: { peak: TCoefficient; end: TCoefficient; mean: TCoefficient; breaches: TCoefficient };
  touchpoints: Record<string, TCoefficient>;
};

/**
 * Fits overall ~ peak + end + mean + breaches + sum_tp x_tp, with x_tp the episode's mean experience at
 * tp minus `meetsValue` (0 when the episode did not pass tp), on episodes with an outcome. Peak, end and
 * mean are the core scorer's (`scoreEpisode`), as in the product's refit.
 */
function fitPeakEndWithControls(
  episodes: readonly TKeyMomentEpisode[],
  touchpoints: readonly string[],
  meetsValue = 0.5,
): TControlledPeakEndFit {
  const rows: number[][] = [];
  const y: number[] = [];
  for (const e of episodes) {
    if (e.outcome == null) continue;
    const valued = e.moments.filter((m) => m.experience != null);
    if (valued.length === 0) continue;
    const s = scoreEpisode(valued.map((m) => ({ value: m.experience ?? 0, breaches: m.breaches ?? 0 })));
    const controls = touchpoints.map((key) => {
      const at = valued.filter((m) => m.touchpoint === key);
      return at.length === 0
        ? 0
        : at.reduce((sum, m) => sum + (m.experience ?? 0) - meetsValue, 0) / at.length;
    });
    rows.push([1, s.peak, s.end, s.mean, -s.breaches, ...controls]);
    y.push(e.outcome);
  }
  const x = new Matrix(rows);
  const xtx = x.transpose().mmul(x);
  const b = solve(xtx, x.transpose().mmul(Matrix.columnVector(y))).to1DArray();
  let sse = 0;
  rows.forEach((row, i) => (sse += ((y[i] ?? 0) - row.reduce((s, v, j) => s + v * (b[j] ?? 0), 0)) ** 2));
  const inverse = solve(xtx, Matrix.eye(b.length));
  const s2 = sse / (rows.length - b.length);
  const coef = (j: number, sign = 1): TCoefficient => ({
    estimate: sign * (b[j] ?? NaN),
    se: Math.sqrt(s2 * inverse.get(j, j)),
  });
  return {
    n: rows.length,
    weights: { peak: coef(1), end: coef(2), mean: coef(3), breaches: coef(4, -1) },
    touchpoints: Object.fromEntries(touchpoints.map((key, k) => [key, coef(5 + k)])),
  };
}

describe('peak-end refit with touchpoint controls (streamed co-moments)', () => {
  const pack = propertyPack();
  const sim = { seed: 3, customers: 1500, surveyShare: 1 };
  const repair = journeyEpisodes(pack, 'repair', sim);
  const moveIn = journeyEpisodes(pack, 'move_in', sim);
  const refitOf = (acc: KeyMomentAccumulator) =>
    refitPeakEndControlled(acc.peakEndControlled, acc.resolved.keys, 0.95);

  test('equals the row-level least-squares fit, merged from parts as in one pass', () => {
    // Repair: the callback is skipped in 20% of episodes, so every weight is identifiable.
    const { episodes, options } = repair;
    const keys = options.touchpoints.map((tp) => tp.key);
    const opts = { ...options, replicates: 0 };
    const half = Math.floor(episodes.length / 2);
    const merged = new KeyMomentAccumulator(opts)
      .addEpisodes(episodes.slice(0, half))
      .merge(new KeyMomentAccumulator(opts).addEpisodes(episodes.slice(half)));
    const refit = refitOf(merged);
    assert.ok(refit);
    const reference = fitPeakEndWithControls(episodes, keys);
    assert.equal(refit.n, reference.n);
    assert.equal(refit.rank, 4 + keys.length);
    const close = (a: { estimate: number; se: number }, b: TCoefficient, what: string) => {
      assert.ok(Math.abs(a.estimate - b.estimate) <= 1e-7 * (1 + Math.abs(b.estimate)), `${what} estimate`);
      assert.ok(Math.abs(a.se - b.se) <= 1e-7 * (1 + b.se), `${what} se`);
    };
    for (const part of ['peak', 'end', 'mean', 'breaches'] as const) {
      assert.ok(refit.weights[part].identifiable, part);
      close(refit.weights[part], reference.weights[part], part);
    }
    for (const tp of refit.touchpoints) close(tp, reference.touchpoints[tp.key] as TCoefficient, tp.key);
    const w = refit.weights.peak;
    assert.ok(w.lower < w.estimate && w.estimate < w.upper);
  });

  test('reports the end, the mean and the touchpoints as not identifiable where the data cannot tell them', () => {
    // Move-in: the welcome visit is always last (end = its experience + m); every episode passes the
    // other three and most pass all four, so the mean is still separated by the 30% without rectification.
    const { episodes, options } = moveIn;
    const refit = refitOf(new KeyMomentAccumulator({ ...options, replicates: 0 }).addEpisodes(episodes));
    assert.ok(refit);
    assert.equal(refit.rank, 4 + options.touchpoints.length - 1);
    assert.equal(refit.weights.end.identifiable, false);
    assert.ok(Number.isNaN(refit.weights.end.estimate));
    assert.equal(refit.touchpoints.find((tp) => tp.key === 'welcome_visit')?.identifiable, false);
    for (const part of ['peak', 'mean', 'breaches'] as const)
      assert.ok(refit.weights[part].identifiable, part);
    // Fixed-length episodes: every episode passes every touchpoint, so the mean is m + sum x_j / 4.
    const fixed = episodes.filter((e) => new Set(e.moments.map((m) => m.touchpoint)).size === 4);
    const all = refitOf(new KeyMomentAccumulator({ ...options, replicates: 0 }).addEpisodes(fixed));
    assert.ok(all);
    assert.equal(all.weights.mean.identifiable, false);
    assert.ok(all.touchpoints.every((tp) => !tp.identifiable));
    assert.ok(all.weights.peak.identifiable && all.weights.breaches.identifiable);
    assert.ok(Math.abs(all.weights.peak.estimate - refit.weights.peak.estimate) < 4 * refit.weights.peak.se);
  });

  test('a touchpoint that never varies is not identifiable; no outcome variance gives no refit', () => {
    const { episodes, options } = repair;
    const flat = episodes.map((e) => ({
      ...e,
      moments: e.moments.map((m) =>
        m.touchpoint === 'repair_request' ? { ...m, experience: 0.5, breaches: 0 } : m,
      ),
    }));
    const refit = refitOf(new KeyMomentAccumulator({ ...options, replicates: 0 }).addEpisodes(flat));
    assert.equal(refit?.touchpoints[0]?.identifiable, false);
    assert.ok(refit?.weights.peak.identifiable);
    const constant = episodes.map((e) => ({ ...e, outcome: 8 }));
    assert.equal(
      refitOf(new KeyMomentAccumulator({ ...options, replicates: 0 }).addEpisodes(constant)),
      null,
    );
  });
});
