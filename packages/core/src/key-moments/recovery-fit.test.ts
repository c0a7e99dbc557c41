/**
 * Helper of recovery.test.ts (no tests of its own): the peak-end weights fitted with the touchpoints'
 * experiences as controls. The product's refit (`fitPeakEndWeights`, `refitPeakEnd`) regresses the overall
 * rating on peak, end, mean and breaches only; when touchpoints differ in importance, the omitted term
 * sum_tp driver_tp (e_tp - m) is correlated with the mean (and the peak), so those weights absorb it
 * (omitted-variable bias). Adding each touchpoint's experience as a regressor removes it.
 * Ordinary least squares by the normal equations (XᵀX b = Xᵀy, Gauss 1809), standard errors from
 * s² (XᵀX)⁻¹ (e.g. Greene, Econometric Analysis, ch. 4).
 */
import { Matrix, solve } from 'ml-matrix';
import { scoreEpisode } from '../analytics/peak-end.ts';
import type { TKeyMomentEpisode } from './types.ts';

/** A coefficient and its standard error. */
export type TCoefficient = { estimate: number; se: number };

/** Peak-end weights (breaches <= 0 per breach) and touchpoint coefficients, with their standard errors. */
export type TControlledPeakEndFit = {
  n: number;
  weights: { peak: TCoefficient; end: TCoefficient; mean: TCoefficient; breaches: TCoefficient };
  touchpoints: Record<string, TCoefficient>;
};

/**
 * Fits overall ~ peak + end + mean + breaches + sum_tp x_tp, with x_tp the episode's mean experience at
 * tp minus `meetsValue` (0 when the episode did not pass tp), on episodes with an outcome. Peak, end and
 * mean are the core scorer's (`scoreEpisode`), as in the product's refit.
 */
export function fitPeakEndWithControls(
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
