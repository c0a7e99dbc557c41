import { statSync } from 'node:fs';
import { MappingError } from '../import/mapping.ts';
import { parseMeasure, parseNumber } from '../import/parse-value.ts';
import { openCsvSource } from '../import/read-csv.ts';
import { cellAt, findColumn } from '../analyze/outcome-column.ts';
import { RowProblems } from '../analyze/row-problems.ts';
import { TENURE_UNIT_DAYS } from './churn-mapping.ts';
import type { TCustomerColumns } from './churn-mapping.ts';

/** One customer row as read: tenure in days, churned, and the mapped columns' values (missing = absent). */
export type TCustomerRow = {
  id: string;
  line: number;
  durationDays: number;
  churned: boolean;
  reason: string | null;
  attributes: Record<string, string>;
  counts: Record<string, number>;
};

/** Reports bytes read of the file's total and rows so far (for the progress bar). */
export type TReadProgress = (bytes: number, rows: number, total: number) => void;

/** The customer table read, with its row problems. */
export type TCustomerTable = { rows: TCustomerRow[]; problems: RowProblems; header: string[] };

/**
 * Reads the customer table (one row per customer) with the server's CSV reader. A row whose tenure or
 * churn flag is missing or unreadable, or whose numeric column is not a number, is rejected with its line
 * and the mapping field and column at fault; empty attribute and numeric cells are missing values.
 * A mapped column absent from the header is a mapping error listing the columns there are.
 */
export async function readCustomers(
  path: string,
  columns: TCustomerColumns,
  onProgress?: TReadProgress,
): Promise<TCustomerTable> {
  const problems = new RowProblems();
  const source = await openCsvSource(path);
  try {
    const header = source.header ?? [];
    const at = (field: string, name: string): number => {
      const index = findColumn(header, name);
      if (index < 0) {
        throw new MappingError(
          `mapping field "customers.${field}": column "${name}" is not in ${path} (available columns: ${header.join(', ')})`,
        );
      }
      return index;
    };
    const tenure = at('tenure', columns.tenure);
    const churned = at('churned', columns.churned);
    const id = columns.customer === undefined ? -1 : at('customer', columns.customer);
    const reason = columns.reason === undefined ? -1 : at('reason', columns.reason);
    const attributes = columns.attributes.map((name, i) => ({ name, index: at(`attributes.${i}`, name) }));
    const counts = columns.counts.map((name, i) => ({ name, index: at(`counts.${i}`, name) }));
    const factor = TENURE_UNIT_DAYS[columns.tenureUnit];
    const rows: TCustomerRow[] = [];
    const seen = new Set<string>();
    const total = statSync(path).size;
    for await (const row of source.rows) {
      problems.read++;
      if (problems.read % 5000 === 0) onProgress?.(source.bytesRead(), problems.read, total);
      if (!('values' in row)) {
        problems.add(path, row.line, row.problem);
        continue;
      }
      const cell = (index: number) => (cellAt(row.values, index) ?? '').trim();
      const fail = (field: string, name: string, why: string) =>
        problems.add(path, row.line, `customers.${field} (column "${name}"): ${why}`);
      const tenureValue = parseNumber(cell(tenure));
      if (cell(tenure) === '') {
        fail('tenure', columns.tenure, 'missing');
        continue;
      }
      if (!tenureValue.ok || tenureValue.value < 0) {
        fail(
          'tenure',
          columns.tenure,
          tenureValue.ok ? `${tenureValue.value} is negative` : tenureValue.problem,
        );
        continue;
      }
      const flag = parseMeasure(cell(churned));
      if (!flag.ok || (flag.value !== 0 && flag.value !== 1)) {
        const shown = JSON.stringify(cell(churned));
        fail('churned', columns.churned, `${shown} is not yes/no (1/0, true/false, yes/no, 是/否)`);
        continue;
      }
      const customerId = id < 0 ? `line-${row.line}` : cell(id);
      if (id >= 0 && customerId === '') {
        fail('customer', columns.customer ?? '', 'missing');
        continue;
      }
      if (seen.has(customerId)) {
        fail(
          'customer',
          columns.customer ?? '',
          `customer "${customerId}" appears twice (one row per customer)`,
        );
        continue;
      }
      const values: Record<string, number> = {};
      let bad = false;
      for (const [i, c] of counts.entries()) {
        const text = cell(c.index);
        if (text === '') continue;
        const parsed = parseNumber(text);
        if (!parsed.ok) {
          fail(`counts.${i}`, c.name, parsed.problem);
          bad = true;
          break;
        }
        values[c.name] = parsed.value;
      }
      if (bad) continue;
      seen.add(customerId);
      const levels: Record<string, string> = {};
      for (const a of attributes) {
        const text = cell(a.index);
        if (text !== '') levels[a.name] = text;
      }
      const why = reason < 0 ? '' : cell(reason);
      rows.push({
        id: customerId,
        line: row.line,
        durationDays: tenureValue.value * factor,
        churned: flag.value === 1,
        reason: why === '' ? null : why,
        attributes: levels,
        counts: values,
      });
    }
    onProgress?.(total, problems.read, total);
    return { rows, problems, header };
  } finally {
    source.close();
  }
}
