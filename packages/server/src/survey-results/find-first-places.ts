import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TOrm } from '../storage/database.ts';
import type { TFirstPlace } from './answer-tally.ts';
import { answerConditions, filteredAnswers } from './results-filter.ts';
import type { TResultsFilter, TResultsSurvey } from './results-filter.ts';

/** Values of one question (`row` of a matrix) whose first appearance is asked. */
export type TFirstPlaceQuery = { item: number; question: string; row?: string; values: readonly unknown[] };

/**
 * Where each of `values` first appears in the answers `filter` selects: the earliest answer (by submission
 * instant to the microsecond, then id) giving it, and its place in that answer's list of choices. Only for
 * values not among a question's choices, which are rare, so this reads the answers again only when there
 * are some. A matrix row's answer is one value, never a list.
 */
export async function findFirstPlaces(
  orm: TOrm,
  survey: TResultsSurvey,
  filter: TResultsFilter,
  query: TFirstPlaceQuery,
): Promise<TFirstPlace[]> {
  const value =
    query.row === undefined
      ? sql`a.answers -> ${query.question}::text`
      : sql`a.answers -> ${query.question}::text -> ${query.row}::text`;
  const listed = query.row === undefined ? sql`jsonb_typeof(${value}) = 'array'` : sql`false`;
  const rows = await queryRows<{ value: string; micros: string; id: string; ord: number | string }>(
    orm,
    sql`select distinct on (e.value) e.value::text as value,
               ((extract(epoch from a.submitted_at) * 1000000)::int8)::text as micros, a.id::text as id, e.ord
          from ${filteredAnswers(filter)}
         cross join lateral jsonb_array_elements(case when ${listed} then ${value} else jsonb_build_array(${value}) end)
               with ordinality as e(value, ord)
         where ${answerConditions(survey, filter)}
           and ${value} not in ('null'::jsonb, '""'::jsonb, '[]'::jsonb)
           and ${JSON.stringify(query.values)}::jsonb @> jsonb_build_array(e.value)
         order by e.value, a.submitted_at, a.id, e.ord`,
  );
  return rows.map((r) => ({
    item: query.item,
    value: JSON.parse(r.value) as unknown,
    micros: r.micros,
    id: r.id,
    ord: Number(r.ord),
  }));
}
