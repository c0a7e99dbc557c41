/**
 * The rejects file of an import: `line,reason,row` (the line the row starts on, why it was rejected, the
 * original text of the row), so the rows can be fixed and imported again. `mot import` writes it to disk,
 * the server's import route answers it; both through these two functions.
 */

/** Quotes a value for a CSV cell (RFC 4180): quoted only when it holds a comma, quote, CR or LF. */
function toCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Values as one CSV line without its end (the text of a row read from a spreadsheet, for its reject). */
export function toCsvRow(values: readonly string[]): string {
  return values.map(toCell).join(',');
}

/** The header line of a rejects file, with its line end. */
export const REJECTS_HEADER = 'line,reason,row\n';

/** One line of a rejects file, with its line end. */
export function rejectsLine(line: number, reason: string, row: string): string {
  return `${[line, reason, row].map(toCell).join(',')}\n`;
}
