import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  compareRecoveredSatisfaction,
  medianOf,
  summarizeRecovery,
  summarizeSatisfaction,
} from './recovery.ts';
import type { TRecoveryCase } from './recovery.ts';

const near = (actual: number | undefined, expected: number, tol: number) =>
  assert.ok(actual !== undefined && Math.abs(actual - expected) <= tol, `${actual} != ${expected}`);

const H = 3_600_000;
const DAY = 24 * H;
const base: TRecoveryCase = {
  openedAt: 0,
  firstResponseAt: null,
  firstResponseDueAt: null,
  resolvedAt: null,
  resolutionDueAt: null,
  closedAt: null,
  callbackSolved: null,
  nextCaseOpenedAt: null,
};

describe('summarizeRecovery', () => {
  test('recovery rate 81 of 263 solved: Wilson 0.2553 - 0.3662 (Newcombe 1998a, Table II)', () => {
    const cases = Array.from({ length: 300 }, (_, i) => ({
      ...base,
      callbackSolved: i < 263 ? i < 81 : null,
    }));
    const f = summarizeRecovery(cases, { now: DAY });
    assert.equal(f.opened, 300);
    assert.equal(f.callbacksReached, 263);
    assert.equal(f.recoveryRate.count, 81);
    near(f.recoveryRate.interval?.lower, 0.2553, 5e-5);
    near(f.recoveryRate.interval?.upper, 0.3662, 5e-5);
  });

  test('SLA attainment counts decided targets only: met, late, and open past the deadline', () => {
    const now = 10 * H;
    const cases: TRecoveryCase[] = [
      {
        ...base,
        firstResponseAt: 1 * H,
        firstResponseDueAt: 2 * H,
        resolvedAt: 5 * H,
        resolutionDueAt: 8 * H,
      },
      {
        ...base,
        firstResponseAt: 3 * H,
        firstResponseDueAt: 2 * H,
        resolvedAt: 9 * H,
        resolutionDueAt: 8 * H,
      },
      // Open, first response overdue; resolution not due yet: left out of the resolution figure.
      { ...base, firstResponseDueAt: 2 * H, resolutionDueAt: 20 * H },
      // No SLA at all.
      { ...base },
    ];
    const f = summarizeRecovery(cases, { now });
    assert.deepEqual([f.firstResponse.count, f.firstResponse.of], [1, 3]);
    assert.deepEqual([f.resolution.count, f.resolution.of], [1, 2]);
    assert.equal(f.medianFirstResponseMinutes, 120);
    assert.equal(f.medianResolutionHours, 7);
  });

  test('re-contact within 30 days counts closures old enough to tell, 15 of 148: 0.0624 - 0.1605', () => {
    const now = 100 * DAY;
    const closed = (i: number): TRecoveryCase => ({
      ...base,
      closedAt: DAY,
      nextCaseOpenedAt: i < 15 ? 20 * DAY : i < 30 ? 40 * DAY : null,
    });
    const young = { ...base, closedAt: 90 * DAY, nextCaseOpenedAt: 91 * DAY };
    const f = summarizeRecovery([...Array.from({ length: 148 }, (_, i) => closed(i)), young], { now });
    assert.deepEqual([f.recontact.count, f.recontact.of], [15, 148]);
    near(f.recontact.interval?.lower, 0.0624, 5e-5);
    near(f.recontact.interval?.upper, 0.1605, 5e-5);
  });

  test('no cases: zero counts and no intervals', () => {
    const f = summarizeRecovery([], { now: 0 });
    assert.equal(f.recoveryRate.interval, null);
    assert.equal(f.medianResolutionHours, null);
  });

  test('median', () => {
    assert.equal(medianOf([3, 1, 2]), 2);
    assert.equal(medianOf([4, 1, 3, 2]), 2.5);
    assert.equal(medianOf([]), null);
  });
});

describe('compareRecoveredSatisfaction (the recovery paradox)', () => {
  test("mean difference is Welch's: R's sleep data, 95% CI -3.3654832 to 0.2054832 (R t.test)", () => {
    const a = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const b = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const r = compareRecoveredSatisfaction(summarizeSatisfaction(a), summarizeSatisfaction(b));
    near(r.meanDifference?.lower, -3.3654832, 5e-8);
    near(r.meanDifference?.upper, 0.2054832, 5e-8);
    near(r.recovered.mean ?? NaN, 0.75, 1e-12);
  });

  test('top-box difference is Newcombe 10: 56/70 - 48/80 -> 0.0524 to 0.3339 (Newcombe 1998b)', () => {
    const recovered = [...Array(56).fill(5), ...Array(14).fill(4)] as number[];
    const never = [...Array(48).fill(5), ...Array(32).fill(3)] as number[];
    const r = compareRecoveredSatisfaction(summarizeSatisfaction(recovered), summarizeSatisfaction(never));
    assert.equal(r.recovered.topBox, 56);
    assert.equal(r.neverBreached.topBox, 48);
    near(r.topBoxDifference?.lower, 0.0524, 5e-5);
    near(r.topBoxDifference?.upper, 0.3339, 5e-5);
  });

  test('too few scores give no interval rather than an error', () => {
    const r = compareRecoveredSatisfaction(summarizeSatisfaction([5]), summarizeSatisfaction([]));
    assert.equal(r.meanDifference, null);
    assert.equal(r.topBoxDifference, null);
    assert.equal(r.neverBreached.n, 0);
  });
});
