/**
 * Calling hours: the local times at which customers may be phoned (e.g. 9:00-20:00 in the workspace's time
 * zone), never on a holiday. A small local-time helper of its own (Intl only, no time-zone database of
 * ours): it moves an instant to the next instant inside the hours.
 */

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

type TLocalParts = { date: string; weekday: number; minutes: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Offset of a time zone from UTC at an instant, in milliseconds (local = UTC + offset). */
function offsetAt(ms: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function localPartsOf(ms: number, timeZone: string): TLocalParts {
  const local = new Date(ms + offsetAt(ms, timeZone));
  return {
    date: local.toISOString().slice(0, 10),
    weekday: local.getUTCDay(),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** The instant of a local date and minute of day in a time zone (the later one in a DST overlap). */
function instantOf(date: string, minutes: number, timeZone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Two passes settle the offset, also across a DST change between the guess and the answer.
  let ms = wall - offsetAt(wall, timeZone);
  ms = wall - offsetAt(ms, timeZone);
  return ms;
}

const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The first instant at or after `at` that is inside the calling hours: the same instant when it already
 * is, else the start of the next window on a calling day that is not a holiday. Looks at most a year ahead
 * (a calendar closed for a year is a configuration error, reported by throwing).
 */
export function nextCallingTime(at: Date, hours: TCallingHours): Date {
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  if (start === undefined || end === undefined || end <= start) {
    throw new RangeError('calling hours need HH:MM bounds with start before end');
  }
  const holidays = new Set(hours.holidays ?? []);
  const days = new Set(hours.days ?? [0, 1, 2, 3, 4, 5, 6]);
  const local = localPartsOf(at.getTime(), hours.timeZone);
  for (let i = 0; i <= 366; i++) {
    const date = addDays(local.date, i);
    const weekday = (local.weekday + i) % 7;
    if (holidays.has(date) || !days.has(weekday)) continue;
    if (i === 0) {
      if (local.minutes >= end) continue;
      if (local.minutes >= start) return at;
    }
    return new Date(instantOf(date, start, hours.timeZone));
  }
  throw new RangeError('no calling time within a year: every day is a holiday or outside the calling days');
}

/** Whether an instant is inside the calling hours. */
export function isCallingTime(at: Date, hours: TCallingHours): boolean {
  return nextCallingTime(at, hours).getTime() === at.getTime();
}
