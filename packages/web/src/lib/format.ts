/**
 * Numbers, percentages and dates, formatted in ONE place for the current language and the workspace's time
 * zone. Components never format by hand.
 */
import { i18n } from './i18n/index.ts';

let displayTimeZone: string | undefined;

/** Sets the time zone dates are shown in (the workspace's); undefined for the browser's. */
export function setDisplayTimeZone(timeZone: string | undefined): void {
  displayTimeZone = timeZone;
}

const locale = () => (i18n.language === 'zh-CN' ? 'zh-CN' : 'en');

/** A count or measure, grouped per locale; `digits` fraction digits at most, or always when `fixed`. */
export function formatNumber(value: number | null | undefined, digits = 1, fixed = false): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale(), {
    maximumFractionDigits: digits,
    ...(fixed ? { minimumFractionDigits: digits } : {}),
  }).format(value);
}

/** A share 0..1 as a percentage. */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  if (share == null || !Number.isFinite(share)) return '–';
  return new Intl.NumberFormat(locale(), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A signed change, e.g. "+0.12". */
export function formatSigned(value: number | null | undefined, digits = 2): string {
  if (value == null || !Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(
    value,
  );
}

/** A date and time, e.g. "2026/4/5 14:03" in Chinese. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(displayTimeZone ? { timeZone: displayTimeZone } : {}),
  }).format(new Date(iso));
}

/**
 * A calendar date with its year: a `YYYY-MM-DD` date as that day (no time zone shifts it), an instant as its
 * day in the display time zone.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '–';
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(isDate ? { timeZone: 'UTC' } : displayTimeZone ? { timeZone: displayTimeZone } : {}),
  }).format(new Date(isDate ? `${value}T00:00:00Z` : value));
}

/** A day, e.g. "4月5日" or "Apr 5". */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale(), {
    month: 'short',
    day: 'numeric',
    ...(displayTimeZone ? { timeZone: displayTimeZone } : {}),
  }).format(new Date(iso));
}

/** The display name of something that has `names` per locale beside its `name`. */
export function localName(thing: {
  name?: string | undefined;
  names?: Record<string, string | undefined> | undefined;
  key?: string;
}): string {
  return thing.names?.[locale()] ?? thing.name ?? thing.key ?? '';
}

/** The name of a weekday (0 = Sunday), e.g. "周一" or "Mon". */
export function formatWeekday(day: number): string {
  // 2026-03-01 was a Sunday; noon UTC is the same date in every zone.
  return new Intl.DateTimeFormat(locale(), { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 2, 1 + day, 12)),
  );
}

/** The packs' units of time, as Intl names them (so "45 minutes" reads "45分钟" in Chinese). */
const TIME_UNITS: Readonly<Record<string, 'second' | 'minute' | 'hour' | 'day'>> = {
  seconds: 'second',
  minutes: 'minute',
  hours: 'hour',
  days: 'day',
};

/**
 * A measure's value with its unit, in the current language: a yes/no measure reads as yes or no, a time
 * in the language's own words, a percent with its sign, a count as a bare number; a unit of the user's own
 * is shown as written.
 */
export function formatMeasureValue(value: number | null | undefined, unit: string | undefined): string {
  if (unit === 'boolean') return value === 1 ? i18n.t('yes') : value === 0 ? i18n.t('no') : '–';
  if (value == null || !Number.isFinite(value)) return '–';
  const time = unit ? TIME_UNITS[unit] : undefined;
  if (time) {
    return new Intl.NumberFormat(locale(), {
      style: 'unit',
      unit: time,
      unitDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(value);
  }
  const number = formatNumber(value, 2);
  if (unit === 'percent') return `${number}%`;
  if (unit === 'count' || !unit) return number;
  return `${number} ${unit}`;
}

/**
 * A length of time in its largest fitting units, e.g. "2 天 3 小时" or "45 min" (whole minutes, at least one;
 * two units at most, so a countdown stays short).
 */
export function formatDuration(ms: number): string {
  // Started minutes count whole: a deadline passed 20 s ago is 1 minute overdue, not 0.
  const minutes = Math.max(1, Math.ceil(Math.abs(ms) / 60_000));
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(locale(), { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (days > 0) return hours > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : unit(days, 'day');
  if (hours > 0) return rest > 0 ? `${unit(hours, 'hour')} ${unit(rest, 'minute')}` : unit(hours, 'hour');
  return unit(rest, 'minute');
}

/** A calendar date `YYYY-MM-DD` (no time, no zone), e.g. "2026年3月2日" or "Mar 2, 2026". */
export function formatCalendarDate(date: string | null | undefined): string {
  if (!date) return '–';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
