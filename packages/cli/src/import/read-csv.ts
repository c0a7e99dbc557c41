import { createReadStream } from 'node:fs';
import { openCsvStream } from '@mot/server';
import type { TSource } from './source.ts';

/**
 * Opens a CSV file as a stream through the server's CSV reader (`openCsvStream`, the one its import route
 * uses): the first record is the header; unreadable rows come back with a `problem` and their line; invalid
 * UTF-8 and a record over 1 MiB stop the reading with a `SourceError` naming the line.
 */
export async function openCsvSource(
  path: string,
  options: { delimiter?: string } = {},
): Promise<TSource<string[]>> {
  return openCsvStream(createReadStream(path, { highWaterMark: 256 * 1024 }), { name: path, ...options });
}
