import type { TSparseVector } from './hashing.ts';
import { shuffledOrder } from './train-logistic.ts';
import { mulberry32 } from '../random.ts';

/** One example for a multi-class model: a sparse feature vector and the index of its class. */
export type TClassVector = { x: TSparseVector; y: number };

/** Settings of multinomial logistic-regression training (fixed or chosen in the training script). */
export type TSoftmaxOptions = {
  classes: number;
  bits: number;
  lambda: number;
  epochs: number;
  eta0: number;
  seed: number;
};

/** A trained multi-class linear model: `classes` rows of `2^bits` weights (row-major) and a bias per class. */
export type TSoftmaxModel = { classes: number; bits: number; weights: Float64Array; bias: Float64Array };

/** Each class's score w_c.x + b_c for a sparse x. */
export function softmaxLogits(
  model: Pick<TSoftmaxModel, 'classes' | 'bits'> & { weights: ArrayLike<number>; bias: ArrayLike<number> },
  x: TSparseVector,
): number[] {
  const dim = 1 << model.bits;
  const out: number[] = [];
  for (let c = 0; c < model.classes; c++) {
    let z = model.bias[c] ?? 0;
    const row = c * dim;
    for (let k = 0; k < x.index.length; k++)
      z += (model.weights[row + (x.index[k] ?? 0)] ?? 0) * (x.value[k] ?? 0);
    out.push(z);
  }
  return out;
}

/** Logits to probabilities (shifted by the largest, so exp never overflows). */
export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/**
 * L2-regularised multinomial logistic regression by SGD, the multi-class form of `trainLogisticRegression`:
 * the step size eta0 / (1 + eta0 * lambda * t) and the weight-scaling trick for sparse L2 updates (Bottou,
 * "Stochastic Gradient Descent Tricks", 2012), and the mean of the weights at the end of each epoch after
 * the first (iterate averaging, Polyak & Juditsky 1992). Deterministic for a given seed.
 */
export function trainSoftmaxRegression(
  data: readonly TClassVector[],
  options: TSoftmaxOptions,
): TSoftmaxModel {
  const dim = 1 << options.bits;
  const k = options.classes;
  const v = new Float64Array(k * dim);
  const sum = new Float64Array(k * dim);
  const bias = new Float64Array(k);
  const biasSum = new Float64Array(k);
  let scale = 1;
  let averaged = 0;
  let t = 0;
  const random = mulberry32(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffledOrder(data.length, random)) {
      const example = data[i];
      if (example === undefined) continue;
      const eta = options.eta0 / (1 + options.eta0 * options.lambda * t);
      const logits = softmaxLogits({ classes: k, bits: options.bits, weights: v, bias }, example.x);
      const p = softmax(logits.map((z, c) => (z - (bias[c] ?? 0)) * scale + (bias[c] ?? 0)));
      scale *= 1 - eta * options.lambda;
      const { index, value } = example.x;
      for (let c = 0; c < k; c++) {
        const g = (p[c] ?? 0) - (c === example.y ? 1 : 0);
        const step = (eta * g) / scale;
        const row = c * dim;
        for (let j = 0; j < index.length; j++) {
          const at = row + (index[j] ?? 0);
          v[at] = (v[at] ?? 0) - step * (value[j] ?? 0);
        }
        bias[c] = (bias[c] ?? 0) - eta * g;
      }
      t++;
      if (scale < 1e-9) {
        for (let j = 0; j < v.length; j++) v[j] = (v[j] ?? 0) * scale;
        scale = 1;
      }
    }
    if (epoch === 0 && options.epochs > 1) continue;
    for (let j = 0; j < v.length; j++) sum[j] = (sum[j] ?? 0) + (v[j] ?? 0) * scale;
    for (let c = 0; c < k; c++) biasSum[c] = (biasSum[c] ?? 0) + (bias[c] ?? 0);
    averaged++;
  }
  for (let j = 0; j < sum.length; j++) sum[j] = (sum[j] ?? 0) / averaged;
  for (let c = 0; c < k; c++) biasSum[c] = (biasSum[c] ?? 0) / averaged;
  return { classes: k, bits: options.bits, weights: sum, bias: biasSum };
}
