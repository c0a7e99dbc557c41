/** Streaming CSV reading (csv-parse's stream API): one record at a time, keyed by the header's names. */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { RowError } from './olist.ts';

/** A CSV record by column name, with `file:line` of where it starts. */
export type TCsvRecord = { record: Record<string, string>; where: string };

type TParsed = { record: Record<string, string>; info: { lines: number } };

/**
 * Streams the records of a CSV file with a header line. A malformed record (a stray quote, a wrong number
 * of fields) stops the reading with a `RowError` naming the file and line.
 */
export async function* streamCsv(path: string): AsyncGenerator<TCsvRecord> {
  const name = basename(path);
  const parser = createReadStream(path).pipe(
    parse({ columns: true, info: true, bom: true, skip_empty_lines: true }),
  );
  try {
    for await (const parsed of parser as AsyncIterable<TParsed>) {
      // info.lines is the line where the record ends; a quoted comment can span several lines.
      yield { record: parsed.record, where: `${name}:${parsed.info.lines}` };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error['lines'] === 'number' ? error['lines'] : '?';
      throw new RowError(`${name}:${line}: ${error.message}`);
    }
    if (error instanceof Error) throw new RowError(`cannot read ${path}: ${error.message}`);
    throw error;
  } finally {
    parser.destroy();
  }
}
