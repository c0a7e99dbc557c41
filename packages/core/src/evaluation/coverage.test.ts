/**
 * Simulated recovery: data built directly as cell rows, 100 seeds per scenario, with customers who have a
 * level of their own (so their observations are correlated), who may visit both the treated and the
 * comparison touchpoint, and weekly shocks common to both groups (which the difference-in-differences
 * removes). The planted effect must lie inside the 95% interval in at least 90% of seeds; with nothing
 * planted (and in the placebo window) the interval must cover 0 in at least 90% of seeds.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRandom } from '../random.ts';
import type { TRandom } from '../random.ts';
import { createInitiativeEvaluator } from './evaluator.ts';
import type { TEvaluationMetricKind, TEvaluationRow, TInitiativeEvaluation } from './types.ts';

const SEEDS = 100;
const CUSTOMERS = 160;
const WEEKS_BEFORE = 6;
const WEEKS_AFTER = 6;

function poisson(random: TRandom, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cumulative = p;
  const u = random.uniform();
  while (u >= cumulative && k < 50) {
    k++;
    p *= mean / k;
    cumulative += p;
  }
  return k;
}

/** One seed's rows: the metric is a mean (normal noise) or a rate (Bernoulli), with effect `effect` planted. */
function simulatedRows(seed: number, kind: TEvaluationMetricKind, effect: number): TEvaluationRow[] {
  const random = createRandom(seed);
  const shocks = Array.from({ length: WEEKS_BEFORE + WEEKS_AFTER }, () =>
    kind === 'rate' ? 0.03 * (2 * random.uniform() - 1) : 0.2 * random.normal(),
  );
  const rows: TEvaluationRow[] = [];
  for (let c = 0; c < CUSTOMERS; c++) {
    const level = kind === 'rate' ? 0.1 * (2 * random.uniform() - 1) : 0.5 * random.normal();
    const visits = { treated: random.uniform() < 0.6, comparison: random.uniform() < 0.6 };
    if (!visits.treated && !visits.comparison)
      visits[random.uniform() < 0.5 ? 'treated' : 'comparison'] = true;
    for (const group of ['treated', 'comparison'] as const) {
      if (!visits[group]) continue;
      for (let week = -WEEKS_BEFORE; week < WEEKS_AFTER; week++) {
        const n = poisson(random, 0.7);
        if (n === 0) continue;
        const shock = shocks[week + WEEKS_BEFORE] as number;
        const planted = group === 'treated' && week >= 0 ? effect : 0;
        let sum = 0;
        let sumSquares = 0;
        for (let i = 0; i < n; i++) {
          const y =
            kind === 'rate'
              ? Number(random.uniform() < 0.2 + (group === 'comparison' ? 0.05 : 0) + level + shock + planted)
              : 3 + (group === 'comparison' ? 0.3 : 0) + level + shock + planted + random.normal();
          sum += y;
          sumSquares += y * y;
        }
        rows.push({ cluster: `c${c}`, group, week, n, sum, sumSquares });
      }
    }
  }
  return rows;
}

function evaluateSeed(
  seed: number,
  kind: TEvaluationMetricKind,
  effect: number,
  placebo = false,
): TInitiativeEvaluation {
  const evaluator = createInitiativeEvaluator({
    kind,
    weeksBefore: WEEKS_BEFORE,
    weeksAfter: WEEKS_AFTER,
    higherIsBetter: kind !== 'rate',
    ...(placebo ? { placeboStartWeek: -3 } : {}),
  });
  for (const row of simulatedRows(seed, kind, effect)) evaluator.add(row);
  return evaluator.result();
}

/** Share of seeds whose DiD interval covers `value`, and the share with a pre-trend alarm. */
function coverage(kind: TEvaluationMetricKind, effect: number, value: number, placebo = false) {
  let covered = 0;
  let alarms = 0;
  for (let seed = 1; seed <= SEEDS; seed++) {
    const r = evaluateSeed(seed * 7919 + (placebo ? 1 : 0), kind, effect, placebo);
    const did = r.did!.estimate;
    if (did.lower <= value && value <= did.upper) covered++;
    if (r.parallelTrends!.differs) alarms++;
  }
  return { covered: covered / SEEDS, alarms: alarms / SEEDS };
}

describe('planted effects are recovered within their intervals (100 seeds each)', () => {
  const cases: [TEvaluationMetricKind, number][] = [
    ['mean', 0.3],
    ['rate', -0.06],
  ];
  for (const [kind, effect] of cases) {
    test(`${kind}: planted ${effect} inside the 95% interval in >= 90% of seeds`, (t) => {
      const c = coverage(kind, effect, effect);
      t.diagnostic(`coverage ${c.covered}`);
      assert.ok(c.covered >= 0.9, `coverage ${c.covered}`);
    });
    test(`${kind}: nothing planted, the interval covers 0 in >= 90% of seeds; pre-trend alarms <= 10%`, (t) => {
      const c = coverage(kind, 0, 0);
      t.diagnostic(`coverage ${c.covered}, pre-trend alarms ${c.alarms}`);
      assert.ok(c.covered >= 0.9, `coverage ${c.covered}`);
      assert.ok(c.alarms <= 0.1, `pre-trend alarms ${c.alarms}`);
    });
    test(`${kind}: placebo start 3 weeks early on data with the effect planted: covers 0 in >= 90%`, (t) => {
      const c = coverage(kind, effect, 0, true);
      t.diagnostic(`coverage ${c.covered}`);
      assert.ok(c.covered >= 0.9, `coverage ${c.covered}`);
    });
  }

  test('the planted effect is found: the verdict says improved in most seeds', (t) => {
    const improved = { mean: 0, rate: 0 };
    const se = { mean: 0, rate: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const mean = evaluateSeed(seed, 'mean', 0.3);
      const rate = evaluateSeed(seed, 'rate', -0.06);
      if (mean.verdict.code === 'improved') improved.mean++;
      if (rate.verdict.code === 'improved') improved.rate++;
      se.mean += mean.did!.estimate.se / 40;
      se.rate += rate.did!.estimate.se / 40;
    }
    t.diagnostic(`improved in ${improved.mean} (mean) and ${improved.rate} (rate) of 40 seeds`);
    t.diagnostic(
      `effect / mean SE: ${(0.3 / se.mean).toFixed(2)} (mean), ${(0.06 / se.rate).toFixed(2)} (rate)`,
    );
    assert.ok(improved.mean >= 28, `mean: improved in ${improved.mean} of 40`);
  });
});
