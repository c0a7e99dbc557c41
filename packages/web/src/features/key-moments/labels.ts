/** Display names of the analysis' codes, in the current language. */
import type { TFunction } from 'i18next';
import type { TOutcome } from './api.ts';

/** An IPA quadrant (Martilla & James). */
export function quadrantLabel(quadrant: string | null, t: TFunction): string {
  const labels: Record<string, string> = {
    concentrate_here: t('Concentrate here'),
    keep_up_the_good_work: t('Keep up the good work'),
    low_priority: t('Low priority'),
    possible_overkill: t('Possible overkill'),
  };
  return quadrant === null ? t('Not estimable') : (labels[quadrant] ?? quadrant);
}

/** The outcomes the analysis can weigh touchpoints against. */
export function outcomeLabel(outcome: TOutcome, t: TFunction): string {
  return { overall: t('Overall satisfaction'), nps: t('NPS'), churn: t('Churn') }[outcome];
}

/** Whether a value names an outcome. */
export const isOutcome = (value: string | null): value is TOutcome =>
  value === 'overall' || value === 'nps' || value === 'churn';
