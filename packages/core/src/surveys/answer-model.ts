/**
 * What a survey answer means in the MOT model, by its questions' bindings: the one mapping the server's
 * ingestion follows.
 * - `touchpoint_rating` -> the rating of that touchpoint's moment (re-scaled linearly to the touchpoint's
 *   scale when the question's differs); `touchpoint_comment` -> that moment's comment;
 * - `overall`, `nps`, `csat`, `ces`, `churn_intent` -> the episode's outcome. A score keeps its own scale when
 *   it fits 0..10 (a 1-5 CSAT stays 1-5, a 1-7 CES stays 1-7), else it is re-scaled to 0..10, the range the
 *   outcome takes. A survey that asks CSAT but no overall satisfaction gives its CSAT as the overall too
 *   (CSAT is satisfaction with what just happened, the overall of a one-touchpoint survey), so the
 *   analyses and the alert rules on a low overall see it;
 * - `comment` -> a comment of the answer that belongs to no touchpoint (scored and kept with the answer).
 * An answer `about` a touchpoint (given by a QR link at a counter) that rates no touchpoint becomes that
 * touchpoint's moment too: its overall satisfaction (else its CSAT) re-scaled as the rating, its free
 * comments as the comment.
 */
import type { TRatingScale } from '../domain/journey.ts';
import { surveyBindings } from './definition.ts';
import type { TSurveyDefinition, TSurveyQuestion } from './definition.ts';

/** The episode outcome fields a survey answer can set. */
export type TSurveyOutcome = {
  overall?: number;
  nps?: number;
  csat?: number;
  ces?: number;
  churnIntent?: number;
};

/** Which outcome field each outcome role fills. */
export const OUTCOME_ROLE_FIELDS = {
  overall: 'overall',
  nps: 'nps',
  csat: 'csat',
  ces: 'ces',
  churn_intent: 'churnIntent',
} as const satisfies Record<string, keyof TSurveyOutcome>;

/** What one answer becomes. */
export type TAnswerModel = {
  /** Per touchpoint: its rating on the touchpoint's scale and its comment (either may be absent). */
  moments: Array<{ touchpoint: string; rating?: number; comment?: string }>;
  outcome: TSurveyOutcome;
  /** Comments bound to no touchpoint (`comment` role), by question name. */
  comments: Array<{ question: string; text: string }>;
};

type TChoice = string | number | { value: string | number };
const valueOf = (choice: TChoice) => (typeof choice === 'object' ? choice.value : choice);

/** The bounds of a rating: its rateValues', else rateMin..rateMax (SurveyJS's defaults 1..5). */
export function ratingBounds(q: TSurveyQuestion & { type: 'rating' }): { min: number; max: number } {
  if (q.rateValues) {
    const values = q.rateValues.map((v) => Number(valueOf(v as TChoice)));
    return { min: Math.min(...values), max: Math.max(...values) };
  }
  return { min: q.rateMin ?? 1, max: q.rateMax ?? 5 };
}

/** A value moved linearly from one scale to another. */
export function rescale(value: number, from: TRatingScale, to: TRatingScale): number {
  return from.min === to.min && from.max === to.max
    ? value
    : to.min + ((value - from.min) * (to.max - to.min)) / (from.max - from.min);
}

/** An outcome score: on its own scale when that fits 0..10, else re-scaled to 0..10. */
export function toOutcomeScale(value: number, bounds: TRatingScale): number {
  return bounds.min >= 0 && bounds.max <= 10 ? value : rescale(value, bounds, { min: 0, max: 10 });
}

const numberAnswer = (answers: Record<string, unknown>, name: string) => {
  const value = answers[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
};

const textAnswer = (answers: Record<string, unknown>, name: string) => {
  const value = answers[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

/**
 * Reads an answer (SurveyJS data, already checked against the definition) by its bindings.
 * `touchpointScale` gives each touchpoint's rating scale (its journey's; the default scale otherwise).
 */
export function answerModel(
  definition: TSurveyDefinition,
  answers: Record<string, unknown>,
  touchpointScale: (touchpoint: string) => TRatingScale,
  about?: string,
): TAnswerModel {
  let satisfaction: number | undefined;
  const ratings = new Map<string, number>();
  const touchpointComments = new Map<string, string>();
  const outcome: TSurveyOutcome = {};
  const comments: TAnswerModel['comments'] = [];
  for (const { name, binding, question } of surveyBindings(definition)) {
    if (binding.role === 'touchpoint_rating') {
      const value = numberAnswer(answers, name);
      if (value !== undefined && question.type === 'rating') {
        const scale = touchpointScale(binding.touchpoint);
        ratings.set(binding.touchpoint, rescale(value, ratingBounds(question), scale));
      }
    } else if (binding.role === 'touchpoint_comment') {
      const text = textAnswer(answers, name);
      if (text !== undefined) touchpointComments.set(binding.touchpoint, text);
    } else if (binding.role === 'comment') {
      const text = textAnswer(answers, name);
      if (text !== undefined) comments.push({ question: name, text });
    } else if (question.type === 'rating') {
      const value = numberAnswer(answers, name);
      if (value !== undefined) {
        outcome[OUTCOME_ROLE_FIELDS[binding.role]] =
          binding.role === 'nps' ? value : toOutcomeScale(value, ratingBounds(question));
        if (
          about !== undefined &&
          (binding.role === 'overall' || (binding.role === 'csat' && satisfaction === undefined))
        ) {
          satisfaction = rescale(value, ratingBounds(question), touchpointScale(about));
        }
      }
    }
  }
  if (outcome.overall === undefined && outcome.csat !== undefined) outcome.overall = outcome.csat;
  // An answer about a touchpoint (a QR code at a counter) that rates none is that touchpoint's moment: its
  // overall satisfaction (else its CSAT) the rating, its free comments the comment.
  if (about !== undefined && !ratings.has(about) && !touchpointComments.has(about)) {
    if (satisfaction !== undefined) ratings.set(about, satisfaction);
    if (comments.length > 0) touchpointComments.set(about, comments.map((c) => c.text).join('\n'));
  }
  const touchpoints = [...new Set([...ratings.keys(), ...touchpointComments.keys()])];
  const moments = touchpoints.map((touchpoint) => {
    const rating = ratings.get(touchpoint);
    const comment = touchpointComments.get(touchpoint);
    return {
      touchpoint,
      ...(rating !== undefined ? { rating } : {}),
      ...(comment !== undefined ? { comment } : {}),
    };
  });
  return { moments, outcome, comments };
}

/** Whether an answer to this definition writes moments or an episode outcome (which need a journey). */
export function answerNeedsJourney(definition: TSurveyDefinition): boolean {
  return surveyBindings(definition).some(({ binding }) => binding.role !== 'comment');
}
