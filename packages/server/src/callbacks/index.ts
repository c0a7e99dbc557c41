/**
 * Callbacks (回访): planned when a case is resolved (CASES calls `planCaseCallback` in the transition's
 * transaction) or on a routine list, worked by agents attempt by attempt, and recorded as a moment of the
 * episode at the journey's `recovery_callback` touchpoint.
 */
export { planCaseCallback } from './plan-case-callback.ts';
export type { TCaseForCallback } from './plan-case-callback.ts';
