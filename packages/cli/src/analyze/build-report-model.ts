import type { TJourney, TMeasure } from '@mot/core';
import type {
  TControlledCoefficient,
  TFloorSuggestion,
  TKeyMomentResult,
  TTouchpointKeyMoment,
} from '@mot/core';
import type { CurveSample } from './curve-sample.ts';
import { quantile } from '@mot/core';
import { localName } from './journey-source.ts';
import type { WorstComments } from './worst-comments.ts';
import type { TReportLocale } from './messages.ts';
import type {
  TDataQuality,
  TKeyCount,
  TOutcomeKind,
  TReportCoefficient,
  TReportFloor,
  TReportModel,
  TReportTouchpoint,
} from './report-model.ts';

/** How many top-ranked touchpoints (with a lift clearly above zero) get a key-moment badge. */
export const KEY_MOMENT_BADGES = 3;

/** Everything the report is built from. */
export type TReportInput = {
  locale: TReportLocale;
  source: 'moments' | 'survey';
  outcome: TOutcomeKind;
  journey: TJourney;
  result: TKeyMomentResult;
  curves: CurveSample;
  quotes: WorstComments;
  moments: number;
  period: { from: string; to: string } | null;
  dataQuality: TDataQuality;
  generatedAt: string;
};

/**
 * Turns the key-moment result (numbers and codes) into what the report shows: names in the report's
 * language, churn in percentage points, the top-ranked touchpoints badged, the typical good and bad episodes.
 */
export function buildReportModel(input: TReportInput): TReportModel {
  const { journey, result, locale } = input;
  const scale = input.outcome === 'churn' ? 100 : 1;
  const byKey = new Map(journey.touchpoints.map((tp) => [tp.key, tp]));
  const nameOf = (key: string) => {
    const tp = byKey.get(key);
    return tp ? localName(tp, locale) : key;
  };
  const touchpoints = result.touchpoints.map((tp) =>
    toTouchpoint(
      tp,
      nameOf(tp.key),
      byKey.get(tp.key)?.stage ?? '',
      byKey.get(tp.key)?.measures ?? [],
      scale,
    ),
  );
  const sorted = input.curves.sortedScores();
  const roles = (pick: (t: TTouchpointKeyMoment) => { count: number; share: number }): TKeyCount[] =>
    result.touchpoints
      .map((t) => ({ key: t.key, name: nameOf(t.key), ...pick(t) }))
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, 3);
  return {
    locale,
    source: input.source,
    outcome: input.outcome,
    journeyKey: journey.key,
    journeyName: localName(journey, locale),
    period: input.period,
    counts: {
      episodes: result.episodes.total,
      moments: input.moments,
      withOutcome: result.episodes.withOutcome,
    },
    stages: journey.stages.map((s) => ({ key: s.key, name: localName(s, locale) })),
    touchpoints,
    ipa: result.ipa,
    histogram: result.episodeScores.histogram.map((bin) => bin.count),
    medianScore: sorted.length > 0 ? quantile(sorted, 0.5) : null,
    lowScoreShare: sorted.length > 0 ? sorted.filter((s) => s < 5).length / sorted.length : null,
    peakEnd: { peaks: roles((t) => t.peak), troughs: roles((t) => t.trough), ends: roles((t) => t.end) },
    curves: { good: input.curves.nearestTo(0.8), bad: input.curves.nearestTo(0.2) },
    peakEndRefit: refitShares(result.peakEnd),
    peakEndControlled: controlledWeights(result.peakEndControlled),
    quotes: touchpoints
      .filter((tp) => tp.isKeyMoment && tp.rank !== null)
      .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
      .map((tp) => ({ key: tp.key, name: tp.name, rank: tp.rank ?? 0, quotes: input.quotes.of(tp.key) }))
      .filter((entry) => entry.quotes.length > 0),
    floors: result.floors.map((f) => toFloor(f, journey, locale, scale)),
    confidence: result.model.confidence,
    dataQuality: input.dataQuality,
    generatedAt: input.generatedAt,
  };
}

const finite = (x: number | undefined | null): number | null => (x != null && Number.isFinite(x) ? x : null);

function toTouchpoint(
  tp: TTouchpointKeyMoment,
  name: string,
  stage: string,
  measures: readonly TMeasure[],
  scale: number,
): TReportTouchpoint {
  const weight = tp.importance?.weight;
  const lift = finite(tp.lift?.estimate);
  const withStandard = measures.filter((m) => m.standard !== undefined);
  const [only] = withStandard;
  return {
    key: tp.key,
    name,
    stage,
    volume: tp.volume.moments,
    performance: finite(tp.performance.meetsStandard?.estimate),
    experience: finite(tp.performance.experience.estimate),
    breachRate: finite(tp.breachRate?.estimate),
    importance:
      weight && Number.isFinite(weight.estimate)
        ? {
            value: weight.estimate,
            low: Number.isFinite(weight.lower) ? weight.lower : weight.estimate,
            high: Number.isFinite(weight.upper) ? weight.upper : weight.estimate,
          }
        : null,
    expectedLift: lift === null ? null : lift * scale,
    quadrant: tp.quadrant,
    rank: tp.rank,
    isKeyMoment: tp.rank !== null && tp.rank <= KEY_MOMENT_BADGES && isClearLift(tp.lift),
    floor:
      withStandard.length === 1 && only?.standard
        ? { measure: only.key, value: only.standard.floor, unit: only.unit }
        : null,
  };
}

function toFloor(f: TFloorSuggestion, journey: TJourney, locale: TReportLocale, scale: number): TReportFloor {
  const tp = journey.touchpoints.find((t) => t.key === f.touchpoint);
  const measure = tp?.measures.find((m) => m.key === f.measure);
  return {
    touchpointKey: f.touchpoint ?? null,
    measureKey: f.measure,
    touchpoint: tp ? localName(tp, locale) : (f.touchpoint ?? ''),
    measure: measure?.names?.[locale] ?? measure?.name ?? f.measure,
    unit: measure?.unit ?? '',
    current: f.currentFloor,
    suggested: f.threshold,
    drop: f.drop * scale,
    low: f.lower * scale,
    high: f.upper * scale,
    p: f.p,
    isSignificant: f.p < 0.05,
  };
}

/** The refitted peak, end and mean weights as shares of their sum (the breach penalty is left aside). */
function refitShares(refit: TKeyMomentResult['peakEnd']): TReportModel['peakEndRefit'] {
  if (!refit) return null;
  const { peak, end, mean } = refit.weights;
  const sum = peak + end + mean;
  if (!(sum > 0) || !Number.isFinite(refit.r2)) return null;
  return { peak: peak / sum, end: end / sum, mean: mean / sum, r2: refit.r2 };
}

/** The controlled refit's peak, end and breach weights, those the data can tell apart. */
function controlledWeights(refit: TKeyMomentResult['peakEndControlled']): TReportModel['peakEndControlled'] {
  if (!refit) return null;
  const told = (c: TControlledCoefficient): TReportCoefficient | null =>
    c.identifiable && Number.isFinite(c.estimate)
      ? { estimate: c.estimate, lower: c.lower, upper: c.upper }
      : null;
  const [peak, end, breaches] = [
    told(refit.weights.peak),
    told(refit.weights.end),
    told(refit.weights.breaches),
  ];
  return peak === null && end === null ? null : { n: refit.n, peak, end, breaches };
}

/** A lift clearly above zero: its interval's lower bound when there is one, else the estimate. */
function isClearLift(lift: TTouchpointKeyMoment['lift']): boolean {
  if (!lift || !(lift.estimate > 0)) return false;
  return Number.isFinite(lift.lower) ? lift.lower > 0 : true;
}
