import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashFeatures } from './hashing.ts';
import { decodeSentimentModel, encodeNeutralDetector, encodeSentimentModel } from './model-data.ts';
import { dot, trainLogisticRegression, type TLabelledVector } from './train-logistic.ts';

const vec = (words: string[]): TLabelledVector['x'] => hashFeatures(new Map(words.map((w) => [w, 1])), 12);
const data: TLabelledVector[] = [];
for (let i = 0; i < 200; i++) {
  data.push({ x: vec(['good', `noise${i % 7}`]), y: 1 });
  data.push({ x: vec(['bad', `noise${i % 5}`]), y: 0 });
}
const options = { bits: 12, lambda: 1e-4, epochs: 4, eta0: 0.5, seed: 7 };

test('logistic regression separates a separable set, and the same seed gives the same model', () => {
  const a = trainLogisticRegression(data, options);
  const b = trainLogisticRegression(data, options);
  assert.deepEqual(a.weights, b.weights);
  assert.ok(dot(a.weights, vec(['good'])) + a.bias > 1);
  assert.ok(dot(a.weights, vec(['bad'])) + a.bias < -1);
});

test('int16 quantisation round-trips the weights closely', () => {
  const model = trainLogisticRegression(data, options);
  const decoded = decodeSentimentModel(
    encodeSentimentModel(model, {
      language: 'zh',
      bits: 12,
      features: { wordBigrams: false, charBigrams: false },
    }),
  );
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  model.weights.forEach((w, i) => assert.ok(Math.abs(w - (decoded.weights[i] ?? 0)) <= max / 32767));
  assert.throws(() => decodeSentimentModel({ format: 'other' }));
});

test('a neutral detector travels with the model and round-trips as closely', () => {
  const model = trainLogisticRegression(data, options);
  const decoded = decodeSentimentModel(
    encodeSentimentModel(model, {
      language: 'zh',
      bits: 12,
      features: { wordBigrams: false, charBigrams: false },
      neutralDetector: encodeNeutralDetector(model, 12, 1.5),
    }),
  );
  assert.equal(decoded.neutralDetector?.weight, 1.5);
  assert.equal(decoded.neutralDetector?.bias, model.bias);
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  model.weights.forEach((w, i) =>
    assert.ok(Math.abs(w - (decoded.neutralDetector?.weights[i] ?? 0)) <= max / 32767),
  );
});
