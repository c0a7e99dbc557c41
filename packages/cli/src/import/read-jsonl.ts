import { createReadStream } from 'node:fs';
import { Utf8Decoder } from './decode-utf8.ts';
import { MAX_RECORD_CHARS, SourceError } from './source.ts';
import type { TSource, TSourceRow } from './source.ts';

/** Turns one line of JSON Lines into a row: an object, or a problem naming what is wrong with it. */
function parseLine(line: number, text: string): TSourceRow<Record<string, unknown>> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, raw: text, problem: `not valid JSON: ${(error as Error).message}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { line, raw: text, problem: 'not a JSON object: each line must be one object {...}' };
  }
  return { line, raw: text, values: value as Record<string, unknown> };
}

function tooLong(line: number): SourceError {
  return new SourceError(`line ${line}: longer than 1 MiB; JSON Lines needs one object per line`);
}

/**
 * Opens a JSON Lines file (one JSON object per line) as a stream of rows. Blank lines are skipped; a line
 * that is not a JSON object becomes a row with a `problem`. A line over 1 MiB stops the reading with a
 * `SourceError` (a whole JSON array on one line is not JSON Lines), as does invalid UTF-8, after the rows before it.
 */
export async function openJsonlSource(path: string): Promise<TSource<Record<string, unknown>>> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const decoder = new Utf8Decoder();
  file.on('error', (error) => decoder.destroy(new SourceError(`cannot read ${path}: ${error.message}`)));
  file.pipe(decoder);
  const close = () => {
    file.destroy();
    decoder.destroy();
  };
  async function* rows(): AsyncGenerator<TSourceRow<Record<string, unknown>>> {
    let pending = '';
    let line = 1;
    try {
      for await (const chunk of decoder as AsyncIterable<string>) {
        const parts = (pending + chunk).split('\n');
        pending = parts.pop() ?? '';
        for (const text of parts) {
          if (text.length > MAX_RECORD_CHARS) throw tooLong(line);
          if (text.trim() !== '') yield parseLine(line, text);
          line += 1;
        }
        // Without this a file with no line ends (a JSON array) would be gathered whole in memory.
        if (pending.length > MAX_RECORD_CHARS) throw tooLong(line);
      }
      if (pending.trim() !== '') yield parseLine(line, pending);
      if (decoder.failure) throw new SourceError(decoder.failure.message);
    } finally {
      close();
    }
  }
  return { format: 'jsonl', header: undefined, rows: rows(), bytesRead: () => decoder.bytesRead, close };
}
