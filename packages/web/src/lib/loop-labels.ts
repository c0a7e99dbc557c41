/** How the loop's pages name and colour case states and severities, in the current language. */
import type { TAlertRuleKind } from '@mot/core/loop/alert-rules';
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

/**
 * The name of an alert rule the packs install, in the current language (packs write them in English, and
 * a case's title starts with its rule's name); any other name is returned as it is.
 */
export function packRuleName(name: string, t: TFunction): string {
  const names: Record<string, string> = {
    'Tolerance floor breached': t('Tolerance floor breached'),
    'Rating at the bottom of the scale': t('Rating at the bottom of the scale'),
    'NPS detractor': t('NPS detractor'),
    'Low overall satisfaction': t('Low overall satisfaction'),
    'Strongly negative comment': t('Strongly negative comment'),
    'Repeat contact': t('Repeat contact'),
    'Systemic: breach rate over 20% in a day': t('Systemic: breach rate over 20% in a day'),
  };
  return names[name] ?? name;
}

/** The name of a kind of alert rule (and of the alerts it raises). */
export function alertKindLabel(kind: TAlertRuleKind | (string & {}), t: TFunction): string {
  switch (kind) {
    case 'floor_breach':
      return t('Tolerance floor breached');
    case 'bottom_rating':
      return t('Rating at the bottom of the scale');
    case 'nps_detractor':
      return t('NPS detractor');
    case 'low_score':
      return t('Low satisfaction score');
    case 'negative_comment':
      return t('Strongly negative comment');
    case 'repeat_contact':
      return t('Repeat contact');
    case 'systemic':
      return t('Systemic: breach rate of a touchpoint');
    case 'manual':
      return t('Opened by hand');
    default:
      return kind;
  }
}
