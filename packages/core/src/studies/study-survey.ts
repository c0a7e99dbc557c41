/**
 * KANO and SERVQUAL studies run as mot surveys: what marks a survey as a study, how a stored SurveyJS answer
 * becomes the analysis's input, and the analysis of a study's answers (core's `analyzeKano` and
 * `analyzeServqual`). The mark is a top-level `study` property of the definition (SurveyJS ignores it; the
 * builder keeps properties it does not know), written by the KANO and SERVQUAL templates, so a study keeps
 * its kind through new versions, export and import.
 */
import { z } from 'zod';
import { ZKey, ZName } from '../domain/journey.ts';
import { analyzeKano, type KanoClassRule, type KanoFeatureResult } from '../analytics/kano.ts';
import type { KanoTableName } from '../analytics/kano-table.ts';
import {
  analyzeServqual,
  SERVQUAL_DIMENSIONS,
  type ServqualResponse,
  type ServqualResult,
} from '../analytics/servqual.ts';
import { readKanoSurveyAnswers, type TKanoFeature } from './kano-questionnaire.ts';

/** The kinds of study a survey can be. */
export const STUDY_KINDS = ['kano', 'servqual'] as const;
export type TStudyKind = (typeof STUDY_KINDS)[number];

const ZFeatureNames = z.strictObject({ en: ZName, 'zh-CN': ZName });

/** The `study` property of a study's definition. */
export const ZStudyMarker = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('kano'),
    /** The features, in questionnaire order: the key names the question(s), the names the table. */
    features: z
      .array(z.strictObject({ key: ZKey, names: ZFeatureNames }))
      .min(1)
      .max(60),
  }),
  z.strictObject({
    kind: z.literal('servqual'),
    /** The answer scale of the expectation and perception statements. */
    scale: z.strictObject({ min: z.number().int(), max: z.number().int() }),
    /** Whether the survey asks each respondent to share 100 points among the dimensions. */
    importance: z.boolean(),
  }),
]);
export type TStudyMarker = z.infer<typeof ZStudyMarker>;
export type TKanoStudyMarker = Extract<TStudyMarker, { kind: 'kano' }>;
export type TServqualStudyMarker = Extract<TStudyMarker, { kind: 'servqual' }>;

/** The mark of a KANO questionnaire made from these features. */
export function kanoStudyMarker(features: readonly TKanoFeature[]): TKanoStudyMarker {
  return {
    kind: 'kano',
    features: features.map((f) => ({
      key: f.key,
      names: { en: f.names?.en ?? f.name, 'zh-CN': f.names?.['zh-CN'] ?? f.name },
    })),
  };
}

/** The study a definition is, or null when it is not one (no mark, or a mark that does not read). */
export function studyOfDefinition(definition: unknown): TStudyMarker | null {
  if (definition === null || typeof definition !== 'object') return null;
  const mark = (definition as Record<string, unknown>)['study'];
  const parsed = ZStudyMarker.safeParse(mark);
  return parsed.success ? parsed.data : null;
}

/** SERVQUAL's question names: a matrix per side and dimension (`e_tangibles`), rows `e1`..`e22`. */
export const servqualQuestionName = (side: 'e' | 'p', dimension: string) => `${side}_${dimension}`;
/** The importance allocation's question of a dimension (`importance_tangibles`), points 0..100. */
export const servqualImportanceName = (dimension: string) => `importance_${dimension}`;

const numberOrNull = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v)
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : null;

/**
 * Reads one SurveyJS answer of the SERVQUAL template into the analysis's input: item k's expectation is
 * row `e<k>` of the expectation matrix of its dimension, its perception row `p<k>`; the respondent's own
 * points per dimension when the survey asks for them. An unanswered statement stays missing.
 */
export function readServqualSurveyAnswers(answers: Readonly<Record<string, unknown>>): ServqualResponse {
  const items = Object.values(SERVQUAL_DIMENSIONS).flat().length;
  const dimensionOf = new Map(
    Object.entries(SERVQUAL_DIMENSIONS).flatMap(([d, numbers]) => numbers.map((k) => [k, d] as const)),
  );
  const read = (side: 'e' | 'p') =>
    Array.from({ length: items }, (_, i) => {
      const matrix = answers[servqualQuestionName(side, dimensionOf.get(i + 1) ?? '')];
      if (matrix === null || typeof matrix !== 'object') return null;
      return numberOrNull((matrix as Record<string, unknown>)[`${side}${i + 1}`]);
    });
  const importance = Object.fromEntries(
    Object.keys(SERVQUAL_DIMENSIONS).map((d) => [d, numberOrNull(answers[servqualImportanceName(d)])]),
  );
  return {
    expectations: read('e'),
    perceptions: read('p'),
    ...(Object.values(importance).some((v) => v !== null) ? { importance } : {}),
  };
}

/** Options of a KANO study's analysis (see `KanoOptions`). */
export type TKanoStudyOptions = { table?: KanoTableName; rule?: KanoClassRule };

/** A KANO study's result: per feature, the analysis with the names the table shows. */
export type TKanoStudyResult = {
  kind: 'kano';
  respondents: number;
  table: KanoTableName;
  rule: KanoClassRule;
  features: Array<KanoFeatureResult & { key: string; names: { en: string; 'zh-CN': string } }>;
};

/**
 * Analyses a KANO study's stored answers (SurveyJS data, one record per respondent) with the evaluation
 * table and class rule asked for (defaults: Berger et al. 1993's table, the most frequent category).
 */
export function analyzeKanoStudy(
  marker: TKanoStudyMarker,
  answers: readonly Readonly<Record<string, unknown>>[],
  options: TKanoStudyOptions = {},
): TKanoStudyResult {
  const keys = marker.features.map((f) => f.key);
  const table = options.table ?? 'berger';
  const rule = options.rule ?? 'most-frequent';
  const results = analyzeKano(
    answers.map((a) => readKanoSurveyAnswers(a, keys)),
    keys,
    { table, rule },
  );
  return {
    kind: 'kano',
    respondents: answers.length,
    table,
    rule,
    features: results.map((r, i) => ({
      ...r,
      key: r.feature,
      names: marker.features[i]?.names ?? { en: r.feature, 'zh-CN': r.feature },
    })),
  };
}

/** A SERVQUAL study's result; `weighting` says whether the respondents' own points weighted it. */
export type TServqualStudyResult = ServqualResult & {
  kind: 'servqual';
  respondents: number;
  weighting: 'respondents' | 'none';
  /** Respondents whose allocation could be used (every dimension given, total above 0). */
  allocations: number;
};

/**
 * Analyses a SERVQUAL study's stored answers: gaps per item and dimension with paired t intervals, and,
 * when the survey asked for the importance allocation and someone gave a usable one, the score weighted
 * by each respondent's own points (Zeithaml, Parasuraman & Berry 1990; see `analyzeServqual`).
 */
export function analyzeServqualStudy(
  marker: TServqualStudyMarker,
  answers: readonly Readonly<Record<string, unknown>>[],
  confidenceLevel = 0.95,
): TServqualStudyResult {
  const responses = answers.map(readServqualSurveyAnswers);
  const names = Object.keys(SERVQUAL_DIMENSIONS);
  const allocations = responses.filter((r) => {
    const points = names.map((d) => r.importance?.[d]);
    return (
      points.every((v) => typeof v === 'number' && v >= 0) &&
      points.reduce<number>((a, v) => a + (v ?? 0), 0) > 0
    );
  }).length;
  const weighting = marker.importance && allocations > 0 ? 'respondents' : 'none';
  const result = analyzeServqual(responses, {
    scale: marker.scale,
    confidenceLevel,
    ...(weighting === 'respondents' ? { importance: 'respondents' as const } : {}),
  });
  return { ...result, kind: 'servqual', respondents: answers.length, weighting, allocations };
}
