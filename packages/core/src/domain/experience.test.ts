import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AT_FLOOR_VALUE,
  BREACH_VALUE,
  MEETS_TARGET_VALUE,
  checkMeasures,
  checkStandard,
  experienceOf,
  findBreaches,
  meetsStandards,
  ratingToExperience,
} from './experience.ts';
import type { TTouchpoint } from './journey.ts';

const arrival: Pick<TTouchpoint, 'measures' | 'ratingScale'> = {
  measures: [
    {
      key: 'arrival_hours',
      unit: 'hours',
      direction: 'lower_is_better',
      standard: { target: 24, floor: 48 },
    },
    {
      key: 'fixed_first_visit',
      unit: 'boolean',
      direction: 'higher_is_better',
      standard: { target: 1, floor: 1 },
    },
    { key: 'notes_count', unit: 'count', direction: 'higher_is_better' },
  ],
};

describe('checkStandard, lower is better (target 24 h, floor 48 h)', () => {
  const standard = { target: 24, floor: 48 };
  test('better than the target meets it', () => {
    assert.deepEqual(checkStandard(2, 'lower_is_better', standard), {
      status: 'meets',
      experience: MEETS_TARGET_VALUE,
    });
  });
  test('exactly at the target meets it', () => {
    assert.equal(checkStandard(24, 'lower_is_better', standard).status, 'meets');
  });
  test('between target and floor is interpolated', () => {
    const mid = checkStandard(36, 'lower_is_better', standard);
    assert.equal(mid.status, 'below_target');
    assert.equal(mid.experience, 0);
  });
  test('exactly at the floor is the worst acceptable value, not a breach', () => {
    assert.deepEqual(checkStandard(48, 'lower_is_better', standard), {
      status: 'below_target',
      experience: AT_FLOOR_VALUE,
    });
  });
  test('beyond the floor is a breach', () => {
    assert.deepEqual(checkStandard(48.01, 'lower_is_better', standard), {
      status: 'breach',
      experience: BREACH_VALUE,
    });
  });
});

describe('checkStandard, higher is better (target 90 %, floor 60 %)', () => {
  const standard = { target: 90, floor: 60 };
  test('at the target meets it', () => {
    assert.equal(checkStandard(90, 'higher_is_better', standard).status, 'meets');
  });
  test('three quarters of the way to the floor', () => {
    const c = checkStandard(67.5, 'higher_is_better', standard);
    assert.equal(c.status, 'below_target');
    assert.ok(Math.abs(c.experience - -0.25) < 1e-12);
  });
  test('at the floor is not a breach; just below is', () => {
    assert.equal(checkStandard(60, 'higher_is_better', standard).experience, AT_FLOOR_VALUE);
    assert.equal(checkStandard(59.9, 'higher_is_better', standard).status, 'breach');
  });
  test('target equal to floor: anything worse is a breach', () => {
    assert.equal(checkStandard(1, 'higher_is_better', { target: 1, floor: 1 }).status, 'meets');
    assert.equal(checkStandard(0, 'higher_is_better', { target: 1, floor: 1 }).status, 'breach');
  });
});

describe('experienceOf', () => {
  test('a rating wins over measures and sentiment', () => {
    const e = experienceOf({ measures: { arrival_hours: 100 }, rating: 5, sentiment: -1 }, arrival);
    assert.deepEqual(e, { value: 1, source: 'rating' });
  });
  test('ratings map linearly from the touchpoint scale', () => {
    assert.equal(ratingToExperience(1), -1);
    assert.equal(ratingToExperience(3), 0);
    assert.equal(ratingToExperience(7, { min: 0, max: 10 }), 0.3999999999999999);
  });
  test('sentiment is used when there is no rating', () => {
    assert.deepEqual(experienceOf({ measures: {}, sentiment: -0.4 }, arrival), {
      value: -0.4,
      source: 'sentiment',
    });
  });
  test('the worst measure decides', () => {
    const e = experienceOf({ measures: { arrival_hours: 36, fixed_first_visit: 0 } }, arrival);
    assert.deepEqual(e, { value: BREACH_VALUE, source: 'measures' });
  });
  test('a missing measure is skipped, not counted as a breach', () => {
    assert.deepEqual(experienceOf({ measures: { arrival_hours: 12 } }, arrival), {
      value: MEETS_TARGET_VALUE,
      source: 'measures',
    });
  });
  test('no rating, no sentiment and no standard measured: unknown', () => {
    assert.deepEqual(experienceOf({ measures: { notes_count: 3 } }, arrival), { value: null, source: null });
  });
});

describe('findBreaches', () => {
  test('lists each measure beyond its floor and a bottom rating', () => {
    const breaches = findBreaches(
      { measures: { arrival_hours: 50, fixed_first_visit: 0 }, rating: 1 },
      arrival,
    );
    assert.deepEqual(breaches, [
      { kind: 'measure', measure: 'arrival_hours', value: 50, floor: 48 },
      { kind: 'measure', measure: 'fixed_first_visit', value: 0, floor: 1 },
      { kind: 'rating', value: 1, floor: 1 },
    ]);
  });
  test('a value at the floor is no breach', () => {
    assert.deepEqual(findBreaches({ measures: { arrival_hours: 48 }, rating: 2 }, arrival), []);
  });
});

describe('meetsStandards', () => {
  test('agrees with every check of checkMeasures meeting, and is undefined when nothing can be checked', () => {
    const cases: Array<[Record<string, number>, boolean | undefined]> = [
      [{}, undefined],
      [{ notes_count: 3 }, undefined],
      [{ arrival_hours: 24 }, true],
      [{ arrival_hours: 24.01 }, false],
      [{ arrival_hours: 10, fixed_first_visit: 1 }, true],
      [{ arrival_hours: 10, fixed_first_visit: 0 }, false],
      [{ arrival_hours: 60, fixed_first_visit: 1, notes_count: 0 }, false],
    ];
    for (const [measures, expected] of cases) {
      const checks = checkMeasures(measures, arrival.measures);
      const fromChecks = checks.length === 0 ? undefined : checks.every((c) => c.status === 'meets');
      assert.equal(fromChecks, expected, JSON.stringify(measures));
      assert.equal(meetsStandards(measures, arrival.measures), expected, JSON.stringify(measures));
    }
  });
});
