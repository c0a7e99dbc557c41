import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack, journeysOf } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { DEFAULT_OUTCOME, plantedLatent, truthOf } from './index.ts';

const pack = getPack('property-management') as TPack;

describe('truthOf', () => {
  test("plants the pack's driver weights and its standards as the true floors", () => {
    const truth = truthOf(pack, { seed: 1 });
    const repair = truth.journeys['repair'];
    assert.ok(repair);
    assert.equal(repair.share, 4);
    assert.equal(repair.touchpoints['repair_completion']?.driver, 1.3);
    assert.equal(repair.touchpoints['repair_callback']?.driver, 0.1);
    assert.deepEqual(repair.touchpoints['technician_arrival']?.floors, {
      arrival_hours: { direction: 'lower_is_better', target: 24, floor: 48 },
    });
    assert.deepEqual(truth.peakEnd, DEFAULT_OUTCOME.peakEnd);
    assert.ok(Object.keys(truth.employees).some((id) => id.startsWith('field_service-')));
  });

  test('is the same for the same seed, and options override the outcome model', () => {
    assert.deepEqual(truthOf(pack, { seed: 'x' }), truthOf(pack, { seed: 'x' }));
    const truth = truthOf(pack, { seed: 1, outcome: { breachPenalty: 3, churn: { perBreach: 1.5 } } });
    assert.equal(truth.breachPenalty, 3);
    assert.equal(truth.churn.perBreach, 1.5);
    assert.equal(truth.churn.baseDailyHazard, DEFAULT_OUTCOME.churn.baseDailyHazard);
  });

  test('a journey without simulation settings gets seeded drivers in 0.2..2.6', () => {
    const [journey] = journeysOf(pack);
    assert.ok(journey);
    const drivers = Object.values(truthOf(journey, { seed: 7 }).journeys[journey.key]?.touchpoints ?? {}).map(
      (t) => t.driver,
    );
    // The recovery callback is not simulated, so it has no driver.
    assert.equal(drivers.length, journey.touchpoints.length - 1);
    assert.ok(drivers.every((d) => d >= 0.2 && d <= 2.6));
    assert.deepEqual(truthOf(journey, { seed: 7 }), truthOf(journey, { seed: 7 }));
  });

  test('journeys restricts the truth to the journeys simulated', () => {
    assert.deepEqual(Object.keys(truthOf(pack, { seed: 1, journeys: ['move_in'] }).journeys), ['move_in']);
  });

  test("each touchpoint's strength is its driver plus its share of the peak-end and breach terms", () => {
    const repair = truthOf(pack, { seed: 1, journeys: ['repair'] }).journeys['repair'];
    assert.ok(repair);
    for (const [key, tp] of Object.entries(repair.touchpoints)) {
      // Every other term only adds to the driver: the end, the mean, the peak and the breach penalty.
      assert.ok(tp.strength > tp.driver + 0.3, `${key}: ${tp.strength} vs ${tp.driver}`);
      assert.ok(tp.lift > 0 && tp.lift < tp.strength, key);
    }
    // The callback is the end of 80% of episodes: it gains about 0.8 x peakEndScale x w.end = 0.53.
    const callback = repair.touchpoints['repair_callback'];
    const request = repair.touchpoints['repair_request'];
    assert.ok(
      callback && request && callback.strength - callback.driver > request.strength - request.driver + 0.3,
    );
    const byLift = Object.keys(repair.touchpoints).sort(
      (a, b) => (repair.touchpoints[b]?.lift ?? 0) - (repair.touchpoints[a]?.lift ?? 0),
    );
    assert.deepEqual(repair.keyMoments, byLift);
    // With the peak-end term and the breach penalty off, the strength is the driver exactly.
    const linear = truthOf(pack, {
      seed: 1,
      journeys: ['repair'],
      outcome: { peakEndScale: 0, breachPenalty: 0 },
    });
    for (const tp of Object.values(linear.journeys['repair']?.touchpoints ?? {})) {
      assert.ok(Math.abs(tp.strength - tp.driver) < 1e-9, `${tp.strength} vs ${tp.driver}`);
    }
  });

  test('the planted outcome uses the core peak: of two equally intense moments the negative one', () => {
    const model = { ...DEFAULT_OUTCOME, peakEnd: { peak: 1, end: 0, mean: 0 }, peakEndScale: 1 };
    const at = (experience: number) => ({ driver: 0, experience, breaches: 0 });
    // peak -0.5 (not +0.5): intercept + 1 x (-0.5 - 0.5).
    assert.equal(plantedLatent(model, [at(0.5), at(-0.5)]), DEFAULT_OUTCOME.intercept - 1);
    assert.equal(plantedLatent(model, [at(-0.5), at(0.5)]), DEFAULT_OUTCOME.intercept - 1);
    assert.equal(plantedLatent(model, [at(0.5), at(-0.4)]), DEFAULT_OUTCOME.intercept);
  });
});
