/**
 * Callbacks (回访): the phone call after a service-recovery case is resolved that asks the customer whether
 * the problem is solved (seed 003: repair within 24 h, then a callback). This module holds the rules the
 * server applies: when to try again after a customer was not reached, what an attempt's outcome does to the
 * callback and its case, and the touchpoint every pack journey records the callback at.
 *
 * The retry spacing follows call-centre practice for outbound follow-ups (a second try a couple of hours
 * later, a third on the next day, each inside calling hours): it is a default that a workspace may change.
 */
import { z } from 'zod';
import { minutesOfDay, nextCallingTime, DEFAULT_CALLING_HOURS } from './calling-hours.ts';
import type { TCallingHours } from './calling-hours.ts';
import type { TCaseState } from './types.ts';

/** The key of the touchpoint at which every pack journey records the callback as a moment. */
export const RECOVERY_CALLBACK_TOUCHPOINT = 'recovery_callback';

/** The measure of that touchpoint saying whether the customer calls the problem solved (1) or not (0). */
export const SOLVED_MEASURE = 'solved';

/** The states of a callback as stored. `due` is not stored: a planned callback whose time has come is due. */
export const CALLBACK_STATES = ['planned', 'done', 'failed', 'cancelled'] as const;
/** A stored callback state. */
export type TCallbackState = (typeof CALLBACK_STATES)[number];

/** The satisfaction scale of a callback: 1 (very dissatisfied) to 5 (very satisfied). */
export const CALLBACK_SATISFACTION = { min: 1, max: 5 } as const;

/** How callbacks are scheduled: attempts at most, the delay before each retry, and the calling hours. */
export type TCallbackPolicy = {
  /** Attempts before a callback fails (default 3). */
  maxAttempts: number;
  /** Minutes from a failed attempt to the next; the last value repeats (default 2 h, then a day). */
  retryDelaysMinutes: readonly number[];
  /** Minutes from the case's resolution to the first attempt (default 0: as soon as calling hours allow). */
  firstDelayMinutes: number;
  callingHours: TCallingHours;
};

/** The default policy: three attempts, +2 h then the next day, 9:00-20:00 Beijing time. */
export const DEFAULT_CALLBACK_POLICY: TCallbackPolicy = {
  maxAttempts: 3,
  retryDelaysMinutes: [120, 1_440],
  firstDelayMinutes: 0,
  callingHours: DEFAULT_CALLING_HOURS,
};

const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a local time HH:MM, e.g. 09:00');

/**
 * How a workspace schedules its callbacks, as its settings hold them: the local calling window (in the
 * time zone of its default business calendar, never on that calendar's holidays), the days customers may
 * be called, the attempts before a callback fails, the delay before each retry (the last repeats) and the
 * delay from resolution to the first attempt.
 */
export const ZCallbackSettings = z
  .object({
    callingStart: ZClock,
    callingEnd: ZClock,
    /** Weekdays customers may be called, 0 = Sunday ... 6 = Saturday. */
    callingDays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
    maxAttempts: z.number().int().min(1).max(10),
    retryDelaysMinutes: z.array(z.number().int().min(5).max(20_160)).min(1).max(9),
    firstDelayMinutes: z.number().int().min(0).max(20_160),
  })
  .refine((s) => (minutesOfDay(s.callingEnd) ?? 0) > (minutesOfDay(s.callingStart) ?? 0), {
    message: 'the calling window must end after it starts',
    path: ['callingEnd'],
  });
/** A workspace's callback settings. */
export type TCallbackSettings = z.infer<typeof ZCallbackSettings>;

/** The settings a workspace starts with: the default policy, every day. */
export const DEFAULT_CALLBACK_SETTINGS: TCallbackSettings = {
  callingStart: DEFAULT_CALLING_HOURS.start,
  callingEnd: DEFAULT_CALLING_HOURS.end,
  callingDays: [0, 1, 2, 3, 4, 5, 6],
  maxAttempts: DEFAULT_CALLBACK_POLICY.maxAttempts,
  retryDelaysMinutes: [...DEFAULT_CALLBACK_POLICY.retryDelaysMinutes],
  firstDelayMinutes: DEFAULT_CALLBACK_POLICY.firstDelayMinutes,
};

/** The policy a workspace's settings give, in the time zone and with the holidays of its calendar. */
export function callbackPolicyFrom(
  settings: TCallbackSettings,
  calendar: { timeZone: string; holidays?: readonly string[] | undefined },
): TCallbackPolicy {
  return {
    maxAttempts: settings.maxAttempts,
    retryDelaysMinutes: settings.retryDelaysMinutes,
    firstDelayMinutes: settings.firstDelayMinutes,
    callingHours: {
      timeZone: calendar.timeZone,
      start: settings.callingStart,
      end: settings.callingEnd,
      days: settings.callingDays,
      holidays: calendar.holidays ?? [],
    },
  };
}

/** When the first attempt of a callback planned at `plannedAt` is due (inside calling hours). */
export function firstCallbackAt(plannedAt: Date, policy: TCallbackPolicy = DEFAULT_CALLBACK_POLICY): Date {
  return nextCallingTime(
    new Date(plannedAt.getTime() + policy.firstDelayMinutes * 60_000),
    policy.callingHours,
  );
}

/**
 * When the next attempt is due after attempt number `attempt` (1-based) did not reach the customer at
 * `at`, or undefined when that was the last attempt allowed.
 */
export function nextCallbackAt(
  attempt: number,
  at: Date,
  policy: TCallbackPolicy = DEFAULT_CALLBACK_POLICY,
): Date | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  const delays = policy.retryDelaysMinutes;
  const delay = delays[Math.min(attempt - 1, delays.length - 1)] ?? 120;
  return nextCallingTime(new Date(at.getTime() + delay * 60_000), policy.callingHours);
}

/**
 * What the agent records for one attempt: not reached; reached, with the customer's answer to "is the
 * problem solved?" and a 1-5 satisfaction; or, for a survey by phone, reached and the survey answered (the
 * answers are the outcome: there is no problem to ask about and no case to move).
 */
export type TCallbackAttempt =
  | { reached: false }
  | { reached: true; solved: boolean; satisfaction?: number | undefined }
  | { reached: true; surveyed: true };

/** What an attempt does: the callback's new state, its next attempt, and the case's new state if any. */
export type TCallbackDecision = {
  state: TCallbackState;
  nextAttemptAt: Date | null;
  /** The case's next state: closed (solved), reopened (not solved), resolved (never reached). */
  caseTo: Extract<TCaseState, 'closed' | 'reopened' | 'resolved'> | null;
};

/**
 * The outcome rules (issue 11, the case lifecycle): reached and solved -> the callback is done and the case
 * closed; reached and not solved -> done, the case reopened; not reached -> a retry at the next calling time,
 * and after the last attempt the callback fails and the case is `resolved` (fixed per the owner, not
 * confirmed by the customer). A survey by phone answered is done and moves no case. `attempt` is the number
 * of this attempt, 1-based.
 */
export function decideCallbackAttempt(
  attempt: number,
  outcome: TCallbackAttempt,
  at: Date,
  policy: TCallbackPolicy = DEFAULT_CALLBACK_POLICY,
): TCallbackDecision {
  if (outcome.reached) {
    const caseTo = 'surveyed' in outcome ? null : outcome.solved ? 'closed' : 'reopened';
    return { state: 'done', nextAttemptAt: null, caseTo };
  }
  const next = nextCallbackAt(attempt, at, policy);
  if (next) return { state: 'planned', nextAttemptAt: next, caseTo: null };
  return { state: 'failed', nextAttemptAt: null, caseTo: 'resolved' };
}

/** Whether a satisfaction answer is on the callback's 1-5 scale. */
export function isCallbackSatisfaction(value: number): boolean {
  return Number.isInteger(value) && value >= CALLBACK_SATISFACTION.min && value <= CALLBACK_SATISFACTION.max;
}
