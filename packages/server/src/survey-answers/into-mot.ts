/**
 * Answers into the MOT model, a batch at a time, through the ingestion functions every other source uses
 * (so the same rules judge them: experience value, comment sentiment and themes, breaches, and the alert
 * rules of the closed loop that open cases for low ratings and detractors). What each bound question
 * becomes is core's one mapping, `answerModel`:
 * - a touchpoint's rating and comment become a moment at that touchpoint for the link's customer and
 *   episode (a comment alone too), its comment scored at ingestion as any moment's; those scores, read back
 *   from the moments once written (one query a batch, not a second scoring), are kept with the answer too,
 *   by question, beside those of its comments of no touchpoint (`survey_answers.comment_scores`), so the
 *   answer's verbatims read every bound comment's scores as stored;
 * - overall, NPS, CSAT, CES and churn intent become the episode's outcome (a CSAT the overall when the
 *   survey asks no overall), so a detractor or a low overall goes through the answer alert rules;
 * - comments of no touchpoint are scored by the same function ingestion uses (`scoreComment`) and kept
 *   with the answer (`survey_answers.comment_scores`), with or without a journey.
 * The moments of the whole batch are one `ingestMoments` call and its outcomes one `ingestOutcomes` call
 * (one transaction each); an answer whose moment or outcome is refused is reported refused and the rest of
 * the batch is written without it. Event ids derive from the answer's id (`survey:<answer id>:<touchpoint>`,
 * `survey:<answer id>`), so ingesting an answer again stores nothing twice and raises no alert twice. The
 * link's attributes (a QR link's store and counter) go onto the moments as segment attributes.
 */
import { answerModel, DEFAULT_RATING_SCALE, surveyBindings } from '@mot/core';
import type { TJourney, TSurveyDefinition, TSurveyOutcome } from '@mot/core';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { scoreComment } from '../ingest/prepare-moments.ts';
import type { TCommentSentiment } from '../ingest/prepare-moments.ts';
import type { TIngestReport } from '../ingest/report.ts';
import { ingestOutcomes } from '../outcomes/ingest-outcomes.ts';
import type { TOutcomeReport } from '../routes/outcomes/schema.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';

/** An answer as stored, with its survey's version and what the link said about whom and what it is about. */
export type TAnswerToIngest = {
  id: string;
  definition: TSurveyDefinition;
  surveyKey: string;
  version: number;
  customer: string;
  episode: string;
  journey: string | null;
  submittedAt: Date;
  answers: Record<string, unknown>;
  /** Segment attributes the link gives the moments (a QR link's store, counter). */
  attributes?: Record<string, string | number | boolean> | null | undefined;
  /** The touchpoint the answer is about when it rates none (a QR link's counter). */
  about?: string | null | undefined;
};

/** A comment of the answer, scored, by its question: what `survey_answers.comment_scores` keeps. */
export type TScoredComment = { question: string; sentiment: TCommentSentiment };

/**
 * What the answer became: moments created (or already there), whether the outcome was written, and how many
 * comments of no touchpoint were scored (a touchpoint's comment counts with its moment).
 */
export type TIngestSummary = { moments: number; outcome: boolean; comments: number };

/** What became of one answer of a batch: ingested (with all its scored comments), or refused and why. */
export type TAnswerIngestion =
  | { id: string; status: 'ingested'; summary: TIngestSummary; scored: TScoredComment[] }
  | { id: string; status: 'refused'; reason: string };

type TKeptOutcome = {
  i: number;
  overall: number | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  churn_intent: number | null;
  churned: boolean | null;
  churned_at: Date | string | null;
};

/** A touchpoint's comment of an answer: its question, its text and the event id of the moment it is on. */
type TTouchpointComment = { question: string; text: string; eventId: string };

/**
 * One answer read by its bindings: its moments, its outcome (when it asks one), its scored comments of no
 * touchpoint and its touchpoint comments (scored on their moments).
 */
type TPlan = {
  answer: TAnswerToIngest;
  moments: Array<Record<string, unknown>>;
  outcome: TSurveyOutcome | undefined;
  scored: TScoredComment[];
  touchpointComments: TTouchpointComment[];
};

/** The event id of an answer's moment at a touchpoint. */
const momentEventId = (answer: string, touchpoint: string) => `survey:${answer}:${touchpoint}`;

/** Scores the answer's comments of no touchpoint (pure: no journey needed). */
export function scoreAnswerComments(
  definition: TSurveyDefinition,
  answers: Record<string, unknown>,
): TScoredComment[] {
  return answerModel(definition, answers, () => DEFAULT_RATING_SCALE).comments.flatMap(
    ({ question, text }) => {
      const sentiment = scoreComment(text);
      return sentiment ? [{ question, sentiment }] : [];
    },
  );
}

function planAnswer(answer: TAnswerToIngest, journey: TJourney | undefined): TPlan {
  const scored = scoreAnswerComments(answer.definition, answer.answers);
  const journeyKey = answer.journey;
  if (journeyKey === null) return { answer, moments: [], outcome: undefined, scored, touchpointComments: [] };
  const model = answerModel(
    answer.definition,
    answer.answers,
    (touchpoint) =>
      journey?.touchpoints.find((t) => t.key === touchpoint)?.ratingScale ?? DEFAULT_RATING_SCALE,
    answer.about ?? undefined,
  );
  const occurredAt = answer.submittedAt.toISOString();
  const moments = model.moments.map((m) => ({
    eventId: momentEventId(answer.id, m.touchpoint),
    journey: journeyKey,
    touchpoint: m.touchpoint,
    customer: answer.customer,
    episode: answer.episode,
    occurredAt,
    ...(m.rating !== undefined ? { rating: m.rating } : {}),
    ...(m.comment !== undefined ? { comment: m.comment } : {}),
    attributes: { ...answer.attributes, survey: answer.surveyKey, survey_version: answer.version },
  }));
  const outcome = Object.keys(model.outcome).length > 0 ? model.outcome : undefined;
  // A touchpoint is bound one comment question at most (core's findSurveyProblems), so the moment's comment
  // is that question's text, whose scores the moment keeps.
  const touchpointComments = surveyBindings(answer.definition).flatMap(({ name, binding }) => {
    const text = answer.answers[name];
    return binding.role === 'touchpoint_comment' && typeof text === 'string' && text.trim() !== ''
      ? [{ question: name, text, eventId: momentEventId(answer.id, binding.touchpoint) }]
      : [];
  });
  return { answer, moments, outcome, scored, touchpointComments };
}

type TStoredMomentScore = {
  event_id: string;
  comment: string | null;
  sentiment: number | null;
  sentiment_label: TCommentSentiment['label'] | null;
  sentiment_confidence: number | null;
  themes: TCommentSentiment['themes'] | null;
};

/**
 * The scores of the batch's touchpoint comments as their moments keep them (scored by ingestion), by the
 * moments' event ids (their unique index): a comment whose moment holds another text, or no score (a text
 * the analytics cannot score), has none.
 */
async function readTouchpointCommentScores(
  db: TDatabase,
  workspaceId: string,
  plans: readonly TPlan[],
): Promise<Map<string, TScoredComment[]>> {
  const comments = plans.flatMap((p) => p.touchpointComments.map((c) => ({ answer: p.answer.id, ...c })));
  const byAnswer = new Map<string, TScoredComment[]>();
  if (comments.length === 0) return byAnswer;
  const rows = await queryRows<TStoredMomentScore>(
    db.orm,
    sql`select m.event_id, m.comment, m.sentiment, m.sentiment_label, m.sentiment_confidence, m.themes
        from jsonb_array_elements_text(${JSON.stringify(comments.map((c) => c.eventId))}::jsonb) as k(event_id)
        join moments m on m.workspace_id = ${workspaceId} and m.event_id = k.event_id`,
  );
  const byEvent = new Map(rows.map((r) => [r.event_id, r]));
  for (const c of comments) {
    const m = byEvent.get(c.eventId);
    if (!m || m.comment !== c.text) continue;
    const { sentiment: score, sentiment_label: label, sentiment_confidence: confidence } = m;
    if (score === null || label === null || confidence === null) continue;
    const sentiment: TCommentSentiment = { score, label, confidence, themes: m.themes ?? [] };
    byAnswer.set(c.answer, [...(byAnswer.get(c.answer) ?? []), { question: c.question, sentiment }]);
  }
  return byAnswer;
}

/**
 * The answers a report refuses (an item of theirs rejected or in conflict; `owners[index]` is the answer
 * of item `index`), with the first reason. A refused batch that names no item refuses all of `live`, so
 * that the loop ends and nothing unwritten is marked ingested.
 */
function refusedByAnswer(
  report: TIngestReport | TOutcomeReport,
  owners: readonly string[],
  what: string,
  live: readonly TPlan[],
): Map<string, string> {
  const refused = new Map<string, string>();
  for (const item of report.items) {
    if (item.status !== 'rejected' && item.status !== 'conflict') continue;
    const owner = owners[item.index];
    if (owner === undefined || refused.has(owner)) continue;
    const problem = item.errors?.[0]?.message ?? (item.status === 'conflict' ? 'conflict' : 'rejected');
    refused.set(owner, `the answer's ${what} refused: ${problem}`);
  }
  if (!report.ok && refused.size === 0) {
    for (const p of live) refused.set(p.answer.id, `the answer's ${what} refused`);
  }
  return refused;
}

/**
 * Writes the moments and the outcomes of a batch of answers of one workspace; what became of each. The
 * caller gives at most one answer per episode (`ingestOutcomes` takes one outcome per episode a batch,
 * and the later answer's outcome must build on the earlier's). Throws only on a failure of the database.
 */
export async function ingestAnswers(
  db: TDatabase,
  workspaceId: string,
  answers: readonly TAnswerToIngest[],
): Promise<TAnswerIngestion[]> {
  const journeys = new Map<string, TJourney>();
  for (const key of new Set(answers.flatMap((a) => (a.journey === null ? [] : [a.journey])))) {
    const found = (await findJourneys(db.orm, workspaceId, key))[0];
    if (found) journeys.set(key, found.journey);
  }
  const plans = answers.map((a) => planAnswer(a, a.journey === null ? undefined : journeys.get(a.journey)));
  const refused = new Map<string, string>();
  // All-or-nothing batches: when an item is rejected nothing was written; again without its answer.
  for (;;) {
    const live = plans.filter((p) => !refused.has(p.answer.id));
    const owners = live.flatMap((p) => p.moments.map(() => p.answer.id));
    if (owners.length === 0) break;
    const report = await ingestMoments(
      db,
      workspaceId,
      live.flatMap((p) => p.moments),
    );
    const refusedNow = refusedByAnswer(report, owners, 'moments were', live);
    for (const [id, reason] of refusedNow) refused.set(id, reason);
    // A conflict leaves the rest of the batch written; a rejection wrote nothing.
    if (report.ok) break;
  }
  for (;;) {
    const live = plans.filter((p) => p.outcome !== undefined && !refused.has(p.answer.id));
    if (live.length === 0) break;
    const report = await ingestOutcomes(db, workspaceId, await outcomeItems(db, workspaceId, live));
    const refusedNow = refusedByAnswer(
      report,
      live.map((p) => p.answer.id),
      'outcome was',
      live,
    );
    for (const [id, reason] of refusedNow) refused.set(id, reason);
    if (report.ok) break;
  }
  const onMoments = await readTouchpointCommentScores(
    db,
    workspaceId,
    plans.filter((p) => !refused.has(p.answer.id)),
  );
  return plans.map(({ answer, moments, outcome, scored }) => {
    const reason = refused.get(answer.id);
    if (reason !== undefined) return { id: answer.id, status: 'refused', reason };
    const summary = { moments: moments.length, outcome: outcome !== undefined, comments: scored.length };
    return {
      id: answer.id,
      status: 'ingested',
      summary,
      scored: [...scored, ...(onMoments.get(answer.id) ?? [])],
    };
  });
}

/**
 * The episodes' outcomes, whole: what a survey does not ask (churn, or an outcome score another source
 * gave) keeps the value the episode has. The kept outcomes are read in one query for the batch.
 */
async function outcomeItems(db: TDatabase, workspaceId: string, plans: readonly TPlan[]): Promise<unknown[]> {
  const keys = JSON.stringify(
    plans.map(({ answer: a }, i) => ({ i, journey: a.journey, customer: a.customer, episode: a.episode })),
  );
  // The episode of each answer by its keys (journey, customer, episode), joined to its stored outcome.
  const rows = await queryRows<TKeptOutcome>(
    db.orm,
    sql`select k.i, o.overall, o.nps, o.csat, o.ces, o.churn_intent, o.churned, o.churned_at
        from jsonb_to_recordset(${keys}::jsonb) as k(i int, journey text, customer text, episode text)
        join journeys j on j.workspace_id = ${workspaceId} and j.key = k.journey
        join customers c on c.workspace_id = ${workspaceId} and c.external_id = k.customer
        join episodes e on e.workspace_id = ${workspaceId} and e.customer_id = c.id
          and e.journey_id = j.id and e.key = k.episode
        join episode_outcomes o on o.workspace_id = ${workspaceId} and o.customer_id = c.id
          and o.episode_id = e.id`,
  );
  const kept = new Map(rows.map((r) => [Number(r.i), r]));
  return plans.map(({ answer, outcome = {} }, i) => {
    const k = kept.get(i);
    const churnedAt = k?.churned_at;
    return {
      journey: answer.journey,
      customer: answer.customer,
      episode: answer.episode,
      eventId: `survey:${answer.id}`,
      overall: outcome.overall ?? k?.overall ?? null,
      nps: outcome.nps ?? k?.nps ?? null,
      csat: outcome.csat ?? k?.csat ?? null,
      ces: outcome.ces ?? k?.ces ?? null,
      churnIntent: outcome.churnIntent ?? k?.churn_intent ?? null,
      churned: k?.churned ?? null,
      churnedAt: churnedAt ? new Date(churnedAt).toISOString() : null,
      surveyedAt: answer.submittedAt.toISOString(),
    };
  });
}
