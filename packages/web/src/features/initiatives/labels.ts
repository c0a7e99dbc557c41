/** Names, units and sentences of the initiatives pages, built from the API's codes and numbers. */
import type { TFunction } from 'i18next';
import { formatNumber, formatPercent } from '../../lib/format.ts';
import type { TEvaluation, TEvaluationOut, TInitiative, TMetric } from './api.ts';

/** The measures, in the order the pages offer them. */
export const METRICS: TMetric[] = ['breach_rate', 'experience', 'rating', 'nps', 'overall', 'churn'];

/** A measure's name. */
export function metricLabel(metric: TMetric, t: TFunction): string {
  const labels: Record<TMetric, string> = {
    experience: t('Experience'),
    rating: t('Rating'),
    breach_rate: t('Breach rate'),
    nps: t('NPS'),
    overall: t('Overall satisfaction'),
    churn: t('Churn rate'),
  };
  return labels[metric];
}

/** A kind of initiative. */
export function kindLabel(kind: TInitiative['kind'], t: TFunction): string {
  const labels: Record<TInitiative['kind'], string> = {
    new_standard: t('New standard'),
    training: t('Training'),
    process_change: t('Process change'),
    new_script: t('New script'),
    other: t('Other change'),
  };
  return labels[kind];
}

/** The measure's scale as the evaluation reports it: fractions for rates and NPS, else the mean. */
const isShare = (kind: TEvaluation['kind']) => kind === 'rate' || kind === 'nps';

/** A level of the measure (a cell's mean): a percentage for rates, NPS points, else two decimals. */
export function formatLevel(value: number | null | undefined, kind: TEvaluation['kind']): string {
  if (value == null) return '–';
  if (kind === 'rate') return formatPercent(value);
  if (kind === 'nps') return formatNumber(value * 100, 1);
  return formatNumber(value, 2);
}

/** A change or effect in the units people read: percentage points, NPS points, or the mean's unit. */
export function effectValue(value: number, kind: TEvaluation['kind']): number {
  return isShare(kind) ? value * 100 : value;
}

/** The size of a change, without its sign, with its unit ("6.1 percentage points"). */
export function formatSize(value: number, kind: TEvaluation['kind'], t: TFunction): string {
  const size = Math.abs(effectValue(value, kind));
  if (kind === 'rate') return t('{{points}} percentage points', { points: formatNumber(size, 1) });
  if (kind === 'nps') return t('{{points}} NPS points', { points: formatNumber(size, 1) });
  return formatNumber(size, 2);
}

/** An interval's bounds as magnitudes in the direction of the estimate, lower first. */
function magnitudes(
  estimate: number,
  lower: number,
  upper: number,
  kind: TEvaluation['kind'],
): [string, string] {
  const digits = isShare(kind) ? 1 : 2;
  const [a, b] = estimate < 0 ? [-upper, -lower] : [lower, upper];
  return [formatNumber(effectValue(a, kind), digits), formatNumber(effectValue(b, kind), digits)];
}

/**
 * The verdict as one plain sentence, e.g. "Breach rate fell 6.1 percentage points (95% CI 4.0 to 8.2),
 * beyond what the comparison touchpoints did."
 */
export function verdictSentence(result: TEvaluationOut, t: TFunction): string {
  const { verdict, kind } = result.evaluation;
  const metric = metricLabel(result.metric, t);
  if (verdict.code === 'insufficient_data' || verdict.estimate === null) {
    return t('Not enough data for a verdict yet: {{metric}} needs observations before and after the start.', {
      metric,
    });
  }
  const [lower, upper] = magnitudes(verdict.estimate, verdict.lower ?? 0, verdict.upper ?? 0, kind);
  const values = {
    metric,
    size: formatSize(verdict.estimate, kind, t),
    confidence: formatPercent(verdict.confidence, 0),
    lower,
    upper,
  };
  const fell = verdict.estimate < 0;
  if (verdict.code === 'no_detectable_change') {
    return t(
      'No detectable change in {{metric}}: the change of {{size}} is within its {{confidence}} interval around zero.',
      values,
    );
  }
  if (verdict.code === 'moved_with_comparison') {
    return t(
      '{{metric}} changed, but no more than the comparison did: a difference of {{size}} ({{confidence}} CI includes zero).',
      values,
    );
  }
  if (verdict.basis === 'before_after') {
    return fell
      ? t(
          '{{metric}} fell {{size}} ({{confidence}} CI {{lower}} to {{upper}}) from before to after the start; with no comparison, other changes of the time may explain it.',
          values,
        )
      : t(
          '{{metric}} rose {{size}} ({{confidence}} CI {{lower}} to {{upper}}) from before to after the start; with no comparison, other changes of the time may explain it.',
          values,
        );
  }
  if (result.comparison.kind === 'segment') {
    return fell
      ? t(
          '{{metric}} fell {{size}} ({{confidence}} CI {{lower}} to {{upper}}), beyond what the comparison segment did.',
          values,
        )
      : t(
          '{{metric}} rose {{size}} ({{confidence}} CI {{lower}} to {{upper}}), beyond what the comparison segment did.',
          values,
        );
  }
  return fell
    ? t(
        '{{metric}} fell {{size}} ({{confidence}} CI {{lower}} to {{upper}}), beyond what the comparison touchpoints did.',
        values,
      )
    : t(
        '{{metric}} rose {{size}} ({{confidence}} CI {{lower}} to {{upper}}), beyond what the comparison touchpoints did.',
        values,
      );
}

/** The verdict's headline and the Alert type it is shown with. */
export function verdictHeadline(
  code: TEvaluation['verdict']['code'],
  t: TFunction,
): { title: string; type: 'success' | 'error' | 'info' | 'warning' } {
  switch (code) {
    case 'improved':
      return { title: t('It worked'), type: 'success' };
    case 'worsened':
      return { title: t('It made things worse'), type: 'error' };
    case 'moved_with_comparison':
      return { title: t('No effect beyond the comparison'), type: 'warning' };
    case 'no_detectable_change':
      return { title: t('No detectable effect'), type: 'info' };
    default:
      return { title: t('Not enough data'), type: 'info' };
  }
}

/** What a caution means, in a sentence. */
export function cautionText(code: TEvaluation['cautions'][number], t: TFunction): string {
  const texts: Record<TEvaluation['cautions'][number], string> = {
    no_comparison: t(
      'No comparison group: the result is a before/after, open to anything else that changed at the same time.',
    ),
    pre_trend_differs: t(
      'Before the start, the treated and comparison groups were already moving apart: the difference-in-differences may credit the initiative with that trend.',
    ),
    pre_trend_untestable: t(
      'Fewer than 3 weeks before the start with data in both groups: the parallel-trend check cannot be made.',
    ),
    few_clusters: t(
      'Fewer than 30 customers in a group: the intervals, clustered by customer, are unreliable.',
    ),
    small_sample: t('A group has few observations (or, for a rate, few events) before or after the start.'),
    window_short: t(
      'Fewer than 4 weeks before or after the start: effects that build up or fade are missed.',
    ),
    comparison_changed_too: t('The comparison group changed too: something else happened at the same time.'),
  };
  return texts[code];
}

/** The size of an expected effect with its unit: percentage points for rates, NPS points, else bare. */
export function expectedSize(effect: NonNullable<TInitiative['expectedEffect']>, t: TFunction): string {
  const size = formatNumber(effect.size, 2);
  if (effect.metric === 'breach_rate' || effect.metric === 'churn')
    return t('{{points}} percentage points', { points: size });
  if (effect.metric === 'nps') return t('{{points}} NPS points', { points: size });
  return size;
}
