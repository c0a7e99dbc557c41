/**
 * `mot analyze --format json`: every figure of the report as JSON, for notebooks and scripts. The shape is
 * `ZReportJson` (documented in docs/analyze.md, versioned by `version`): touchpoints, stages and measures by
 * their keys, with their names in the report's language beside them; shares as 0..1; numbers as numbers; no
 * HTML and no sentences. It is made from the same report model as the HTML, so the two always agree.
 */
import { z } from 'zod';
import type { TReportModel, TReportTouchpoint } from './report-model.ts';
import { pickHeadlines, pickRecommendations } from './report-picks.ts';

/** The version of the shape; a change that could break a reader raises it. */
export const REPORT_JSON_VERSION = 1;

/** A share, 0..1 (left unbounded here: a mean of ones may round a hair above 1). */
const ZShare = z.number();
/** An estimate with its confidence interval; a bound that could not be found is null. */
const ZInterval = z.object({
  estimate: z.number(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});
const ZKeyCount = z.object({ touchpoint: z.string(), count: z.number().int(), share: ZShare });
const ZCurve = z.object({
  episode: z.string(),
  score10: z.number(),
  points: z.array(z.object({ touchpoint: z.string(), value: z.number() })),
});

/** One touchpoint and everything the report says about it. */
export const ZReportJsonTouchpoint = z.object({
  key: z.string(),
  name: z.string(),
  stage: z.string(),
  volume: z.number().int(),
  performance: ZShare.nullable(),
  experience: z.number().nullable(),
  breachRate: ZShare.nullable(),
  importance: z.object({ value: z.number(), lower: z.number(), upper: z.number() }).nullable(),
  expectedLift: z.number().nullable(),
  quadrant: z
    .enum(['concentrate_here', 'keep_up_the_good_work', 'low_priority', 'possible_overkill'])
    .nullable(),
  rank: z.number().int().nullable(),
  isKeyMoment: z.boolean(),
  floor: z.object({ measure: z.string(), value: z.number(), unit: z.string() }).nullable(),
});

/** A suggested tolerance floor. */
export const ZReportJsonFloor = z.object({
  touchpoint: z.string().nullable(),
  measure: z.string(),
  touchpointName: z.string(),
  measureName: z.string(),
  unit: z.string(),
  current: z.number().nullable(),
  suggested: z.number(),
  drop: ZInterval,
  p: z.number(),
  isSignificant: z.boolean(),
});

/** The whole document `mot analyze --format json` writes. */
export const ZReportJson = z.object({
  format: z.literal('mot-analyze-report'),
  version: z.literal(REPORT_JSON_VERSION),
  generatedAt: z.string(),
  locale: z.enum(['en', 'zh-CN']),
  source: z.enum(['moments', 'survey']),
  outcome: z.enum(['overall', 'nps', 'churn']),
  liftUnit: z.enum(['points', 'percentage_points']),
  confidence: z.number(),
  journey: z.object({ key: z.string(), name: z.string() }),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  counts: z.object({
    episodes: z.number().int(),
    moments: z.number().int(),
    withOutcome: z.number().int(),
  }),
  stages: z.array(z.object({ key: z.string(), name: z.string() })),
  touchpoints: z.array(ZReportJsonTouchpoint),
  headlines: z.object({
    topKeyMoment: z.string().nullable(),
    mostBreached: z.string().nullable(),
    concentrateHere: z.array(z.string()).nullable(),
  }),
  recommendations: z.object({
    bringToStandard: z.array(z.object({ touchpoint: z.string(), expectedLift: z.number() })),
    moveFloors: z.array(
      z.object({
        touchpoint: z.string().nullable(),
        measure: z.string(),
        current: z.number().nullable(),
        suggested: z.number(),
      }),
    ),
    keep: z.array(z.object({ touchpoint: z.string(), performance: ZShare.nullable() })),
  }),
  ipa: z.object({ importance: z.number(), performance: z.number() }).nullable(),
  episodeScores: z.object({
    histogram: z.array(z.number().int()).length(10),
    median: z.number().nullable(),
    lowScoreShare: ZShare.nullable(),
    peaks: z.array(ZKeyCount),
    troughs: z.array(ZKeyCount),
    ends: z.array(ZKeyCount),
    peakEndShares: z
      .object({ peak: z.number(), end: z.number(), mean: z.number(), r2: z.number() })
      .nullable(),
    peakEndControlled: z
      .object({
        n: z.number().int(),
        peak: ZInterval.nullable(),
        end: ZInterval.nullable(),
        breaches: ZInterval.nullable(),
      })
      .nullable(),
  }),
  curves: z.object({ good: ZCurve.nullable(), bad: ZCurve.nullable() }),
  floors: z.array(ZReportJsonFloor),
  quotes: z.array(
    z.object({
      touchpoint: z.string(),
      rank: z.number().int(),
      quotes: z.array(z.object({ text: z.string(), value: z.number() })),
    }),
  ),
  dataQuality: z.object({
    rowsRead: z.number().int(),
    rowsRejected: z.number().int(),
    firstProblems: z.array(z.object({ file: z.string(), line: z.number().int(), reason: z.string() })),
    episodesWithoutOutcome: z.number().int(),
    lateMoments: z.number().int(),
    missingByCode: z.array(z.object({ column: z.string(), cells: z.number().int() })),
  }),
});
export type TReportJson = z.infer<typeof ZReportJson>;

function touchpointOf(tp: TReportTouchpoint): TReportJson['touchpoints'][number] {
  return {
    key: tp.key,
    name: tp.name,
    stage: tp.stage,
    volume: tp.volume,
    performance: tp.performance,
    experience: tp.experience,
    breachRate: tp.breachRate,
    importance: tp.importance && {
      value: tp.importance.value,
      lower: tp.importance.low,
      upper: tp.importance.high,
    },
    expectedLift: tp.expectedLift,
    quadrant: tp.quadrant,
    rank: tp.rank,
    isKeyMoment: tp.isKeyMoment,
    floor: tp.floor,
  };
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

const boundsOf = (estimate: number, lower: number, upper: number) => ({
  estimate,
  lower: finiteOrNull(lower),
  upper: finiteOrNull(upper),
});

const intervalOf = (x: { estimate: number; lower: number; upper: number } | null) =>
  x && boundsOf(x.estimate, x.lower, x.upper);

const keyCounts = (counts: TReportModel['peakEnd']['peaks']) =>
  counts.map((c) => ({ touchpoint: c.key, count: c.count, share: c.share }));

const curveOf = (curve: TReportModel['curves']['good']) =>
  curve && {
    episode: curve.episode,
    score10: curve.score10,
    points: curve.points.map((p) => ({ touchpoint: p.key, value: p.value })),
  };

/** The report model as the JSON document (pure: the same model gives the same document). */
export function toReportJson(model: TReportModel): TReportJson {
  const headlines = pickHeadlines(model);
  const recommendations = pickRecommendations(model);
  return {
    format: 'mot-analyze-report',
    version: REPORT_JSON_VERSION,
    generatedAt: model.generatedAt,
    locale: model.locale,
    source: model.source,
    outcome: model.outcome,
    liftUnit: model.outcome === 'churn' ? 'percentage_points' : 'points',
    confidence: model.confidence,
    journey: { key: model.journeyKey, name: model.journeyName },
    period: model.period,
    counts: model.counts,
    stages: model.stages,
    touchpoints: model.touchpoints.map(touchpointOf),
    headlines: {
      topKeyMoment: headlines.top?.key ?? null,
      mostBreached: headlines.mostBreached?.key ?? null,
      concentrateHere: headlines.concentrate?.map((tp) => tp.key) ?? null,
    },
    recommendations: {
      bringToStandard: recommendations.lifts.map((tp) => ({
        touchpoint: tp.key,
        expectedLift: tp.expectedLift,
      })),
      moveFloors: recommendations.floors.map((f) => ({
        touchpoint: f.touchpointKey,
        measure: f.measureKey,
        current: f.current,
        suggested: f.suggested,
      })),
      keep: recommendations.strengths.map((tp) => ({ touchpoint: tp.key, performance: tp.performance })),
    },
    ipa: model.ipa,
    episodeScores: {
      histogram: model.histogram,
      median: model.medianScore,
      lowScoreShare: model.lowScoreShare,
      peaks: keyCounts(model.peakEnd.peaks),
      troughs: keyCounts(model.peakEnd.troughs),
      ends: keyCounts(model.peakEnd.ends),
      peakEndShares: model.peakEndRefit,
      peakEndControlled: model.peakEndControlled && {
        n: model.peakEndControlled.n,
        peak: intervalOf(model.peakEndControlled.peak),
        end: intervalOf(model.peakEndControlled.end),
        breaches: intervalOf(model.peakEndControlled.breaches),
      },
    },
    curves: { good: curveOf(model.curves.good), bad: curveOf(model.curves.bad) },
    floors: model.floors.map((f) => ({
      touchpoint: f.touchpointKey,
      measure: f.measureKey,
      touchpointName: f.touchpoint,
      measureName: f.measure,
      unit: f.unit,
      current: f.current,
      suggested: f.suggested,
      drop: boundsOf(f.drop, f.low, f.high),
      p: f.p,
      isSignificant: f.isSignificant,
    })),
    quotes: model.quotes.map((q) => ({ touchpoint: q.key, rank: q.rank, quotes: q.quotes })),
    dataQuality: model.dataQuality,
  };
}

/** The document as written: checked against its schema (a figure that is not a finite number fails here), indented. */
export function renderReportJson(model: TReportModel): string {
  return `${JSON.stringify(ZReportJson.parse(toReportJson(model)), null, 2)}\n`;
}
