import { openCsvSource } from '../import/read-csv.ts';
import { RowProblems } from '../analyze/row-problems.ts';

/** One respondent row of a study export, with its line in the file. */
export type TStudyRow = { line: number; values: readonly string[] };

/**
 * Streams a CSV study export (UTF-8, a header line) through the import's CSV reader: `resolve` gets the
 * header first, so a mapping naming a missing column stops before any row is read; then `onRow` gets each
 * row in file order with the resolved columns. Rows that cannot be read are counted with their line and
 * left out, never fatal; `onRow` notes its own problems in the same `RowProblems`, so they stay in order.
 */
export async function readStudyCsv<T>(
  path: string,
  resolve: (header: readonly string[]) => T,
  onRow: (row: TStudyRow, columns: T, header: readonly string[], problems: RowProblems) => void,
): Promise<RowProblems> {
  const source = await openCsvSource(path);
  try {
    const header = source.header ?? [];
    const columns = resolve(header);
    const problems = new RowProblems();
    for await (const row of source.rows) {
      problems.read++;
      if ('problem' in row) problems.add(path, row.line, row.problem);
      else onRow({ line: row.line, values: row.values }, columns, header, problems);
    }
    return problems;
  } finally {
    source.close();
  }
}
