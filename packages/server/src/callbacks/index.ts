/**
 * Callbacks (回访): planned when a case is resolved (CASES calls `planCaseCallback` in the transition's
 * transaction) or on a routine list, worked by agents attempt by attempt, and recorded as a moment of the
 * episode at the journey's `recovery_callback` touchpoint (a job, `callback.moment`).
 */
export { cancelCaseCallbacks, planCaseCallback } from './plan-case-callback.ts';
export type { TCaseForCallback } from './plan-case-callback.ts';
export { planRoutineCallbacks } from './plan-routine-callbacks.ts';
export type { TRoutinePlan } from './plan-routine-callbacks.ts';
export { recordCallbackAttempt } from './record-callback-attempt.ts';
export type { TAttemptInput, TCallbackRow, TRecorder } from './record-callback-attempt.ts';
export { CALLBACK_MOMENT_JOB, callbackEventId, recordCallbackMoment } from './record-callback-moment.ts';
export { findCallbackAttempts, findCallbacks, findCaseSummary } from './find-callbacks.ts';
export type { TCallbackFilter, TCallbackView } from './find-callbacks.ts';
export { findRecoveryFigures } from './find-recovery-figures.ts';
export type { TRecoveryQuery, TRecoveryReport } from './find-recovery-figures.ts';
