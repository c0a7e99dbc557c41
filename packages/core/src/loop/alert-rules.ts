import { z } from 'zod';
import { ZKey, ZName } from '../domain/journey.ts';
import type { TBreach } from '../domain/experience.ts';
import { LIMITS } from '../domain/limits.ts';
import { storable } from '../domain/storable-text.ts';
import { SEVERITIES } from './types.ts';
import type { TSeverity } from './types.ts';

/**
 * Alert rules (issue #11, LOOP.md "Service-recovery cases"): what in an incoming moment or survey answer
 * raises an alert, how severe it is, and whether it opens a service-recovery case. The server evaluates them
 * in the ingestion transaction with `evaluateAlertRules` (moments and answers) and `findSystemicAlerts`
 * (a touchpoint's breach rate over a window); this module decides, the server counts and stores.
 */

/** The kinds of rule. */
export const ALERT_RULE_KINDS = [
  'floor_breach',
  'bottom_rating',
  'nps_detractor',
  'low_score',
  'negative_comment',
  'repeat_contact',
  'systemic',
] as const;
/** A kind of rule. */
export type TAlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

/** A severity, as rules and cases carry it. */
export const ZSeverity = z.enum(SEVERITIES);

/** Severities from least to most urgent, for comparisons. */
export const severityRank = (severity: TSeverity): number => SEVERITIES.indexOf(severity);

const ZSegmentValue = z.union([storable(z.string().max(500)), z.number().finite(), z.boolean()]);

/**
 * Where a rule applies: a journey, a touchpoint (its key; with a journey, that journey's touchpoint only)
 * and a segment (attribute values the customer's or the moment's attributes must all equal). Empty: the
 * whole workspace.
 */
export const ZAlertScope = z
  .object({
    journey: ZKey.optional(),
    touchpoint: ZKey.optional(),
    segment: z
      .record(storable(z.string().min(1).max(LIMITS.maxKeyLength)), ZSegmentValue)
      .refine((s) => Object.keys(s).length <= 20, { message: 'at most 20 segment attributes' })
      .optional(),
  })
  .strict();
/** A rule's scope. */
export type TAlertScope = z.infer<typeof ZAlertScope>;

/** What triggers a rule, by kind, with its thresholds (defaults in the schema). */
export const ZAlertCondition = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('floor_breach'),
      /** A named measure; absent: any measure beyond its tolerance floor. */
      measure: ZKey.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('bottom_rating') }).strict(),
  z
    .object({
      kind: z.literal('nps_detractor'),
      /** Likelihood to recommend at or below this is a detractor (0-6 by the NPS definition). */
      max: z.number().int().min(0).max(10).default(6),
    })
    .strict(),
  z
    .object({
      kind: z.literal('low_score'),
      /** `rating`: a moment's own rating (CSAT at the touchpoint); `overall`: an episode's overall answer. */
      score: z.enum(['rating', 'overall']),
      max: z.number().finite(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('negative_comment'),
      /** The comment's sentiment score (-1..+1) at most this. */
      maxSentiment: z.number().min(-1).max(1).default(-0.5),
      /** ... with at least this calibrated confidence (0..1). */
      minConfidence: z.number().min(0).max(1).default(0.7),
    })
    .strict(),
  z
    .object({
      kind: z.literal('repeat_contact'),
      /** How many contacts in the window make a repeat contact (the triggering one included). */
      count: z.number().int().min(2).max(100).default(3),
      days: z.number().int().min(1).max(365).default(7),
      /**
       * What is counted: `episodes` (separate passes through the journey, the default: one repair episode
       * has several moments) or `moments` (contacts at the scope's touchpoint, e.g. calls to the hotline).
       */
      of: z.enum(['episodes', 'moments']).default('episodes'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('systemic'),
      /** Share of a touchpoint's moments in the window that breach a floor, above which the alert fires. */
      breachRate: z.number().gt(0).max(1),
      /** The window, in hours; windows are fixed (aligned to 1970-01-01 UTC), one alert per window. */
      windowHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 31)
        .default(24),
      /** Fewer moments than this in the window never fire (a rate of 1 in 2 says nothing). */
      minVolume: z.number().int().min(1).max(1_000_000).default(30),
    })
    .strict(),
]);
/** A rule's condition. */
export type TAlertCondition = z.infer<typeof ZAlertCondition>;

/** An alert rule as users write it (its key stays; the body of PUT is the rest). */
export const ZAlertRuleBody = z.object({
  name: ZName,
  enabled: z.boolean().default(true),
  severity: ZSeverity,
  /** Whether a match opens (or joins) a case; systemic alerts never open one (one alert to the owner). */
  opensCase: z.boolean().default(true),
  scope: ZAlertScope.default({}),
  condition: ZAlertCondition,
});
/** An alert rule. */
export const ZAlertRule = ZAlertRuleBody.extend({ key: ZKey });
export type TAlertRule = z.infer<typeof ZAlertRule>;
export type TAlertRuleInput = z.input<typeof ZAlertRule>;

/** Whether a rule of this condition opens a case when it matches. */
export function opensCase(rule: Pick<TAlertRule, 'opensCase' | 'condition'>): boolean {
  return rule.opensCase && rule.condition.kind !== 'systemic';
}

/** The facts of one moment or one survey answer that rules are judged on. */
export type TAlertFacts = {
  source: 'moment' | 'answer';
  journey: string;
  /** The moment's touchpoint; an answer has none. */
  touchpoint?: string | undefined;
  /** The customer's attributes overlaid with the moment's, for segment scopes. */
  attributes?: Readonly<Record<string, unknown>> | undefined;
  /** The moment's tolerance-floor breaches as core's `findBreaches` found them (the one standard rule). */
  breaches?: readonly TBreach[] | undefined;
  rating?: number | null | undefined;
  /** The comment's sentiment score and its calibrated confidence. */
  sentiment?: { score: number; confidence: number } | null | undefined;
  /** An answer's likelihood to recommend (0-10) and overall satisfaction. */
  nps?: number | null | undefined;
  overall?: number | null | undefined;
  /**
   * For repeat-contact rules: how many contacts (by `of`) the customer had at the journey (or the scope's
   * touchpoint) in the `days` before the moment, this one included, keyed `${of}:${days}`. The server counts
   * them only for the moments a repeat-contact rule's scope selects (see `repeatContactWindows`).
   */
  contacts?: ReadonlyMap<string, number> | undefined;
};

/** Why a rule matched: the numbers, for the alert's record and the case page. */
export type TAlertReason =
  | { kind: 'floor_breach'; measure: string; value: number; floor: number }
  | { kind: 'bottom_rating'; value: number; floor: number }
  | { kind: 'nps_detractor'; value: number; max: number }
  | { kind: 'low_score'; score: 'rating' | 'overall'; value: number; max: number }
  | { kind: 'negative_comment'; sentiment: number; confidence: number }
  | { kind: 'repeat_contact'; contacts: number; days: number; of: 'episodes' | 'moments' };

/** A rule that matched a moment or an answer. */
export type TAlertMatch = {
  rule: string;
  severity: TSeverity;
  opensCase: boolean;
  reason: TAlertReason;
};

/** The key of a repeat-contact count in `TAlertFacts.contacts`. */
export const contactsKey = (of: 'episodes' | 'moments', days: number) => `${of}:${days}`;

/** Whether a rule's scope takes in these facts (journey, touchpoint, segment). */
export function isInScope(
  scope: TAlertScope,
  facts: Pick<TAlertFacts, 'journey' | 'touchpoint' | 'attributes'>,
) {
  if (scope.journey !== undefined && scope.journey !== facts.journey) return false;
  if (scope.touchpoint !== undefined && scope.touchpoint !== facts.touchpoint) return false;
  for (const [name, value] of Object.entries(scope.segment ?? {})) {
    if (facts.attributes?.[name] !== value) return false;
  }
  return true;
}

/**
 * The rules a moment or an answer triggers, each at most once, in the order given. Disabled rules and
 * rules out of scope never match; systemic rules are judged per touchpoint and window by
 * `findSystemicAlerts`, never here. A floor breach is a measure beyond its floor as `findBreaches` found it
 * (a named measure, or any); a rating at the bottom of its scale is the `bottom_rating` rule's (findBreaches
 * reports it as a breach of kind `rating`), so the two can carry different severities.
 */
export function evaluateAlertRules(rules: readonly TAlertRule[], facts: TAlertFacts): TAlertMatch[] {
  const matches: TAlertMatch[] = [];
  for (const rule of rules) {
    if (!rule.enabled || !isInScope(rule.scope, facts)) continue;
    const reason = reasonOf(rule.condition, facts);
    if (reason) matches.push({ rule: rule.key, severity: rule.severity, opensCase: opensCase(rule), reason });
  }
  return matches;
}

function reasonOf(condition: TAlertCondition, facts: TAlertFacts): TAlertReason | undefined {
  switch (condition.kind) {
    case 'floor_breach': {
      const breach = facts.breaches?.find(
        (b) => b.kind === 'measure' && (condition.measure === undefined || b.measure === condition.measure),
      );
      return breach?.kind === 'measure'
        ? { kind: 'floor_breach', measure: breach.measure, value: breach.value, floor: breach.floor }
        : undefined;
    }
    case 'bottom_rating': {
      const breach = facts.breaches?.find((b) => b.kind === 'rating');
      return breach ? { kind: 'bottom_rating', value: breach.value, floor: breach.floor } : undefined;
    }
    case 'nps_detractor':
      return facts.nps != null && facts.nps <= condition.max
        ? { kind: 'nps_detractor', value: facts.nps, max: condition.max }
        : undefined;
    case 'low_score': {
      const value = condition.score === 'rating' ? facts.rating : facts.overall;
      return value != null && value <= condition.max
        ? { kind: 'low_score', score: condition.score, value, max: condition.max }
        : undefined;
    }
    case 'negative_comment': {
      const s = facts.sentiment;
      return s && s.score <= condition.maxSentiment && s.confidence >= condition.minConfidence
        ? { kind: 'negative_comment', sentiment: s.score, confidence: s.confidence }
        : undefined;
    }
    case 'repeat_contact': {
      if (facts.source !== 'moment') return undefined;
      const contacts = facts.contacts?.get(contactsKey(condition.of, condition.days));
      return contacts !== undefined && contacts >= condition.count
        ? { kind: 'repeat_contact', contacts, days: condition.days, of: condition.of }
        : undefined;
    }
    case 'systemic':
      return undefined;
  }
}

/** A repeat-contact window to count for a moment: which contacts, over how many days. */
export type TContactWindow = { of: 'episodes' | 'moments'; days: number };

/**
 * The repeat-contact windows the server must count for a moment: those of the enabled repeat-contact rules
 * whose scope takes the moment in. Empty for most moments, so most moments cost no query.
 */
export function repeatContactWindows(
  rules: readonly TAlertRule[],
  facts: Pick<TAlertFacts, 'journey' | 'touchpoint' | 'attributes'>,
): TContactWindow[] {
  const windows = new Map<string, TContactWindow>();
  for (const rule of rules) {
    const c = rule.condition;
    if (!rule.enabled || c.kind !== 'repeat_contact' || !isInScope(rule.scope, facts)) continue;
    windows.set(contactsKey(c.of, c.days), { of: c.of, days: c.days });
  }
  return [...windows.values()];
}

/** A touchpoint's moments and breaching moments in one fixed window. */
export type TTouchpointWindow = {
  journey: string;
  touchpoint: string;
  /** Start of the window, ms since 1970 UTC; a multiple of the window's length. */
  windowStart: number;
  windowHours: number;
  moments: number;
  breaching: number;
};

/** A systemic alert: a touchpoint whose breach rate over a window passed a rule's threshold. */
export type TSystemicMatch = {
  rule: string;
  severity: TSeverity;
  journey: string;
  touchpoint: string;
  windowStart: number;
  windowHours: number;
  moments: number;
  breaching: number;
  rate: number;
};

const HOUR_MS = 3_600_000;

/** The start of the fixed window of `windowHours` that holds the instant `at` (ms since 1970 UTC). */
export function windowStartOf(at: number, windowHours: number): number {
  const length = windowHours * HOUR_MS;
  return Math.floor(at / length) * length;
}

/**
 * The systemic rules a touchpoint's window passes: enabled, in scope (journey and touchpoint; a segment
 * cannot narrow a rate over all of a touchpoint's moments, so a systemic rule with one never fires), of the
 * same window length, with at least `minVolume` moments and a breach rate above `breachRate`.
 */
export function findSystemicAlerts(
  rules: readonly TAlertRule[],
  window: TTouchpointWindow,
): TSystemicMatch[] {
  const matches: TSystemicMatch[] = [];
  for (const rule of rules) {
    const c = rule.condition;
    if (!rule.enabled || c.kind !== 'systemic' || c.windowHours !== window.windowHours) continue;
    if (rule.scope.segment !== undefined && Object.keys(rule.scope.segment).length > 0) continue;
    if (!isInScope(rule.scope, window)) continue;
    if (window.moments < c.minVolume || window.moments === 0) continue;
    const rate = window.breaching / window.moments;
    if (rate <= c.breachRate) continue;
    const { journey, touchpoint, windowStart, windowHours, moments, breaching } = window;
    matches.push({
      rule: rule.key,
      severity: rule.severity,
      ...{ journey, touchpoint, windowStart, windowHours, moments, breaching, rate },
    });
  }
  return matches;
}

/**
 * The rules a workspace gets when a journey pack is loaded: a floor breach is high (the method's signal
 * of churn risk), a rating at the bottom of the scale medium, an NPS detractor high, an overall answer of
 * 4 or less (on 0-10) medium, a strongly negative comment (sentiment <= -0.6 with confidence >= 0.8)
 * medium, three episodes of one journey within 14 days medium, and a touchpoint whose breach rate passes
 * 20% of at least 30 moments in a day critical (one alert to the owner, no case).
 */
export function defaultAlertRules(): TAlertRule[] {
  const rule = (input: TAlertRuleInput) => ZAlertRule.parse(input);
  return [
    rule({
      key: 'floor-breach',
      name: 'Tolerance floor breached',
      severity: 'high',
      condition: { kind: 'floor_breach' },
    }),
    rule({
      key: 'bottom-rating',
      name: 'Rating at the bottom of the scale',
      severity: 'medium',
      condition: { kind: 'bottom_rating' },
    }),
    rule({
      key: 'nps-detractor',
      name: 'NPS detractor',
      severity: 'high',
      condition: { kind: 'nps_detractor', max: 6 },
    }),
    rule({
      key: 'low-overall',
      name: 'Low overall satisfaction',
      severity: 'medium',
      condition: { kind: 'low_score', score: 'overall', max: 4 },
    }),
    rule({
      key: 'negative-comment',
      name: 'Strongly negative comment',
      severity: 'medium',
      condition: { kind: 'negative_comment', maxSentiment: -0.6, minConfidence: 0.8 },
    }),
    rule({
      key: 'repeat-contact',
      name: 'Repeat contact',
      severity: 'medium',
      condition: { kind: 'repeat_contact', count: 3, days: 14, of: 'episodes' },
    }),
    rule({
      key: 'systemic-breach-rate',
      name: 'Systemic: breach rate over 20% in a day',
      severity: 'critical',
      opensCase: false,
      condition: { kind: 'systemic', breachRate: 0.2, windowHours: 24, minVolume: 30 },
    }),
  ];
}
