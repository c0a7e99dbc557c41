/**
 * Business-hours arithmetic on a workspace's calendar (TBusinessCalendar): the working time between two
 * instants, and the instant a number of working minutes after another. Opening hours are local wall-clock
 * times in the calendar's IANA zone, so a day on which clocks change has 23 or 25 real hours and the
 * arithmetic counts the real ones (Intl, see zoned-time.ts). Holidays close a whole day; a make-up working
 * day (调休) opens a date with the hours of the weekday it stands in for. Zammad's SLA calendars work the
 * same way (working hours per weekday with breaks, holidays).
 */
import { z } from 'zod';
import type { TBusinessCalendar } from './types.ts';
import {
  dateOfDayNumber,
  dayNumberOf,
  instantOfLocal,
  isTimeZone,
  localDayOf,
  weekdayOfDayNumber,
} from './zoned-time.ts';

export { isTimeZone } from './zoned-time.ts';

const MINUTE_MS = 60_000;
/** How far the arithmetic looks for working time before it gives up (a calendar closed for ten years). */
const MAX_DAYS = 3660;

/** Every day, all day: the calendar of a target counted in plain minutes. */
export function alwaysOpenCalendar(timeZone: string): TBusinessCalendar {
  return {
    timeZone,
    hours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start: '00:00', end: '24:00' })),
    holidays: [],
    workdays: [],
  };
}

/** Monday to Friday, 9:00 to 18:00: the calendar a workspace starts with. */
export function weekdayCalendar(timeZone: string): TBusinessCalendar {
  return {
    timeZone,
    hours: [1, 2, 3, 4, 5].map((day) => ({ day, start: '09:00', end: '18:00' })),
    holidays: [],
    workdays: [],
  };
}

/** Minutes of the day of `HH:MM` (`24:00` is 1440). */
export function minuteOfTime(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** A calendar prepared for arithmetic: ranges per weekday in minutes, sorted; dates as day numbers. */
type TPrepared = {
  timeZone: string;
  week: Array<Array<[number, number]>>;
  holidays: Set<number>;
  workdays: Map<number, number>;
};

const prepared = new WeakMap<TBusinessCalendar, TPrepared>();

function prepare(calendar: TBusinessCalendar): TPrepared {
  let p = prepared.get(calendar);
  if (!p) {
    const week: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
    for (const h of calendar.hours) week[h.day]?.push([minuteOfTime(h.start), minuteOfTime(h.end)]);
    for (const ranges of week) ranges.sort((a, b) => a[0] - b[0]);
    p = {
      timeZone: calendar.timeZone,
      week,
      holidays: new Set(calendar.holidays.map(dayNumberOf)),
      workdays: new Map(calendar.workdays.map((w) => [dayNumberOf(w.date), w.as])),
    };
    prepared.set(calendar, p);
  }
  return p;
}

/** The working intervals of a local day, as instants [from, to), in order. */
function workingIntervals(p: TPrepared, day: number): Array<[number, number]> {
  if (p.holidays.has(day)) return [];
  const weekday = p.workdays.get(day) ?? weekdayOfDayNumber(day);
  const out: Array<[number, number]> = [];
  for (const [start, end] of p.week[weekday] ?? []) {
    const from = instantOfLocal(day, start, p.timeZone);
    const to = instantOfLocal(day, end, p.timeZone);
    if (to > from) out.push([from, to]);
  }
  return out;
}

/** Working time between two instants, in milliseconds (0 when `to` is not after `from`). */
export function businessMillisBetween(from: Date, to: Date, calendar: TBusinessCalendar): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  const p = prepare(calendar);
  // A day's intervals can start before its local midnight's instant only by a zone offset: start a day early.
  let day = localDayOf(a, p.timeZone).day - 1;
  const lastDay = localDayOf(b, p.timeZone).day + 1;
  let total = 0;
  for (; day <= lastDay; day++) {
    for (const [s, e] of workingIntervals(p, day)) {
      const overlap = Math.min(e, b) - Math.max(s, a);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/** Working minutes between two instants (fractional when the instants are; 0 when `to` is not after `from`). */
export function businessMinutesBetween(from: Date, to: Date, calendar: TBusinessCalendar): number {
  return businessMillisBetween(from, to, calendar) / MINUTE_MS;
}

/**
 * The instant `millis` of working time after `start`: the end of the working time that makes it up, so a
 * target that runs out at closing time is due at closing time, not at the next opening. Adding 0 gives
 * `start`. Throws a RangeError when the calendar has no working time in the next ten years.
 */
export function addBusinessMillis(start: Date, millis: number, calendar: TBusinessCalendar): Date {
  const a = start.getTime();
  if (!(millis > 0)) return new Date(a);
  const p = prepare(calendar);
  let remaining = millis;
  const firstDay = localDayOf(a, p.timeZone).day - 1;
  for (let day = firstDay; day <= firstDay + MAX_DAYS; day++) {
    for (const [s, e] of workingIntervals(p, day)) {
      const from = Math.max(s, a);
      if (e <= from) continue;
      if (e - from >= remaining) return new Date(from + remaining);
      remaining -= e - from;
    }
  }
  throw new RangeError(`the calendar has no working time within ${MAX_DAYS} days of ${start.toISOString()}`);
}

/** The instant `minutes` working minutes after `start` (see addBusinessMillis). */
export function addBusinessMinutes(start: Date, minutes: number, calendar: TBusinessCalendar): Date {
  return addBusinessMillis(start, Math.round(minutes * MINUTE_MS), calendar);
}

/** Whether an instant is inside the calendar's working time. */
export function isBusinessTime(at: Date, calendar: TBusinessCalendar): boolean {
  const t = at.getTime();
  const p = prepare(calendar);
  const { day } = localDayOf(t, p.timeZone);
  return [day - 1, day, day + 1].some((d) => workingIntervals(p, d).some(([s, e]) => s <= t && t < e));
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `YYYY-MM-DD` is a real date (not 2026-02-30). */
export function isLocalDate(date: string): boolean {
  return DATE.test(date) && dateOfDayNumber(dayNumberOf(date)) === date;
}

const ZLocalDate = z
  .string()
  .refine(isLocalDate, { message: 'not a date YYYY-MM-DD' })
  .meta({ example: '2026-10-01' });
const ZWeekday = z.number().int().min(0).max(6).meta({ description: '0 = Sunday ... 6 = Saturday' });

/**
 * A business calendar as users send it, with every rule checked and reported at its field path: a known
 * IANA zone, times `HH:MM` (`24:00` ends a day), each range ending after it starts, no two ranges of a day
 * overlapping, some working hours, real dates, no date both a holiday and a make-up working day, and a
 * make-up day standing in for a weekday that has hours.
 */
export const ZBusinessCalendar = z
  .object({
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { message: 'not an IANA time zone (e.g. Asia/Shanghai)' })
      .meta({ example: 'Asia/Shanghai' }),
    hours: z
      .array(
        z.object({
          day: ZWeekday,
          start: z.string().regex(TIME, 'not a time HH:MM').meta({ example: '09:00' }),
          end: z.string().regex(TIME, 'not a time HH:MM (24:00 ends the day)').meta({ example: '18:00' }),
        }),
      )
      .min(1, 'a calendar needs some working hours')
      .max(70),
    holidays: z.array(ZLocalDate).max(1000),
    workdays: z.array(z.object({ date: ZLocalDate, as: ZWeekday })).max(1000),
  })
  .superRefine((calendar, ctx) => {
    calendar.hours.forEach((h, i) => {
      if (!TIME.test(h.start) || !TIME.test(h.end)) return;
      if (h.start === '24:00')
        ctx.addIssue({
          code: 'custom',
          path: ['hours', i, 'start'],
          message: 'a range cannot start at 24:00',
        });
      else if (minuteOfTime(h.end) <= minuteOfTime(h.start)) {
        ctx.addIssue({
          code: 'custom',
          path: ['hours', i, 'end'],
          message: 'the range must end after it starts',
        });
      }
      const clash = calendar.hours.findIndex(
        (o, j) =>
          j < i &&
          o.day === h.day &&
          minuteOfTime(o.start) < minuteOfTime(h.end) &&
          minuteOfTime(h.start) < minuteOfTime(o.end),
      );
      if (clash >= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['hours', i],
          message: `overlaps hours[${clash}] on the same day`,
        });
      }
    });
    const holidays = new Set<string>();
    calendar.holidays.forEach((date, i) => {
      if (holidays.has(date))
        ctx.addIssue({ code: 'custom', path: ['holidays', i], message: 'listed twice' });
      holidays.add(date);
    });
    const workdays = new Set<string>();
    calendar.workdays.forEach((w, i) => {
      if (workdays.has(w.date))
        ctx.addIssue({ code: 'custom', path: ['workdays', i, 'date'], message: 'listed twice' });
      else if (holidays.has(w.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'date'],
          message: 'the date is also a holiday',
        });
      }
      workdays.add(w.date);
      if (!calendar.hours.some((h) => h.day === w.as)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workdays', i, 'as'],
          message: 'that weekday has no working hours',
        });
      }
    });
  });

/** A field path and what is wrong there. */
export type TCalendarProblem = { path: Array<string | number>; message: string };

/** The problems of a calendar (none when it is valid), each at its field path. */
export function findCalendarProblems(calendar: unknown): TCalendarProblem[] {
  const parsed = ZBusinessCalendar.safeParse(calendar);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }));
}
