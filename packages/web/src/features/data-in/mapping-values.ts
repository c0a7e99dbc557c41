/** The mapping form's values and the import mapping they stand for (core's `TImportMapping`). */
import type { TImportMapping, TScalarField } from '@mot/core/import';
import { EVERY_ANSWER_COLUMN, SCALAR_FIELDS } from '@mot/core/import';
import type { TJourneyDoc } from '../../lib/journeys.ts';

/**
 * The form: a column (or none) per moment field and per measure of the journey, the UTC offset, and the
 * codes that mean "no rating" (the mapping's `missing["*"]`, which reaches the rating column).
 */
export type TMappingValues = {
  fields: Partial<Record<TScalarField, string>>;
  measures: Record<string, string | undefined>;
  timezone: string;
  missingCodes: string[];
};

/** A code as the mapping holds it: a number when it reads as one (so `0` also matches `0.0`), else its text. */
const toCode = (text: string): number | string =>
  /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim()) ? Number(text.trim()) : text.trim();

/** The measures of a journey, each key once (several touchpoints may share one). */
export function measuresOfJourney(journey: TJourneyDoc | undefined) {
  const seen = new Map<string, TJourneyDoc['touchpoints'][number]['measures'][number]>();
  for (const touchpoint of journey?.touchpoints ?? [])
    for (const measure of touchpoint.measures) if (!seen.has(measure.key)) seen.set(measure.key, measure);
  return [...seen.values()];
}

const normalize = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');

/**
 * The form's first values: a mapping (saved for this source, or guessed by the server) with, for each
 * measure it leaves out, a column named like the measure's key or one of its names.
 */
export function initialValues(
  mapping: TImportMapping,
  header: readonly string[],
  journey: TJourneyDoc | undefined,
): TMappingValues {
  const fields: TMappingValues['fields'] = {};
  for (const field of SCALAR_FIELDS) {
    const source = mapping[field];
    if (typeof source === 'string' && header.includes(source)) fields[field] = source;
  }
  const measures: TMappingValues['measures'] = {};
  for (const measure of measuresOfJourney(journey)) {
    const saved = mapping.measures?.[measure.key];
    if (typeof saved === 'string' && header.includes(saved)) {
      measures[measure.key] = saved;
      continue;
    }
    const names = [measure.key, measure.name, ...Object.values(measure.names ?? {})]
      .filter((n): n is string => typeof n === 'string')
      .map(normalize);
    measures[measure.key] = header.find((column) => names.includes(normalize(column)));
  }
  const missingCodes = (mapping.missing?.[EVERY_ANSWER_COLUMN] ?? []).map(String);
  return { fields, measures, timezone: mapping.timezone ?? '+08:00', missingCodes };
}

/** The import mapping of the form's values (columns left empty are left out). */
export function toMapping(values: TMappingValues): TImportMapping {
  const mapping: TImportMapping = {};
  for (const field of SCALAR_FIELDS) {
    const column = values.fields[field];
    if (column) mapping[field] = column;
  }
  const measures = Object.entries(values.measures).filter((e): e is [string, string] => Boolean(e[1]));
  if (measures.length > 0) mapping.measures = Object.fromEntries(measures);
  if (values.timezone) mapping.timezone = values.timezone;
  const codes = (values.missingCodes ?? []).filter((c) => c.trim() !== '').map(toCode);
  if (codes.length > 0) mapping.missing = { [EVERY_ANSWER_COLUMN]: codes };
  return mapping;
}
