import type { paths } from './schema.d.ts';

/** The JSON body of a successful (200 or 201) answer of `method` on `path`, from the generated types. */
export type TOk<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : paths[P][M] extends { responses: { 201: { content: { 'application/json': infer T } } } }
    ? T
    : never;
