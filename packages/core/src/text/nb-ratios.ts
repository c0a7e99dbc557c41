import type { TSparseVector } from './hashing.ts';
import type { TLabelledVector, TLinearModel } from './train-logistic.ts';

/**
 * Naive Bayes log-count ratios per bucket, r = log((p / |p|1) / (q / |q|1)) with p (q) the smoothed count
 * of positive (negative) documents holding the feature: the NB-SVM / NB-LR feature scaling of Wang &
 * Manning, "Baselines and Bigrams: Simple, Good Sentiment and Topic Classification" (ACL 2012).
 */
export function computeNbRatios(data: readonly TLabelledVector[], bits: number, alpha = 1): Float64Array {
  const dim = 1 << bits;
  const p = new Float64Array(dim).fill(alpha);
  const q = new Float64Array(dim).fill(alpha);
  for (const { x, y } of data) {
    const counts = y === 1 ? p : q;
    for (let k = 0; k < x.index.length; k++) {
      const j = x.index[k] ?? 0;
      counts[j] = (counts[j] ?? 0) + 1;
    }
  }
  let sumP = 0;
  let sumQ = 0;
  for (let j = 0; j < dim; j++) {
    sumP += p[j] ?? 0;
    sumQ += q[j] ?? 0;
  }
  const r = new Float64Array(dim);
  for (let j = 0; j < dim; j++) r[j] = Math.log((p[j] ?? 0) / sumP / ((q[j] ?? 0) / sumQ));
  return r;
}

/** Scales every vector by the ratios (the input of the NB-LR model). */
export function scaleByRatios(data: readonly TLabelledVector[], r: Float64Array): TLabelledVector[] {
  return data.map(({ x, y }) => {
    const value = new Float32Array(x.value.length);
    for (let k = 0; k < value.length; k++) value[k] = (x.value[k] ?? 0) * (r[x.index[k] ?? 0] ?? 0);
    const scaled: TSparseVector = { index: x.index, value };
    return { x: scaled, y };
  });
}

/** Folds the ratios into the weights, so the model scores unscaled vectors: w'_j = w_j * r_j. */
export function foldRatios(model: TLinearModel, r: Float64Array): TLinearModel {
  const weights = new Float64Array(model.weights.length);
  for (let j = 0; j < weights.length; j++) weights[j] = (model.weights[j] ?? 0) * (r[j] ?? 0);
  return { weights, bias: model.bias };
}
