import type { TCaseState } from './types.ts';

/**
 * The lifecycle of a service-recovery case (issue #11): new -> acknowledged -> in_progress -> (resolve)
 * awaiting_callback -> the callback says solved: closed; not solved: reopened (worked like in_progress,
 * resolved again); not reached after the last attempt: resolved (fixed by the owner's account, not the
 * customer's), which an owner closes. A closed case may be reopened. Open = every state but closed.
 */
export const CASE_TRANSITIONS: Readonly<Record<TCaseState, readonly TCaseState[]>> = {
  new: ['acknowledged', 'in_progress', 'awaiting_callback'],
  acknowledged: ['in_progress', 'awaiting_callback'],
  in_progress: ['awaiting_callback'],
  awaiting_callback: ['closed', 'reopened', 'resolved'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['in_progress', 'awaiting_callback'],
};

/** States in which the SLA clock does not run (Zammad's pending and closed, Frappe's paused). */
export const CLOCK_STOPPING_STATES: readonly TCaseState[] = ['awaiting_callback', 'resolved', 'closed'];

/** Whether a case may go from `from` to `to`. */
export function canTransition(from: TCaseState, to: TCaseState): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** Whether a case in this state is open: any state but closed (one open case per customer and episode). */
export function isOpenState(state: TCaseState): boolean {
  return state !== 'closed';
}

/** Whether the SLA clock stops in this state. */
export function stopsClock(state: TCaseState): boolean {
  return CLOCK_STOPPING_STATES.includes(state);
}

/** Whether a case in this state has had its first response (it left `new`). */
export function hasFirstResponse(state: TCaseState): boolean {
  return state !== 'new';
}

/** Whether a case in this state may be resolved (the owner records the resolution). */
export function isWorkable(state: TCaseState): boolean {
  return canTransition(state, 'awaiting_callback');
}

/** The states a case can be in, open ones first, for filters. */
export const OPEN_CASE_STATES: readonly TCaseState[] = [
  'new',
  'acknowledged',
  'in_progress',
  'awaiting_callback',
  'resolved',
  'reopened',
];
