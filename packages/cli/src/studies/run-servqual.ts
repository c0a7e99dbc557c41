import {
  AnalyticsInputError,
  analyzeServqual,
  type ServqualDimensionResult,
  type ServqualItemResult,
  type ServqualMeanInterval,
  type ServqualResponse,
} from '@mot/core';
import { MappingError } from '../import/mapping.ts';
import { readJsonFile } from '../import/read-json-file.ts';
import { parseServqualStudyMapping, type TServqualStudyMapping } from './servqual-mapping.ts';
import { readStudyCsv } from './read-study.ts';
import { findStudyColumn } from './study-columns.ts';

/** Everything `mot servqual` found, as `--format json` writes it. */
export type TServqualReport = {
  file: string;
  scale: { min: number; max: number };
  confidence: number;
  rows: number;
  rejected: number;
  /** Cells that are not a number on the scale; each counts as not answered. */
  unreadableCells: number;
  problems: { file: string; line: number; reason: string }[];
  items: (ServqualItemResult & { key: string; name: string })[];
  dimensions: readonly ServqualDimensionResult[];
  unweighted: ServqualMeanInterval;
  weighted: ServqualMeanInterval | null;
  weights: Readonly<Record<string, number>> | null;
};

/**
 * Runs a SERVQUAL gap analysis of a survey export (core's `analyzeServqual`): each item's expectation and
 * perception columns, found by header text; gaps P − E per item and dimension with paired t intervals,
 * and the importance-weighted score. A cell that is not a number on the scale is reported with its line
 * and column and counts as not answered; a missing column or a bad allocation names the mapping field.
 */
export async function runServqual(input: string, mappingPath: string): Promise<TServqualReport> {
  const origin = `--mapping ${mappingPath}`;
  const document = await readJsonFile(mappingPath, '--mapping', (m) => new MappingError(m));
  const mapping = parseServqualStudyMapping(document, origin);
  const missing = new Set(mapping.missing);
  const { scale } = mapping;
  const dimensionNames = [...new Set(mapping.items.map((i) => i.dimension))];
  const allocationColumns = allocationColumnsOf(mapping.importance, dimensionNames, origin);
  let unreadable = 0;
  const responses: ServqualResponse[] = [];
  const problems = await readStudyCsv(
    input,
    (header) => ({
      items: mapping.items.map((item, i) => ({
        expectation: findStudyColumn(header, item.expectation, `items.${i}.expectation`, origin),
        perception: findStudyColumn(header, item.perception, `items.${i}.perception`, origin),
      })),
      points: allocationColumns?.map(([dimension, reference]) => ({
        dimension,
        column: findStudyColumn(header, reference, `importance.${dimension}`, origin),
      })),
    }),
    (row, columns, header, rowProblems) => {
      const read = (column: number, min: number, max: number): number | null => {
        const raw = (row.values[column] ?? '').trim();
        if (raw === '' || missing.has(raw)) return null;
        const value = Number(raw);
        if (Number.isFinite(value) && value >= min && value <= max) return value;
        unreadable++;
        const range = max === Infinity ? `${min} or more` : `from ${min} to ${max}`;
        rowProblems.note(
          input,
          row.line,
          `column "${header[column] ?? ''}": "${raw}" is not a number ${range}`,
        );
        return null;
      };
      responses.push({
        expectations: columns.items.map((c) => read(c.expectation, scale.min, scale.max)),
        perceptions: columns.items.map((c) => read(c.perception, scale.min, scale.max)),
        importance: columns.points
          ? Object.fromEntries(columns.points.map((p) => [p.dimension, read(p.column, 0, Infinity)]))
          : undefined,
      });
    },
  );
  const dimensions: Record<string, number[]> = {};
  mapping.items.forEach((item, i) => (dimensions[item.dimension] ??= []).push(i + 1));
  let result;
  try {
    result = analyzeServqual(responses, {
      dimensions,
      importance: allocationColumns ? 'respondents' : fixedPoints(mapping.importance),
      scale,
      confidenceLevel: mapping.confidence,
    });
  } catch (error) {
    // The allocation is the only input core can refuse that the mapping decides.
    if (error instanceof AnalyticsInputError && error.path.startsWith('importance')) {
      throw new MappingError(`${origin}: ${error.message.replace(/^\w+ at /, '')}`);
    }
    throw error;
  }
  return {
    file: input,
    scale,
    confidence: mapping.confidence,
    rows: problems.read,
    rejected: problems.rejected,
    unreadableCells: unreadable,
    problems: [...problems.examples],
    items: result.items.map((r) => {
      const item = mapping.items[r.item - 1];
      return { ...r, key: item?.key ?? String(r.item), name: item?.name ?? item?.key ?? String(r.item) };
    }),
    dimensions: result.dimensions,
    unweighted: result.unweighted,
    weighted: result.weighted,
    weights: result.weights,
  };
}

/**
 * When the allocation names columns (each respondent's own points), those columns by dimension; null for
 * a fixed allocation or none. Either way every key must be a dimension, and columns must cover them all.
 */
function allocationColumnsOf(
  importance: TServqualStudyMapping['importance'],
  dimensions: readonly string[],
  origin: string,
): [string, string][] | null {
  if (importance === undefined) return null;
  const unknown = Object.keys(importance).find((key) => !dimensions.includes(key));
  if (unknown !== undefined) {
    throw new MappingError(
      `${origin}: importance.${unknown}: not a dimension (the dimensions: ${dimensions.join(', ')})`,
    );
  }
  const entries = Object.entries(importance);
  if (!entries.every((entry): entry is [string, string] => typeof entry[1] === 'string')) return null;
  const uncovered = dimensions.find((d) => !Object.hasOwn(importance, d));
  if (uncovered !== undefined) throw new MappingError(`${origin}: importance.${uncovered}: needs a column`);
  return entries;
}

/** A fixed allocation's points (the mapping's numbers), or undefined. */
function fixedPoints(importance: TServqualStudyMapping['importance']): Record<string, number> | undefined {
  if (importance === undefined) return undefined;
  return Object.fromEntries(
    Object.entries(importance).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
  );
}
