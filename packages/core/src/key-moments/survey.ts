/**
 * Key moments from a survey export (pure; rows may stream from any iterable). Each row becomes an episode
 * whose moments are its rated touchpoints in the mapping's order (so put the mapping in journey order: the
 * last rated touchpoint is the end). A rating's experience is `ratingToExperience` on its scale; it meets
 * the standard at or above the touchpoint's target rating; the bottom of the scale is a breach
 * (`isBottomRating`), as for moments. Operational columns are episode-level measures, searched for floors
 * against the outcome. Blank cells (empty, null, undefined, "NA", "N/A") are missing, and so are cells
 * holding one of the mapping's missing-value codes (`missing`, e.g. 0 = "not applicable"), which are counted
 * per column when the caller passes a tally.
 */
import { AnalyticsInputError } from '../analytics/errors.ts';
import { DEFAULT_RATING_SCALE } from '../domain/journey.ts';
import { isBottomRating, ratingToExperience } from '../domain/experience.ts';
import {
  codesForColumn,
  isMissingCode,
  tallyMissing,
  unknownMissingColumns,
} from '../import/missing-codes.ts';
import type { TCodeSet, TMissingTally } from '../import/missing-codes.ts';
import { KeyMomentAccumulator } from './accumulator.ts';
import { findKeyMoments } from './analyze.ts';
import type { TKeyMomentResult } from './result-types.ts';
import { ZSurveyMapping } from './survey-mapping.ts';
import type { TSurveyMapping, TSurveyMappingInput } from './survey-mapping.ts';
import type {
  TFindKeyMomentsOptions,
  TKeyMomentEpisode,
  TKeyMomentInput,
  TKeyMomentOptions,
} from './types.ts';

/** Options: the accumulator's (seed, replicates, reservoir size, scoring) and the analysis'. */
export type TSurveyKeyMomentOptions = Pick<
  TKeyMomentOptions,
  'seed' | 'replicates' | 'reservoirSize' | 'scoring'
> &
  TFindKeyMomentsOptions;

const BLANK = new Set(['', 'na', 'n/a', 'null']);

/** A cell as a number, undefined when blank; throws with the row and column when not a number. */
export function surveyNumber(cell: unknown, path: string): number | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number') {
    if (Number.isNaN(cell)) return undefined;
    if (!Number.isFinite(cell)) throw new AnalyticsInputError('not_finite', path);
    return cell;
  }
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (BLANK.has(text.toLowerCase())) return undefined;
    const v = Number(text);
    if (!Number.isFinite(v)) throw new AnalyticsInputError('not_finite', path, 'not a number');
    return v;
  }
  throw new AnalyticsInputError('not_finite', path, 'not a number');
}

/** Parses a mapping; throws `AnalyticsInputError` at `mapping.<path>` on the first problem. */
export function parseSurveyMapping(mapping: TSurveyMappingInput): TSurveyMapping {
  const parsed = ZSurveyMapping.safeParse(mapping);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['mapping', ...(issue?.path ?? []).map(String)].join('.');
    throw new AnalyticsInputError('bad_option', path, issue?.message ?? '');
  }
  const [unknown] = unknownMissingColumns(parsed.data.missing, surveyColumns(parsed.data));
  if (unknown !== undefined)
    throw new AnalyticsInputError('bad_option', `mapping.missing.${unknown}`, 'not a column of the mapping');
  return parsed.data;
}

/** Every column a survey mapping reads. */
function surveyColumns(m: TSurveyMapping): string[] {
  return [
    ...m.touchpoints.map((t) => t.column),
    m.outcome.column,
    ...m.measures.map((x) => x.column),
    ...(m.id === undefined ? [] : [m.id]),
  ];
}

/** Each column's missing-value codes, worked out once per mapping. */
const codesByMapping = new WeakMap<TSurveyMapping, Map<string, TCodeSet | undefined>>();

function codesOf(m: TSurveyMapping, column: string, isAnswerColumn: boolean): TCodeSet | undefined {
  if (m.missing === undefined) return undefined;
  let byColumn = codesByMapping.get(m);
  if (!byColumn) {
    byColumn = new Map();
    codesByMapping.set(m, byColumn);
  }
  const key = `${isAnswerColumn ? 'answer' : 'other'}:${column}`;
  if (!byColumn.has(key)) byColumn.set(key, codesForColumn(m.missing, column, isAnswerColumn));
  return byColumn.get(key);
}

/** Reads a row's cells, a coded cell as undefined, noting its column in `coded`. */
function cellReader(m: TSurveyMapping, row: Readonly<Record<string, unknown>>, coded: string[]) {
  return (column: string, isAnswerColumn = true): unknown => {
    const cell = row[column];
    if (!isMissingCode(cell, codesOf(m, column, isAnswerColumn))) return cell;
    coded.push(column);
    return undefined;
  };
}

/** The accumulator options a mapping implies. */
export function surveyKeyMomentOptions(
  m: TSurveyMapping,
  options: TSurveyKeyMomentOptions = {},
): TKeyMomentOptions {
  return {
    touchpoints: m.touchpoints.map((t) => {
      const scale = t.scale ?? DEFAULT_RATING_SCALE;
      return { key: t.key, ratingScale: scale, meetsValue: ratingToExperience(targetOf(t), scale) };
    }),
    outcome:
      m.outcome.kind === 'rating'
        ? { kind: 'continuous', direction: m.outcome.direction }
        : { kind: 'binary', direction: m.outcome.oneIsGood ? 'higher_is_better' : 'lower_is_better' },
    measures: m.measures.map((x) => ({
      key: x.key,
      direction: x.direction,
      touchpoint: x.touchpoint,
      floor: x.floor,
    })),
    seed: options.seed,
    replicates: options.replicates,
    reservoirSize: options.reservoirSize,
    scoring: options.scoring,
  };
}

function targetOf(t: TSurveyMapping['touchpoints'][number]): number {
  return t.target ?? (t.scale ?? DEFAULT_RATING_SCALE).max - 1;
}

function outcomeOf(m: TSurveyMapping, read: (column: string) => unknown, at: string): number | null {
  const o = m.outcome;
  const path = `${at}.${o.column}`;
  if (o.kind === 'rating') return surveyNumber(read(o.column), path) ?? null;
  const cell = read(o.column);
  if (cell === null || cell === undefined) return null;
  const label = String(cell).trim().toLowerCase();
  if (BLANK.has(label)) return null;
  if (o.one.some((l) => l.trim().toLowerCase() === label)) return 1;
  if (o.zero.some((l) => l.trim().toLowerCase() === label)) return 0;
  throw new AnalyticsInputError('bad_option', path, 'unknown label');
}

/**
 * The episode a survey row stands for (row `index`, 0-based, names it in errors). With `missingByCode`, the
 * row's cells read as missing by code are counted per column, once the row is read without error.
 */
export function surveyRowEpisode(
  m: TSurveyMapping,
  row: Readonly<Record<string, unknown>>,
  index: number,
  missingByCode?: TMissingTally,
): TKeyMomentEpisode {
  const at = `rows[${index}]`;
  const coded: string[] = [];
  const read = cellReader(m, row, coded);
  const moments: TKeyMomentInput[] = [];
  for (const t of m.touchpoints) {
    const rating = surveyNumber(read(t.column), `${at}.${t.column}`);
    if (rating === undefined) continue;
    const scale = t.scale ?? DEFAULT_RATING_SCALE;
    if (rating < scale.min || rating > scale.max)
      throw new AnalyticsInputError('bad_answer', `${at}.${t.column}`, `outside ${scale.min}..${scale.max}`);
    moments.push({
      touchpoint: t.key,
      experience: ratingToExperience(rating, scale),
      rating,
      meetsStandard: rating >= targetOf(t),
      breaches: isBottomRating(rating, scale) ? 1 : 0,
    });
  }
  const measures: Record<string, number> = {};
  for (const x of m.measures) {
    const v = surveyNumber(read(x.column, false), `${at}.${x.column}`);
    if (v !== undefined) measures[x.key] = v;
  }
  const id = m.id === undefined ? undefined : read(m.id, false);
  const key = id === undefined || id === null || String(id).trim() === '' ? `row-${index}` : String(id);
  const outcome = outcomeOf(m, read, at);
  if (missingByCode) tallyMissing(missingByCode, coded);
  return { key, moments, measures, outcome };
}

/** Key moments, IPA and floors from survey rows; the same result shape as `findKeyMoments`. */
export function keyMomentsFromSurvey(
  rows: Iterable<Readonly<Record<string, unknown>>>,
  mapping: TSurveyMappingInput,
  options: TSurveyKeyMomentOptions = {},
): TKeyMomentResult {
  const m = parseSurveyMapping(mapping);
  const acc = new KeyMomentAccumulator(surveyKeyMomentOptions(m, options));
  let index = 0;
  for (const row of rows) acc.addEpisode(surveyRowEpisode(m, row, index++));
  return findKeyMoments(acc, options);
}
