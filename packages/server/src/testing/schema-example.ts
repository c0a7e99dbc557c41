import { randomUUID } from 'node:crypto';
import type { TJsonSchema } from './openapi-operations.ts';

let counter = 0;

/** The schema's types, without `null` unless it is the only one. */
function typesOf(schema: TJsonSchema): string[] {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nonNull = types.filter((t) => t !== 'null');
  return nonNull.length > 0 ? nonNull : types;
}

/** A string the schema accepts: its format, its key pattern, or letters padded to the minimum length. */
function exampleString(schema: TJsonSchema): string {
  counter += 1;
  if (schema.format === 'email') return `example${counter}-${Date.now()}@example.com`;
  if (schema.format === 'date-time') return new Date().toISOString();
  if (schema.format === 'uuid') return randomUUID();
  const base = `x${counter}`;
  const length = Math.max(schema.minLength ?? 1, base.length);
  return base.padEnd(length, 'x').slice(0, Math.max(schema.maxLength ?? length, 1));
}

/**
 * A small valid value of a JSON schema: required properties only, the first of an enum or of the
 * alternatives, the minimum of a number, as many array items as the minimum asks. Unique strings each call
 * (keys, e-mails), so creating calls do not collide. Schemas with rules beyond JSON Schema (a journey whose
 * touchpoints name its stages) may still be refused: a 400 is an answer too.
 */
export function exampleOf(schema: TJsonSchema): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum && schema.enum.length > 0) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) {
    const first = alternatives.find((a) => !typesOf(a).includes('null')) ?? alternatives[0];
    return exampleOf(first ?? {});
  }
  if (schema.allOf && schema.allOf.length > 0) return exampleOf(schema.allOf[0] ?? {});
  const type = typesOf(schema)[0] ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = exampleOf(schema.properties?.[name] ?? {});
      return out;
    }
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => exampleOf(schema.items ?? {}));
    case 'string':
      return exampleString(schema);
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return {};
  }
}
