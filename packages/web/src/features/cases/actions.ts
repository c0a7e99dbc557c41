/** What an owner can do to a case now: core's lifecycle says which states it may move to, this names them. */
import { CASE_TRANSITIONS } from '@mot/core/loop/case-states';
import type { TCaseState } from '@mot/core/loop/types';
import type { TCaseMove } from './api.ts';

/** An action of the case page: a move with its endpoint, or the resolve dialog. */
export type TCaseAction = { kind: 'move'; move: TCaseMove } | { kind: 'resolve' };

/**
 * The state each action leads to. `resolved` has none: a case gets there when its callback fails (recorded
 * on the callback, not by the owner).
 */
const ACTION_TO: Array<[TCaseState, TCaseAction]> = [
  ['acknowledged', { kind: 'move', move: 'acknowledge' }],
  ['in_progress', { kind: 'move', move: 'start' }],
  ['awaiting_callback', { kind: 'resolve' }],
  ['closed', { kind: 'move', move: 'close' }],
  ['reopened', { kind: 'move', move: 'reopen' }],
];

/** The actions allowed in a state, in the order of the lifecycle. */
export function allowedActions(state: TCaseState): TCaseAction[] {
  const next = CASE_TRANSITIONS[state];
  return ACTION_TO.filter(([to]) => next.includes(to)).map(([, action]) => action);
}
