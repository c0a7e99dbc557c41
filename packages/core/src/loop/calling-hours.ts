/**
 * Calling hours: the local times at which customers may be phoned (e.g. 9:00-20:00 in the workspace's time
 * zone), never on a holiday. They are a business calendar of their own (every day, 9:00-20:00 by default,
 * the workspace calendar's holidays), so the calendar arithmetic of calendar.ts moves an instant into them.
 */
import { addBusinessMillis } from './calendar.ts';
import type { TBusinessCalendar } from './types.ts';

/** When customers may be called: local `HH:MM` bounds in an IANA time zone, and local holiday dates. */
export type TCallingHours = {
  timeZone: string;
  /** Local start of the calling window, `HH:MM`. */
  start: string;
  /** Local end of the calling window, `HH:MM` (exclusive). */
  end: string;
  /** Weekdays customers may be called, 0 = Sunday ... 6 = Saturday (default: every day). */
  days?: readonly number[];
  /** Local dates (`YYYY-MM-DD`) on which nobody is called. */
  holidays?: readonly string[];
};

/** Calling hours used when a workspace sets none: 9:00 to 20:00 every day, Beijing time. */
export const DEFAULT_CALLING_HOURS: TCallingHours = {
  timeZone: 'Asia/Shanghai',
  start: '09:00',
  end: '20:00',
};

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight of an `HH:MM` time, or undefined when it is not one. */
export function minutesOfDay(hhmm: string): number | undefined {
  const match = HHMM.exec(hhmm);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** The calling hours as a business calendar, so the SLA's calendar arithmetic applies to them. */
export function callingCalendarOf(hours: TCallingHours): TBusinessCalendar {
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  if (start === undefined || end === undefined || end <= start) {
    throw new RangeError('calling hours need HH:MM bounds with start before end');
  }
  return {
    timeZone: hours.timeZone,
    hours: (hours.days ?? [0, 1, 2, 3, 4, 5, 6]).map((day) => ({ day, start: hours.start, end: hours.end })),
    holidays: [...(hours.holidays ?? [])],
    workdays: [],
  };
}

/**
 * Calling hours on a workspace's business calendar: its time zone and holidays, every day (make-up working
 * days and weekends alike, as customers are called at weekends too) from `start` to `end`.
 */
export function callingHoursOn(calendar: TBusinessCalendar, start = '09:00', end = '20:00'): TCallingHours {
  return { timeZone: calendar.timeZone, start, end, holidays: calendar.holidays };
}

/**
 * The first instant at or after `at` that is inside the calling hours: the same instant when it already
 * is, else the start of the next window on a calling day that is not a holiday. Uses the business-calendar
 * arithmetic of calendar.ts: one working millisecond after `at` ends one millisecond after the first
 * working instant. Throws a RangeError when the hours are malformed or never open.
 */
export function nextCallingTime(at: Date, hours: TCallingHours): Date {
  return new Date(addBusinessMillis(at, 1, callingCalendarOf(hours)).getTime() - 1);
}

/** Whether an instant is inside the calling hours. */
export function isCallingTime(at: Date, hours: TCallingHours): boolean {
  return nextCallingTime(at, hours).getTime() === at.getTime();
}
