/**
 * `GET /api/surveys/{key}/results`: response rates by channel and the summary of the answers the filter
 * selects, labels in the language asked for. The database counts the answers' values (count-answer-values.ts,
 * one pass, a few hundred rows back whatever the number of answers); summarize-results.ts scores the counts.
 */
import { wilsonInterval } from '@mot/core';
import { readSettings } from '../access/settings.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import { sql } from 'drizzle-orm';
import { tallyItemsOf } from './answer-tally.ts';
import { countAnswerValues } from './count-answer-values.ts';
import { countLinksByChannel } from './count-links-by-channel.ts';
import { findFirstPlaces } from './find-first-places.ts';
import { findResultSurvey } from './find-result-survey.ts';
import { resultQuestions } from './result-questions.ts';
import type { TResultQuestion } from './result-questions.ts';
import type { TResultsFilter, TResultsSurvey } from './results-filter.ts';
import { headlineQuestions, summarizeResults, valuesOffChoices } from './summarize-results.ts';
import type { TResultSummary } from './summarize-results.ts';

/** Links minted and answered on one channel, the response rate with its Wilson interval (Wilson 1927). */
export type TResponseRate = {
  channel: string;
  links: number;
  answered: number;
  rate: number | null;
  lower: number | null;
  upper: number | null;
};

/** A survey's results. */
export type TSurveyResults = TResultSummary & {
  survey: { key: string; name: string; currentVersion: number; versions: number[] };
  timeZone: string;
  responseRates: TResponseRate[];
  /** All channels together. */
  responseRate: TResponseRate;
};

function rateOf(channel: string, links: number, answered: number): TResponseRate {
  if (links === 0) return { channel, links, answered, rate: null, lower: null, upper: null };
  // A link is answered once (a unique index), so answered <= links.
  const w = wilsonInterval(answered, links);
  return { channel, links, answered, rate: w.estimate, lower: w.lower, upper: w.upper };
}

/**
 * The summary of the answers `filter` selects: their values counted by the database, then (rarely: only for
 * values not among a question's choices) where those first appear, both in one read-only snapshot.
 */
export async function summarizeAnswers(
  db: TDatabase,
  survey: TResultsSurvey,
  filter: TResultsFilter,
  questions: readonly TResultQuestion[],
  timeZone: string,
): Promise<TResultSummary> {
  const heads = Object.values(headlineQuestions(questions)).flatMap((q) => (q ? [q.name] : []));
  const items = tallyItemsOf(questions, new Set(heads));
  return db.orm.transaction(
    async (tx) => {
      // The planner's estimate of the unnested rows runs far above the truth, which would have it compile
      // the statement with JIT first: a second and a half of a four-second count at 100,000 answers.
      await tx.execute(sql`set local jit = off`);
      const counts = await countAnswerValues(tx, survey, filter, items, timeZone);
      const firstPlaces = [];
      for (const off of valuesOffChoices(questions, { items, counts }))
        firstPlaces.push(...(await findFirstPlaces(tx, survey, filter, off)));
      return summarizeResults(questions, { items, counts, firstPlaces });
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The results of survey `key` for `filter`, question titles and choices in `labels`. */
export async function readSurveyResults(
  db: TDatabase,
  workspaceId: string,
  key: string,
  filter: TResultsFilter,
  labels: TSurveyLanguage,
): Promise<TSurveyResults> {
  const survey = await findResultSurvey(db, workspaceId, key);
  const settings = await readSettings(db, workspaceId);
  const scope = { workspaceId, surveyId: survey.id };
  const [counts, summary] = await Promise.all([
    countLinksByChannel(db, scope, filter, settings.language),
    summarizeAnswers(db, scope, filter, resultQuestions(survey.versions, labels), settings.timeZone),
  ]);
  const total = counts.reduce(
    (sum, c) => ({ links: sum.links + c.links, answered: sum.answered + c.answered }),
    {
      links: 0,
      answered: 0,
    },
  );
  return {
    survey: {
      key: survey.key,
      name: survey.name,
      currentVersion: survey.currentVersion,
      versions: survey.versions.map((v) => v.version),
    },
    timeZone: settings.timeZone,
    responseRates: counts.map((c) => rateOf(c.channel, c.links, c.answered)),
    responseRate: rateOf('all', total.links, total.answered),
    ...summary,
  };
}
