import type { TSparseVector } from './hashing.ts';
import { mulberry32 } from '../random.ts';

/** One labelled example: a sparse feature vector and its class (1 positive, 0 negative). */
export type TLabelledVector = { x: TSparseVector; y: 0 | 1 };

/** Settings of logistic-regression training; fixed in the training script, chosen on validation data. */
export type TTrainOptions = { bits: number; lambda: number; epochs: number; eta0: number; seed: number };

/** A trained linear model: dense weights over the hashed buckets and an intercept. */
export type TLinearModel = { weights: Float64Array; bias: number };

/** Fisher-Yates shuffle of 0..n-1 driven by the given PRNG. */
export function shuffledOrder(n: number, random: () => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

/** The logistic function, clamped so exp never overflows. */
export function sigmoid(z: number): number {
  if (z > 30) return 1;
  if (z < -30) return 0;
  return 1 / (1 + Math.exp(-z));
}

/** w.x + b for a sparse x. */
export function dot(weights: ArrayLike<number>, x: TSparseVector): number {
  let z = 0;
  for (let k = 0; k < x.index.length; k++) z += (weights[x.index[k] ?? 0] ?? 0) * (x.value[k] ?? 0);
  return z;
}

/**
 * L2-regularised logistic regression by stochastic gradient descent with the step size
 * eta0 / (1 + eta0 * lambda * t) and the weight-scaling trick for sparse L2 updates, both from Bottou,
 * "Stochastic Gradient Descent Tricks" (2012). The returned weights are the mean of the weights at the
 * end of each epoch after the first (iterate averaging, Polyak & Juditsky 1992), which steadies SGD.
 */
export function trainLogisticRegression(
  data: readonly TLabelledVector[],
  options: TTrainOptions,
): TLinearModel {
  const dim = 1 << options.bits;
  const v = new Float64Array(dim);
  const sum = new Float64Array(dim);
  let scale = 1;
  let bias = 0;
  let biasSum = 0;
  let averaged = 0;
  let t = 0;
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffledOrder(data.length, random)) {
      const example = data[i];
      if (example === undefined) continue;
      const eta = options.eta0 / (1 + options.eta0 * options.lambda * t);
      const g = sigmoid(scale * dot(v, example.x) + bias) - example.y;
      scale *= 1 - eta * options.lambda;
      const step = (eta * g) / scale;
      const { index, value } = example.x;
      for (let k = 0; k < index.length; k++) {
        const j = index[k] ?? 0;
        v[j] = (v[j] ?? 0) - step * (value[k] ?? 0);
      }
      bias -= eta * g;
      t++;
      if (scale < 1e-9) {
        for (let j = 0; j < dim; j++) v[j] = (v[j] ?? 0) * scale;
        scale = 1;
      }
    }
    if (epoch === 0 && options.epochs > 1) continue;
    for (let j = 0; j < dim; j++) sum[j] = (sum[j] ?? 0) + (v[j] ?? 0) * scale;
    biasSum += bias;
    averaged++;
  }
  for (let j = 0; j < dim; j++) sum[j] = (sum[j] ?? 0) / averaged;
  return { weights: sum, bias: biasSum / averaged };
}
