/**
 * Missing-value codes. Survey tools and exports often write a code instead of an empty cell for "no answer":
 * 0 = "not applicable", 99 = "don't know", "DK". A mapping names them per column, so a coded cell is read
 * as missing (like an empty one) instead of an out-of-scale rating that rejects the row. The same schema
 * and matching serve `mot import`, the server's import and `mot analyze` (moments and surveys).
 */
import { z } from 'zod';
import { parseNumber } from './parse-value.ts';

/**
 * The key of `missing` whose codes apply to every answer column: the ratings (a survey's touchpoint ratings,
 * a moment's `rating`) and a survey's outcome. Measures and other columns take only the codes named for them,
 * because a 0 or a 99 there is usually a real value (a delay of 0 minutes).
 */
export const EVERY_ANSWER_COLUMN = '*';

/** A code: a number matches a cell holding that number (`0`, `0.0`); a text matches the trimmed cell, ignoring case. */
export const ZMissingCode = z.union([z.number().finite(), z.string().trim().min(1).max(100)]);
export type TMissingCode = z.infer<typeof ZMissingCode>;

/**
 * `missing` of a mapping: column name (as in the header, or a JSONL property path) -> its codes; `"*"` ->
 * codes of every answer column (ratings and a survey's outcome). An answer column named here gets its own
 * codes and those of `"*"`.
 */
export const ZMissingCodes = z.record(
  z.string().min(1).max(200),
  z.array(ZMissingCode).min(1, 'list at least one code').max(100),
);
export type TMissingCodes = z.infer<typeof ZMissingCodes>;

/** Codes ready to match cells: numbers by value, texts lower-cased. */
export type TCodeSet = { readonly numbers: ReadonlySet<number>; readonly words: ReadonlySet<string> };

/** Cells read as missing by code, per column name. */
export type TMissingTally = Map<string, number>;

/**
 * The codes a column is read with: its own entry in `missing`, plus the `"*"` entry when the column holds an
 * answer (`isAnswerColumn`: a rating or a survey's outcome); undefined when it has none.
 */
export function codesForColumn(
  missing: TMissingCodes | undefined,
  column: string,
  isAnswerColumn: boolean,
): TCodeSet | undefined {
  if (missing === undefined) return undefined;
  const codes = [
    ...(Object.hasOwn(missing, column) ? (missing[column] ?? []) : []),
    ...(isAnswerColumn && Object.hasOwn(missing, EVERY_ANSWER_COLUMN)
      ? (missing[EVERY_ANSWER_COLUMN] ?? [])
      : []),
  ];
  if (codes.length === 0) return undefined;
  const numbers = new Set<number>();
  const words = new Set<string>();
  for (const code of codes) {
    if (typeof code === 'number') numbers.add(code);
    else words.add(code.trim().toLowerCase());
  }
  return { numbers, words };
}

/** Whether a cell (CSV text, or a JSON / spreadsheet value) holds one of the codes. */
export function isMissingCode(value: unknown, codes: TCodeSet | undefined): boolean {
  if (codes === undefined || value === null || value === undefined) return false;
  if (codes.numbers.size > 0 && (typeof value === 'number' || typeof value === 'string')) {
    const parsed = parseNumber(value);
    if (parsed.ok && codes.numbers.has(parsed.value)) return true;
  }
  if (codes.words.size > 0 && (typeof value === 'string' || typeof value === 'number')) {
    return codes.words.has(String(value).trim().toLowerCase());
  }
  return false;
}

/** Adds one to each column's count (a row's coded cells, once the row is taken). */
export function tallyMissing(tally: TMissingTally, columns: readonly string[]): void {
  for (const column of columns) tally.set(column, (tally.get(column) ?? 0) + 1);
}

/** The tally's columns in the order of `columns` (the file's header); columns not in it keep their order, last. */
export function tallyInOrder(tally: TMissingTally, columns: readonly string[]): TMissingTally {
  const at = (column: string) => {
    const index = columns.indexOf(column);
    return index < 0 ? columns.length : index;
  };
  return new Map([...tally].sort(([a], [b]) => at(a) - at(b)));
}

/** The tally as a plain object, for summaries and JSON, in the order of `columns` when given. */
export function missingTallyObject(
  tally: TMissingTally,
  columns: readonly string[] = [],
): Record<string, number> {
  return Object.fromEntries(tallyInOrder(tally, columns));
}

/**
 * The keys of `missing` that name no column the mapping reads (a typo would otherwise silently do
 * nothing); `"*"` is always fine.
 */
export function unknownMissingColumns(
  missing: TMissingCodes | undefined,
  readColumns: Iterable<string>,
): string[] {
  if (missing === undefined) return [];
  const known = new Set(readColumns);
  return Object.keys(missing).filter((key) => key !== EVERY_ANSWER_COLUMN && !known.has(key));
}
