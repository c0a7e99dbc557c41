import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeServqual, SERVQUAL_DIMENSIONS } from './servqual.ts';

/*
 * Hand-computed fixture (no published SERVQUAL vector exists). Two dimensions, a = items 1-2,
 * b = items 3-4, three respondents:
 *        E: 5 6 4 7 | 6 6 5 7 | 7 6 6 4      P: 4 6 5 5 | 5 4 5 6 | 6 5 6 5
 * gaps (P-E) per item over respondents: item 1: -1 -1 -1 (mean -1, sd 0); item 2: 0 -2 -1 (mean -1,
 * sd 1); item 3: 1 0 0 (mean 1/3, sd 0.57735); item 4: -2 -1 1 (mean -2/3, sd 1.52753).
 * t(0.975, 2) = 4.302653, so item 2's gap interval is -1 ± 4.302653/√3 = -1 ± 2.484138.
 * Dimension a: gap (-1 + -1)/2 = -1; respondents' a-scores -0.5, -1.5, -1 (sd 0.5), half-width
 * 4.302653·0.5/√3 = 1.242069. Dimension b: (1/3 - 2/3)/2 = -1/6.
 * Unweighted score (-1 - 1/6)/2 = -7/12 = -0.583333; weighted with 60/40 points:
 * 0.6·(-1) + 0.4·(-1/6) = -0.666667. Item 1 expectation 5, 6, 7: mean 6 ± 2.484138.
 * Respondents' b-scores: -0.5, -0.5, 0.5, so their unweighted scores are -0.5, -1, -0.25 (sd 0.381881,
 * interval -0.583333 ± 0.948646 = -1.531979 to 0.365312) and their 60/40 weighted scores -0.5, -1.1,
 * -0.4 (sd 0.378594, interval -1.607146 to 0.273813).
 */
const responses = [
  { expectations: [5, 6, 4, 7], perceptions: [4, 6, 5, 5] },
  { expectations: [6, 6, 5, 7], perceptions: [5, 4, 5, 6] },
  { expectations: [7, 6, 6, 4], perceptions: [6, 5, 6, 5] },
];
const dimensions = { a: [1, 2], b: [3, 4] };

describe('analyzeServqual (hand-computed)', () => {
  const r = analyzeServqual(responses, { dimensions, importance: { a: 60, b: 40 } });

  test('item gaps with paired t intervals', () => {
    assert.deepEqual(
      r.items.map((i) => i.gap.mean.toFixed(6)),
      ['-1.000000', '-1.000000', '0.333333', '-0.666667'],
    );
    assert.equal(r.items[1]?.gap.lower?.toFixed(6), '-3.484138');
    assert.equal(r.items[1]?.gap.upper?.toFixed(6), '1.484138');
    assert.equal(r.items[3]?.gap.sd.toFixed(5), '1.52753');
    assert.equal(r.items[0]?.expectation.mean, 6);
    assert.equal(r.items[0]?.expectation.upper?.toFixed(6), '8.484138');
    assert.equal(r.items[0]?.perception.mean, 5);
  });

  test('dimension gaps and their intervals', () => {
    const [a, b] = r.dimensions;
    assert.equal(a?.gap.mean, -1);
    assert.equal(a?.gap.lower?.toFixed(6), '-2.242069');
    assert.equal(b?.gap.mean.toFixed(6), '-0.166667');
    assert.equal(a?.expectation.mean, 6);
  });

  test('unweighted and importance-weighted scores', () => {
    assert.equal(r.unweightedScore.toFixed(6), '-0.583333');
    assert.equal(r.weightedScore?.toFixed(6), '-0.666667');
    assert.deepEqual(r.weights, { a: 0.6, b: 0.4 });
  });

  test('overall scores with paired t intervals; each dimension its weighted part', () => {
    assert.deepEqual(
      [r.unweighted.mean, r.unweighted.lower, r.unweighted.upper].map((x) => x?.toFixed(6)),
      ['-0.583333', '-1.531979', '0.365312'],
    );
    assert.equal(r.unweighted.n, 3);
    assert.deepEqual(
      [r.weighted?.mean, r.weighted?.lower, r.weighted?.upper].map((x) => x?.toFixed(6)),
      ['-0.666667', '-1.607146', '0.273813'],
    );
    assert.deepEqual(
      r.dimensions.map((d) => [d.weight, d.weightedGap?.toFixed(6)]),
      [
        [0.6, '-0.600000'],
        [0.4, '-0.066667'],
      ],
    );
  });

  test('a missing answer drops only that item for that respondent', () => {
    const gappy = responses.map((x, i) => (i === 2 ? { ...x, perceptions: [6, 5, 6, null] } : x));
    const g = analyzeServqual(gappy, { dimensions });
    // Item 4 keeps respondents 1-2: gaps -2, -1.
    assert.equal(g.items[3]?.gap.n, 2);
    assert.equal(g.items[3]?.gap.mean, -1.5);
    assert.equal(g.items[2]?.gap.n, 3);
    assert.equal(g.weightedScore, null);
    assert.equal(g.weighted, null);
    assert.equal(g.dimensions[0]?.weightedGap, null);
    // A respondent with no answered item in a dimension leaves the overall spread only.
    const holed = responses.map((x, i) => (i === 2 ? { ...x, perceptions: [6, 5, null, null] } : x));
    assert.equal(analyzeServqual(holed, { dimensions }).unweighted.n, 2);
  });

  test("respondents' own allocations: each weighted by their points over their own total", () => {
    // Points a/b: 50/50, 80/20, 30/60 (sums to 90: weights 1/3, 2/3). Own weighted scores: -0.5,
    // 0.8·(-1.5) + 0.2·(-0.5) = -1.3, (1/3)(-1) + (2/3)(0.5) = 0; mean -0.6, sd 0.655744,
    // interval -0.6 ± 4.302653·0.655744/√3 = -2.228958 to 1.028958. Mean weights 0.544444 / 0.455556.
    const points = [
      { a: 50, b: 50 },
      { a: 80, b: 20 },
      { a: 30, b: 60 },
    ];
    const own = responses.map((x, i) => ({ ...x, importance: points[i] }));
    const r = analyzeServqual(own, { dimensions, importance: 'respondents' });
    assert.deepEqual(
      [r.weighted?.mean, r.weighted?.lower, r.weighted?.upper, r.weightedScore].map((x) => x?.toFixed(6)),
      ['-0.600000', '-2.228958', '1.028958', '-0.600000'],
    );
    assert.deepEqual(
      Object.values(r.weights ?? {}).map((w) => w.toFixed(6)),
      ['0.544444', '0.455556'],
    );
    // An allocation missing a dimension leaves that respondent out of the weighted score only.
    const partial = own.map((x, i) => (i === 2 ? { ...x, importance: { a: 30 } } : x));
    const p = analyzeServqual(partial, { dimensions, importance: 'respondents' });
    assert.deepEqual([p.weighted?.n, p.weighted?.mean.toFixed(6), p.unweighted.n], [2, '-0.900000', 3]);
    assert.throws(
      () => analyzeServqual(responses, { dimensions, importance: 'respondents' }),
      /too_few_rows at importance: no respondent gave a usable allocation/,
    );
  });

  test('the default 22-item map', () => {
    const flat = { expectations: new Array<number>(22).fill(6), perceptions: new Array<number>(22).fill(5) };
    const d = analyzeServqual([flat, flat], {
      importance: { tangibles: 10, reliability: 30, responsiveness: 20, assurance: 20, empathy: 20 },
    });
    assert.deepEqual(
      d.dimensions.map((x) => [x.dimension, x.items.length]),
      Object.entries(SERVQUAL_DIMENSIONS).map(([k, v]) => [k, v.length]),
    );
    assert.equal(d.items.length, 22);
    assert.equal(d.unweightedScore, -1);
    assert.equal(d.weightedScore?.toFixed(12), '-1.000000000000');
  });

  test('bad input says what and where', () => {
    assert.throws(
      () => analyzeServqual(responses, { dimensions, importance: { a: 60, b: 30 } }),
      /at importance: points sum to 90/,
    );
    assert.throws(
      () => analyzeServqual(responses, { dimensions, importance: { a: 60, c: 40 } }),
      /at importance\.c/,
    );
    const bad = [{ expectations: [5, 6, 4, 7], perceptions: [4, 6, 8, 5] }];
    assert.throws(() => analyzeServqual(bad, { dimensions }), /responses\[0\]\.perceptions\[2\]/);
    assert.throws(
      () => analyzeServqual([{ expectations: [5], perceptions: [4] }], { dimensions }),
      /width_mismatch/,
    );
    assert.throws(
      () => analyzeServqual(responses, { dimensions: { a: [1, 2], b: [2, 4] } }),
      /dimensions\.b/,
    );
  });
});
