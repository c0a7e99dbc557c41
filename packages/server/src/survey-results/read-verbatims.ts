/**
 * `GET /api/surveys/{key}/verbatims`: the text answers of a survey (its `text` and `comment` questions),
 * newest first, each with its sentiment (class, score, confidence) and themes, filterable by class, paged.
 *
 * Every comment ingestion scored is read back as the answer keeps it (`survey_answers.comment_scores`, by
 * question): a comment of no touchpoint as ingestion scored it, a touchpoint's comment as its moment keeps
 * it (ingestion reads it back from the moment, migration 0025 for answers ingested before), so a verbatim
 * and the same comment on its moment agree. Only what ingestion does not score is scored when read, by
 * `scoreComment`, the function ingestion scores with (core's text analytics): a text question of no
 * binding, an answer not ingested yet, and a comment ingestion could not score (no stored score; scored
 * again, it gets none again). Such a text is scored once per process while it stays in a bounded cache.
 */
import { DEFAULT_THEME_DICTIONARY, themeNames } from '@mot/core/text';
import type { TSentimentClass } from '@mot/core/text';
import { scoreComment } from '../ingest/prepare-moments.ts';
import type { TCommentSentiment } from '../ingest/prepare-moments.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import type { TStoredCommentScore } from '../survey-answers/survey-answers-schema.ts';
import { findAllResultAnswers } from './find-result-answers.ts';
import { findResultSurvey } from './find-result-survey.ts';
import { resultQuestions } from './result-questions.ts';
import type { TResultsFilter } from './results-filter.ts';

/** One text answer with its sentiment and themes. */
export type TVerbatim = {
  answer: string;
  question: string;
  questionTitle: string;
  text: string;
  submittedAt: string;
  language: string;
  channel: string;
  customer: string;
  sentiment: { label: TSentimentClass; score: number; confidence: number };
  /** Themes with their name (in the language asked for), sentiment score and mentions. */
  themes: Array<{ theme: string; name: string; score: number; mentions: number }>;
};

/** A page of verbatims, with the count of each sentiment class over all of them. */
export type TVerbatimPage = {
  total: number;
  counts: Record<TSentimentClass, number>;
  items: TVerbatim[];
};

/** Which verbatims, and which page of them. */
export type TVerbatimQuery = {
  question?: string | undefined;
  sentiment?: TSentimentClass | undefined;
  offset: number;
  limit: number;
};

const CACHE_LIMIT = 20_000;
const scored = new Map<string, TCommentSentiment>();

/** `scoreComment`, remembered (the oldest forgotten past CACHE_LIMIT texts). */
function scoreText(text: string): TCommentSentiment | null {
  const known = scored.get(text);
  if (known) return known;
  const sentiment = scoreComment(text);
  if (!sentiment) return null;
  if (scored.size >= CACHE_LIMIT) scored.delete(scored.keys().next().value as string);
  scored.set(text, sentiment);
  return sentiment;
}

const CLASSES: readonly string[] = ['negative', 'neutral', 'positive'] satisfies TSentimentClass[];

/** The stored scores of an answer's comments by question (those of a known class; others are scored again). */
function storedScoresOf(stored: TStoredCommentScore[] | null | undefined): Map<string, TCommentSentiment> {
  const byQuestion = new Map<string, TCommentSentiment>();
  for (const { question, sentiment } of stored ?? []) {
    if (!CLASSES.includes(sentiment.label)) continue;
    byQuestion.set(question, sentiment as TCommentSentiment);
  }
  return byQuestion;
}

/** The verbatims of survey `key` for `filter` and `query`, question titles in `labels`. */
export async function readVerbatims(
  db: TDatabase,
  workspaceId: string,
  key: string,
  filter: TResultsFilter,
  query: TVerbatimQuery,
  labels: TSurveyLanguage,
): Promise<TVerbatimPage> {
  const survey = await findResultSurvey(db, workspaceId, key);
  const questions = resultQuestions(survey.versions, labels).filter(
    (q) =>
      (q.type === 'text' || q.type === 'comment') &&
      (query.question === undefined || q.name === query.question),
  );
  const answers = await findAllResultAnswers(db, { workspaceId, surveyId: survey.id }, filter, {
    commentScores: true,
  });
  const counts: Record<TSentimentClass, number> = { negative: 0, neutral: 0, positive: 0 };
  const all: TVerbatim[] = [];
  for (let i = answers.length - 1; i >= 0; i--) {
    const a = answers[i];
    if (!a) continue;
    const stored = storedScoresOf(a.commentScores);
    for (const q of questions) {
      const text = a.answers[q.name];
      if (typeof text !== 'string' || text.trim() === '') continue;
      const sentiment = stored.get(q.name) ?? scoreText(text);
      if (!sentiment) continue;
      counts[sentiment.label] += 1;
      if (query.sentiment !== undefined && sentiment.label !== query.sentiment) continue;
      all.push({
        answer: a.id,
        question: q.name,
        questionTitle: q.title,
        text,
        submittedAt: a.submittedAt.toISOString(),
        language: a.language,
        channel: a.channel,
        customer: a.customer,
        sentiment: { label: sentiment.label, score: sentiment.score, confidence: sentiment.confidence },
        themes: sentiment.themes.map((t) => ({
          ...t,
          name: themeNames(DEFAULT_THEME_DICTIONARY, t.theme)[labels],
        })),
      });
    }
  }
  return { total: all.length, counts, items: all.slice(query.offset, query.offset + query.limit) };
}
