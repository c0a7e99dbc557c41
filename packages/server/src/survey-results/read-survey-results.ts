/**
 * `GET /api/surveys/{key}/results`: response rates by channel and the summary of the answers the filter
 * selects (summarize-results.ts), labels in the language asked for.
 */
import { wilsonInterval } from '@mot/core';
import { readSettings } from '../access/settings.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import { countLinksByChannel } from './count-links-by-channel.ts';
import { findAllResultAnswers } from './find-result-answers.ts';
import { findResultSurvey } from './find-result-survey.ts';
import { resultQuestions } from './result-questions.ts';
import type { TResultsFilter } from './results-filter.ts';
import { summarizeResults } from './summarize-results.ts';
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
  const [counts, answers] = await Promise.all([
    countLinksByChannel(db, scope, filter, settings.language),
    findAllResultAnswers(db, scope, filter),
  ]);
  const summary = summarizeResults(resultQuestions(survey.versions, labels), answers, settings.timeZone);
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
