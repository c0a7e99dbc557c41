import { DEFAULT_RATING_SCALE, experienceOf, findBreaches } from '@mot/core';
import type { TBreach, TMomentInput } from '@mot/core';
import { analyzeText, sentimentSignal } from '@mot/core/text';
import type { TSentimentClass, TThemeSentiment } from '@mot/core/text';
import type { TDefinitions } from './definitions.ts';
import type { TIngestItem, TItemError } from './report.ts';

/** A moment ready to be written: resolved ids, experience value and breaches, computed by core's rules. */
export type TPreparedMoment = {
  index: number;
  moment: TMomentInput;
  journeyId: number;
  touchpointId: number;
  experience: number | null;
  experienceSource: string | null;
  breaches: TBreach[];
  /** The comment's sentiment and themes, scored here; null without a comment. */
  commentSentiment: TCommentSentiment | null;
};

/** What ingestion stores of a comment: its sentiment (score, class, confidence) and themes. */
export type TCommentSentiment = {
  score: number;
  label: TSentimentClass;
  confidence: number;
  themes: TThemeSentiment[];
};

/**
 * A comment's sentiment and themes as ingestion stores them (core's text analytics, language detected,
 * mixed comments clause by clause); null for no comment.
 */
export function scoreComment(comment: string | undefined): TCommentSentiment | null {
  if (comment === undefined || comment.trim() === '') return null;
  const { sentiment, themes } = analyzeText(comment);
  return { score: sentiment.score, label: sentiment.label, confidence: sentiment.confidence, themes };
}

/**
 * Loads what scoring a comment needs (jieba's dictionary, the sentiment models, the theme matcher) by
 * scoring a comment in each language. Loaded on first use instead, they held a server's one thread for
 * about 0.3 s at the first comment it ingested, and every request waited meanwhile; a server calls this
 * before it listens.
 */
export function warmCommentScoring(): void {
  scoreComment('师傅上门很准时，问题解决了');
  scoreComment('The engineer came on time and fixed it.');
}

/**
 * Resolves each moment's journey and touchpoint from the workspace's definitions, rejects measures the
 * touchpoint does not define and ratings off its scale, scores its comment, then judges the moment with
 * `experienceOf` and `findBreaches` (the one rule for standards, in core).
 */
export function prepareMoments(
  valid: ReadonlyArray<{ index: number; moment: TMomentInput }>,
  definitions: TDefinitions,
): { prepared: TPreparedMoment[]; rejected: TIngestItem[] } {
  const prepared: TPreparedMoment[] = [];
  const rejected: TIngestItem[] = [];
  for (const { index, moment } of valid) {
    const errors: TItemError[] = [];
    const journey = definitions.journeys.get(moment.journey);
    const resolved = journey?.touchpoints.get(moment.touchpoint);
    if (!journey) {
      errors.push({
        code: 'unknown_journey',
        message: `unknown journey "${moment.journey}"`,
        path: ['journey'],
      });
    } else if (!resolved) {
      const message = `journey "${moment.journey}" has no touchpoint "${moment.touchpoint}"`;
      errors.push({ code: 'unknown_touchpoint', message, path: ['touchpoint'] });
    }
    if (!journey || !resolved) {
      rejected.push({ index, eventId: moment.eventId, status: 'rejected', errors });
      continue;
    }
    for (const key of Object.keys(moment.measures)) {
      if (resolved.measureKeys.has(key)) continue;
      const message = `touchpoint "${moment.touchpoint}" has no measure "${key}"`;
      errors.push({ code: 'unknown_measure', message, path: ['measures', key] });
    }
    const scale = resolved.touchpoint.ratingScale ?? DEFAULT_RATING_SCALE;
    if (moment.rating !== undefined && (moment.rating < scale.min || moment.rating > scale.max)) {
      const message = `rating ${moment.rating} is outside the scale ${scale.min}..${scale.max}`;
      errors.push({ code: 'rating_out_of_range', message, path: ['rating'] });
    }
    if (errors.length > 0) {
      rejected.push({ index, eventId: moment.eventId, status: 'rejected', errors });
      continue;
    }
    // Rating, then the comment's sentiment, then the measures: core's one rule (`experienceOf`).
    const commentSentiment = scoreComment(moment.comment);
    const sentiment = commentSentiment === null ? null : sentimentSignal(commentSentiment);
    const experience = experienceOf({ ...moment, sentiment }, resolved.touchpoint);
    prepared.push({
      index,
      moment,
      journeyId: journey.id,
      touchpointId: resolved.id,
      experience: experience.value,
      experienceSource: experience.source,
      breaches: findBreaches(moment, resolved.touchpoint),
      commentSentiment,
    });
  }
  return { prepared, rejected };
}
