import { z } from '@hono/zod-openapi';
import { ZExternalId, ZKey } from '@mot/core';
import { SURVEY_LANGUAGES } from '../../survey-answers/links.ts';

/** The most links one request mints. */
export const MAX_LINKS_PER_REQUEST = 1000;

/** A link asked for. */
export const ZLinkRequest = z
  .object({
    customer: ZExternalId.describe("The customer's id in the company's systems"),
    episode: ZExternalId.optional().describe(
      'The episode the answer is about (its moments and outcome go there); without it the answer is an episode of its own',
    ),
    journey: ZKey.optional().describe("Default: the survey's journey"),
    language: z
      .enum(SURVEY_LANGUAGES)
      .optional()
      .openapi({ description: "Default: the workspace's language" }),
    expiresInDays: z.number().int().min(1).max(365).optional().openapi({ description: 'Default 30' }),
  })
  .strict();

/** Body of `POST /api/surveys/{key}/links`. */
export const ZLinkBatch = z
  .object({ links: z.array(ZLinkRequest).min(1).max(MAX_LINKS_PER_REQUEST) })
  .openapi('SurveyLinkBatch');

/** What became of each link asked for. */
export const ZLinkReport = z
  .object({
    survey: z.string(),
    version: z.number().int().openapi({ description: 'The version the links answer' }),
    created: z.number().int(),
    refused: z.number().int(),
    links: z.array(
      z.object({
        index: z.number().int(),
        customer: z.string(),
        status: z.enum(['created', 'refused']),
        url: z
          .string()
          .optional()
          .openapi({ description: 'The single-use link to send (`<base>/s/<token>`)' }),
        expiresAt: z.string().optional(),
        code: z.enum(['opted_out', 'no_journey', 'unknown_journey', 'wrong_journey']).optional(),
        message: z.string().optional(),
      }),
    ),
  })
  .openapi('SurveyLinkReport');

/** A link's token, as in its URL. */
export const ZTokenParams = z.object({
  token: z.string().min(1).max(200).openapi({ description: 'The token of the link (`/s/<token>`)' }),
});

/** Answers: SurveyJS data, question name -> value. */
const ZAnswers = z
  .record(z.string().max(200), z.unknown())
  .refine((a) => Object.keys(a).length <= 600, { message: 'at most 600 answers' })
  .openapi({ description: 'SurveyJS data: question name -> answer' });

/** Body of the partial save and of the submission. */
export const ZAnswersBody = z.object({ answers: ZAnswers }).openapi('SurveyAnswersBody');

/** The survey a link opens. */
export const ZPublicSurvey = z
  .object({
    survey: z.string(),
    name: z.string(),
    version: z.number().int(),
    language: z.enum(SURVEY_LANGUAGES),
    definition: z.record(z.string(), z.unknown()).openapi({ description: 'SurveyJS JSON of that version' }),
    partial: z.record(z.string(), z.unknown()).openapi({ description: 'The answers kept so far' }),
    expiresAt: z.string(),
  })
  .openapi('PublicSurvey');

/** A partial save. */
export const ZPartialSaved = z.object({ savedAt: z.string() }).openapi('SurveyPartialSaved');

/** A submission as stored. */
export const ZSubmitted = z
  .object({
    answer: z.string(),
    submittedAt: z.string(),
    ingested: z
      .object({ moments: z.number().int(), outcome: z.boolean() })
      .nullable()
      .openapi({ description: 'Moments written and whether the episode outcome was; null when not (yet)' }),
  })
  .openapi('SurveySubmitted');

/** An unsubscription. */
export const ZUnsubscribed = z
  .object({ unsubscribed: z.literal(true), language: z.enum(SURVEY_LANGUAGES) })
  .openapi('SurveyUnsubscribed');
