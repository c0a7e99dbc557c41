/** The calendar form's values and their conversion to and from the API's document. */
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { TCalendarDoc, TCalendarOut } from './api.ts';

/** Weekdays in the order the form lists them: Monday first (0 = Sunday, as the API counts). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** A range of opening hours, local `HH:MM`. */
export type TRange = { start: string; end: string };

/** What the form edits: hours per weekday (index = API weekday), dates as dayjs for the pickers. */
export type TCalendarValues = {
  name: string;
  isDefault: boolean;
  timeZone: string;
  week: TRange[][];
  holidays: Dayjs[];
  workdays: Array<{ date: Dayjs | null; as: number }>;
};

const DATE = 'YYYY-MM-DD';

/** A new calendar: Monday to Friday, 9:00-18:00, in `timeZone`. */
export function newCalendarValues(timeZone: string): TCalendarValues {
  return {
    name: '',
    isDefault: false,
    timeZone,
    week: [0, 1, 2, 3, 4, 5, 6].map((day) =>
      day >= 1 && day <= 5 ? [{ start: '09:00', end: '18:00' }] : [],
    ),
    holidays: [],
    workdays: [],
  };
}

/** The form's values of a stored calendar. */
export function calendarValuesOf(c: TCalendarOut): TCalendarValues {
  return {
    name: c.name,
    isDefault: c.isDefault,
    timeZone: c.calendar.timeZone,
    week: [0, 1, 2, 3, 4, 5, 6].map((day) =>
      c.calendar.hours.filter((h) => h.day === day).map((h) => ({ start: h.start, end: h.end })),
    ),
    holidays: c.calendar.holidays.map((d) => dayjs(d, DATE)),
    workdays: c.calendar.workdays.map((w) => ({ date: dayjs(w.date, DATE), as: w.as })),
  };
}

/** The API document of the form's values. */
export function calendarDocOf(v: TCalendarValues): TCalendarDoc {
  return {
    name: v.name.trim(),
    isDefault: v.isDefault,
    calendar: {
      timeZone: v.timeZone,
      hours: v.week.flatMap((ranges, day) =>
        (ranges ?? []).map((r) => ({ day, start: r.start, end: r.end })),
      ),
      holidays: [...v.holidays].sort((a, b) => a.valueOf() - b.valueOf()).map((d) => d.format(DATE)),
      workdays: v.workdays
        .filter((w) => w.date !== null)
        .map((w) => ({ date: (w.date as Dayjs).format(DATE), as: w.as })),
    },
  };
}

/**
 * Where a problem the server (or core's check) reports at a path of the document is shown in the form:
 * `calendar.hours.3.end` names the third range overall, which the form keeps per weekday.
 */
export function formPathOf(doc: TCalendarDoc, path: (string | number)[]): (string | number)[] | null {
  const [first, second, index, field] = path;
  if (first !== 'calendar') return first === 'name' ? ['name'] : null;
  if (second === 'timeZone') return ['timeZone'];
  if (second === 'hours' && typeof index === 'number') {
    const range = doc.calendar.hours[index];
    if (!range) return null;
    const within = doc.calendar.hours.slice(0, index).filter((h) => h.day === range.day).length;
    return ['week', range.day, within, field === 'start' ? 'start' : 'end'];
  }
  if (second === 'holidays') return ['holidays'];
  if (second === 'workdays' && typeof index === 'number')
    return ['workdays', index, field === 'as' ? 'as' : 'date'];
  return null;
}
