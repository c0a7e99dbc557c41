import { z } from '@hono/zod-openapi';
import { CALLBACK_SATISFACTION, ZExternalId, ZKey, findMomentTimeProblem } from '@mot/core';
import { ZStorableText } from '../shared-schema.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

const ZPeriodBound = z.iso
  .datetime({ offset: true })
  .refine(
    (at) => findMomentTimeProblem(at) === undefined,
    'must be a date-time between the years 1900 and 2999, with an offset within ±14:00',
  );

/** The states a callback is listed by: `due` is a planned callback whose time has come. */
export const CALLBACK_VIEW_STATES = ['planned', 'due', 'done', 'failed', 'cancelled'] as const;

/** Query of `GET /api/callbacks`. */
export const ZCallbackQuery = z.object({
  mine: flag
    .optional()
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'Assigned to the caller' }),
  state: z
    .enum(CALLBACK_VIEW_STATES)
    .optional()
    .openapi({ description: '`due`: planned and its time has come; `planned`: planned for later' }),
  case: z.coerce.number().int().min(1).optional().openapi({ description: 'The callbacks of this case' }),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .openapi({ description: 'Page number, from 1' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1..200' }),
});

/** Path of one callback. */
export const ZCallbackParams = z.object({
  id: z.string().min(1).max(40).openapi({ description: 'The callback number', example: '7' }),
});

/** Query of `GET /api/callbacks/{id}`. */
export const ZCallbackReadQuery = z.object({
  lang: z
    .enum(['zh-CN', 'en'])
    .optional()
    .openapi({ description: 'Language of the script (default: the workspace’s language)' }),
});

const ZNamed = z.object({
  key: z.string(),
  name: z.string(),
  names: z.record(z.string(), z.string()).nullable(),
});

/** A callback in a list. */
export const ZCallback = z
  .object({
    id: z.number().int(),
    caseId: z.number().int().nullable(),
    customer: z.string(),
    episode: z.string(),
    journey: ZNamed,
    touchpoint: ZNamed,
    assignee: z.string().nullable(),
    state: z.enum(CALLBACK_VIEW_STATES),
    attempts: z.number().int(),
    maxAttempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    reached: z.boolean().nullable(),
    solved: z.boolean().nullable(),
    satisfaction: z.number().int().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    doneAt: z.string().nullable(),
  })
  .openapi('Callback');

/** A page of callbacks. */
export const ZCallbackPage = z.object({
  callbacks: z.array(ZCallback),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
});

const ZScriptLines = z
  .object({
    greeting: z.string(),
    opening: z
      .string()
      .optional()
      .openapi({ description: 'Why the call, for a routine callback or a survey' }),
    apology: z
      .string()
      .optional()
      .openapi({ description: 'For a recovery, or a routine callback after a breach' }),
    action: z.string().optional().openapi({ description: 'What was done (a recovery)' }),
    solvedQuestion: z.string().optional(),
    satisfactionQuestion: z.string().optional(),
    closing: z.string(),
  })
  .openapi('CallbackScript');

/** A callback with its script, attempts and case. */
export const ZCallbackDetail = ZCallback.extend({
  language: z.enum(['zh-CN', 'en']),
  script: ZScriptLines,
  attemptLog: z.array(
    z.object({
      attempt: z.number().int(),
      at: z.string(),
      reached: z.boolean(),
      solved: z.boolean().nullable(),
      satisfaction: z.number().int().nullable(),
      note: z.string().nullable(),
      recordedBy: z.string().nullable(),
    }),
  ),
  case: z
    .object({
      id: z.number().int(),
      title: z.string(),
      state: z.string(),
      severity: z.string(),
      resolution: z.string().nullable(),
    })
    .nullable(),
}).openapi('CallbackDetail');

/** Body of `POST /api/callbacks/{id}/attempts`. */
export const ZCallbackAttemptBody = z
  .object({
    reached: z.boolean().openapi({ description: 'Whether the customer answered' }),
    solved: z
      .boolean()
      .optional()
      .openapi({ description: 'The customer’s answer to “is the problem solved?”' }),
    satisfaction: z
      .number()
      .int()
      .min(CALLBACK_SATISFACTION.min)
      .max(CALLBACK_SATISFACTION.max)
      .optional()
      .openapi({
        description: 'Satisfaction with the handling, 1 (very dissatisfied) to 5 (very satisfied)',
      }),
    note: ZStorableText.max(2_000).optional(),
  })
  .superRefine((b, ctx) => {
    if (b.reached && b.solved === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['solved'],
        message: 'a reached customer says whether it is solved',
      });
    }
    if (!b.reached && (b.solved !== undefined || b.satisfaction !== undefined)) {
      const path = b.solved !== undefined ? 'solved' : 'satisfaction';
      ctx.addIssue({ code: 'custom', path: [path], message: 'only a reached customer answers' });
    }
  });

/** Body of `POST /api/callbacks/plan`: a routine callback list (回访清单) without cases. */
export const ZCallbackPlanBody = z
  .object({
    journey: ZKey,
    touchpoint: ZKey.optional(),
    /** Only this customer (the source's id), e.g. one at risk of churning. */
    customer: ZExternalId.optional(),
    from: ZPeriodBound.optional(),
    to: ZPeriodBound.optional(),
    customers: z
      .enum(['breached', 'all'])
      .default('breached')
      .openapi({ description: '`breached`: customers who hit a floor; `all`: everyone who passed' }),
    sample: z
      .number()
      .int()
      .min(1)
      .max(200)
      .default(50)
      .openapi({ description: 'At most this many, 1..200' }),
    seed: ZStorableText.max(100).optional().openapi({ description: 'Fixes the random sample' }),
  })
  .superRefine((b, ctx) => {
    if (b.from !== undefined && b.to !== undefined && Date.parse(b.from) >= Date.parse(b.to)) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after `from`' });
    }
  });

/** Response of `POST /api/callbacks/plan`. */
export const ZCallbackPlanned = z.object({ planned: z.number().int(), ids: z.array(z.number().int()) });
