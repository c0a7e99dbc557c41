import { z } from '@hono/zod-openapi';
import { ZKey } from '@mot/core';
import { SURVEY_LANGUAGES } from '../../survey-answers/links.ts';
import { SURVEY_LINK_CHANNELS } from '../../survey-answers/survey-answers-schema.ts';
import { EXPORT_FORMATS } from '../../survey-results/export-answers.ts';

/** The filters every results route takes (the segment as `segment.<attr>=<value>`, read apart). */
export const ZResultsQuery = z.object({
  from: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Answers submitted (links minted) at or after this instant' }),
  to: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'Answers submitted (links minted) before this instant' }),
  language: z.enum(SURVEY_LANGUAGES).optional().openapi({ description: 'Answers given in this language' }),
  channel: z
    .enum(SURVEY_LINK_CHANNELS)
    .optional()
    .openapi({ description: 'Answers through links of this channel' }),
  journey: ZKey.optional().openapi({ description: 'Answers about episodes of this journey' }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1)
    .optional()
    .openapi({ description: 'Answers to this version' }),
  labels: z
    .enum(SURVEY_LANGUAGES)
    .default('en')
    .openapi({ description: 'The language of question titles, choices and export headers (default en)' }),
});

/** Query of the verbatims. */
export const ZVerbatimQuery = ZResultsQuery.extend({
  question: z.string().min(1).max(100).optional().openapi({ description: 'One text question (its name)' }),
  sentiment: z.enum(['negative', 'neutral', 'positive']).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});

/** Query of the export. */
export const ZExportQuery = ZResultsQuery.extend({ format: z.enum(EXPORT_FORMATS).default('csv') });

const ZScore = z
  .object({
    kind: z.enum(['nps', 'csat', 'ces', 'mean']),
    n: z.number().int(),
    estimate: z.number(),
    lower: z.number().nullable(),
    upper: z.number().nullable(),
    promoters: z.number().int().optional(),
    passives: z.number().int().optional(),
    detractors: z.number().int().optional(),
  })
  .openapi('SurveyScore', {
    description:
      'A score with its 95% interval: `nps` in points (-100..100, Wald interval), `csat` the top-two-box share (0..1, Wilson), `ces` and `mean` the mean answer (Student t); bounds null with one answer',
  });

const ZBar = z.object({
  value: z.union([z.string(), z.number(), z.boolean()]),
  label: z.string(),
  count: z.number().int(),
  share: z
    .number()
    .openapi({ description: 'Of the respondents to the question (several choices may sum over 1)' }),
});

const ZRate = z.object({
  channel: z.string(),
  links: z.number().int(),
  answered: z.number().int(),
  rate: z.number().nullable(),
  lower: z.number().nullable(),
  upper: z.number().nullable(),
});

const ZHead = z.object({ question: z.string(), title: z.string(), score: ZScore.nullable() }).nullable();

/** A survey's results. */
export const ZSurveyResults = z
  .object({
    survey: z.object({
      key: z.string(),
      name: z.string(),
      currentVersion: z.number().int(),
      versions: z.array(z.number().int()),
    }),
    timeZone: z.string(),
    answers: z.number().int(),
    responseRate: ZRate,
    responseRates: z
      .array(ZRate)
      .openapi({ description: 'Per channel: links minted in the period and answered' }),
    headline: z.object({ nps: ZHead, csat: ZHead, ces: ZHead }),
    trend: z.array(
      z.object({
        week: z
          .string()
          .openapi({ description: "The week's Monday (YYYY-MM-DD) in the workspace's time zone" }),
        answers: z.number().int(),
        nps: ZScore.nullable().optional(),
        csat: ZScore.nullable().optional(),
        ces: ZScore.nullable().optional(),
      }),
    ),
    questions: z.array(
      z.object({
        name: z.string(),
        type: z.string(),
        role: z.string().nullable(),
        title: z.string(),
        n: z.number().int(),
        distribution: z.array(ZBar),
        score: ZScore.nullable(),
        rows: z.array(
          z.object({
            value: z.union([z.string(), z.number()]),
            label: z.string(),
            n: z.number().int(),
            distribution: z.array(ZBar),
            score: ZScore.nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('SurveyResults');

/** A page of verbatims. */
export const ZVerbatimPage = z
  .object({
    total: z.number().int(),
    counts: z.object({ negative: z.number().int(), neutral: z.number().int(), positive: z.number().int() }),
    items: z.array(
      z.object({
        answer: z.string(),
        question: z.string(),
        questionTitle: z.string(),
        text: z.string(),
        submittedAt: z.string(),
        language: z.string(),
        channel: z.string(),
        customer: z.string(),
        sentiment: z.object({
          label: z.enum(['negative', 'neutral', 'positive']),
          score: z.number(),
          confidence: z.number(),
        }),
        themes: z.array(
          z.object({ theme: z.string(), name: z.string(), score: z.number(), mentions: z.number().int() }),
        ),
      }),
    ),
  })
  .openapi('SurveyVerbatims');
