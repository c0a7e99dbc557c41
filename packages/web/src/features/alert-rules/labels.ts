/** How the alert-rule page names kinds and describes conditions, in the current language. */
import type { TAlertCondition } from '@mot/core/loop/alert-rules';
import type { TFunction } from 'i18next';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import { packRuleName } from '../../lib/loop-labels.ts';
export { alertKindLabel as kindLabel } from '../../lib/loop-labels.ts';

/** What a condition asks, with its thresholds, e.g. "likelihood to recommend 6 or less". */
export function describeCondition(
  condition: TAlertCondition,
  t: TFunction,
  measureName: (key: string) => string,
): string {
  switch (condition.kind) {
    case 'floor_breach':
      return condition.measure
        ? t('{{measure}} beyond its tolerance floor', { measure: measureName(condition.measure) })
        : t('Any measure beyond its tolerance floor');
    case 'bottom_rating':
      return t('The lowest rating of the scale');
    case 'nps_detractor':
      return t('Likelihood to recommend {{max}} or less', { max: formatNumber(condition.max, 0) });
    case 'low_score':
      return condition.score === 'rating'
        ? t('Rating of the moment {{max}} or less', { max: formatNumber(condition.max, 1) })
        : t('Overall satisfaction {{max}} or less', { max: formatNumber(condition.max, 1) });
    case 'negative_comment':
      return t('Sentiment {{max}} or lower, confidence at least {{min}}', {
        max: formatNumber(condition.maxSentiment, 2),
        min: formatPercent(condition.minConfidence, 0),
      });
    case 'repeat_contact':
      return condition.of === 'episodes'
        ? t('{{count}} episodes of the journey within {{days}} days', {
            count: formatNumber(condition.count, 0),
            days: formatNumber(condition.days, 0),
          })
        : t('{{count}} contacts at the touchpoint within {{days}} days', {
            count: formatNumber(condition.count, 0),
            days: formatNumber(condition.days, 0),
          });
    case 'systemic':
      return t('Over {{rate}} of at least {{volume}} moments breach in {{hours}} hours', {
        rate: formatPercent(condition.breachRate, 1),
        volume: formatNumber(condition.minVolume, 0),
        hours: formatNumber(condition.windowHours, 0),
      });
  }
}

/** A rule's name in the current language (the packs' rules are named in English). */
export function ruleName(rule: { name: string; origin?: string | null }, t: TFunction): string {
  return rule.origin ? packRuleName(rule.name, t) : rule.name;
}
