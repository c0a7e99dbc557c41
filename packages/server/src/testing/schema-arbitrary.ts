import fc from 'fast-check';
import type { TJsonSchema } from './openapi-operations.ts';

/** JSON text written as is: numbers JSON.stringify cannot write (1e400, -0, 2^70) and bodies built by hand. */
export class RawJson {
  constructor(readonly text: string) {}
}

/**
 * JSON text of a generated value. Unlike JSON.stringify it writes RawJson as is; like it, it writes every own
 * enumerable key, so an own `__proto__` key (made with defineProperty) reaches the server as a key.
 */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).map(
      (k) => `${JSON.stringify(k)}:${toJsonText((value as Record<string, unknown>)[k])}`,
    );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Text that has broken servers: lone surrogates, NUL, path tricks, injections, other scripts, huge. */
const HOSTILE_TEXT = [
  '\ud800',
  'a\udfffb',
  '\udc00\ud800',
  '\u0000',
  'x\u0000y',
  '',
  ' ',
  '..',
  '../../etc/passwd',
  '%00',
  '%',
  "'; drop table moments; --",
  '<script>alert(1)</script>',
  '\u202eevil',
  '\ufeffbom',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩‍👩‍👧',
  '客户张三',
  'ﾃｽﾄ',
  '\r\n\t',
  '${jndi:ldap://x}',
  '__proto__',
  'constructor',
  'null',
  '1e400',
  '2999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  'a'.repeat(201),
  'b'.repeat(70_000),
];

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Hostile strings: the list above, arbitrary code points, arbitrary code units. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 12 }) },
);

/** Numbers at and past every edge, some only writable as raw JSON. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 53), 1e308, -1e308, Number.MIN_VALUE, 1e21),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    new RawJson('1e400'),
    new RawJson('-1e400'),
    new RawJson('-0'),
    new RawJson('1E-400'),
    new RawJson('123456789012345678901234567890'),
    new RawJson('0.1e-999999'),
  ),
);

/** A value of some other type than the schema's. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  hostileNumber,
  hostileString,
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Keys objects should never take from a client as data. */
const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  '',
  '\u0000',
  '\ud800',
  'toString',
  'x'.repeat(65),
);

/** An object with an extra own key (defined, so `__proto__` is a key and not the prototype). */
function withKey(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Date-times across and past the documented range, with offsets inside and outside ±14:00. */
const dateTime: fc.Arbitrary<string> = fc
  .tuple(
    fc.date({
      min: new Date('1800-01-01T00:00:00Z'),
      max: new Date('3100-01-01T00:00:00Z'),
      noInvalidDate: true,
    }),
    fc.constantFrom('Z', '+08:00', '-05:30', '+14:00', '-14:00', '+14:01', '+23:59', '-00:00', ''),
  )
  .map(([date, offset]) => date.toISOString().replace('Z', offset));

const typesOf = (schema: TJsonSchema): string[] =>
  Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];

/** Options: arbitraries for properties by name, so values name things that exist (a journey, a customer). */
export type TArbitraryOptions = { hints?: Record<string, fc.Arbitrary<unknown>> };

function stringOf(schema: TJsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'date-time') return dateTime;
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'uuid') return fc.uuid();
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' });
    } catch {
      // A pattern fast-check cannot generate from: plain strings still test it.
    }
  }
  return fc.string({ unit: 'grapheme', minLength: Math.min(schema.minLength ?? 0, maxLength), maxLength });
}

function objectOf(schema: TJsonSchema, options: TArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const names = Object.keys(properties);
  let base: fc.Arbitrary<Record<string, unknown>>;
  if (names.length > 0) {
    const model = Object.fromEntries(
      names.map((n) => {
        const generic = arbitraryOf(properties[n] ?? {}, options, depth + 1);
        const hint = options.hints?.[n];
        return [
          n,
          hint ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: generic }) : generic,
        ];
      }),
    );
    base = fc.record(model, { requiredKeys: (schema.required ?? []).filter((r) => names.includes(r)) });
  } else if (typeof schema.additionalProperties === 'object') {
    const keys = schema.propertyNames ? stringOf(schema.propertyNames) : fc.string({ maxLength: 10 });
    base = fc.dictionary(keys, arbitraryOf(schema.additionalProperties, options, depth + 1), { maxKeys: 4 });
  } else {
    base = fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
  }
  return fc.oneof(
    { weight: 12, arbitrary: base },
    // A required key left out, or an extra key that should never be taken as data.
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.nat()).map(([o, i]) => {
        const keys = Object.keys(o);
        const left = keys[i % Math.max(keys.length, 1)];
        return Object.fromEntries(Object.entries(o).filter(([k]) => k !== left));
      }),
    },
    { weight: 2, arbitrary: fc.tuple(base, hostileKey, wrongType).map(([o, k, v]) => withKey(o, k, v)) },
  );
}

function validOf(schema: TJsonSchema, options: TArbitraryOptions, depth: number): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.jsonValue({ maxDepth: 1 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives && alternatives.length > 0) {
    return fc.oneof(...alternatives.map((a) => arbitraryOf(a, options, depth + 1)));
  }
  if (schema.allOf?.[0]) return validOf(schema.allOf[0], options, depth + 1);
  const types = typesOf(schema);
  if (types.length === 0)
    return schema.properties ? objectOf(schema, options, depth) : fc.jsonValue({ maxDepth: 3 });
  return fc.oneof(
    ...types.map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case 'object':
          return objectOf(schema, options, depth);
        case 'array': {
          const items = arbitraryOf(schema.items ?? {}, options, depth + 1);
          const minLength = schema.minItems ?? 0;
          const maxLength = Math.max(Math.min(schema.maxItems ?? 4, 4), minLength);
          const valid = fc.array(items, { minLength, maxLength });
          const max = schema.maxItems;
          // One item past the maximum, when that is not a large body.
          return max !== undefined && max <= 100
            ? fc.oneof(
                { weight: 9, arbitrary: valid },
                { weight: 1, arbitrary: fc.array(items, { minLength: max + 1, maxLength: max + 1 }) },
              )
            : valid;
        }
        case 'string':
          return stringOf(schema);
        case 'integer':
          return fc.integer({
            min: Math.max(schema.minimum ?? -1e6, -(2 ** 31)),
            max: Math.min(schema.maximum ?? 1e6, 2 ** 31),
          });
        case 'number':
          return fc.double({ min: schema.minimum ?? -1e9, max: schema.maximum ?? 1e9, noNaN: true });
        case 'boolean':
          return fc.boolean();
        case 'null':
          return fc.constant(null);
        default:
          return fc.jsonValue({ maxDepth: 2 });
      }
    }),
  );
}

/**
 * An arbitrary of values for a JSON schema: mostly values the schema accepts (with the hints' values for
 * properties they name), mixed with hostile ones: other types, strings with lone surrogates and NUL, numbers
 * past every edge, `__proto__` and `constructor` keys, a required key left out, an array one item too long.
 */
export function arbitraryOf(
  schema: TJsonSchema,
  options: TArbitraryOptions = {},
  depth = 0,
): fc.Arbitrary<unknown> {
  const valid = validOf(schema, options, depth);
  const types = typesOf(schema);
  const hostile = types.includes('string')
    ? hostileString
    : types.includes('number') || types.includes('integer')
      ? hostileNumber
      : wrongType;
  return fc.oneof(
    { weight: 20, arbitrary: valid },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: wrongType },
  );
}
