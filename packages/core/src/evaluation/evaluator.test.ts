import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AnalyticsInputError } from '../analytics/errors.ts';
import { fSf, studentTQuantile } from '../analytics/distributions.ts';
import { welchTest } from '../analytics/means.ts';
import { newcombeDifference } from '../analytics/proportions.ts';
import { compareNps, npsFromCounts } from '../analytics/scores.ts';
import { createRandom } from '../random.ts';
import { createInitiativeEvaluator } from './evaluator.ts';
import { invert, olsClustered, quadratic, rowsOf } from './test-helpers.test.ts';
import type { TObservation } from './test-helpers.test.ts';
import type { TEvaluationRow, TInitiativeEvaluation, TInitiativeEvaluatorOptions } from './types.ts';

const close = (actual: number | null | undefined, expected: number, tolerance = 1e-9, what = ''): void => {
  assert.ok(
    typeof actual === 'number' && Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} vs ${expected}`,
  );
};

/** A small hand-built panel: 8 customers, b in both groups, uneven counts, weeks -3..1. */
const HAND: Record<string, Record<string, Record<number, number[]>>> = {
  a: { treated: { [-3]: [2], [-2]: [3, 4], [-1]: [5], 0: [6, 7], 1: [8] } },
  b: { treated: { [-2]: [2], [-1]: [3, 3], 0: [5], 1: [4, 6] }, comparison: { [-1]: [1] } },
  c: { treated: { [-1]: [4], 0: [4], 1: [9] } },
  d: { comparison: { [-3]: [1], [-2]: [1, 2], [-1]: [2], 0: [3], 1: [2] } },
  e: { comparison: { [-3]: [3, 2], [-2]: [4], [-1]: [3, 5], 0: [4], 1: [6] } },
  f: { comparison: { [-2]: [0], 0: [1, 2] } },
  g: { treated: { [-3]: [5], [-2]: [6], 1: [7] } },
  h: { comparison: { [-3]: [2], [-1]: [2], 1: [3, 1] } },
};
const handObservations: TObservation[] = Object.entries(HAND).flatMap(([cluster, groups]) =>
  Object.entries(groups).flatMap(([group, weeks]) =>
    Object.entries(weeks).flatMap(([week, ys]) =>
      ys.map((y) => ({ cluster, group: group as TObservation['group'], week: Number(week), y })),
    ),
  ),
);
const HAND_OPTIONS: TInitiativeEvaluatorOptions = {
  kind: 'mean',
  weeksBefore: 3,
  weeksAfter: 2,
  higherIsBetter: true,
};

function evaluate(
  options: TInitiativeEvaluatorOptions,
  rows: readonly TEvaluationRow[],
): TInitiativeEvaluation {
  const evaluator = createInitiativeEvaluator(options);
  for (const row of rows) evaluator.add(row);
  return evaluator.result();
}

describe('difference-in-differences against OLS on the expanded data', () => {
  const result = evaluate(HAND_OPTIONS, rowsOf(handObservations));
  const treated = (o: TObservation): number => (o.group === 'treated' ? 1 : 0);
  const post = (o: TObservation): number => (o.week >= 0 ? 1 : 0);

  test('2x2: the coefficient of treated x post and its CR1 clustered SE equal the direct sandwich', () => {
    const x = handObservations.map((o) => [1, treated(o), post(o), treated(o) * post(o)]);
    const ols = olsClustered(
      x,
      handObservations.map((o) => o.y),
      handObservations.map((o) => o.cluster),
    );
    const did = result.did!.estimate;
    close(did.estimate, ols.beta[3]!, 1e-12, 'estimate');
    close(did.se, Math.sqrt(ols.vcov[3]![3]!), 1e-10, 'se');
    assert.equal(did.df, 7);
    assert.equal(did.clusters, 8);
    close(did.upper - did.estimate, 2.364624251592785 * did.se, 1e-9, 't(0.975, 7) half-width');
    // The comparison group's own change is the coefficient of post.
    close(result.did!.comparisonChange.estimate, ols.beta[2]!, 1e-12, 'comparison change');
    close(result.did!.comparisonChange.se, Math.sqrt(ols.vcov[2]![2]!), 1e-10, 'comparison change se');
  });

  test('event study: each week equals the treated x week coefficient of the two-way dummy regression', () => {
    const weeks = [-3, -2, 0, 1];
    const x = handObservations.map((o) => [
      1,
      treated(o),
      ...weeks.map((w) => (o.week === w ? 1 : 0)),
      ...weeks.map((w) => (o.week === w ? treated(o) : 0)),
    ]);
    const ols = olsClustered(
      x,
      handObservations.map((o) => o.y),
      handObservations.map((o) => o.cluster),
    );
    weeks.forEach((w, i) => {
      const e = result.eventStudy.weeks.find((r) => r.week === w)!;
      close(e.estimate, ols.beta[6 + i]!, 1e-12, `week ${w}`);
      close(e.se, Math.sqrt(ols.vcov[6 + i]![6 + i]!), 1e-10, `week ${w} se`);
    });
    const reference = result.eventStudy.weeks.find((r) => r.week === -1)!;
    assert.equal(reference.estimate, 0);
    assert.equal(reference.se, null);
    assert.equal(result.eventStudy.versus, 'comparison');
    // Joint pre-period test: the Wald F of weeks -3 and -2 from the same covariance.
    const theta = [ols.beta[6]!, ols.beta[7]!];
    const v = [
      [ols.vcov[6]![6]!, ols.vcov[6]![7]!],
      [ols.vcov[7]![6]!, ols.vcov[7]![7]!],
    ];
    const f = quadratic(theta, invert(v)) / 2;
    const joint = result.parallelTrends!.joint!;
    close(joint.f, f, 1e-9, 'F');
    assert.deepEqual([joint.df1, joint.df2], [2, 7]);
    close(joint.p, fSf(f, 2, 7), 1e-12, 'p');
  });

  test('pre-trend slope difference: the treated x week coefficient of the pre-period linear model', () => {
    const pre = handObservations.filter((o) => o.week < 0);
    const ols = olsClustered(
      pre.map((o) => [1, treated(o), o.week, treated(o) * o.week]),
      pre.map((o) => o.y),
      pre.map((o) => o.cluster),
    );
    const slope = result.parallelTrends!.slopeDifference!;
    close(slope.estimate, ols.beta[3]!, 1e-12, 'slope difference');
    assert.equal(result.parallelTrends!.preWeeks, 3);
    // Its SE comes from the saturated model's sandwich: c'Vc with c the slope weights on the cell means.
    const cells = [...new Set(handObservations.map((o) => `${o.group}|${o.week}`))];
    const x = handObservations.map((o) => cells.map((c) => (c === `${o.group}|${o.week}` ? 1 : 0)));
    const sat = olsClustered(
      x,
      handObservations.map((o) => o.y),
      handObservations.map((o) => o.cluster),
    );
    const c = cells.map((cell) => {
      const [group, week] = cell.split('|') as [string, string];
      const w = Number(week);
      if (w >= 0) return 0;
      const groupPre = pre.filter((o) => o.group === group);
      const centre = groupPre.reduce((s, o) => s + o.week, 0) / groupPre.length;
      const sxx = groupPre.reduce((s, o) => s + (o.week - centre) ** 2, 0);
      const n = groupPre.filter((o) => o.week === w).length;
      return ((group === 'treated' ? 1 : -1) * n * (w - centre)) / sxx;
    });
    close(slope.se, Math.sqrt(quadratic(c, sat.vcov)), 1e-10, 'slope se');
  });

  test('before/after: Welch on the observations, and the clustered version against the direct sandwich', () => {
    const ba = result.beforeAfter!;
    const values = (isAfter: boolean): number[] =>
      handObservations.filter((o) => o.group === 'treated' && o.week >= 0 === isAfter).map((o) => o.y);
    const welch = welchTest(values(true), values(false));
    assert.equal(ba.method, 'welch');
    close(ba.difference.estimate, welch.estimate, 1e-12, 'estimate');
    close(ba.difference.lower, welch.lower, 1e-9, 'lower');
    close(ba.difference.upper, welch.upper, 1e-9, 'upper');
    close(ba.difference.p, welch.p, 1e-9, 'p');
    const t = handObservations.filter((o) => o.group === 'treated');
    const ols = olsClustered(
      t.map((o) => [1, o.week >= 0 ? 1 : 0]),
      t.map((o) => o.y),
      t.map((o) => o.cluster),
    );
    close(ba.clustered!.se, Math.sqrt(ols.vcov[1]![1]!), 1e-10, 'clustered se');
    assert.equal(ba.clustered!.clusters, 4);
    assert.deepEqual(ba.before, { n: 10, clusters: 4, mean: 3.7 });
  });

  test('the result does not depend on where the values sit (shifted sums against cancellation)', () => {
    const shifted = evaluate(HAND_OPTIONS, rowsOf(handObservations.map((o) => ({ ...o, y: o.y + 1e6 }))));
    close(shifted.did!.estimate.estimate, result.did!.estimate.estimate, 1e-6, 'estimate');
    close(shifted.did!.estimate.se, result.did!.estimate.se, 1e-6, 'se');
  });

  test('the same clusters give the same answer in any order of customers', () => {
    const rows = rowsOf(handObservations);
    const byCluster = new Map<TEvaluationRow['cluster'], TEvaluationRow[]>();
    for (const r of rows) byCluster.set(r.cluster, [...(byCluster.get(r.cluster) ?? []), r]);
    const reversed = evaluate(HAND_OPTIONS, [...byCluster.values()].reverse().flat());
    close(reversed.did!.estimate.se, result.did!.estimate.se, 1e-12, 'se');
  });
});

describe('published numbers', () => {
  test('Card & Krueger 1994 (AER 84:772, table 3): FTE employment NJ 20.44 -> 21.03, PA 23.33 -> 21.17: DiD 2.76', () => {
    // Two stores per cell at mean -+ 1 reproduce each published mean exactly (the store data are not typed in).
    const cell = (
      prefix: string,
      group: TEvaluationRow['group'],
      week: number,
      mean: number,
    ): TEvaluationRow[] =>
      [-1, 1].map((d, i) => ({
        cluster: `${prefix}${i}`,
        group,
        week,
        n: 1,
        sum: mean + d,
        sumSquares: (mean + d) ** 2,
      }));
    const rows = [
      ...cell('nj', 'treated', -1, 20.44),
      ...cell('nj', 'treated', 0, 21.03),
      ...cell('pa', 'comparison', -1, 23.33),
      ...cell('pa', 'comparison', 0, 21.17),
    ].sort((a, b) => (a.cluster < b.cluster ? -1 : 1));
    const r = evaluate({ kind: 'mean', weeksBefore: 2, weeksAfter: 1, higherIsBetter: true }, rows);
    // The published 2.76 is computed from unrounded means; the rounded ones give 2.75.
    close(r.did!.estimate.estimate, 2.76, 0.011 / 2.76, 'DiD');
    close(r.beforeAfter!.difference.estimate, 0.59, 1e-9, 'NJ change');
    close(r.did!.comparisonChange.estimate, -2.16, 1e-9, 'PA change');
  });

  test('rates: Newcombe 1998b (Stat. Med. 17:873) example 56/70 vs 48/80: 0.2, 95% CI 0.0524 to 0.3339', () => {
    const rows: TEvaluationRow[] = [];
    for (let i = 0; i < 70; i++)
      rows.push({
        cluster: `a${i}`,
        group: 'treated',
        week: 0,
        n: 1,
        sum: i < 56 ? 1 : 0,
        sumSquares: i < 56 ? 1 : 0,
      });
    for (let i = 0; i < 80; i++)
      rows.push({
        cluster: `b${i}`,
        group: 'treated',
        week: -1,
        n: 1,
        sum: i < 48 ? 1 : 0,
        sumSquares: i < 48 ? 1 : 0,
      });
    const r = evaluate({ kind: 'rate', weeksBefore: 2, weeksAfter: 1, higherIsBetter: true }, rows);
    const d = r.beforeAfter!.difference;
    assert.equal(r.beforeAfter!.method, 'newcombe');
    close(d.estimate, 0.2, 1e-12, 'difference');
    close(d.lower, 0.0524, 0.0001 / 0.0524, 'lower');
    close(d.upper, 0.3339, 0.0001 / 0.3339, 'upper');
    assert.deepEqual(d, { ...newcombeDifference(56, 70, 48, 80), p: d.p });
  });

  test('nps: +1/0/-1 sums give the NPS difference with its own variance', () => {
    // After: 50 promoters, 30 passives, 20 detractors (NPS 30); before: 30, 40, 30 (NPS 0).
    const answers = (prefix: string, week: number, p: number, a: number, d: number): TEvaluationRow[] =>
      [...Array(p).fill(1), ...Array(a).fill(0), ...Array(d).fill(-1)].map((s: number, i) => ({
        cluster: `${prefix}${i}`,
        group: 'treated',
        week,
        n: 1,
        sum: s,
        sumSquares: s * s,
      }));
    const r = evaluate({ kind: 'nps', weeksBefore: 2, weeksAfter: 1, higherIsBetter: true }, [
      ...answers('a', 0, 50, 30, 20),
      ...answers('b', -1, 30, 40, 30),
    ]);
    const expected = compareNps(
      npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }),
      npsFromCounts({ promoters: 30, passives: 40, detractors: 30 }),
    );
    assert.equal(r.beforeAfter!.method, 'nps_wald');
    close(r.beforeAfter!.difference.estimate, 0.3, 1e-12, 'NPS difference');
    close(r.beforeAfter!.difference.lower, expected.lower, 1e-12, 'lower');
    close(r.beforeAfter!.difference.p, expected.p, 1e-12, 'p');
    // One answer per customer: the clustered SE is the heteroskedasticity-robust (HC1) one, close to Wald's.
    close(r.beforeAfter!.clustered!.se, expected.se, 0.01, 'clustered se');
  });
});

/** Rows of a simple design: customers with a level of their own, weekly observations, a planted change. */
function designRows(options: {
  customers: number;
  weeks: [number, number];
  treatedChange: number;
  comparisonChange: number;
  preSlopeTreated?: number;
}): TEvaluationRow[] {
  const rows: TEvaluationRow[] = [];
  for (let c = 0; c < options.customers; c++) {
    const group = c % 2 === 0 ? 'treated' : 'comparison';
    const level = ((c * 7919) % 13) / 13;
    for (let week = options.weeks[0]; week <= options.weeks[1]; week++) {
      const change = week >= 0 ? (group === 'treated' ? options.treatedChange : options.comparisonChange) : 0;
      const trend = group === 'treated' && week < 0 ? (options.preSlopeTreated ?? 0) * week : 0;
      const ys = [level + change + trend + (((c + week) * 31) % 7) / 7, level + change + trend];
      rows.push({
        cluster: `c${String(c).padStart(4, '0')}`,
        group,
        week,
        n: 2,
        sum: ys[0]! + ys[1]!,
        sumSquares: ys[0]! ** 2 + ys[1]! ** 2,
      });
    }
  }
  return rows;
}

describe('verdicts and cautions', () => {
  const options: TInitiativeEvaluatorOptions = {
    kind: 'mean',
    weeksBefore: 6,
    weeksAfter: 6,
    higherIsBetter: true,
  };

  test('an improvement beyond the comparison group', () => {
    const r = evaluate(
      options,
      designRows({ customers: 200, weeks: [-6, 5], treatedChange: 0.5, comparisonChange: 0 }),
    );
    assert.equal(r.verdict.code, 'improved');
    assert.equal(r.verdict.basis, 'difference_in_differences');
    assert.equal(r.verdict.direction, 'up');
    close(r.verdict.estimate, 0.5, 0.05, 'estimate');
    assert.deepEqual(r.cautions, []);
  });

  test('lower is better: a fall is an improvement', () => {
    const r = evaluate(
      { ...options, higherIsBetter: false },
      designRows({ customers: 200, weeks: [-6, 5], treatedChange: -0.5, comparisonChange: 0 }),
    );
    assert.equal(r.verdict.code, 'improved');
    assert.equal(r.verdict.direction, 'down');
  });

  test('both groups moved alike: moved_with_comparison, comparison_changed_too', () => {
    const r = evaluate(
      options,
      designRows({ customers: 200, weeks: [-6, 5], treatedChange: 0.5, comparisonChange: 0.5 }),
    );
    assert.equal(r.verdict.code, 'moved_with_comparison');
    assert.ok(r.cautions.includes('comparison_changed_too'));
  });

  test('no comparison group: a clustered before/after with the caution', () => {
    const rows = designRows({
      customers: 200,
      weeks: [-6, 5],
      treatedChange: -0.4,
      comparisonChange: 0,
    }).filter((r) => r.group === 'treated');
    const r = evaluate(options, rows);
    assert.equal(r.did, null);
    assert.equal(r.parallelTrends, null);
    assert.equal(r.eventStudy.versus, 'reference_week');
    assert.equal(r.verdict.basis, 'before_after');
    assert.equal(r.verdict.code, 'worsened');
    assert.deepEqual(r.cautions, ['no_comparison']);
  });

  test('a pre-period trend in the treated group is caught', () => {
    const r = evaluate(
      options,
      designRows({
        customers: 200,
        weeks: [-6, 5],
        treatedChange: 0,
        comparisonChange: 0,
        preSlopeTreated: 0.1,
      }),
    );
    assert.ok(r.parallelTrends!.differs);
    assert.ok(r.parallelTrends!.slopeDifference!.lower > 0);
    assert.ok(r.cautions.includes('pre_trend_differs'));
  });

  test('few customers, short window, small cells', () => {
    const r = evaluate(
      { ...options, weeksBefore: 2, weeksAfter: 2 },
      designRows({ customers: 12, weeks: [-2, 1], treatedChange: 0.5, comparisonChange: 0 }),
    );
    assert.deepEqual(r.cautions, ['pre_trend_untestable', 'few_clusters', 'small_sample', 'window_short']);
  });

  test('nothing after the start: insufficient_data', () => {
    const r = evaluate(
      options,
      designRows({ customers: 50, weeks: [-6, -1], treatedChange: 0, comparisonChange: 0 }),
    );
    assert.equal(r.verdict.code, 'insufficient_data');
    assert.equal(r.beforeAfter, null);
    assert.equal(r.did, null);
  });
});

describe('placebo', () => {
  test('a pretend start inside the pre-period: later rows ignored, weeks relative to the pretend start', () => {
    const rows = designRows({ customers: 100, weeks: [-8, 3], treatedChange: 1, comparisonChange: 0 });
    const placebo = evaluate(
      { kind: 'mean', weeksBefore: 8, weeksAfter: 4, higherIsBetter: true, placeboStartWeek: -4 },
      rows,
    );
    const shifted = rows.filter((r) => r.week < 0).map((r) => ({ ...r, week: r.week + 4 }));
    const direct = evaluate({ kind: 'mean', weeksBefore: 4, weeksAfter: 4, higherIsBetter: true }, shifted);
    assert.deepEqual(placebo.window, { weeksBefore: 4, weeksAfter: 4, placeboStartWeek: -4 });
    assert.equal(placebo.counts.ignoredRows, 400);
    assert.deepEqual(placebo.did, direct.did);
    assert.deepEqual(placebo.eventStudy, direct.eventStudy);
    assert.equal(placebo.verdict.code, 'no_detectable_change');
    close(placebo.did!.estimate.estimate, 0, 1e-9, 'no effect before the real start');
  });
});

/** Asserts two results equal: numbers to `tolerance` (relative above 1), everything else exactly. */
function assertSameResult(actual: unknown, expected: unknown, tolerance: number, path = 'result'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected) || !Number.isFinite(expected)) assert.equal(actual, expected, path);
    else close(actual, expected, tolerance, path);
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', `${path}: ${String(actual)}`);
    assert.deepEqual(Object.keys(actual), Object.keys(expected), path);
    for (const [key, value] of Object.entries(expected)) {
      assertSameResult((actual as Record<string, unknown>)[key], value, tolerance, `${path}.${key}`);
    }
  } else assert.equal(actual, expected, path);
}

/** The rows in a random order (Fisher-Yates with a seeded generator). */
function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const out = [...rows];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('rows in any order', () => {
  // One row per observation, as the database streams them, over a window with weeks outside it too.
  const observations = designRows({
    customers: 120,
    weeks: [-7, 4],
    treatedChange: 0.4,
    comparisonChange: 0.1,
    preSlopeTreated: 0.02,
  }).flatMap((row) => {
    const first = row.sum / 2 + 0.1;
    return [
      { ...row, n: 1, sum: first, sumSquares: first * first },
      { ...row, n: 1, sum: row.sum - first, sumSquares: (row.sum - first) ** 2 },
    ];
  });
  const options: TInitiativeEvaluatorOptions = {
    kind: 'mean',
    weeksBefore: 6,
    weeksAfter: 4,
    higherIsBetter: true,
  };
  const ordered = evaluate(options, observations);

  test('shuffled rows give the result of rows ordered by customer, to 1e-9', () => {
    for (const seed of [1, 2, 3]) {
      const result = evaluate(options, shuffled(observations, seed));
      assert.deepEqual(result.counts, ordered.counts);
      assertSameResult(result, ordered, 1e-9);
    }
    const placebo = { ...options, placeboStartWeek: -3 };
    assertSameResult(evaluate(placebo, shuffled(observations, 4)), evaluate(placebo, observations), 1e-9);
  });

  test('a customer whose rows are apart counts once, and its cells are added before the cross products', () => {
    // Every customer's rows at the two ends of the stream: a per-customer accumulation that closed a customer
    // when another came would see each customer twice and understate the standard errors.
    const half = observations.filter((_, i) => i % 2 === 0);
    const other = observations.filter((_, i) => i % 2 === 1);
    const result = evaluate(options, [...half, ...other]);
    assert.equal(result.counts.clusters, 120);
    assertSameResult(result, ordered, 1e-9);
  });

  test('customers named by integers are the customers named by strings', () => {
    const numbered = observations.map((row) => ({ ...row, cluster: Number(String(row.cluster).slice(1)) }));
    assertSameResult(evaluate(options, shuffled(numbered, 5)), ordered, 1e-9);
  });
});

describe('bad input', () => {
  const base: TEvaluationRow = { cluster: 'c1', group: 'treated', week: 0, n: 2, sum: 1, sumSquares: 1 };
  const codeAt = (f: () => void, code: string, path: string): void =>
    assert.throws(f, (e: unknown) => e instanceof AnalyticsInputError && e.code === code && e.path === path);

  test('options name the option at fault', () => {
    codeAt(
      () => createInitiativeEvaluator({ ...HAND_OPTIONS, weeksBefore: 1 }),
      'bad_option',
      'options.weeksBefore',
    );
    codeAt(
      () => createInitiativeEvaluator({ ...HAND_OPTIONS, weeksAfter: 1.5 }),
      'bad_option',
      'options.weeksAfter',
    );
    codeAt(
      () => createInitiativeEvaluator({ ...HAND_OPTIONS, weeksBefore: 100, weeksAfter: 100 }),
      'bad_option',
      'options.weeksAfter',
    );
    codeAt(
      () => createInitiativeEvaluator({ ...HAND_OPTIONS, confidence: 1 }),
      'bad_option',
      'options.confidence',
    );
    codeAt(
      () => createInitiativeEvaluator({ ...HAND_OPTIONS, placeboStartWeek: -2 }),
      'bad_option',
      'options.placeboStartWeek',
    );
  });

  test('rows name the row and field at fault', () => {
    const e = createInitiativeEvaluator(HAND_OPTIONS);
    e.add(base);
    codeAt(() => e.add({ ...base, week: 0.5 }), 'bad_option', 'rows[1].week');
    codeAt(() => e.add({ ...base, cluster: 1.5 }), 'bad_option', 'rows[1].cluster');
    codeAt(() => e.add({ ...base, n: 0 }), 'bad_option', 'rows[1].n');
    codeAt(() => e.add({ ...base, sum: Number.NaN }), 'not_finite', 'rows[1].sum');
    const rate = createInitiativeEvaluator({ ...HAND_OPTIONS, kind: 'rate' });
    codeAt(() => rate.add({ ...base, sum: 3, sumSquares: 3 }), 'out_of_range', 'rows[0].sum');
    const nps = createInitiativeEvaluator({ ...HAND_OPTIONS, kind: 'nps' });
    codeAt(() => nps.add({ ...base, sum: 1, sumSquares: 2 }), 'out_of_range', 'rows[0].sumSquares');
  });

  test('studentTQuantile agrees with the tabled t(0.975, 7) used above', () => {
    close(studentTQuantile(0.975, 7), 2.364624251592785, 1e-9, 't');
  });
});
