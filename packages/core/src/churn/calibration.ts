import { AnalyticsInputError } from '../analytics/errors.ts';
import { fitLogistic } from '../analytics/logistic.ts';
import { wilsonInterval } from '../analytics/proportions.ts';
import type { TCalibrationBin } from './types.ts';

/** Bins of the calibration table: deciles, fewer when there are under 10 customers per bin. */
const BINS = 10;
const MIN_PER_BIN = 10;

/**
 * Calibration of predicted risks against what happened: equal-count bins of predicted risk (deciles, as the
 * Hosmer–Lemeshow table, Hosmer & Lemeshow 1980) with the mean prediction and the observed churn share with
 * its Wilson interval.
 */
export function calibrationBins(
  predicted: Float64Array,
  outcomes: Float64Array,
  confidenceLevel: number,
): TCalibrationBin[] {
  const n = predicted.length;
  const bins = Math.max(1, Math.min(BINS, Math.floor(n / MIN_PER_BIN)));
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (predicted[a] as number) - (predicted[b] as number),
  );
  const result: TCalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * n) / bins);
    const to = Math.floor(((b + 1) * n) / bins);
    if (to <= from) continue;
    let sum = 0;
    let events = 0;
    for (let t = from; t < to; t++) {
      const i = order[t] as number;
      sum += predicted[i] as number;
      events += outcomes[i] as number;
    }
    const count = to - from;
    const wilson = wilsonInterval(events, count, { confidence: confidenceLevel });
    result.push({
      n: count,
      minPredicted: predicted[order[from] as number] as number,
      maxPredicted: predicted[order[to - 1] as number] as number,
      meanPredicted: sum / count,
      observed: events / count,
      observedLower: wilson.lower,
      observedUpper: wilson.upper,
    });
  }
  return result;
}

/**
 * Logistic recalibration (Cox 1958, Biometrika 45:562): regress the outcome on the logit of the predicted
 * risk; slope 1 and intercept 0 mean the predictions are calibrated, a slope under 1 that they are too
 * extreme (overfitting). Null when the fit is impossible (one outcome only, or constant predictions).
 */
export function calibrationSlope(
  predicted: Float64Array,
  outcomes: Float64Array,
): { slope: number; intercept: number } | null {
  const logits = Array.from(predicted, (p) => {
    const q = Math.min(1 - 1e-12, Math.max(1e-12, p));
    return [Math.log(q / (1 - q))];
  });
  try {
    const fit = fitLogistic(logits, Array.from(outcomes));
    const [intercept, slope] = fit.coefficients;
    if (intercept === undefined || slope === undefined || !fit.converged) return null;
    return { slope, intercept };
  } catch (error) {
    if (error instanceof AnalyticsInputError) return null;
    throw error;
  }
}
