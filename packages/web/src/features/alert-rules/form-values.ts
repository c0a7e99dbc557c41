/** An alert rule as the form holds it (flat, one field per threshold) and back to the API's body. */
import type { TAlertCondition, TAlertRuleKind, TAlertScope } from '@mot/core/loop/alert-rules';
import type { TSeverity } from '@mot/core/loop/types';

/** The form's fields; the thresholds of other kinds are left as they were and not sent. */
export type TRuleValues = {
  name: string;
  enabled: boolean;
  severity: TSeverity;
  opensCase: boolean;
  journey?: string | undefined;
  touchpoint?: string | undefined;
  /** A segment scope is kept as it was (the form does not edit it). */
  segment?: TAlertScope['segment'];
  kind: TAlertRuleKind;
  measure?: string | undefined;
  npsMax: number;
  score: 'rating' | 'overall';
  scoreMax: number;
  maxSentiment: number;
  minConfidence: number;
  count: number;
  days: number;
  of: 'episodes' | 'moments';
  /** The breach rate in percent (the API takes a share). */
  breachPercent: number;
  windowHours: number;
  minVolume: number;
};

/** A rule as the API sends and takes it (the fields the form edits). */
export type TRuleBody = {
  name: string;
  enabled: boolean;
  severity: TSeverity;
  opensCase: boolean;
  scope: TAlertScope;
  condition: TAlertCondition;
};

/** The form's values for a new rule: core's defaults for every kind's thresholds. */
export const NEW_RULE: TRuleValues = {
  name: '',
  enabled: true,
  severity: 'medium',
  opensCase: true,
  kind: 'floor_breach',
  npsMax: 6,
  score: 'rating',
  scoreMax: 2,
  maxSentiment: -0.5,
  minConfidence: 0.7,
  count: 3,
  days: 7,
  of: 'episodes',
  breachPercent: 20,
  windowHours: 24,
  minVolume: 30,
};

/** The form's values of a stored rule. */
export function valuesOf(rule: TRuleBody): TRuleValues {
  const c = rule.condition;
  return {
    ...NEW_RULE,
    name: rule.name,
    enabled: rule.enabled,
    severity: rule.severity,
    opensCase: rule.opensCase,
    journey: rule.scope.journey,
    touchpoint: rule.scope.touchpoint,
    segment: rule.scope.segment,
    kind: c.kind,
    ...(c.kind === 'floor_breach' ? { measure: c.measure } : {}),
    ...(c.kind === 'nps_detractor' ? { npsMax: c.max } : {}),
    ...(c.kind === 'low_score' ? { score: c.score, scoreMax: c.max } : {}),
    ...(c.kind === 'negative_comment'
      ? { maxSentiment: c.maxSentiment, minConfidence: c.minConfidence }
      : {}),
    ...(c.kind === 'repeat_contact' ? { count: c.count, days: c.days, of: c.of } : {}),
    ...(c.kind === 'systemic'
      ? { breachPercent: c.breachRate * 100, windowHours: c.windowHours, minVolume: c.minVolume }
      : {}),
  };
}

/** The condition the form describes. */
function conditionOf(v: TRuleValues): TAlertCondition {
  switch (v.kind) {
    case 'floor_breach':
      return { kind: 'floor_breach', ...(v.measure ? { measure: v.measure } : {}) };
    case 'bottom_rating':
      return { kind: 'bottom_rating' };
    case 'nps_detractor':
      return { kind: 'nps_detractor', max: v.npsMax };
    case 'low_score':
      return { kind: 'low_score', score: v.score, max: v.scoreMax };
    case 'negative_comment':
      return { kind: 'negative_comment', maxSentiment: v.maxSentiment, minConfidence: v.minConfidence };
    case 'repeat_contact':
      return { kind: 'repeat_contact', count: v.count, days: v.days, of: v.of };
    case 'systemic':
      return {
        kind: 'systemic',
        breachRate: v.breachPercent / 100,
        windowHours: v.windowHours,
        minVolume: v.minVolume,
      };
  }
}

/** The API body of the form's values (a systemic rule never opens a case). */
export function bodyOf(v: TRuleValues): TRuleBody {
  const scope: TAlertScope = {
    ...(v.journey ? { journey: v.journey } : {}),
    ...(v.touchpoint ? { touchpoint: v.touchpoint } : {}),
    ...(v.segment ? { segment: v.segment } : {}),
  };
  return {
    name: v.name.trim(),
    enabled: v.enabled,
    severity: v.severity,
    opensCase: v.kind === 'systemic' ? false : v.opensCase,
    scope,
    condition: conditionOf(v),
  };
}
