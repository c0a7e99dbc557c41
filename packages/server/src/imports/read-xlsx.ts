import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { toCsvRow } from '@mot/core/import';
import { SourceError } from './source.ts';
import type { TSource, TSourceRow } from './source.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as the text a CSV export would hold. Excel stores a date-time without a zone (exceljs reads it as
 * that wall time in UTC), so it becomes `YYYY-MM-DD HH:MM:SS` without an offset, and the mapping's
 * `timezone` applies, as to a CSV export's local times.
 */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return (
      `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ` +
      `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`
    );
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as CellValue);
    if ('hyperlink' in value) return String(value.text);
    return '';
  }
  return String(value);
}

/**
 * Opens the first worksheet of an XLSX workbook as rows of text, like a CSV file: the first row is the
 * header, empty rows are skipped, a row with values beyond the header's columns is rejected with its row
 * number, and each row's text for the rejects file is its values as a CSV line.
 */
export async function openXlsxBytes(bytes: Uint8Array, name: string): Promise<TSource<string[]>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new SourceError(`${name} is not an XLSX workbook (save it from Excel as .xlsx, or as CSV UTF-8)`);
  }
  const sheet = workbook.worksheets[0];
  const first = sheet?.getRow(1);
  const header: string[] = [];
  first?.eachCell(
    { includeEmpty: true },
    (cell, column) => (header[column - 1] = cellText(cell.value).trim()),
  );
  if (!sheet || header.length === 0)
    throw new SourceError(`${name} is empty: expected a header row with the column names`);
  async function* rows(): AsyncGenerator<TSourceRow<string[]>> {
    for (let line = 2; line <= (sheet?.rowCount ?? 0); line += 1) {
      const row = sheet?.getRow(line);
      if (!row?.hasValues) continue;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell.value)));
      const values = Array.from({ length: Math.max(header.length, cells.length) }, (_, i) => cells[i] ?? '');
      const raw = toCsvRow(values);
      if (values.length > header.length) {
        yield { line, raw, problem: `the row has ${values.length} cells, the header has ${header.length}` };
      } else yield { line, raw, values };
    }
  }
  return { format: 'xlsx', header, rows: rows(), bytesRead: () => bytes.length, close: () => undefined };
}
