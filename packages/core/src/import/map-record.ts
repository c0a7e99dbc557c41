import { ZMomentInput } from '../domain/moment.ts';
import type { TMomentInput } from '../domain/moment.ts';
import { RESERVED_KEYS, reservedKeyMessage } from '../domain/storable-text.ts';
import { codesForColumn, isMissingCode } from './missing-codes.ts';
import { parseDatetime, parseMeasure, parseNumber, parseText } from './parse-value.ts';
import type { TValueResult } from './parse-value.ts';
import type { TBoundSource, TResolvedMapping } from './resolve-mapping.ts';
import type { TScalarField } from './mapping.ts';

/** A record as read from the file: the fields of a CSV row, or one parsed JSON line. */
export type TRecordValues = readonly string[] | Record<string, unknown>;

/**
 * A record turned into a moment, or the reason it cannot be one. `missingByCode` names the columns (or
 * properties) whose cell held a missing-value code and was read as absent; left out when there were none.
 */
export type TMappedRecord =
  { ok: true; moment: TMomentInput; missingByCode?: string[] } | { ok: false; reason: string };

/** Reads one source from a record; empty CSV cells and JSON nulls count as absent. */
export function readSource(source: TBoundSource, record: TRecordValues): unknown {
  let value: unknown;
  if (source.kind === 'const') value = source.value;
  else if (source.kind === 'column') value = Array.isArray(record) ? record[source.index] : undefined;
  else {
    value = record;
    for (const key of source.path) {
      value =
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    }
  }
  if (value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return value;
}

/**
 * Maps a record to a moment of the given journey and validates it with `ZMomentInput`. Every problem is
 * reported with the moment field and the column or property it came from, e.g.
 * `measures.wait_seconds (column "wait"): "12a" is not a number`.
 */
export function mapRecord(
  record: TRecordValues,
  mapping: TResolvedMapping,
  context: { journey: string; deriveEventId: () => string },
): TMappedRecord {
  const problems: string[] = [];
  const coded: string[] = [];
  const take = <T>(source: TBoundSource, parse: (v: unknown) => TValueResult<T>): T | undefined => {
    const raw = readSource(source, record);
    if (raw === undefined) return undefined;
    if (source.missing && isMissingCode(raw, source.missing.codes)) {
      coded.push(source.missing.column);
      return undefined;
    }
    const parsed = parse(raw);
    if (parsed.ok) return parsed.value;
    problems.push(`${source.label}: ${parsed.problem}`);
    return undefined;
  };
  const field = <T>(name: TScalarField, parse: (v: unknown) => TValueResult<T>): T | undefined => {
    const source = mapping.fields[name];
    return source && take(source, parse);
  };
  const readGroup = <T>(group: 'measures' | 'attributes', parse: (v: unknown) => TValueResult<T>) => {
    const out: Record<string, T> = {};
    const objectSource = mapping[`${group}Object`];
    const object = objectSource && readSource(objectSource, record);
    if (object !== undefined && (typeof object !== 'object' || Array.isArray(object))) {
      problems.push(`${objectSource?.label ?? group}: must be an object`);
    } else if (object !== undefined) {
      // Each key of a line's own `measures` / `attributes` object, labelled with its full property path.
      for (const [key, value] of Object.entries(object as Record<string, unknown>)) {
        const label = `${group}.${key} (property "${group}.${key}")`;
        // Refused before it is copied: assigning `__proto__` to an object would silently drop it.
        if (RESERVED_KEYS.has(key)) {
          problems.push(`${label}: ${reservedKeyMessage(key)}`);
          continue;
        }
        const property = `${group}.${key}`;
        const codes = codesForColumn(mapping.missing, property, false);
        const missing = codes && { column: property, codes };
        const parsed = take(
          { kind: 'const', value: value as string, label, ...(missing && { missing }) },
          parse,
        );
        if (parsed !== undefined) out[key] = parsed;
      }
    }
    for (const [key, source] of mapping[group]) {
      const value = take(source, parse);
      if (value !== undefined) out[key] = value;
    }
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const moment: Record<string, unknown> = {
    eventId: field('eventId', parseText) ?? context.deriveEventId(),
    journey: context.journey,
    touchpoint: field('touchpoint', parseText),
    customer: field('customer', parseText),
    episode: field('episode', parseText),
    occurredAt: field('occurredAt', (v) => parseDatetime(v, mapping.timezone)),
    employee: field('employee', parseText),
    rating: field('rating', parseNumber),
    comment: field('comment', parseText),
    measures: readGroup('measures', parseMeasure),
    attributes: readGroup('attributes', parseAttribute),
  };
  for (const [name, source] of Object.entries(mapping.fields)) {
    const isRequired = ['touchpoint', 'customer', 'episode', 'occurredAt'].includes(name);
    if (!isRequired || moment[name] !== undefined) continue;
    const raw = readSource(source, record);
    if (raw === undefined) problems.push(`${source.label}: missing`);
    else if (source.missing && isMissingCode(raw, source.missing.codes))
      problems.push(`${source.label}: missing (${JSON.stringify(raw)} is a missing-value code)`);
  }
  if (problems.length > 0) return { ok: false, reason: problems.join('; ') };
  // Absent fields are left out rather than sent as undefined.
  const present = Object.fromEntries(Object.entries(moment).filter(([, value]) => value !== undefined));
  const checked = ZMomentInput.safeParse(present);
  if (checked.success)
    return { ok: true, moment: checked.data, ...(coded.length > 0 && { missingByCode: coded }) };
  const reasons = checked.error.issues.map(
    (issue) => `${describeField(mapping, issue.path.map(String))}: ${issue.message}`,
  );
  return { ok: false, reason: reasons.join('; ') };
}

/** Names a moment field by where the import read it from, e.g. `touchpoint (column "tp")`. */
export function describeField(mapping: TResolvedMapping, path: readonly (string | number)[]): string {
  const [head, key] = path.map(String);
  const group = head === 'measures' || head === 'attributes' ? mapping[head] : undefined;
  const source = group?.find(([k]) => k === key)?.[1] ?? mapping.fields[head as TScalarField];
  if (source) return source.label;
  return path.length === 0 ? 'moment' : path.join('.');
}

function parseAttribute(value: unknown): TValueResult<string | number | boolean> {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return { ok: true, value };
  }
  return { ok: false, problem: `${JSON.stringify(value)} is not a text, number or boolean` };
}
