import { MappingError } from '../import/mapping.ts';
import { parseMeasure, parseNumber } from '../import/parse-value.ts';
import type { TValueResult } from '../import/parse-value.ts';
import type { TRecordValues } from '../import/map-record.ts';
import type { TOutcomeColumns } from './analyze-mapping.ts';
import type { TOutcomeKind } from './report-model.ts';

/** Outcome kinds in the order they are chosen when `--outcome` is not given. */
export const OUTCOME_KINDS: readonly TOutcomeKind[] = ['overall', 'nps', 'churn'];

/** The mapping field of each outcome kind, and the column name used when the mapping leaves it out. */
const FIELD: Readonly<Record<TOutcomeKind, 'overall' | 'nps' | 'churned'>> = {
  overall: 'overall',
  nps: 'nps',
  churn: 'churned',
};

/** An outcome column found in a header: which outcome, where, and how its cells are read. */
export type TOutcomeColumn = {
  kind: TOutcomeKind;
  index: number;
  label: string;
  parse: (value: unknown) => TValueResult<number>;
};

/** Index of `name` in the header, exactly or else ignoring case; -1 when absent. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  return exact >= 0 ? exact : header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
}

/**
 * Finds the outcome column: the one `--outcome` asks for, or the first of overall, nps, churned that the
 * mapping names or the header has. Returns undefined when `isOptional` and none is there; otherwise the error
 * lists the available columns.
 */
export function resolveOutcomeColumn(
  header: readonly string[],
  columns: TOutcomeColumns,
  wanted: TOutcomeKind | undefined,
  origin: string,
  isOptional = false,
): TOutcomeColumn | undefined {
  const available = `available columns: ${header.join(', ')}`;
  for (const kind of wanted ? [wanted] : OUTCOME_KINDS) {
    const field = FIELD[kind];
    const named = columns[field];
    const index = findColumn(header, named ?? field);
    if (index < 0 && named !== undefined) {
      throw new MappingError(
        `mapping field "outcomes.${field}": column "${named}" is not in ${origin} (${available})`,
      );
    }
    if (index >= 0) {
      const parse = kind === 'churn' ? parseMeasure : parseNumber;
      return { kind, index, label: `outcomes.${field} (column "${header[index] ?? field}")`, parse };
    }
  }
  if (isOptional) return undefined;
  const asked = wanted
    ? `--outcome ${wanted}: no column "${columns[FIELD[wanted]] ?? FIELD[wanted]}"`
    : 'no outcome column (overall, nps or churned)';
  throw new MappingError(`${origin}: ${asked}; map one under "outcomes" in the mapping (${available})`);
}

/** The text of CSV cell `index` of a record (undefined for a JSON record or a missing cell). */
export function cellAt(values: TRecordValues, index: number): string | undefined {
  if (!Array.isArray(values)) return undefined;
  const cell: unknown = values[index];
  return typeof cell === 'string' ? cell : undefined;
}
