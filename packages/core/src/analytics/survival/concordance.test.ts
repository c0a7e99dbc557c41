import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeConcordance } from './concordance.ts';

// Small cases counted by hand: a pair is comparable when the shorter time is an event.
describe('computeConcordance', () => {
  test('risk ordered with time gives 1, reversed gives 0', () => {
    const times = [1, 2, 3, 4];
    const events = [true, true, false, true];
    const agree = computeConcordance(times, events, [4, 3, 2, 1]);
    assert.equal(agree.concordance, 1);
    assert.equal(agree.concordant, 5);
    assert.equal(computeConcordance(times, events, [1, 2, 3, 4]).concordance, 0);
  });

  test('a censored time tied with an event is comparable; tied risks count 1/2', () => {
    // Pairs: (0 event, 1 censored at the same time) tied risk; (0, 2) concordant; C = 1.5 / 2.
    const c = computeConcordance([1, 1, 2], [true, false, true], [1, 1, 0]);
    assert.equal(c.concordance, 0.75);
    assert.equal(c.tiedRisk, 1);
  });

  test('two events at the same time are not compared', () => {
    const c = computeConcordance([1, 1], [true, true], [0, 1]);
    assert.ok(Number.isNaN(c.concordance));
  });
});
