import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TStoredCommentScore } from '../survey-answers/survey-answers-schema.ts';
import { answerConditions } from './results-filter.ts';
import type { TResultsFilter, TResultsSurvey } from './results-filter.ts';

/** An answer as results and exports read it: with its link's channel and its customer's attributes. */
export type TResultAnswer = {
  id: string;
  version: number;
  language: string;
  channel: string;
  customer: string;
  journey: string | null;
  submittedAt: Date;
  /**
   * The submission instant exactly as stored, in microseconds since 1970 (as text): where a page ends. A
   * Date holds milliseconds, so a cursor made of it falls before an answer stored at .123456 and read it
   * again on the next page.
   */
  submittedMicros: string;
  answers: Record<string, unknown>;
  customerAttributes: Record<string, unknown> | null;
  /** The comments of no touchpoint ingestion scored (null until ingested); read only when asked for. */
  commentScores?: TStoredCommentScore[] | null;
};

type TRow = {
  id: string;
  version: number;
  language: string;
  channel: string;
  customer: string;
  journey: string | null;
  submitted_at: Date | string;
  submitted_micros: string | number;
  answers: Record<string, unknown> | string;
  customer_attributes: Record<string, unknown> | string | null;
  comment_scores?: TStoredCommentScore[] | string | null;
};

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** Where the next page starts: after this answer in (submitted_at, id) order (`TResultAnswer`'s fields). */
export type TAnswerCursor = { submittedMicros: string; id: string };

/** The cursor after `answer`. */
export const cursorAfter = (answer: TResultAnswer): TAnswerCursor => ({
  submittedMicros: answer.submittedMicros,
  id: answer.id,
});

/** Which page to read, and whether with the stored comment scores (verbatims need them, nothing else). */
export type TAnswerPage = { limit: number; after?: TAnswerCursor | undefined; commentScores?: boolean };

/**
 * One page of the answers the filter selects, oldest first (submission time, then id): `limit` answers
 * after `after`. Keyset paging, so an export of any size holds one page at a time.
 */
export async function findResultAnswers(
  db: TDatabase,
  survey: TResultsSurvey,
  filter: TResultsFilter,
  page: TAnswerPage,
): Promise<TResultAnswer[]> {
  // The instant to the microsecond, as stored: a page never starts before its predecessor's last answer.
  const after = page.after
    ? sql`and (a.submitted_at, a.id) >
            (timestamptz 'epoch' + ${page.after.submittedMicros}::int8 * interval '1 microsecond', ${page.after.id}::uuid)`
    : sql``;
  const rows = await queryRows<TRow>(
    db.orm,
    sql`select a.id, a.version, a.language, l.channel, a.customer, a.journey, a.submitted_at,
               (extract(epoch from a.submitted_at) * 1000000)::int8 as submitted_micros, a.answers,
               c.attributes as customer_attributes ${page.commentScores ? sql`, a.comment_scores` : sql``}
          from survey_answers a
          join survey_links l on l.id = a.link_id
          left join customers c on c.workspace_id = a.workspace_id and c.external_id = a.customer
         where ${answerConditions(survey, filter)} ${after}
         order by a.submitted_at, a.id
         limit ${page.limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    language: r.language,
    channel: r.channel,
    customer: r.customer,
    journey: r.journey,
    submittedAt: new Date(r.submitted_at),
    submittedMicros: String(r.submitted_micros),
    answers: json(r.answers),
    customerAttributes: r.customer_attributes === null ? null : json(r.customer_attributes),
    ...(r.comment_scores === undefined
      ? {}
      : { commentScores: r.comment_scores === null ? null : json(r.comment_scores) }),
  }));
}

/** Every answer the filter selects, read page by page (with the stored comment scores when asked). */
export async function findAllResultAnswers(
  db: TDatabase,
  survey: TResultsSurvey,
  filter: TResultsFilter,
  options: { pageSize?: number; commentScores?: boolean } = {},
): Promise<TResultAnswer[]> {
  const pageSize = options.pageSize ?? 5_000;
  const all: TResultAnswer[] = [];
  for (;;) {
    const last = all.at(-1);
    const page = await findResultAnswers(db, survey, filter, {
      limit: pageSize,
      after: last ? cursorAfter(last) : undefined,
      commentScores: options.commentScores ?? false,
    });
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}
