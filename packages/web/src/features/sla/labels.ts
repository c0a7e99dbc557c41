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
