/** Import sources live in the server (`@mot/server`): its import route reads through the same ones. */
export { MAX_RECORD_CHARS, SourceError } from '@mot/server';
export type { TSource, TSourceRow } from '@mot/server';
