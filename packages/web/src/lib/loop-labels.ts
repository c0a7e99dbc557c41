/** How the loop's pages name and colour case states and severities, in the current language. */
import type { TCaseState, TSeverity } from '@mot/core/loop/types';
import type { TFunction } from 'i18next';
import type { TTone } from '../components/tone-tag/ToneTag.tsx';

/** The name of a case state. */
export function stateLabel(state: TCaseState, t: TFunction): string {
  switch (state) {
    case 'new':
      return t('New');
    case 'acknowledged':
      return t('Acknowledged');
    case 'in_progress':
      return t('In progress');
    case 'awaiting_callback':
      return t('Awaiting callback');
    case 'resolved':
      return t('Resolved, not confirmed');
    case 'closed':
      return t('Closed');
    case 'reopened':
      return t('Reopened');
  }
}

/** How a state reads at a glance: untouched and reopened cases need someone, closed ones are done. */
export function stateTone(state: TCaseState): TTone {
  return state === 'new' || state === 'reopened'
    ? 'bad'
    : state === 'closed'
      ? 'good'
      : state === 'resolved' || state === 'awaiting_callback'
        ? 'none'
        : 'mixed';
}

/** The name of a severity. */
export function severityLabel(severity: TSeverity, t: TFunction): string {
  switch (severity) {
    case 'low':
      return t('Low');
    case 'medium':
      return t('Medium');
    case 'high':
      return t('High');
    case 'critical':
      return t('Critical');
  }
}

/** The tone of a severity. */
export function severityTone(severity: TSeverity): TTone {
  return severity === 'critical' || severity === 'high' ? 'bad' : severity === 'medium' ? 'mixed' : 'none';
}
