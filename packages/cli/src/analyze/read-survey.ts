import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { TJourney } from '@mot/core';
import { tallyInOrder } from '@mot/core/import';
import { MappingError } from '../import/mapping.ts';
import { openCsvSource } from '../import/read-csv.ts';
import {
  KeyMomentAccumulator,
  parseSurveyMapping,
  surveyKeyMomentOptions,
  surveyRowEpisode,
} from '@mot/core';
import type { TSurveyMapping } from '@mot/core';
import { CurveSample } from './curve-sample.ts';
import { localName } from './journey-source.ts';
import { translate } from './messages.ts';
import type { TReportLocale } from './messages.ts';
import type { TOutcomeKind } from './report-model.ts';
import { RowProblems } from './row-problems.ts';

/** What `readSurvey` needs. */
export type TReadSurveyOptions = {
  path: string;
  /** The parsed mapping document (core's `ZSurveyMapping`). */
  mapping: unknown;
  origin: string;
  /** A journey whose touchpoint keys the mapping uses, for names and stages; else one stage of columns. */
  journey?: TJourney | undefined;
  locale: TReportLocale;
  seed: number;
  replicates?: number | undefined;
  onProgress?: ((bytes: number, rows: number, total: number) => void) | undefined;
};

/** What one pass over a survey export gathers. */
export type TSurveyPass = {
  journey: TJourney;
  outcome: TOutcomeKind;
  accumulator: KeyMomentAccumulator;
  curves: CurveSample;
  moments: number;
  withoutOutcome: number;
  problems: RowProblems;
  /** Cells read as missing by the mapping's codes, per column, in rows that were taken. */
  missingByCode: Map<string, number>;
};

/**
 * Streams a survey export (one row per respondent) into the key-moment accumulator with core's survey rules
 * (`surveyRowEpisode`): each row is an episode of its rated touchpoints. A row with a bad cell is counted with
 * its line, never fatal; a cell holding one of the mapping's missing-value codes is missing, counted per
 * column; a mapping naming a missing column stops before reading, listing the columns.
 */
export async function readSurvey(o: TReadSurveyOptions): Promise<TSurveyPass> {
  const mapping = parseMapping(o.mapping, o.origin);
  const source = await openCsvSource(o.path);
  try {
    const header = source.header ?? [];
    checkColumns(mapping, header, o.origin);
    if (o.journey) checkTouchpoints(mapping, o.journey, o.origin);
    const journey = o.journey ?? surveyJourney(mapping, basename(o.path), o.locale);
    const names = new Map(journey.touchpoints.map((tp) => [tp.key, localName(tp, o.locale)]));
    const nameOf = (key: string) => names.get(key) ?? key;
    const accumulator = new KeyMomentAccumulator(
      surveyKeyMomentOptions(mapping, { seed: o.seed, replicates: o.replicates }),
    );
    const curves = new CurveSample(o.seed);
    const problems = new RowProblems();
    const total = statSync(o.path).size;
    let moments = 0;
    let withoutOutcome = 0;
    const missingByCode = new Map<string, number>();
    for await (const row of source.rows) {
      const index = problems.read++;
      if (index % 5000 === 0) o.onProgress?.(source.bytesRead(), index, total);
      if (!('values' in row)) {
        problems.add(o.path, row.line, row.problem);
        continue;
      }
      const values = row.values;
      const record = Object.fromEntries(header.map((name, i) => [name, values[i]]));
      let episode;
      try {
        episode = surveyRowEpisode(mapping, record, index, missingByCode);
        accumulator.addEpisode(episode);
      } catch (error) {
        problems.add(o.path, row.line, describeCellError(error));
        continue;
      }
      moments += episode.moments.length;
      if (episode.outcome == null) withoutOutcome++;
      curves.addEpisode(episode.key, episode.moments, nameOf);
    }
    o.onProgress?.(total, problems.read, total);
    const outcome: TOutcomeKind = mapping.outcome.kind === 'label' ? 'churn' : 'overall';
    return {
      journey,
      outcome: outcomeKindOf(mapping, outcome),
      accumulator,
      curves,
      moments,
      withoutOutcome,
      problems,
      missingByCode: tallyInOrder(missingByCode, header),
    };
  } finally {
    source.close();
  }
}

/** A label outcome whose 1 is the good one (satisfied) reads as satisfaction, not churn. */
function outcomeKindOf(mapping: TSurveyMapping, fallback: TOutcomeKind): TOutcomeKind {
  return mapping.outcome.kind === 'label' && mapping.outcome.oneIsGood ? 'overall' : fallback;
}

function parseMapping(document: unknown, origin: string): TSurveyMapping {
  try {
    return parseSurveyMapping(document as Parameters<typeof parseSurveyMapping>[0]);
  } catch (error) {
    throw new MappingError(`${origin}: ${(error as Error).message}`);
  }
}

/** Every column the mapping names must be in the header; the error lists the ones that are. */
function checkColumns(mapping: TSurveyMapping, header: readonly string[], origin: string): void {
  const named: [string, string][] = [
    ...mapping.touchpoints.map((t, i): [string, string] => [`touchpoints[${i}].column`, t.column]),
    ['outcome.column', mapping.outcome.column],
    ...mapping.measures.map((m, i): [string, string] => [`measures[${i}].column`, m.column]),
    ...(mapping.id === undefined ? [] : [['id', mapping.id] as [string, string]]),
  ];
  const missing = named.filter(([, column]) => !header.includes(column));
  if (missing.length === 0) return;
  const list = missing
    .map(([field, column]) => `${field}: column "${column}" is not in the header`)
    .join('; ');
  throw new MappingError(`${origin}: ${list} (available columns: ${header.join(', ')})`);
}

/** With a journey, every surveyed touchpoint must be one of its touchpoints (for its name and stage). */
function checkTouchpoints(mapping: TSurveyMapping, journey: TJourney, origin: string): void {
  const keys = new Set(journey.touchpoints.map((t) => t.key));
  const unknown = mapping.touchpoints.filter((t) => !keys.has(t.key)).map((t) => `"${t.key}"`);
  if (unknown.length === 0) return;
  throw new MappingError(
    `${origin}: touchpoints ${unknown.join(', ')} are not in journey "${journey.key}" (its touchpoints: ${[...keys].join(', ')})`,
  );
}

/** `bad_option at rows[3].Q1: outside 1..5` -> `column "Q1": outside 1..5`. */
function describeCellError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const match = /^(\w+) at rows\[\d+\]\.(.+?)(?:: (.*))?$/.exec(error.message);
  if (!match) return error.message;
  const [, code, column, detail] = match;
  return `column "${column}": ${detail ?? code}`;
}

/** Without a journey: one stage holding the surveyed touchpoints, named by their columns. */
function surveyJourney(mapping: TSurveyMapping, name: string, locale: TReportLocale): TJourney {
  const stageName = translate(locale, 'survey.stage');
  return {
    key: 'survey',
    name,
    stages: [{ key: 'survey', name: stageName, kind: 'custom' }],
    touchpoints: mapping.touchpoints.map((t) => ({
      key: t.key,
      name: t.column,
      stage: 'survey',
      channel: 'other',
      owner: '-',
      measures: mapping.measures
        .filter((m) => m.touchpoint === t.key)
        .map((m) => ({
          key: m.key,
          name: m.column,
          unit: m.key.split('_').at(-1) ?? '',
          direction: m.direction,
        })),
    })),
  };
}
