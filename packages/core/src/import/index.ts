/** Imports of moments from files: the mapping, reading values, a record into a moment, the rejects file. */
export * from './mapping.ts';
export * from './parse-value.ts';
export * from './resolve-mapping.ts';
export * from './map-record.ts';
export * from './rejects-row.ts';
export * from './guess-mapping.ts';
export * from './missing-codes.ts';
