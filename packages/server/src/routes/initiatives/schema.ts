import { z } from '@hono/zod-openapi';
import { ZKey, ZName } from '@mot/core';
import { EVALUATION_METRICS, INITIATIVE_KINDS } from '../../initiatives/types.ts';
import { ZStorableText } from '../shared-schema.ts';

/** Path parameters naming an initiative. */
export const ZInitiativeParams = z.object({ id: z.string().max(64) });

/** A calendar date, `YYYY-MM-DD`, between the years 1900 and 2999. */
const ZDate = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2999-12-31', 'must be a date between the years 1900 and 2999');

const ZSegment = z
  .record(
    ZStorableText.pipe(z.string().min(1).max(100)),
    z
      .array(ZStorableText.pipe(z.string().min(1).max(200)))
      .min(1)
      .max(50),
  )
  .refine((s) => Object.keys(s).length <= 10, 'at most 10 attributes')
  .openapi('Segment', {
    description:
      'Customer attributes (as on the customer or on the moment) and the values accepted for each, compared as text: `{"region": ["east"], "store": ["S01", "S02"]}`',
  });

/** A touchpoint named by journey and key. */
export const ZTouchpointRef = z
  .object({ journey: ZKey, touchpoint: ZKey })
  .openapi('TouchpointRef', { description: 'A touchpoint of a journey of the workspace' });

const ZComparisonChoice = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('suggested') }),
    z.object({ kind: z.literal('touchpoints'), touchpoints: z.array(ZTouchpointRef).min(1).max(50) }),
    z.object({ kind: z.literal('segment'), segment: ZSegment }),
  ])
  .openapi('ComparisonChoice', {
    description:
      'What the initiative is compared with: `suggested` (touchpoints of similar volume and pre-period level, chosen at each evaluation), touchpoints the user picked, or the same touchpoints in another segment',
  });

/** The metric names of an evaluation. */
export const ZEvaluationMetric = z.enum(EVALUATION_METRICS).openapi('EvaluationMetric', {
  description:
    'experience (mean experience value -1..+1), rating (mean rating), breach_rate (share of moments with a tolerance-floor breach), nps, overall (mean overall satisfaction) and churn (share churned) of the episodes passing the touchpoints',
});

const ZExpectedEffect = z
  .object({
    metric: ZEvaluationMetric,
    direction: z.enum(['increase', 'decrease']),
    size: z
      .number()
      .positive()
      .max(1000)
      .nullable()
      .default(null)
      .openapi({ description: 'In the measure’s unit; percentage points for breach rate and churn' }),
  })
  .openapi('ExpectedEffect');

/** An initiative as written (POST, PUT). */
export const ZInitiativeDoc = z
  .object({
    name: ZName,
    kind: z.enum(INITIATIVE_KINDS),
    description: ZStorableText.pipe(z.string().max(4000)).nullable().default(null),
    ownerUserId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .default(null)
      .openapi({ description: 'The owner, a member of the workspace; or give `ownerName`' }),
    ownerName: ZName.nullable().default(null).openapi({ description: 'The owner, by name' }),
    journey: ZKey,
    touchpoints: z
      .array(ZKey)
      .min(1)
      .max(50)
      .openapi({ description: 'Touchpoints of the journey it changed' }),
    segment: ZSegment.default({}),
    startDate: ZDate.openapi({ description: 'The first day it applied, in the workspace’s time zone' }),
    endDate: ZDate.nullable()
      .default(null)
      .openapi({ description: 'The last day it applied, if it stopped' }),
    expectedEffect: ZExpectedEffect.nullable().default(null),
    comparison: ZComparisonChoice.default({ kind: 'suggested' }),
  })
  .superRefine((doc, ctx) => {
    if ((doc.ownerUserId === null) === (doc.ownerName === null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownerUserId'],
        message: 'give the owner as a member (ownerUserId) or by name (ownerName), one of the two',
      });
    }
    if (doc.endDate !== null && doc.endDate < doc.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'must not be before `startDate`' });
    }
    const unique = new Set(doc.touchpoints);
    if (unique.size !== doc.touchpoints.length) {
      const at = doc.touchpoints.findIndex((tp, i) => doc.touchpoints.indexOf(tp) !== i);
      ctx.addIssue({ code: 'custom', path: ['touchpoints', at], message: 'is listed twice' });
    }
  })
  .openapi('InitiativeDoc');

/** An initiative as the API shows it. */
export const ZInitiativeOut = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(INITIATIVE_KINDS),
    description: z.string().nullable(),
    ownerUserId: z.string().nullable(),
    ownerName: z.string().nullable(),
    ownerDisplay: z
      .string()
      .openapi({ description: 'Who owns it, to show: the member’s name (or e-mail), or the name written' }),
    journey: z.string(),
    touchpoints: z.array(z.string()),
    segment: z.record(z.string(), z.array(z.string())),
    startDate: z.string(),
    endDate: z.string().nullable(),
    expectedEffect: ZExpectedEffect.nullable(),
    comparison: ZComparisonChoice,
    createdBy: z.string(),
    updatedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Initiative');

/** Response of `GET /api/initiatives`. */
export const ZInitiativeList = z.object({ initiatives: z.array(ZInitiativeOut) });
