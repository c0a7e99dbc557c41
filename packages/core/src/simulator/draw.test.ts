import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkStandard } from '../domain/experience.ts';
import type { TMeasure } from '../domain/journey.ts';
import { defaultDistribution, drawMeasure } from './draw.ts';
import { Random } from './random.ts';

/** Share of draws meeting the target and beyond the floor, judged by the core rule. */
function shares(measure: TMeasure, n = 20_000): { meets: number; breach: number } {
  const dist = defaultDistribution(measure);
  assert.ok(dist);
  const random = new Random(1);
  let meets = 0;
  let breach = 0;
  for (let i = 0; i < n; i++) {
    const standard = measure.standard;
    assert.ok(standard);
    const { status } = checkStandard(drawMeasure(dist, random), measure.direction, standard);
    if (status === 'meets') meets++;
    if (status === 'breach') breach++;
  }
  return { meets: meets / n, breach: breach / n };
}

test('default distributions meet most targets and leave a tail past the floor', () => {
  const cases: TMeasure[] = [
    {
      key: 'arrival_hours',
      unit: 'hours',
      direction: 'lower_is_better',
      standard: { target: 24, floor: 48 },
    },
    { key: 'score', unit: 'percent', direction: 'higher_is_better', standard: { target: 90, floor: 70 } },
    { key: 'wait', unit: 'minutes', direction: 'lower_is_better', standard: { target: 0, floor: 10 } },
    { key: 'fixed', unit: 'boolean', direction: 'higher_is_better', standard: { target: 1, floor: 1 } },
    { key: 'visits', unit: 'count', direction: 'lower_is_better', standard: { target: 1, floor: 2 } },
  ];
  for (const measure of cases) {
    const { meets, breach } = shares(measure);
    assert.ok(meets > 0.5, `${measure.key}: meets ${meets}`);
    assert.ok(breach > 0.01 && breach < 0.15, `${measure.key}: breach ${breach}`);
  }
  assert.equal(defaultDistribution({ key: 'x', unit: 'minutes', direction: 'lower_is_better' }), undefined);
});

test('the generator is uniform and its normal draws are standard', () => {
  const random = new Random(123, 4);
  const n = 50_000;
  let sum = 0;
  let sumN = 0;
  let sumN2 = 0;
  for (let i = 0; i < n; i++) {
    const u = random.next();
    assert.ok(u >= 0 && u < 1);
    sum += u;
    const z = random.normal();
    sumN += z;
    sumN2 += z * z;
  }
  assert.ok(Math.abs(sum / n - 0.5) < 0.01);
  assert.ok(Math.abs(sumN / n) < 0.02);
  assert.ok(Math.abs(sumN2 / n - 1) < 0.03);
  assert.notEqual(new Random(123, 4).next(), new Random(123, 5).next());
});
