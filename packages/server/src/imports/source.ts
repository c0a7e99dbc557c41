import type { TRecordValues } from '@mot/core/import';

/** One record of an input file, with the line it starts on and its original text (for the rejects file). */
export type TSourceRow<TValues extends TRecordValues = TRecordValues> =
  { line: number; raw: string; values: TValues } | { line: number; raw: string; problem: string };

/** An input file opened for streaming: its header (CSV) and its rows, read on demand. */
export type TSource<TValues extends TRecordValues = TRecordValues> = {
  format: 'csv' | 'jsonl' | 'xlsx';
  /** Column names of a CSV file; undefined for JSON Lines. */
  header: string[] | undefined;
  rows: AsyncIterable<TSourceRow<TValues>>;
  /** Bytes of the file consumed so far, for progress. */
  bytesRead(): number;
  /** Stops reading (idempotent); call when the import ends early. */
  close(): void;
};

/** The file cannot be read on: says what and where. Rows before it have been passed on. */
export class SourceError extends Error {
  override name = 'SourceError';
}

/** Longest record accepted, in characters: a moment is ~1.5 kB, a comment at most 5,000 characters. */
export const MAX_RECORD_CHARS = 1024 * 1024;
