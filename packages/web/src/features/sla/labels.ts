/** Names and formats the SLA pages share. */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format.ts';

/** A weekday's name (0 = Sunday). */
export function weekdayName(day: number, t: TFunction): string {
  return (
    [t('Sunday'), t('Monday'), t('Tuesday'), t('Wednesday'), t('Thursday'), t('Friday'), t('Saturday')][
      day
    ] ?? ''
  );
}

/** Working minutes as hours and minutes ("4 h", "1 h 30 min", "45 min"): working time, not days. */
export function formatWorkingTime(minutes: number, t: TFunction): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('{{minutes}} min', { minutes: formatNumber(rest, 0) });
  if (rest === 0) return t('{{hours}} h', { hours: formatNumber(hours, 0) });
  return t('{{hours}} h {{minutes}} min', { hours: formatNumber(hours, 0), minutes: formatNumber(rest, 0) });
}

/** A calendar problem core (or the server) reports, in the reader's language when it is a known one. */
export function calendarProblemText(message: string, t: TFunction): string {
  if (message.startsWith('overlaps hours[')) return t('Overlaps another range of the same day');
  const known: Record<string, string> = {
    'not an IANA time zone (e.g. Asia/Shanghai)': t('Not a known time zone'),
    'not a time HH:MM': t('HH:MM'),
    'not a time HH:MM (24:00 ends the day)': t('HH:MM (24:00 ends the day)'),
    'a calendar needs some working hours': t('A calendar needs some working hours'),
    'a range cannot start at 24:00': t('A range cannot start at 24:00'),
    'the range must end after it starts': t('The range must end after it starts'),
    'listed twice': t('Listed twice'),
    'the date is also a holiday': t('The date is also a holiday'),
    'that weekday has no working hours': t('That weekday has no working hours'),
    'not a date YYYY-MM-DD': t('Not a date'),
  };
  return known[message] ?? message;
}
