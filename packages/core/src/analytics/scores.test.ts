import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareNps, npsFromCounts, scoreCes, scoreCsat, scoreNps } from './scores.ts';

const near = (actual: number, expected: number, tol: number) =>
  assert.ok(Math.abs(actual - expected) <= tol, `${actual} != ${expected}`);

const answers = (counts: [value: number, times: number][]) =>
  counts.flatMap(([value, times]) => new Array<number>(times).fill(value));

describe('NPS', () => {
  test('worked example: P 1/2, D 1/6 -> NPS 1/3, Var 5/9, SD 0.7454; n 300 -> SE 0.04303, margin 0.0843', () => {
    const r = npsFromCounts({ promoters: 150, passives: 100, detractors: 50 });
    near(r.nps, 1 / 3, 1e-15);
    near(r.variance, 5 / 9, 1e-15);
    near(Math.sqrt(r.variance), 0.7454, 5e-5);
    near(r.se, 0.04303, 5e-6);
    near(r.upper - r.nps, 0.0843, 5e-5);
    near(r.nps - r.lower, 0.0843, 5e-5);
  });

  test('from 0-10 answers: 9-10 promoters, 7-8 passives, 0-6 detractors', () => {
    const r = scoreNps(
      answers([
        [10, 100],
        [9, 50],
        [8, 60],
        [7, 40],
        [6, 30],
        [0, 20],
      ]),
    );
    assert.deepEqual([r.promoters, r.passives, r.detractors, r.n], [150, 100, 50, 300]);
    assert.throws(() => scoreNps([5, 11]), { path: 'answers[1]' });
  });

  test('two-sample z test (hand-computed: z 3.1564378, p 0.0015971)', () => {
    const a = npsFromCounts({ promoters: 150, passives: 100, detractors: 50 });
    const b = npsFromCounts({ promoters: 120, passives: 100, detractors: 80 });
    const r = compareNps(a, b);
    near(r.difference, 0.2, 1e-15);
    near(r.z, 3.1564378, 5e-8);
    near(r.p, 0.0015971, 5e-8);
  });
});

describe('CSAT', () => {
  test('top-2-box share with the Wilson interval of Newcombe 1998a (81/263 -> 0.2553 - 0.3662)', () => {
    const r = scoreCsat(
      answers([
        [5, 40],
        [4, 41],
        [3, 100],
        [1, 82],
      ]),
    );
    assert.equal(r.satisfied, 81);
    assert.equal(r.n, 263);
    near(r.lower, 0.2553, 5e-5);
    near(r.upper, 0.3662, 5e-5);
  });

  test('top box only, on a 0-10 scale', () => {
    const r = scoreCsat([10, 9, 10, 3], { scale: { min: 0, max: 10 }, topBoxes: 1 });
    assert.equal(r.satisfied, 2);
    assert.throws(() => scoreCsat([6]), { path: 'answers[0]' });
  });
});

describe('CES', () => {
  test('mean with t interval: 1..5 -> 3, 95% CI 1.0367568 to 4.9632432', () => {
    const r = scoreCes([1, 2, 3, 4, 5]);
    assert.equal(r.estimate, 3);
    near(r.lower, 1.0367568, 5e-8);
    near(r.upper, 4.9632432, 5e-8);
    assert.throws(() => scoreCes([1, 8]), { path: 'answers[1]' });
  });
});
