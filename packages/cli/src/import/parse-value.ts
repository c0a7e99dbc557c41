/** Reading values of a record lives in core (`@mot/core/import`), shared with the server's import route. */
export { parseDatetime, parseMeasure, parseNumber, parseText } from '@mot/core/import';
export type { TValueResult } from '@mot/core/import';
