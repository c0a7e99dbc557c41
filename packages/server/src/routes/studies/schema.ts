import { z } from '@hono/zod-openapi';
import { KANO_CLASS_RULES, KANO_TABLES, MAX_KANO_FEATURES, STUDY_KINDS, ZKey, ZName } from '@mot/core';
import { SURVEY_STATUSES } from '../../storage/surveys-schema.ts';
import { SURVEY_LANGUAGES } from '../../survey-answers/links.ts';

/** Path parameters naming a study (its survey's key). */
export const ZStudyParams = z.object({ key: ZKey });

const ZStatus = z.enum(SURVEY_STATUSES).default('draft').openapi({
  description: 'The survey’s state; links are minted for an `active` one only. Default `draft`',
});

const ZFeatureNames = z
  .object({ 'zh-CN': ZName.optional(), en: ZName.optional() })
  .strict()
  .refine((names) => names.en !== undefined || names['zh-CN'] !== undefined, 'needs a name in zh-CN or en');

/** One feature of a KANO study. */
const ZStudyFeature = z
  .object({
    key: ZKey.refine((key) => !key.includes('.'), 'must not contain "."').openapi({
      description: 'The question name of the feature in the survey and its key in the results',
    }),
    name: ZFeatureNames.openapi({
      description: 'The feature as the questions name it, in Chinese and English (one stands for the other)',
    }),
  })
  .strict();

/** Body of `POST /api/studies`. */
export const ZStudyCreate = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('kano'),
        key: ZKey,
        name: ZName,
        status: ZStatus,
        features: z
          .array(ZStudyFeature)
          .min(1)
          .max(MAX_KANO_FEATURES)
          .superRefine((features, ctx) => {
            const seen = new Set<string>();
            features.forEach((f, i) => {
              if (seen.has(f.key)) {
                ctx.addIssue({
                  code: 'custom',
                  message: `"${f.key}" is an earlier feature's key`,
                  path: [i, 'key'],
                });
              }
              seen.add(f.key);
            });
          }),
      })
      .strict(),
    z.object({ kind: z.literal('servqual'), key: ZKey, name: ZName, status: ZStatus }).strict(),
  ])
  .openapi('StudyCreate', {
    description:
      'A KANO questionnaire from a feature list (functional and dysfunctional question per feature, both languages), or the 22-item SERVQUAL instrument with the importance allocation',
  });

const ZNamesOut = z.object({ en: z.string(), 'zh-CN': z.string() });

/** A study as lists show it. */
export const ZStudyOut = z
  .object({
    key: z.string(),
    name: z.string(),
    kind: z.enum(STUDY_KINDS),
    status: z.enum(SURVEY_STATUSES),
    version: z.number().int(),
    features: z.array(z.object({ key: z.string(), names: ZNamesOut })).nullable(),
    answers: z.number().int().openapi({ description: 'Answers submitted, every version' }),
    lastAnswerAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Study');

/** Response of `GET /api/studies`. */
export const ZStudyList = z.object({ studies: z.array(ZStudyOut) });

const ZInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Filters and options of a study's results. */
export const ZStudyResultsQuery = z.object({
  from: ZInstant.optional().openapi({
    description: 'Answers submitted at or after (a date is its midnight UTC)',
  }),
  to: ZInstant.optional().openapi({ description: 'Answers submitted before' }),
  language: z.enum(SURVEY_LANGUAGES).optional().openapi({ description: 'Answers given in this language' }),
  table: z.enum(KANO_TABLES).optional().openapi({
    description:
      'KANO evaluation table: `berger` (default; Berger et al. 1993, p. 6) or `pouliot` (same report, p. 33)',
  }),
  rule: z.enum(KANO_CLASS_RULES).optional().openapi({
    description:
      'KANO class rule: `most-frequent` (default; M > O > A > I on ties) or `aom-vs-irq` (A+O+M against I+R+Q first)',
  }),
});

const ZCounts = z.object({
  M: z.number(),
  O: z.number(),
  A: z.number(),
  I: z.number(),
  R: z.number(),
  Q: z.number(),
});
const ZCategory = z.enum(['M', 'O', 'A', 'I', 'R', 'Q']);

const ZKanoResult = z
  .object({
    kind: z.literal('kano'),
    respondents: z.number().int(),
    table: z.enum(KANO_TABLES),
    rule: z.enum(KANO_CLASS_RULES),
    features: z.array(
      z.object({
        key: z.string(),
        names: ZNamesOut,
        feature: z.string(),
        n: z.number().int(),
        missing: z.number().int(),
        excluded: z.number().int(),
        counts: ZCounts,
        shares: ZCounts,
        mostFrequent: ZCategory,
        category: ZCategory.openapi({ description: 'The class by the rule' }),
        better: z.number().nullable(),
        worse: z.number().nullable(),
        totalStrength: z.number(),
        categoryStrength: z.number(),
        fong: z.object({ statistic: z.number(), critical: z.number(), significant: z.boolean() }),
      }),
    ),
  })
  .describe('The KANO analysis, per feature in questionnaire order');

const ZMean = z
  .object({
    n: z.number().int(),
    mean: z.number().nullable(),
    sd: z.number().nullable(),
    lower: z.number().nullable(),
    upper: z.number().nullable(),
  })
  .describe('A mean with its t interval (null bounds below 2 answers)');
const gapFields = { expectation: ZMean, perception: ZMean, gap: ZMean };

const ZServqualResult = z
  .object({
    kind: z.literal('servqual'),
    respondents: z.number().int(),
    weighting: z.enum(['respondents', 'none']),
    allocations: z.number().int(),
    items: z.array(z.object({ item: z.number().int(), dimension: z.string(), ...gapFields })).readonly(),
    dimensions: z
      .array(
        z.object({
          dimension: z.string(),
          items: z.array(z.number().int()).readonly(),
          weight: z.number().nullable(),
          weightedGap: z.number().nullable(),
          ...gapFields,
        }),
      )
      .readonly(),
    unweightedScore: z.number().nullable(),
    weightedScore: z.number().nullable(),
    weights: z.record(z.string(), z.number()).readonly().nullable(),
    unweighted: ZMean,
    weighted: ZMean.nullable(),
  })
  .describe('The SERVQUAL gaps, by item, by dimension and overall');

/** Response of `GET /api/studies/{key}/results`. */
export const ZStudyResults = z
  .object({
    study: z.object({
      key: z.string(),
      name: z.string(),
      kind: z.enum(STUDY_KINDS),
      version: z.number().int(),
    }),
    filters: z.object({
      from: z.string().nullable(),
      to: z.string().nullable(),
      language: z.enum(SURVEY_LANGUAGES).nullable(),
    }),
    kano: ZKanoResult.nullable(),
    servqual: ZServqualResult.nullable(),
  })
  .openapi('StudyResults');
