/**
 * An answer into the MOT model, through the ingestion functions every other source uses (so the same rules
 * judge it: experience value, comment sentiment and themes, breaches, and the alert rules of the closed
 * loop that open cases for low ratings and detractors):
 * - a `touchpoint_rating` answer becomes a moment at that touchpoint for the link's customer and episode,
 *   with the rating (re-scaled linearly when the question's scale differs from the touchpoint's) and that
 *   touchpoint's `touchpoint_comment` answer as its comment; a comment alone also becomes a moment;
 * - `overall` and `nps` become the episode's outcome (overall on its own scale when it fits 0..10, else
 *   re-scaled to 0..10, as the outcome API takes it).
 * Event ids derive from the answer's id (`survey:<answer id>:<touchpoint>`, `survey:<answer id>`), so a
 * retry stores nothing twice.
 */
import { DEFAULT_RATING_SCALE, surveyBindings } from '@mot/core';
import type { TSurveyDefinition, TSurveyQuestion } from '@mot/core';
import { sql } from 'drizzle-orm';
import { MotError } from '../errors.ts';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { ingestOutcomes } from '../outcomes/ingest-outcomes.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { ratingBounds } from './check-answers.ts';

/** An answer as stored, with what the link said about whom and what it is about. */
export type TAnswerToIngest = {
  id: string;
  surveyKey: string;
  version: number;
  customer: string;
  episode: string;
  journey: string | null;
  submittedAt: Date;
  answers: Record<string, unknown>;
};

/** What the answer became: moments created (or already there) and whether the outcome was written. */
export type TIngestSummary = { moments: number; outcome: boolean };

const rescale = (value: number, from: { min: number; max: number }, to: { min: number; max: number }) =>
  from.min === to.min && from.max === to.max
    ? value
    : to.min + ((value - from.min) * (to.max - to.min)) / (from.max - from.min);

const numberAnswer = (answers: Record<string, unknown>, name: string) => {
  const value = answers[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

const textAnswer = (answers: Record<string, unknown>, name: string) => {
  const value = answers[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/** Writes the moments and the outcome of one answer; throws when ingestion refuses them. */
export async function ingestAnswer(
  db: TDatabase,
  workspaceId: string,
  definition: TSurveyDefinition,
  answer: TAnswerToIngest,
): Promise<TIngestSummary> {
  const bindings = surveyBindings(definition);
  const journeyKey = answer.journey;
  if (journeyKey === null) return { moments: 0, outcome: false };
  const journey = (await findJourneys(db.orm, workspaceId, journeyKey))[0]?.journey;
  const occurredAt = answer.submittedAt.toISOString();
  const ratings = new Map<string, { value: number; question: TSurveyQuestion }>();
  const comments = new Map<string, string>();
  let overall: number | undefined;
  let nps: number | undefined;
  for (const { name, binding, question } of bindings) {
    if (binding.role === 'touchpoint_rating') {
      const value = numberAnswer(answer.answers, name);
      if (value !== undefined) ratings.set(binding.touchpoint, { value, question });
    } else if (binding.role === 'touchpoint_comment') {
      const text = textAnswer(answer.answers, name);
      if (text !== undefined) comments.set(binding.touchpoint, text);
    } else if (binding.role === 'overall' && question.type === 'rating') {
      const value = numberAnswer(answer.answers, name);
      const bounds = ratingBounds(question);
      if (value !== undefined) {
        overall = bounds.min >= 0 && bounds.max <= 10 ? value : rescale(value, bounds, { min: 0, max: 10 });
      }
    } else if (binding.role === 'nps') {
      nps = numberAnswer(answer.answers, name);
    }
  }
  const touchpoints = [...new Set([...ratings.keys(), ...comments.keys()])];
  const moments = touchpoints.map((touchpoint) => {
    const rating = ratings.get(touchpoint);
    const scale = journey?.touchpoints.find((t) => t.key === touchpoint)?.ratingScale ?? DEFAULT_RATING_SCALE;
    const comment = comments.get(touchpoint);
    return {
      eventId: `survey:${answer.id}:${touchpoint}`,
      journey: journeyKey,
      touchpoint,
      customer: answer.customer,
      episode: answer.episode,
      occurredAt,
      ...(rating && rating.question.type === 'rating'
        ? { rating: rescale(rating.value, ratingBounds(rating.question), scale) }
        : {}),
      ...(comment !== undefined ? { comment } : {}),
      attributes: { survey: answer.surveyKey, survey_version: answer.version },
    };
  });
  if (moments.length > 0) {
    const report = await ingestMoments(db, workspaceId, moments);
    if (!report.ok || report.conflicts > 0) {
      const problem = report.items.find((i) => i.errors)?.errors?.[0];
      throw new MotError(
        'batch_rejected',
        `the answer's moments were refused: ${problem?.message ?? 'conflict'}`,
      );
    }
  }
  const wantsOutcome = overall !== undefined || nps !== undefined;
  if (wantsOutcome) {
    // An outcome is written whole: what the survey does not ask (churn, or the other of overall and NPS)
    // keeps the value the episode has from other sources.
    const [kept] = await queryRows<{
      overall: number | null;
      nps: number | null;
      churned: boolean | null;
      churned_at: Date | string | null;
    }>(
      db.orm,
      sql`select o.overall, o.nps, o.churned, o.churned_at from episode_outcomes o
          join episodes e on e.workspace_id = o.workspace_id and e.customer_id = o.customer_id and e.id = o.episode_id
          join customers c on c.workspace_id = o.workspace_id and c.id = o.customer_id
          join journeys j on j.workspace_id = e.workspace_id and j.id = e.journey_id
          where o.workspace_id = ${workspaceId} and j.key = ${journeyKey} and e.key = ${answer.episode}
            and c.external_id = ${answer.customer}`,
    );
    const churnedAt = kept?.churned_at;
    const report = await ingestOutcomes(db, workspaceId, [
      {
        journey: journeyKey,
        customer: answer.customer,
        episode: answer.episode,
        eventId: `survey:${answer.id}`,
        overall: overall ?? kept?.overall ?? null,
        nps: nps ?? kept?.nps ?? null,
        churned: kept?.churned ?? null,
        churnedAt: churnedAt ? new Date(churnedAt).toISOString() : null,
        surveyedAt: occurredAt,
      },
    ]);
    if (!report.ok) {
      const problem = report.items[0]?.errors?.[0];
      throw new MotError(
        'batch_rejected',
        `the answer's outcome was refused: ${problem?.message ?? 'rejected'}`,
      );
    }
  }
  return { moments: moments.length, outcome: wantsOutcome };
}
