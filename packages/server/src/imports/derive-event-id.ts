import { createHash } from 'node:crypto';
import { basename } from 'node:path';

/**
 * Stable event id for a row when the mapping names no event id column: the first 12 hex digits of the
 * sha256 of the file's base name, and the line (docs/import.md, Idempotency). `mot import` and the import
 * route give the same row the same id, so a file sent both ways is stored once.
 */
export function deriveEventId(file: string, line: number): string {
  return `${createHash('sha256').update(basename(file)).digest('hex').slice(0, 12)}-${line}`;
}
