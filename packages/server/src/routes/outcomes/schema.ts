import { z } from '@hono/zod-openapi';
import { LIMITS, ZExternalId, ZKey, ZMomentTime } from '@mot/core';
import { upsertReportSchema } from '../shared-schema.ts';

/** A date of an outcome: the dates moments may carry (1900..2999 UTC, offsets within ±14:00). */
const ZInstant = ZMomentTime;

/**
 * One episode's outcome as a source sends it: the survey's answers and whether the customer churned after
 * it. Fields left out (or null) are stored as unknown. The episode is found by (journey, customer, episode)
 * like a moment's, and created when it is not known yet.
 */
export const ZEpisodeOutcomeInput = z
  .object({
    journey: ZKey,
    customer: ZExternalId,
    episode: ZExternalId,
    /** The source's id of this outcome event, kept with the row (the last one written). */
    eventId: ZExternalId.optional(),
    /** Overall satisfaction on 0..10 (a 1..5 or 1..10 survey sends its own value). */
    overall: z.number().finite().min(0).max(10).nullable().optional(),
    /** Likelihood to recommend, 0..10. */
    nps: z.number().int().min(0).max(10).nullable().optional(),
    /** Customer satisfaction (CSAT) on 0..10 (a 1..5 survey sends its own value). */
    csat: z.number().finite().min(0).max(10).nullable().optional(),
    /** Customer effort score (CES) on 0..10 (a 1..7 survey sends its own value). */
    ces: z.number().finite().min(0).max(10).nullable().optional(),
    /** Stated intent to leave on 0..10 (a 1..5 survey sends its own value); not churn itself. */
    churnIntent: z.number().finite().min(0).max(10).nullable().optional(),
    churned: z.boolean().nullable().optional(),
    churnedAt: ZInstant.nullable().optional(),
    surveyedAt: ZInstant.nullable().optional(),
  })
  .strict();

/** A parsed outcome. */
export type TEpisodeOutcomeInput = z.infer<typeof ZEpisodeOutcomeInput>;

/** Body of `POST /api/outcomes`. Items are checked one by one (see the report), so they are `unknown` here. */
export const ZOutcomeBatch = z.object({
  outcomes: z.array(z.unknown()).openapi({
    description: `Up to ${LIMITS.maxBatchSize} episode outcomes (schema EpisodeOutcomeInput).`,
  }),
});

/** What happened to each outcome of a batch. */
export const ZOutcomeReport = upsertReportSchema('OutcomeReport', { eventId: false });

/** The report of one `POST /api/outcomes`. */
export type TOutcomeReport = z.infer<typeof ZOutcomeReport>;
