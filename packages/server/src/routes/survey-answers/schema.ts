import { z } from '@hono/zod-openapi';
import { ZExternalId, ZKey } from '@mot/core';
import { SURVEY_LANGUAGES } from '../../survey-answers/links.ts';
import { SURVEY_LINK_CHANNELS } from '../../survey-answers/survey-answers-schema.ts';

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
    channel: z.enum(SURVEY_LINK_CHANNELS).optional().openapi({
      description:
        "The channel the link goes out by (results count response rates per channel). Default `link`: the company's own systems send the URL",
    }),
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
      .object({ moments: z.number().int(), outcome: z.boolean(), comments: z.number().int() })
      .nullable()
      .openapi({
        description:
          'What the answer became: moments written, whether the episode outcome was, and the comments of no touchpoint scored. Null when it is not ingested yet: a submission through a link is stored at once and ingested by a background job within a second or so (its moments, outcome and alerts then show in the episode, the results and the case inbox); answers recorded on a phone callback are ingested at once (null when ingestion refused them, say a journey changed)',
      }),
  })
  .openapi('SurveySubmitted');

/** An unsubscription. */
export const ZUnsubscribed = z
  .object({ unsubscribed: z.literal(true), language: z.enum(SURVEY_LANGUAGES) })
  .openapi('SurveyUnsubscribed');

/** A QR link's text attributes (store, counter...): the segment attributes of the answers it brings. */
const ZQrAttributes = z
  .record(ZKey, z.string().trim().min(1).max(200))
  .refine((a) => Object.keys(a).length <= 20, { message: 'at most 20 attributes' })
  .openapi({ description: 'Segment attributes of the answers, e.g. {"store": "徐家汇店", "counter": "3"}' });

/** Body of `POST /api/surveys/{key}/qr-links`. */
export const ZQrLinkInput = z
  .object({
    label: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .openapi({ description: 'The name printed on the card, e.g. the store' }),
    attributes: ZQrAttributes.optional(),
    journey: ZKey.optional().openapi({ description: "Default: the survey's journey" }),
    touchpoint: ZKey.optional().openapi({
      description:
        "The touchpoint the answers are about (the counter): a survey that rates no touchpoint makes the answer this touchpoint's moment",
    }),
    language: z
      .enum(SURVEY_LANGUAGES)
      .optional()
      .openapi({ description: "Default: the workspace's language" }),
  })
  .strict()
  .openapi('SurveyQrLinkInput');

/** Body of `PATCH /api/surveys/{key}/qr-links/{id}`. */
export const ZQrLinkChange = z
  .object({
    label: z.string().trim().min(1).max(120).optional(),
    enabled: z.boolean().optional().openapi({ description: 'false: a scan mints nothing (410)' }),
    attributes: ZQrAttributes.optional(),
  })
  .strict()
  .openapi('SurveyQrLinkChange');

/** A QR link. */
export const ZQrLink = z
  .object({
    id: z.string(),
    survey: z.string(),
    label: z.string(),
    attributes: z.record(z.string(), z.string()),
    journey: z.string().nullable(),
    touchpoint: z.string().nullable(),
    language: z.enum(SURVEY_LANGUAGES).nullable(),
    enabled: z.boolean(),
    scans: z.number().int(),
    url: z.string().openapi({ description: 'What the QR code holds: `<base>/api/public/qr/<token>`' }),
    createdAt: z.string(),
  })
  .openapi('SurveyQrLink');

/** The QR links of a survey. */
export const ZQrLinkList = z.object({ qrLinks: z.array(ZQrLink) }).openapi('SurveyQrLinkList');

/** A QR link's id in a path. */
export const ZQrLinkParams = z.object({ key: ZKey, id: z.uuid() });

/** A QR code's token, as printed. */
export const ZQrTokenParams = z.object({
  token: z
    .string()
    .min(1)
    .max(200)
    .openapi({ description: 'The token of the QR link (`/api/public/qr/<token>`)' }),
});
