/**
 * End to end: the simulator plants an initiative (technician arrival 40% faster from July on, property
 * management's repair journey), its moments are aggregated into the evaluator's rows customer by customer
 * as the server's query would, and the evaluation must recover the planted effect (truthOf's expectation)
 * within its interval and find nothing at a placebo start.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import { simulate, truthOf } from '../simulator/index.ts';
import type { TSimulateOptions } from '../simulator/index.ts';
import { createInitiativeEvaluator } from './evaluator.ts';
import type {
  TEvaluationGroup,
  TEvaluationRow,
  TInitiativeEvaluation,
  TInitiativeEvaluatorOptions,
} from './types.ts';

const WEEK_MS = 7 * 86_400_000;
const FROM = '2026-07-02T00:00:00+08:00';
const TREATED = 'technician_arrival';
const COMPARISON = new Set(['repair_request', 'repair_callback']);
const pack = getPack('property-management')!;
const options: TSimulateOptions = {
  seed: 13,
  customers: 6000,
  start: '2026-01-01T00:00:00+08:00',
  journeys: ['repair'],
  surveyShare: 0,
  commentShare: 0,
  initiative: { journey: 'repair', touchpoint: TREATED, from: FROM, durationFactor: 0.6 },
};

/** Per-customer cell rows of a metric of the simulated moments, customers one after another. */
function rowsOf(metric: (m: { experience: number; breaches: number }) => number): TEvaluationRow[] {
  const rows: TEvaluationRow[] = [];
  const fromMs = Date.parse(FROM);
  let cells = new Map<string, TEvaluationRow>();
  let customer = '';
  for (const record of simulate(pack, options)) {
    if (record.kind === 'customer') {
      rows.push(...cells.values());
      cells = new Map();
      customer = record.customer.externalId;
    }
    if (record.kind !== 'moment') continue;
    const tp = record.moment.touchpoint;
    const group: TEvaluationGroup | null =
      tp === TREATED ? 'treated' : COMPARISON.has(tp) ? 'comparison' : null;
    if (group === null) continue;
    const week = Math.floor((Date.parse(record.moment.occurredAt) - fromMs) / WEEK_MS);
    const y = metric(record);
    const key = `${group}|${week}`;
    const row = cells.get(key) ?? { cluster: customer, group, week, n: 0, sum: 0, sumSquares: 0 };
    row.n++;
    row.sum += y;
    row.sumSquares += y * y;
    cells.set(key, row);
  }
  rows.push(...cells.values());
  return rows;
}

function evaluate(
  rows: readonly TEvaluationRow[],
  o: Partial<TInitiativeEvaluatorOptions>,
): TInitiativeEvaluation {
  const evaluator = createInitiativeEvaluator({
    kind: 'mean',
    weeksBefore: 12,
    weeksAfter: 12,
    higherIsBetter: true,
    ...o,
  });
  for (const row of rows) evaluator.add(row);
  return evaluator.result();
}

describe('a planted initiative recovered end to end', () => {
  const expected = truthOf(pack, { seed: 13, journeys: ['repair'], initiative: options.initiative })
    .initiative!.expected!;

  test('breach share: the planted fall lies inside the DiD interval; verdict improved', (t) => {
    const rows = rowsOf((m) => (m.breaches > 0 ? 1 : 0));
    const r = evaluate(rows, { kind: 'rate', higherIsBetter: false });
    const planted = expected.after.breachShare - expected.before.breachShare;
    const did = r.did!.estimate;
    t.diagnostic(
      `planted ${planted.toFixed(4)}, DiD ${did.estimate.toFixed(4)} [${did.lower.toFixed(4)}, ${did.upper.toFixed(4)}], ${r.counts.clusters} customers`,
    );
    assert.ok(planted < -0.02, `planted ${planted}`);
    assert.ok(did.lower <= planted && planted <= did.upper);
    assert.equal(r.verdict.code, 'improved');
    assert.ok(!r.cautions.includes('pre_trend_differs'), r.cautions.join());
    const placebo = evaluate(rows, { kind: 'rate', higherIsBetter: false, placeboStartWeek: -6 });
    const p = placebo.did!.estimate;
    t.diagnostic(`placebo DiD ${p.estimate.toFixed(4)} [${p.lower.toFixed(4)}, ${p.upper.toFixed(4)}]`);
    assert.ok(p.lower <= 0 && 0 <= p.upper);
  });

  test('experience: the planted rise lies inside the DiD interval', (t) => {
    const r = evaluate(
      rowsOf((m) => m.experience),
      {},
    );
    const planted = expected.after.experience - expected.before.experience;
    const did = r.did!.estimate;
    t.diagnostic(
      `planted ${planted.toFixed(4)}, DiD ${did.estimate.toFixed(4)} [${did.lower.toFixed(4)}, ${did.upper.toFixed(4)}]`,
    );
    assert.ok(planted > 0.05, `planted ${planted}`);
    assert.ok(did.lower <= planted && planted <= did.upper);
    assert.equal(r.verdict.code, 'improved');
  });
});
