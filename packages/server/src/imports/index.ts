/** Reading import files (shared by the server's import route and `mot import`). */
export { EncodingError, Utf8Decoder } from './decode-utf8.ts';
export { openCsvStream } from './read-csv.ts';
export { MAX_RECORD_CHARS, SourceError } from './source.ts';
export type { TSource, TSourceRow } from './source.ts';
