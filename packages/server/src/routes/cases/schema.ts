import { z } from '@hono/zod-openapi';
import {
  CASE_STATES,
  SEVERITIES,
  ZExternalId,
  ZKey,
  ZSeverity,
  findMomentTimeProblem,
  storable,
} from '@mot/core';
import { CASE_SORTS } from '../../cases/find-cases.ts';
import { ZMomentSentiment } from '../episodes/schema.ts';

const ZPeriodBound = z.iso
  .datetime({ offset: true })
  .refine(
    (at) => findMomentTimeProblem(at) === undefined,
    'must be a date-time between the years 1900 and 2999, with an offset within ±14:00',
  );

/** A comma-separated list of enum values in a query string. */
function csvOf<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z
    .string()
    .max(200)
    .transform((s, ctx) => {
      const items = s
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      const bad = items.find((v) => !(values as readonly string[]).includes(v));
      if (bad !== undefined) {
        ctx.addIssue({ code: 'custom', message: `"${bad}" is not a ${what} (${values.join(', ')})` });
        return z.NEVER;
      }
      return items as Array<T[number]>;
    });
}

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Query of `GET /api/cases`. */
export const ZCaseQuery = z.object({
  state: csvOf(CASE_STATES, 'case state')
    .optional()
    .openapi({ type: 'string', description: `Comma-separated states (${CASE_STATES.join(', ')})` }),
  status: z
    .enum(['open', 'closed'])
    .optional()
    .openapi({ description: 'Open (any state but closed) or closed' }),
  mine: flag
    .optional()
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'Assigned to the caller' }),
  team: flag
    .optional()
    .openapi({ type: 'string', enum: ['true', 'false'], description: "The caller's department's cases" }),
  unassigned: flag
    .optional()
    .openapi({ type: 'string', enum: ['true', 'false'], description: 'Nobody assigned' }),
  overdue: flag.optional().openapi({
    type: 'string',
    enum: ['true', 'false'],
    description: 'Open with a due date passed and not met',
  }),
  department: storable(z.string().min(1).max(200))
    .optional()
    .openapi({ description: 'Cases of this department' }),
  assignee: storable(z.string().min(1).max(200))
    .optional()
    .openapi({ description: 'Cases assigned to this user id' }),
  severity: csvOf(SEVERITIES, 'severity')
    .optional()
    .openapi({ type: 'string', description: `Comma-separated severities (${SEVERITIES.join(', ')})` }),
  journey: ZKey.optional().openapi({ description: 'Cases of this journey' }),
  touchpoint: ZKey.optional().openapi({ description: 'Cases first triggered at a touchpoint with this key' }),
  customer: storable(z.string().min(1).max(200)).optional().openapi({ description: "The customer's id" }),
  from: ZPeriodBound.optional().openapi({ description: 'Opened at or after this instant' }),
  to: ZPeriodBound.optional().openapi({ description: 'Opened before this instant' }),
  sort: z.enum(CASE_SORTS).default('opened_desc').openapi({ description: 'Order of the list' }),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(1)
    .openapi({ description: 'Page number, from 1' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1..200' }),
  after: z
    .string()
    .min(1)
    .max(400)
    .optional()
    .openapi({
      description:
        'The `next` cursor of the previous page (same sort and filters): the page starts after its last case, ' +
        'however many cases opened since. Instead of `page`.',
    }),
});

/** Path parameters naming a case (its number; anything else is a case that does not exist). */
export const ZCaseParams = z.object({
  id: storable(z.string().min(1).max(40)).openapi({ description: 'The case number', example: '12' }),
});

const ZWhen = z.string().nullable();

/** A case as the inbox lists it. */
export const ZCaseSummary = z
  .object({
    id: z.number().int(),
    title: z.string(),
    state: z.enum(CASE_STATES),
    severity: z.enum(SEVERITIES),
    department: z.string().nullable(),
    assignee: z.object({ userId: z.string(), name: z.string(), email: z.string() }).nullable(),
    customer: z.string(),
    episode: z.string(),
    journey: z.object({ key: z.string(), name: z.string() }),
    touchpoint: z.object({ key: z.string(), name: z.string() }),
    openedAt: z.string(),
    firstResponseAt: ZWhen,
    resolvedAt: ZWhen,
    closedAt: ZWhen,
    firstResponseDueAt: ZWhen,
    resolutionDueAt: ZWhen,
    overdue: z.boolean(),
    reopenedCount: z.number().int(),
    rootCause: z.string().nullable(),
    resolution: z.string().nullable(),
    alerts: z.number().int(),
    updatedAt: z.string(),
  })
  .openapi('CaseSummary');

/** Response of `GET /api/cases`. */
export const ZCasePage = z.object({
  cases: z.array(ZCaseSummary),
  total: z.number().int().openapi({ description: 'Cases matching the filters, all pages' }),
  page: z.number().int(),
  limit: z.number().int(),
  next: z
    .string()
    .nullable()
    .openapi({ description: 'Cursor of the next page (`after`), null when this page is the last' }),
});

const ZJsonObject = z.record(z.string(), z.unknown());

/** Response of `GET /api/cases/{id}`. */
export const ZCaseDetail = z
  .object({
    case: ZCaseSummary,
    customer: z.object({ externalId: z.string(), attributes: ZJsonObject }),
    events: z.array(
      z.object({
        id: z.number().int(),
        at: z.string(),
        actor: z.string().openapi({ description: 'A user id, an API key id, or `system`' }),
        actorName: z.string().nullable(),
        kind: z.string().openapi({
          description:
            '`opened`, `alert` (a later trigger joined), `transition`, `note`, `assigned`, and the SLA and callback events',
        }),
        note: z.string().nullable(),
        data: ZJsonObject,
      }),
    ),
    alerts: z.array(
      z.object({
        id: z.number().int(),
        rule: z.string(),
        kind: z.string(),
        severity: z.string(),
        source: z.string(),
        occurredAt: z.string(),
        momentId: z.number().int().nullable(),
        details: ZJsonObject,
      }),
    ),
    moments: z.array(
      z.object({
        id: z.number().int(),
        eventId: z.string(),
        occurredAt: z.string(),
        touchpoint: z.string(),
        measures: z.record(z.string(), z.number()),
        rating: z.number().nullable(),
        comment: z.string().nullable(),
        sentiment: ZMomentSentiment.nullable(),
        experience: z.number().nullable(),
        attributes: ZJsonObject.nullable(),
        breaches: z.array(
          z.object({
            kind: z.string(),
            measure: z.string().nullable(),
            value: z.number(),
            floor: z.number(),
          }),
        ),
      }),
    ),
    rootCauses: z
      .array(z.object({ key: z.string(), names: z.object({ 'zh-CN': z.string(), en: z.string() }) }))
      .openapi({ description: "Root-cause categories to offer: the touchpoint's themes, then `other`" }),
  })
  .openapi('CaseDetail');

const ZNote = storable(z.string().trim().min(1).max(5_000));

/** Body of `POST /api/cases`: a case opened by hand. */
export const ZCaseOpenBody = z.object({
  customer: ZExternalId.describe('The customer’s id in the source systems'),
  journey: ZKey,
  touchpoint: ZKey.describe('The touchpoint the case is about: its department owns the case'),
  episode: ZExternalId.optional().describe(
    'The episode’s key; default the customer’s latest episode of the journey that passed the touchpoint',
  ),
  severity: ZSeverity.default('medium'),
  title: storable(z.string().trim().min(1).max(200)).openapi({
    example: 'At risk of leaving after two late visits',
  }),
  note: ZNote.optional(),
});

/** Answer of `POST /api/cases`: the case's id, and whether it is new or the episode's open case. */
export const ZCaseOpened = z.object({ id: z.number().int(), opened: z.boolean() });

/** Body of the actions that may carry a note (acknowledge, start, close, reopen). */
export const ZCaseActionBody = z.object({ note: ZNote.optional() });

/** Body of `POST /api/cases/{id}/notes`. */
export const ZCaseNoteBody = z.object({ note: ZNote });

/** Body of `POST /api/cases/{id}/resolve`. */
export const ZCaseResolveBody = z.object({
  resolution: ZNote.openapi({ description: 'What was done for the customer' }),
  rootCause: ZKey.nullable().optional().openapi({ description: 'A key of the case’s `rootCauses`' }),
});

/** Body of `POST /api/cases/{id}/assign`. */
export const ZCaseAssignBody = z.object({
  assignee: storable(z.string().min(1).max(200))
    .nullable()
    .openapi({ description: 'A member’s user id; null unassigns' }),
});

/** Body of `POST /api/cases/assign` (bulk). */
export const ZCaseBulkAssignBody = z.object({
  ids: z.array(z.number().int().min(1)).min(1).max(200),
  assignee: storable(z.string().min(1).max(200)).nullable(),
});

/** Response of `POST /api/cases/assign`. */
export const ZCaseBulkAssigned = z.object({ cases: z.array(ZCaseSummary) });

/** The members cases can be assigned to. */
export const ZCaseAssignees = z
  .object({
    assignees: z.array(
      z.object({
        userId: z.string(),
        name: z.string(),
        email: z.string(),
        department: z.string().nullable(),
      }),
    ),
  })
  .openapi('CaseAssignees');
