/** Binding a mapping to a file lives in core (`@mot/core/import`), shared with the server's import route. */
export { resolveCsvMapping, resolveJsonlMapping } from '@mot/core/import';
export type { TBoundSource, TResolvedMapping } from '@mot/core/import';
