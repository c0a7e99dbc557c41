import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  differenceInDifferences,
  meanInterval,
  summarizeSample,
  welchTest,
  welchTestFromSummaries,
} from './means.ts';

const near = (actual: number, expected: number, tol: number) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} != ${expected}`);

describe('welchTest', () => {
  // R: t.test(extra ~ group, data = sleep) -> Welch Two Sample t-test: t = -1.8608, df = 17.776,
  // p-value = 0.07939, 95 percent CI -3.3654832 0.2054832, means 0.75 and 2.33.
  const group1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
  const group2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

  test("R's sleep data", () => {
    const r = welchTest(group1, group2);
    near(r.estimate, 0.75 - 2.33, 1e-12);
    near(r.t, -1.8608, 5e-5);
    near(r.df, 17.776, 5e-4);
    near(r.p, 0.07939, 5e-6);
    near(r.lower, -3.3654832, 5e-8);
    near(r.upper, 0.2054832, 5e-8);
  });

  test('from summaries gives the same', () => {
    const r = welchTestFromSummaries(summarizeSample(group1), summarizeSample(group2));
    near(r.t, welchTest(group1, group2).t, 1e-12);
  });

  test('bad input says where', () => {
    assert.throws(() => welchTest([1], [1, 2]), { code: 'too_few_rows', path: 'a.n' });
    assert.throws(() => welchTest([1, 2], [1, NaN]), { code: 'not_finite', path: 'b[1]' });
  });
});

describe('meanInterval', () => {
  test('1..5: mean 3, t 4.2426407, 95% CI 1.0367568 to 4.9632432 (hand / R t.test)', () => {
    const r = meanInterval([1, 2, 3, 4, 5]);
    assert.equal(r.estimate, 3);
    assert.equal(r.df, 4);
    near(r.t, 4.2426407, 5e-8);
    near(r.lower, 1.0367568, 5e-8);
    near(r.upper, 4.9632432, 5e-8);
  });
});

describe('differenceInDifferences', () => {
  test('hand-computed: DiD 2, SE sqrt(4/3), df 8, 95% CI 2 -+ 2.6627442', () => {
    const r = differenceInDifferences({
      treatedBefore: [1, 2, 3],
      treatedAfter: [4, 5, 6],
      controlBefore: [2, 3, 4],
      controlAfter: [3, 4, 5],
    });
    near(r.estimate, 2, 1e-12);
    near(r.se, Math.sqrt(4 / 3), 1e-12);
    near(r.df, 8, 1e-9);
    near(r.t, Math.sqrt(3), 1e-12);
    near(r.p, 0.1215029, 5e-8);
    near(r.lower, 2 - 2.6627442, 5e-8);
    near(r.upper, 2 + 2.6627442, 5e-8);
  });

  test('accepts summaries', () => {
    const s = { n: 3, mean: 0, sd: 1 };
    const r = differenceInDifferences({
      treatedBefore: s,
      treatedAfter: { ...s, mean: 3 },
      controlBefore: s,
      controlAfter: { ...s, mean: 1 },
    });
    near(r.estimate, 2, 1e-12);
    assert.throws(
      () =>
        differenceInDifferences({ treatedBefore: s, treatedAfter: s, controlBefore: s, controlAfter: [1] }),
      { path: 'controlAfter.n' },
    );
  });
});
