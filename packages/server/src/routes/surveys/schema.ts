import { z } from '@hono/zod-openapi';
import { SURVEY_TEMPLATES, ZKey, ZName, ZSurveyDefinition, ZSurveyTemplateInput } from '@mot/core';
import { SURVEY_STATUSES } from '../../storage/surveys-schema.ts';

/** Path parameters naming a survey. */
export const ZSurveyParams = z.object({ key: ZKey });

/** A version to read (default: the current one). */
export const ZSurveyVersionQuery = z.object({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .optional()
    .openapi({ description: 'A version of the definition; default the current one' }),
});

const ZStatus = z.enum(SURVEY_STATUSES).openapi({
  description:
    '`draft` (not sent yet), `active` (sent by its distribution rules) or `archived` (no longer sent)',
});

/**
 * A new survey: written (or imported: an exported survey carries its key, name and journey under `mot`,
 * used when the body leaves them out) or made from a template.
 */
export const ZSurveyCreateDoc = z
  .object({
    key: ZKey.optional().openapi({ description: 'Default: the imported file’s `mot.key`' }),
    name: ZName.optional().openapi({ description: 'Default: the imported file’s `mot.name`' }),
    journey: ZKey.nullable().optional().openapi({
      description:
        'The journey the survey asks about (needed when it rates touchpoints or uses a template that does)',
    }),
    status: ZStatus.default('draft'),
    definition: ZSurveyDefinition.optional().openapi({
      description: 'SurveyJS JSON; questions bound to the MOT model by their `mot` property',
    }),
    template: ZSurveyTemplateInput.optional(),
  })
  .openapi('SurveyCreate');

/** A change to a survey: a new definition becomes the next version. */
export const ZSurveyPatchDoc = z
  .object({
    name: ZName.optional(),
    journey: ZKey.nullable().optional(),
    status: ZStatus.optional(),
    definition: ZSurveyDefinition.optional(),
  })
  .openapi('SurveyPatch');

const surveyFields = {
  key: z.string(),
  name: z.string(),
  journey: z.string().nullable(),
  template: z.enum(SURVEY_TEMPLATES).nullable(),
  status: z.enum(SURVEY_STATUSES),
  version: z.number().int().openapi({ description: 'The current version' }),
  questions: z.number().int(),
  createdBy: z.string(),
  updatedBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

/** A survey as lists show it. */
export const ZSurveyOut = z.object(surveyFields).openapi('Survey');

/**
 * A stored definition as answered: SurveyJS JSON (validated by core's ZSurveyDefinition when written), given
 * as a plain object so clients validate it with the same schema.
 */
export const ZStoredDefinition = z.record(z.string(), z.unknown()).openapi('SurveyDefinition', {
  description: 'SurveyJS JSON: `pages` of `elements` (questions), texts by SurveyJS locale, `mot` bindings',
});

/** A survey with a version's definition and the list of its versions. */
export const ZSurveyDetail = z
  .object({
    ...surveyFields,
    definition: ZStoredDefinition,
    shownVersion: z.number().int(),
    versions: z.array(z.object({ version: z.number().int(), createdBy: z.string(), createdAt: z.string() })),
  })
  .openapi('SurveyDetail');

/** Response of `GET /api/surveys`. */
export const ZSurveyList = z.object({ surveys: z.array(ZSurveyOut) });

/** The templates, with what each needs. */
export const ZSurveyTemplateList = z.object({
  templates: z.array(
    z.object({
      template: z.enum(SURVEY_TEMPLATES),
      needs: z.enum(['touchpoint', 'journey', 'features']).nullable(),
    }),
  ),
});
