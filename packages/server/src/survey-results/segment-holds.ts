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
 * an empty segment holds everywhere. Used by `segmentHolds` and by the key-moment analysis
 * (analysis/stored-key-moments.ts), which take their sources from it.
 */
export function sourceHoldsSegmentSql(segment: Record<string, string>, attributes: SQL): SQL {
  return sql`not exists (select 1 from jsonb_each_text(${JSON.stringify(segment)}::jsonb) s
    where (${attributes} ->> s.key) is distinct from s.value)`;
}
