import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CASE_STATES } from './types.ts';
import { CASE_TRANSITIONS, canTransition, isOpenState, stopsClock } from './case-states.ts';

test('the lifecycle: resolve leads to the callback, whose outcome closes, reopens or leaves it resolved', () => {
  assert.ok(canTransition('new', 'acknowledged'));
  assert.ok(canTransition('acknowledged', 'in_progress'));
  assert.ok(canTransition('in_progress', 'awaiting_callback'));
  assert.ok(canTransition('awaiting_callback', 'closed'));
  assert.ok(canTransition('awaiting_callback', 'reopened'));
  assert.ok(canTransition('awaiting_callback', 'resolved'));
  assert.ok(canTransition('resolved', 'closed'));
  assert.ok(canTransition('reopened', 'awaiting_callback'));
  assert.ok(canTransition('closed', 'reopened'));
  assert.ok(!canTransition('new', 'closed'));
  assert.ok(!canTransition('in_progress', 'closed'));
  assert.ok(!canTransition('closed', 'in_progress'));
  assert.ok(!canTransition('awaiting_callback', 'in_progress'));
});

test('every state has its transitions, never to itself; only closed is not open', () => {
  for (const state of CASE_STATES) {
    assert.ok(Array.isArray(CASE_TRANSITIONS[state]));
    assert.ok(!canTransition(state, state));
    assert.equal(isOpenState(state), state !== 'closed');
  }
  assert.deepEqual(CASE_STATES.filter(stopsClock), ['awaiting_callback', 'resolved', 'closed']);
});
