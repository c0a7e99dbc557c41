/** Display of the timeline's readings, in the current language. */
import type { GlobalToken } from 'antd';
import type { TFunction } from 'i18next';
import type { TCustomerStatus } from './status.ts';
import { BAD, MIXED } from './status.ts';

/** The status line an agent reads first. */
export function statusText(status: TCustomerStatus, t: TFunction): { title: string; advice: string } {
  switch (status) {
    case 'bad':
      return {
        title: t('Bad latest experience'),
        advice: t('Their latest episode went wrong: acknowledge it before anything else.'),
      };
    case 'mixed':
      return {
        title: t('Mixed latest experience'),
        advice: t('Their latest episode had a weak moment: ask how it went.'),
      };
    case 'good':
      return { title: t('Good latest experience'), advice: t('Nothing went wrong in their latest episode.') };
    default:
      return {
        title: t('No experience recorded'),
        advice: t('No moment of this customer has been recorded.'),
      };
  }
}

/** The colour of a status or of a moment's experience value. */
export function statusColour(status: TCustomerStatus, token: GlobalToken): string {
  return status === 'bad'
    ? token.colorError
    : status === 'mixed'
      ? token.colorWarning
      : status === 'good'
        ? token.colorSuccess
        : token.colorTextTertiary;
}

/** The band of one moment's experience value (-1..+1). */
export function valueStatus(value: number | null, breaches: number): TCustomerStatus {
  if (breaches > 0 || (value !== null && value < BAD)) return 'bad';
  if (value === null) return 'none';
  return value < MIXED ? 'mixed' : 'good';
}
