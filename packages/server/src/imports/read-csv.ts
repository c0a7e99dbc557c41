import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { Utf8Decoder } from './decode-utf8.ts';
import { MAX_RECORD_CHARS, SourceError } from './source.ts';
import type { TSource, TSourceRow } from './source.ts';

type TParsed = { record: string[]; info: { lines: number }; raw: string };

/** Counts LF characters. */
function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count += 1;
  return count;
}

/** Strips the blank lines csv-parse folds into a record's raw text, and its line end. */
function trimRaw(raw: string): string {
  return raw.replace(/^[\n]+/, '').replace(/\n$/, '');
}

/**
 * Opens CSV bytes as a stream (csv-parse's stream API on top of a strict UTF-8 decoder): the first record
 * is the header; blank lines are skipped; a row with a different number of fields than the header, or one
 * csv-parse cannot read (a stray quote), becomes a row with a `problem` and its line number instead of
 * stopping the import. A record over 1 MiB (an unclosed quote swallowing the file) and invalid UTF-8 stop
 * the reading with a `SourceError` naming the line, after the rows before it.
 */
export async function openCsvStream(
  file: Readable,
  options: { name: string; delimiter?: string },
): Promise<TSource<string[]>> {
  const path = options.name;
  const decoder = new Utf8Decoder();
  const skipped: TSourceRow<string[]>[] = [];
  let fatal: SourceError | undefined;
  const parser = parse({
    delimiter: options.delimiter ?? ',',
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      const line = typeof error?.['lines'] === 'number' ? error['lines'] : 0;
      if (error?.code === 'CSV_MAX_RECORD_SIZE') {
        fatal = new SourceError(`line ${line}: a record longer than 1 MiB; is a quote left open?`);
        // Stop reading and end the text, so the rows before this one finish normally.
        file.unpipe(decoder);
        file.destroy();
        decoder.end();
        return undefined;
      }
      skipped.push({
        line,
        raw: trimRaw(raw ?? ''),
        problem: `cannot read the row: ${error?.message ?? 'unknown'}`,
      });
      return undefined;
    },
  });
  file.on('error', (error) => parser.destroy(new SourceError(`cannot read ${path}: ${error.message}`)));
  file.pipe(decoder).pipe(parser);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<TParsed>;
  const close = () => {
    file.destroy();
    decoder.destroy();
    parser.destroy();
  };
  // A stream that ended early ends the text cleanly; the reason is kept in `fatal` or on the decoder.
  const failure = () => fatal ?? (decoder.failure && new SourceError(decoder.failure.message));
  const first = await records.next();
  if (first.done) {
    close();
    throw failure() ?? new SourceError(`${path} is empty: expected a header line with the column names`);
  }
  const header = first.value.record.map((name) => name.trim());
  async function* rows(): AsyncGenerator<TSourceRow<string[]>> {
    try {
      for (let next = await records.next(); !next.done; next = await records.next()) {
        yield* skipped.splice(0);
        const { record, info } = next.value;
        const raw = trimRaw(next.value.raw);
        const line = info.lines - countLines(raw);
        if (record.length !== header.length) {
          const problem = `the row has ${record.length} fields, the header has ${header.length}`;
          yield { line, raw, problem };
        } else yield { line, raw, values: record };
      }
      yield* skipped.splice(0);
      const error = failure();
      if (error) throw error;
    } finally {
      close();
    }
  }
  return { format: 'csv', header, rows: rows(), bytesRead: () => decoder.bytesRead, close };
}
