/**
 * Service-level targets of recovery cases: a policy gives, per severity, the working minutes to the first
 * response and to the resolution on one business calendar (Frappe Helpdesk: targets per priority, a default
 * policy; Zammad: the deadline stored on the case). The clock stops while a case waits for its callback or
 * is resolved or closed; a target is hit when met by its deadline and missed otherwise (Chatwoot's applied
 * SLA: active / hit / missed, so attainment is a query).
 */
import { z } from 'zod';
import { addBusinessMillis, businessMillisBetween } from './calendar.ts';
import { SEVERITIES } from './types.ts';
import type { TBusinessCalendar, TCaseState, TSeverity, TSlaTargets } from './types.ts';

/** The two targets of a case. */
export const SLA_TARGETS = ['first_response', 'resolution'] as const;
/** A target of a case. */
export type TSlaTarget = (typeof SLA_TARGETS)[number];

/** Where an applied target stands. */
export const SLA_STATUSES = ['active', 'paused', 'hit', 'missed'] as const;
/** The status of an applied target. */
export type TSlaStatus = (typeof SLA_STATUSES)[number];

/** States in which the clock of a case stops (the case lifecycle's; see case-states). */
const CLOCK_STOPPING: readonly TCaseState[] = ['awaiting_callback', 'resolved', 'closed'];

function isClockStopped(state: TCaseState): boolean {
  return CLOCK_STOPPING.includes(state);
}

const MINUTE_MS = 60_000;
/** Longest target: a year of minutes. */
const MAX_TARGET_MINUTES = 366 * 24 * 60;

/** Targets for one severity, the resolution no sooner than the first response. */
export const ZSlaTargets = z
  .object({
    firstResponseMinutes: z.number().int().min(1).max(MAX_TARGET_MINUTES),
    resolutionMinutes: z.number().int().min(1).max(MAX_TARGET_MINUTES),
  })
  .refine((t) => t.resolutionMinutes >= t.firstResponseMinutes, {
    message: 'the resolution target cannot be shorter than the first-response target',
    path: ['resolutionMinutes'],
  });

/** Targets for every severity. */
export const ZSlaTargetsBySeverity = z.object({
  low: ZSlaTargets,
  medium: ZSlaTargets,
  high: ZSlaTargets,
  critical: ZSlaTargets,
});
/** Targets for every severity. */
export type TSlaTargetsBySeverity = Record<TSeverity, TSlaTargets>;

/**
 * The targets a workspace starts with, in working minutes of a 9-hour day: critical 30 min / 4 h, high
 * 1 h / 24 h (repair within 24 hours), medium 4 h / 48 h, low 8 h / 5 working days.
 */
export const DEFAULT_SLA_TARGETS: TSlaTargetsBySeverity = {
  critical: { firstResponseMinutes: 30, resolutionMinutes: 4 * 60 },
  high: { firstResponseMinutes: 60, resolutionMinutes: 24 * 60 },
  medium: { firstResponseMinutes: 4 * 60, resolutionMinutes: 48 * 60 },
  low: { firstResponseMinutes: 8 * 60, resolutionMinutes: 5 * 9 * 60 },
};

/** The minutes of a target for a severity. */
export function targetMinutes(
  targets: TSlaTargetsBySeverity,
  severity: TSeverity,
  target: TSlaTarget,
): number {
  const t = targets[severity];
  return target === 'first_response' ? t.firstResponseMinutes : t.resolutionMinutes;
}

/** A stretch in which the clock stood still; `to` null while it still does. */
export type TPause = { from: Date; to: Date | null };

/**
 * The deadline of a target started at `start`, `minutes` working minutes long, with the working time inside
 * the pauses added back. Null while the clock is stopped by a pause that has not ended before the deadline
 * would fall.
 */
export function slaDueAt(
  start: Date,
  minutes: number,
  calendar: TBusinessCalendar,
  pauses: readonly TPause[] = [],
): Date | null {
  let cursor = start;
  let remaining = Math.round(minutes * MINUTE_MS);
  const ordered = [...pauses].sort((a, b) => a.from.getTime() - b.from.getTime());
  for (const pause of ordered) {
    if (pause.to !== null && pause.to <= cursor) continue;
    const from = pause.from < cursor ? cursor : pause.from;
    const due = addBusinessMillis(cursor, remaining, calendar);
    if (due <= from) return due;
    remaining -= businessMillisBetween(cursor, from, calendar);
    if (pause.to === null) return null;
    cursor = pause.to;
  }
  return addBusinessMillis(cursor, remaining, calendar);
}

/** The verdict on a target met at `metAt` (hit on or before its deadline, missed after). */
export function slaVerdict(due: Date, metAt: Date): 'hit' | 'missed' {
  return metAt.getTime() <= due.getTime() ? 'hit' : 'missed';
}

/**
 * Where an applied target stands at `now`: hit or missed once met; missed once its deadline has passed
 * unmet; paused while the clock stands still; else active.
 */
export function slaStatusAt(a: {
  due: Date | null;
  metAt: Date | null;
  paused: boolean;
  now: Date;
}): TSlaStatus {
  if (a.metAt) return a.due ? slaVerdict(a.due, a.metAt) : 'hit';
  if (a.paused) return 'paused';
  if (a.due && a.now.getTime() > a.due.getTime()) return 'missed';
  return 'active';
}

/** Whether a transition meets a target: any move out of `new` is a first response; entering a
 * clock-stopping state resolves. */
export function meetsTarget(target: TSlaTarget, from: TCaseState, to: TCaseState): boolean {
  if (target === 'first_response') return from === 'new' && to !== 'new';
  return isClockStopped(to) && !isClockStopped(from);
}

/** Whether a severity is one of the four. */
export function isSeverity(value: string): value is TSeverity {
  return (SEVERITIES as readonly string[]).includes(value);
}
