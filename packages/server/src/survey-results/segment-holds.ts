import { sql } from 'drizzle-orm';
import type { SQL } from 'drizzle-orm';

/** The episode an answer (or a link) is about: its journey's key and its key, as SQL expressions. */
export type TSegmentEpisode = { journey: SQL; episode: SQL };

/**
 * Whether a segment (`segment.<attr>=<value>`, as one bound JSON object) holds for an answer or a link,
 * joined as `l` (the link) and `c` (its customer, left-joined: null when the customer has no row yet).
 *
 * The key-moment analysis's rule (`readEpisodes` in analysis/stored-key-moments.ts): every attribute of
 * the segment equal as text (so 3 matches 3 and true matches true) on ONE source, either the customer
 * (`customers.attributes`) or any one moment of the episode (`moments.attributes`, whatever its source:
 * the company's systems, an import, this survey's own answers). A survey adds one source that a key-moment
 * analysis has no need of: the link's own attributes (`survey_links.attributes`, a QR code's store and
 * counter), which its answer's moments carry once ingested but which an answer not yet ingested, or one
 * without a journey (so without moments), carries only there.
 */
export function segmentHolds(segment: Record<string, string>, about: TSegmentEpisode): SQL {
  return sql`(
    ${sourceHoldsSegmentSql(segment, sql`c.attributes`)}
    or ${sourceHoldsSegmentSql(segment, sql`l.attributes`)}
    or exists (
      select 1 from journeys j
        join episodes e on e.workspace_id = j.workspace_id and e.journey_id = j.id
        join moments m on m.workspace_id = e.workspace_id and m.customer_id = e.customer_id
          and m.episode_id = e.id
       where j.workspace_id = l.workspace_id and j.key = ${about.journey}
         and e.customer_id = c.id and e.key = ${about.episode}
         and ${sourceHoldsSegmentSql(segment, sql`m.attributes`)}))`;
}

/**
 * The segment rule on one source, as SQL: every attribute of `segment` equal, as text, to the same
 * attribute of `attributes` (a jsonb expression: a customer's, a link's or a moment's attributes), so 3
 * matches "3" and true matches "true"; an attribute the source lacks (or holds as JSON null) fails it, and
 * an empty segment holds everywhere. `sourceHoldsSegment` is the same rule in JS. Used by `segmentHolds` and
 * by the key-moment analysis (analysis/stored-key-moments.ts), which take their sources from it.
 */
export function sourceHoldsSegmentSql(segment: Record<string, string>, attributes: SQL): SQL {
  return sql`not exists (select 1 from jsonb_each_text(${JSON.stringify(segment)}::jsonb) s
    where (${attributes} ->> s.key) is distinct from s.value)`;
}

/**
 * A JSON number as PostgreSQL's `->>` writes it: jsonb keeps numbers as `numeric`, which writes every
 * digit, never an exponent (1e21 is 1000000000000000000000, 1.5e-7 is 0.00000015).
 */
function numericText(value: number): string {
  const shortest = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!exponent) return shortest;
  const [, sign = '', first = '', rest = '', power = '0'] = exponent;
  const digits = first + rest;
  const point = 1 + Number(power);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * A stored attribute's value as `->>` reads it from jsonb: a string as it is, a number or a boolean as JSON
 * writes it; null for what no attribute holds (JSON null, objects, arrays).
 */
function attributeText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? numericText(value) : null;
  if (typeof value === 'boolean') return String(value);
  return null;
}

/**
 * `sourceHoldsSegmentSql` in JS, for attributes held in memory as they are stored (core's `ZAttributes`:
 * strings, finite numbers, booleans): every attribute of `segment` equal, as text, to the source's own.
 */
export function sourceHoldsSegment(
  segment: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, unknown>> | null | undefined,
): boolean {
  return Object.entries(segment).every(
    ([key, value]) =>
      attributes !== null &&
      attributes !== undefined &&
      Object.hasOwn(attributes, key) &&
      attributeText(attributes[key]) === value,
  );
}
