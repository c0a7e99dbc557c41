/** A record into a moment lives in core (`@mot/core/import`), shared with the server's import route. */
export { describeField, mapRecord, readSource } from '@mot/core/import';
export type { TMappedRecord, TRecordValues } from '@mot/core/import';
