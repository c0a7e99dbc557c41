import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack, journeysOf } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { DEFAULT_OUTCOME, truthOf } from './index.ts';

const pack = getPack('property-management') as TPack;

describe('truthOf', () => {
  test("plants the pack's driver weights and its standards as the true floors", () => {
    const truth = truthOf(pack, { seed: 1 });
    const repair = truth.journeys['repair'];
    assert.ok(repair);
    assert.equal(repair.share, 4);
    assert.equal(repair.touchpoints['repair_completion']?.driver, 2.6);
    assert.equal(repair.touchpoints['repair_callback']?.driver, 0.2);
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
    assert.equal(drivers.length, journey.touchpoints.length);
    assert.ok(drivers.every((d) => d >= 0.2 && d <= 2.6));
    assert.deepEqual(truthOf(journey, { seed: 7 }), truthOf(journey, { seed: 7 }));
  });

  test('journeys restricts the truth to the journeys simulated', () => {
    assert.deepEqual(Object.keys(truthOf(pack, { seed: 1, journeys: ['move_in'] }).journeys), ['move_in']);
  });
});
