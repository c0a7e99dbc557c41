import { Option } from 'commander';
import type { Command } from 'commander';
import { z } from 'zod';
import { toCsvLine } from './csv-cell.ts';

/** Output formats every command offers through `--format`. */
export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export const ZOutputFormat = z.enum(OUTPUT_FORMATS);
export type TOutputFormat = z.infer<typeof ZOutputFormat>;

/** A flat record as commands print it: one row of a table, one object of JSON, one line of CSV. */
export type TRecord = Record<string, string | number | boolean | null | undefined>;

/** Adds `--format table|json|csv` (default table) to a command. */
export function addFormatOption(command: Command): Command {
  return command.addOption(
    new Option('--format <format>', 'output format').choices(OUTPUT_FORMATS).default('table'),
  );
}

/** Something that takes text: process.stdout, or a test's collector. */
export type TTextSink = { write(text: string): unknown };

/**
 * Prints records in the chosen format. A single record prints as a two-column key/value table in `table`
 * format (summaries read better that way) and as one object in `json`.
 */
export function printRecords(
  records: TRecord | readonly TRecord[],
  format: TOutputFormat,
  out: TTextSink = process.stdout,
): void {
  const isSingle = !Array.isArray(records);
  const rows: readonly TRecord[] = isSingle ? [records as TRecord] : (records as readonly TRecord[]);
  if (format === 'json') {
    out.write(`${JSON.stringify(isSingle ? rows[0] : rows, null, 2)}\n`);
    return;
  }
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  if (format === 'csv') {
    const lines = [columns, ...rows.map((row) => columns.map((c) => row[c]))].map(toCsvLine);
    out.write(`${lines.join('\n')}\n`);
    return;
  }
  const table = isSingle
    ? columns.map((c) => [c, formatCell(rows[0]?.[c])])
    : [columns, ...rows.map((row) => columns.map((c) => formatCell(row[c])))];
  out.write(renderTable(table, !isSingle));
}

function formatCell(value: TRecord[string]): string {
  if (value == null) return '';
  if (typeof value === 'number' && !Number.isInteger(value)) return value.toFixed(2);
  return String(value);
}

/** Display width of a string: CJK and other wide characters take two terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // East Asian Wide and Fullwidth ranges (Unicode UAX #11), the ones Chinese text uses.
    const isWide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6);
    width += isWide ? 2 : 1;
  }
  return width;
}

function renderTable(table: string[][], hasHeader: boolean): string {
  const widths: number[] = [];
  for (const row of table)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const render = (row: string[]): string =>
    row
      .map((cell, i) => cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  const lines = table.map(render);
  if (hasHeader && lines.length > 0) lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `${lines.join('\n')}\n`;
}
