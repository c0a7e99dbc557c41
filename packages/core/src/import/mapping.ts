import { z } from 'zod';
import { ZKey } from '../domain/journey.ts';
import { LIMITS } from '../domain/limits.ts';
import { ZMissingCodes } from './missing-codes.ts';

/** Where a moment field comes from: a CSV column name or JSONL property path, or a constant for the whole file. */
export const ZFieldSource = z.union([
  z.string().min(1, 'must name a column (CSV) or a property path (JSONL)'),
  z.strictObject({ const: z.union([z.string(), z.number(), z.boolean()]) }),
]);
export type TFieldSource = z.infer<typeof ZFieldSource>;

/** The single-valued moment fields a mapping can fill (journey comes from `--journey`). */
export const SCALAR_FIELDS = [
  'eventId',
  'touchpoint',
  'customer',
  'episode',
  'occurredAt',
  'rating',
  'comment',
  'employee',
] as const;
export type TScalarField = (typeof SCALAR_FIELDS)[number];

/** Fields every moment must have; without an eventId one is derived from the file name and line. */
export const REQUIRED_FIELDS: readonly TScalarField[] = ['touchpoint', 'customer', 'episode', 'occurredAt'];

/**
 * The column mapping of an import (`--mapping mapping.json`): moment field -> column or property path,
 * or `{ "const": value }`. Fields left out default to a column of the same name (see `resolveMapping`).
 * `timezone` is the UTC offset given to date-times that carry none (exports often write local time).
 * `missing` names missing-value codes per column (`{ "满意度": [0], "*": [99] }`, see `missing-codes.ts`):
 * a coded cell is read as absent, like an empty one.
 */
export const ZImportMapping = z.strictObject({
  eventId: ZFieldSource.optional(),
  touchpoint: ZFieldSource.optional(),
  customer: ZFieldSource.optional(),
  episode: ZFieldSource.optional(),
  occurredAt: ZFieldSource.optional(),
  rating: ZFieldSource.optional(),
  comment: ZFieldSource.optional(),
  employee: ZFieldSource.optional(),
  measures: z.record(ZKey, ZFieldSource).optional(),
  attributes: z.record(z.string().min(1).max(LIMITS.maxKeyLength), ZFieldSource).optional(),
  timezone: z
    .string()
    .regex(/^(Z|[+-]\d{2}:\d{2})$/, 'must be "Z" or an offset like "+08:00"')
    .optional(),
  missing: ZMissingCodes.optional(),
});
export type TImportMapping = z.infer<typeof ZImportMapping>;

/** A mapping problem, with the mapping field at fault (e.g. `measures.wait_seconds`). */
export class MappingError extends Error {
  override name = 'MappingError';
}

/** Validates a parsed mapping document; the error names each mapping field at fault. */
export function parseMapping(document: unknown, origin = 'mapping'): TImportMapping {
  const result = ZImportMapping.safeParse(document);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${path === '' ? '(top level)' : path}: ${issue.message}`;
  });
  throw new MappingError(`${origin}: ${problems.join('; ')}`);
}
