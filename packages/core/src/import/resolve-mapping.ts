import { MappingError, REQUIRED_FIELDS, SCALAR_FIELDS } from './mapping.ts';
import type { TFieldSource, TImportMapping, TScalarField } from './mapping.ts';
import { codesForColumn, unknownMissingColumns } from './missing-codes.ts';
import type { TCodeSet, TMissingCodes } from './missing-codes.ts';

/** The missing-value codes a column is read with, and its name for the count of coded cells. */
export type TMissingBinding = { column: string; codes: TCodeSet };

/** A field source bound to the file: a column index (CSV), a property path (JSONL) or a constant. */
export type TBoundSource = (
  | { kind: 'column'; index: number; label: string }
  | { kind: 'path'; path: string[]; label: string }
  | { kind: 'const'; value: string | number | boolean; label: string }
) & { missing?: TMissingBinding };

/** A mapping checked against the file and ready to read records with. */
export type TResolvedMapping = {
  fields: Partial<Record<TScalarField, TBoundSource>>;
  measures: Array<[key: string, source: TBoundSource]>;
  attributes: Array<[key: string, source: TBoundSource]>;
  /** JSONL without explicit measures/attributes: take these objects of each line as they are. */
  measuresObject?: TBoundSource;
  attributesObject?: TBoundSource;
  timezone?: string;
  /** The mapping's missing-value codes, for the keys of a JSONL line's own measures and attributes. */
  missing?: TMissingCodes;
};

/** The rating is a moment's one answer column: it takes the codes of `"*"` too; other fields only their own. */
function isAnswerField(field: string): boolean {
  return field === 'rating';
}

/** A column or property source with its missing-value codes attached (when it has any). */
function withCodes<T extends TBoundSource>(
  bound: T,
  missing: TMissingCodes | undefined,
  column: string,
  field: string,
): T {
  const codes = codesForColumn(missing, column, isAnswerField(field));
  return codes ? { ...bound, missing: { column, codes } } : bound;
}

/** `occurredAt` -> `occurred_at`: the other spelling a default column may have. */
function toSnakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function bindConst(source: TFieldSource, field: string): TBoundSource | undefined {
  return typeof source === 'string'
    ? undefined
    : { kind: 'const', value: source.const, label: `${field} (constant)` };
}

/**
 * Binds a mapping to a CSV header: every named column must exist (the error names the mapping field and
 * lists the available columns); fields left out default to a column of the same name, in camelCase or
 * snake_case, ignoring case; columns `measures.<key>` and `attributes.<key>` map themselves.
 */
export function resolveCsvMapping(mapping: TImportMapping, header: readonly string[]): TResolvedMapping {
  const available = `available columns: ${header.join(', ')}`;
  const lower = header.map((h) => h.toLowerCase());
  const bind = (source: TFieldSource, field: string): TBoundSource => {
    const constant = bindConst(source, field);
    if (constant) return constant;
    const index = header.indexOf(source as string);
    if (index < 0) {
      throw new MappingError(
        `mapping field "${field}": column "${String(source)}" is not in the header (${available})`,
      );
    }
    const column = String(source);
    return withCodes(
      { kind: 'column', index, label: `${field} (column "${column}")` },
      mapping.missing,
      column,
      field,
    );
  };
  const resolved: TResolvedMapping = { fields: {}, measures: [], attributes: [], timezone: mapping.timezone };
  for (const field of SCALAR_FIELDS) {
    const source = mapping[field];
    if (source !== undefined) {
      resolved.fields[field] = bind(source, field);
      continue;
    }
    const index = [field, toSnakeCase(field)].map((n) => lower.indexOf(n.toLowerCase())).find((i) => i >= 0);
    if (index !== undefined) resolved.fields[field] = bind(header[index] ?? field, field);
    else if (REQUIRED_FIELDS.includes(field)) {
      throw new MappingError(
        `no column for required field "${field}": add "${field}": "<column>" to the mapping (${available})`,
      );
    }
  }
  for (const [group, prefixes] of [
    ['measures', ['measures.', 'measure.']],
    ['attributes', ['attributes.', 'attribute.']],
  ] as const) {
    const explicit = Object.entries(mapping[group] ?? {});
    for (const [key, source] of explicit) resolved[group].push([key, bind(source, `${group}.${key}`)]);
    header.forEach((column, index) => {
      const prefix = prefixes.find((p) => column.toLowerCase().startsWith(p));
      const key = prefix && column.slice(prefix.length);
      if (!key || explicit.some(([k]) => k === key)) return;
      const label = `${group}.${key} (column "${column}")`;
      const bound = withCodes({ kind: 'column', index, label }, mapping.missing, column, `${group}.${key}`);
      resolved[group].push([key, bound]);
    });
  }
  checkMissingColumns(mapping, resolved, header);
  return resolved;
}

/** Every column `missing` names must be one the mapping reads: a typo would otherwise do nothing, silently. */
function checkMissingColumns(
  mapping: TImportMapping,
  resolved: TResolvedMapping,
  header: readonly string[],
): void {
  const sources = [
    ...Object.values(resolved.fields),
    ...resolved.measures.map(([, s]) => s),
    ...resolved.attributes.map(([, s]) => s),
  ];
  const read = sources.flatMap((s) => (s.kind === 'column' ? [header[s.index] ?? ''] : []));
  const [unknown] = unknownMissingColumns(mapping.missing, read);
  if (unknown === undefined) return;
  throw new MappingError(
    `mapping field "missing.${unknown}": column "${unknown}" is not a column the mapping reads (columns read: ${read.join(', ')})`,
  );
}

/**
 * Binds a mapping for JSON Lines: sources are dot-separated property paths, fields left out default to
 * the property of the same name, and without explicit measures/attributes each line's `measures` and
 * `attributes` objects are taken as they are. Missing properties are found per line, not here.
 */
export function resolveJsonlMapping(mapping: TImportMapping): TResolvedMapping {
  const bind = (source: TFieldSource, field: string): TBoundSource =>
    bindConst(source, field) ??
    withCodes(
      { kind: 'path', path: String(source).split('.'), label: `${field} (property "${String(source)}")` },
      mapping.missing,
      String(source),
      field,
    );
  const resolved: TResolvedMapping = {
    fields: {},
    measures: [],
    attributes: [],
    timezone: mapping.timezone,
    missing: mapping.missing,
  };
  for (const field of SCALAR_FIELDS) resolved.fields[field] = bind(mapping[field] ?? field, field);
  for (const group of ['measures', 'attributes'] as const) {
    const explicit = mapping[group];
    if (explicit === undefined) {
      resolved[`${group}Object`] = bind(group, group);
      continue;
    }
    for (const [key, source] of Object.entries(explicit))
      resolved[group].push([key, bind(source, `${group}.${key}`)]);
  }
  return resolved;
}
