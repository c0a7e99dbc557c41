import { fitLogistic } from '../analytics/logistic.ts';

/**
 * How a model's raw outputs become a calibrated probability of "positive":
 * p = sigmoid(model * modelLogit + cues * cueSum + bias), the two-input form of Platt scaling (Platt,
 * "Probabilistic Outputs for Support Vector Machines", 1999), fitted on predictions for text the model
 * did not train on (out-of-fold), so the probability means what it says on new text.
 */
export type TCalibration = { model: number; cues: number; bias: number };

/**
 * Fits the calibration on out-of-fold model logits, cue sums and true 0/1 labels. With `cueWeight` the
 * cues keep that fixed weight (they are hand-set in logit units) and only the model's slope and the
 * intercept are fitted, by Newton's method on the log-likelihood with the cues as an offset.
 */
export function fitCalibration(
  modelLogits: ArrayLike<number>,
  cueSums: ArrayLike<number>,
  truth: ArrayLike<number>,
  cueWeight?: number,
): TCalibration {
  if (cueWeight !== undefined) return fitWithOffset(modelLogits, cueSums, truth, cueWeight);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < truth.length; i++) {
    x.push([modelLogits[i] ?? 0, cueSums[i] ?? 0]);
    y.push(truth[i] === 1 ? 1 : 0);
  }
  const [bias = 0, model = 1, cues = 0] = fitLogistic(x, y).coefficients;
  return { model, cues, bias };
}

function fitWithOffset(
  logits: ArrayLike<number>,
  cues: ArrayLike<number>,
  truth: ArrayLike<number>,
  cueWeight: number,
): TCalibration {
  let a = 1;
  let b = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    // Gradient and Hessian of the negative log-likelihood in (a, b).
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < truth.length; i++) {
      const x = logits[i] ?? 0;
      const z = a * x + b + cueWeight * (cues[i] ?? 0);
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const r = p - (truth[i] === 1 ? 1 : 0);
      const w = p * (1 - p);
      ga += r * x;
      gb += r;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { model: a, cues: cueWeight, bias: b };
}

/**
 * Expected calibration error (Naeini, Cooper & Hauskrecht 2015; Guo et al., "On Calibration of Modern
 * Neural Networks", 2017): predictions are put in `bins` equal-width bins of confidence, and the
 * bin-size-weighted mean of |accuracy - mean confidence| over the bins is returned.
 */
export function expectedCalibrationError(
  confidences: ArrayLike<number>,
  correct: ArrayLike<boolean>,
  bins = 10,
): number {
  const n = confidences.length;
  if (n === 0) return 0;
  const count = new Float64Array(bins);
  const conf = new Float64Array(bins);
  const hits = new Float64Array(bins);
  for (let i = 0; i < n; i++) {
    const c = confidences[i] ?? 0;
    const b = Math.min(bins - 1, Math.floor(c * bins));
    count[b] = (count[b] ?? 0) + 1;
    conf[b] = (conf[b] ?? 0) + c;
    if (correct[i] === true) hits[b] = (hits[b] ?? 0) + 1;
  }
  let ece = 0;
  for (let b = 0; b < bins; b++) {
    const m = count[b] ?? 0;
    if (m > 0) ece += (m / n) * Math.abs((hits[b] ?? 0) / m - (conf[b] ?? 0) / m);
  }
  return ece;
}
