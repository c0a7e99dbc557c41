import { z } from 'zod';

/**
 * The issues of these rules carry a stable code in `params.code` (`invalid_character`, `reserved_key`, and
 * `out_of_range` for a moment's date), so that a per-item report can say which rule failed.
 *
 * Text a database can store exactly as it was sent. PostgreSQL's text and jsonb cannot hold NUL, and a lone
 * UTF-16 surrogate (`\ud800` without its pair) has no UTF-8 form: the driver would silently replace it by
 * U+FFFD, or the database would refuse the whole statement. Both are refused at the schema, field by field.
 */
// eslint-disable-next-line no-control-regex -- NUL is precisely what this refuses
const NOT_STORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as it is (`nul`, `lone_surrogate`), or undefined when it can. */
export function findTextProblem(value: string): 'nul' | 'lone_surrogate' | undefined {
  const found = NOT_STORABLE.exec(value);
  if (!found) return undefined;
  return found[0] === '\u0000' ? 'nul' : 'lone_surrogate';
}

const TEXT_MESSAGES = {
  nul: 'contains a NUL character (\\u0000), which cannot be stored',
  lone_surrogate: 'contains a lone UTF-16 surrogate (e.g. \\ud800), which is not valid Unicode',
} as const;

/** Adds the storable-text rule to a string schema (keeps its type, so `.trim().max()` chains still work). */
export function storable<T extends z.ZodString>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const problem = findTextProblem(value);
    if (problem) {
      const params = { code: 'invalid_character' };
      ctx.addIssue({ code: 'custom', message: TEXT_MESSAGES[problem], input: value, params });
    }
  }) as T;
}

/**
 * Keys refused in every record (measures, attributes): `__proto__` would be dropped by any object built
 * from the record, and `constructor` or `prototype` read back as the object's own machinery when absent.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The message for a reserved key. */
export const reservedKeyMessage = (key: string): string =>
  `"${key}" is a reserved name and cannot be used as a key`;

/**
 * A record schema that first refuses reserved keys among the input's own keys, with the key as path. zod
 * skips a `__proto__` key silently, so the check runs on the input, before the record is parsed.
 */
export function withoutReservedKeys<T extends z.ZodType>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'object' || value === null) return value;
    for (const key of Object.keys(value)) {
      if (RESERVED_KEYS.has(key))
        ctx.issues.push({
          code: 'custom',
          message: reservedKeyMessage(key),
          path: [key],
          input: value,
          params: { code: 'reserved_key' },
        });
    }
    return value;
  }, schema);
}
