/**
 * Quiet hours: local times in the workspace's time zone at which no invitation is sent. A send due in them
 * moves to their end, on the right local day, whatever the daylight-saving changes in between: the local
 * day and minute come from Intl (loop/zoned-time.ts), and the end is turned back into an instant there.
 */
import { minutesOfDay } from '../../loop/calling-hours.ts';
import { instantOfLocal, offsetAt } from '../../loop/zoned-time.ts';
import type { TQuietHours } from './rule.ts';

const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
const offsets = new Map<string, number>();
const ends = new Map<string, number>();

/**
 * The local day and minute of an instant, with the zone's offset read from Intl once per zone and quarter
 * hour (every zone's offsets and changes fall on quarter hours), since a planner asks for many instants.
 */
function localDayOf(ms: number, timeZone: string): { day: number; minute: number } {
  const quarter = Math.floor(ms / QUARTER_MS);
  const name = `${timeZone}\u0000${quarter}`;
  let offset = offsets.get(name);
  if (offset === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offset = offsetAt(quarter * QUARTER_MS, timeZone);
    offsets.set(name, offset);
  }
  const wall = ms + offset;
  const day = Math.floor(wall / DAY_MS);
  return { day, minute: (wall - day * DAY_MS) / 60_000 };
}

/**
 * The instant of a local day and minute, remembered per zone, day and minute: the planner asks for the
 * same quiet-hours end for every trigger of a night, and each answer costs several Intl look-ups.
 */
function endInstantOf(day: number, minute: number, timeZone: string): number {
  const name = `${timeZone}\u0000${day}\u0000${minute}`;
  let instant = ends.get(name);
  if (instant === undefined) {
    if (ends.size > 100_000) ends.clear();
    instant = instantOfLocal(day, minute, timeZone);
    ends.set(name, instant);
  }
  return instant;
}

/** Whether a local minute of the day falls in the quiet hours (which may pass midnight). */
function isQuietMinute(minute: number, start: number, end: number): boolean {
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * The first instant at or after `at` outside the quiet hours: `at` itself when it is outside, else the
 * local end of the quiet hours (today's when they end later today, tomorrow's when they pass midnight).
 * A local end that does not exist (clocks going forward) lands just after the gap, one that happens twice
 * (clocks going back) at its later occurrence.
 */
export function afterQuietHours(at: Date, quiet: TQuietHours | null, timeZone: string): Date {
  if (!quiet) return at;
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (start === undefined || end === undefined || start === end) {
    throw new RangeError('quiet hours need HH:MM bounds that differ');
  }
  const { day, minute } = localDayOf(at.getTime(), timeZone);
  if (!isQuietMinute(minute, start, end)) return at;
  const first = minute >= end ? day + 1 : day;
  // A later occurrence of a repeated local time may still read as quiet in the repeated hour; never earlier
  // than at. A window outside the quiet hours that falls wholly in a gap (clocks going forward: quiet
  // 02:15-02:00 on the night 02:00 becomes 03:00) does not happen that day: the next day's end is taken.
  let result = Math.max(endInstantOf(first, end, timeZone), at.getTime());
  for (let endDay = first + 1; endDay <= first + 2; endDay += 1) {
    if (result === at.getTime() || !isQuietMinute(localDayOf(result, timeZone).minute, start, end)) break;
    result = endInstantOf(endDay, end, timeZone);
  }
  return new Date(result);
}

/** Whether an instant falls in the quiet hours of a time zone. */
export function isInQuietHours(at: Date, quiet: TQuietHours | null, timeZone: string): boolean {
  return afterQuietHours(at, quiet, timeZone).getTime() !== at.getTime();
}
