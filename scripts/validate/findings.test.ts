import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TFloorSuggestion } from '@mot/core';
import { judgeFindings } from './findings.ts';
import type { TFindingInput } from './findings.ts';

const floor = (threshold: number): TFloorSuggestion => ({
  measure: 'days_late',
  touchpoint: 'delivered_vs_promise',
  threshold,
  currentFloor: 3,
  drop: 2,
  lower: 1.5,
  upper: 2.5,
  p: 0.001,
  n: 100,
  seen: 100,
  within: { n: 90, mean: 4 },
  beyond: { n: 10, mean: 2 },
});

const base: TFindingInput = {
  ranking: ['delivered_vs_promise', 'handed_to_carrier'],
  importance: { delivered_vs_promise: 0.19, handed_to_carrier: 0.01 },
  expectedTop: 'delivered_vs_promise',
  floors: [floor(1)],
  floorMeasure: 'days_late',
  floorTolerance: 2,
  productGap: -1.8,
  rawGap: -1.8 + 1e-12,
};

const oks = (input: TFindingInput) => judgeFindings(input).map((f) => f.ok);

test('all three hold', () => assert.deepEqual(oks(base), [true, true, true]));

test('each fails on its own', () => {
  assert.deepEqual(oks({ ...base, ranking: ['handed_to_carrier', 'delivered_vs_promise'] }), [
    false,
    true,
    true,
  ]);
  assert.deepEqual(oks({ ...base, ranking: [] }), [false, true, true]);
  assert.deepEqual(oks({ ...base, importance: { delivered_vs_promise: 0.01, handed_to_carrier: 0.19 } }), [
    false,
    true,
    true,
  ]);
  assert.deepEqual(oks({ ...base, floors: [floor(-2.5)] }), [true, false, true]);
  assert.deepEqual(oks({ ...base, floors: [] }), [true, false, true]);
  assert.deepEqual(oks({ ...base, rawGap: -1.8 + 1e-6 }), [true, true, false]);
  assert.deepEqual(oks({ ...base, rawGap: NaN }), [true, true, false]);
});

test('a failure says what was seen', () => {
  const [top, near] = judgeFindings({ ...base, ranking: ['handed_to_carrier'], floors: [] });
  assert.match(
    top!.detail,
    /rank 1 \(expected lift\) is handed_to_carrier, largest importance delivered_vs_promise/,
  );
  assert.match(near!.detail, /no floor was suggested for days_late/);
});
