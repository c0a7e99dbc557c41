import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freireich } from '../fixtures/freireich.ts';
import { logRankTest } from './log-rank.ts';

// Vectors from TEST_VECTORS.md (R survival::survdiff, lifelines logrank_test).
describe('logRankTest', () => {
  test('six uncensored times in two groups', () => {
    const r = logRankTest([10, 20, 30, 10, 20, 50], [1, 1, 1, 0, 0, 0]);
    assert.equal(r.chiSquare.toFixed(6), '0.254237');
    assert.equal(r.p.toFixed(6), '0.614107');
    assert.equal(r.df, 1);
  });

  test('the same times with censoring', () => {
    const r = logRankTest([10, 20, 30, 10, 20, 50], [1, 1, 1, 0, 0, 0], [1, 0, 1, 1, 0, 1]);
    assert.equal(r.chiSquare.toFixed(6), '0.384615');
    assert.equal(r.p.toFixed(6), '0.535143');
  });

  test('Freireich 6-MP against placebo: chi2 16.8, p 4.17e-05', () => {
    const { sixMp, placebo } = freireich;
    const r = logRankTest(
      [...sixMp.weeks, ...placebo.weeks],
      [...sixMp.weeks.map(() => '6-MP'), ...placebo.weeks.map(() => 'placebo')],
      [...sixMp.relapse, ...placebo.relapse],
    );
    assert.equal(r.chiSquare.toFixed(1), '16.8');
    assert.equal(r.p.toExponential(2), '4.17e-5');
    // survdiff prints observed 9 / 21 and expected 19.3 / 10.7.
    assert.deepEqual(r.observed, [9, 21]);
    assert.deepEqual(
      r.expected.map((e) => e.toFixed(1)),
      ['19.3', '10.7'],
    );
  });

  test('three groups give two degrees of freedom', () => {
    const r = logRankTest([1, 2, 3, 4, 5, 6, 7, 8, 9], ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']);
    assert.equal(r.df, 2);
    assert.ok(r.p > 0 && r.p <= 1);
  });

  test('bad input names the field', () => {
    assert.throws(() => logRankTest([1, 2], [0]), /width_mismatch at groups/);
    assert.throws(() => logRankTest([1, -2], [0, 1]), /not_finite at times\[1\]/);
    assert.throws(() => logRankTest([1, 2], [0, 0]), /too_few_rows at groups/);
    // Group a is censored before the first event: no information, reported rather than crashed on.
    assert.throws(() => logRankTest([1, 2, 3], ['a', 'b', 'b'], [0, 1, 1]), /singular at groups/);
  });
});
