/** Quotes a value for a CSV cell (RFC 4180): quoted only when it holds a comma, quote, CR or LF. */
export function toCsvCell(value: unknown): string {
  const text = value == null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (without the line end) from a list of values. */
export function toCsvLine(values: readonly unknown[]): string {
  return values.map(toCsvCell).join(',');
}
