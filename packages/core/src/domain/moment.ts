import { z } from 'zod';
import { LIMITS, MAX_UTC_OFFSET_MINUTES, MOMENT_TIME_RANGE } from './limits.ts';
import { ZKey, ZName } from './journey.ts';
import { storable, withoutReservedKeys } from './storable-text.ts';

/** An identifier given by a source system (event id, customer id, case id, employee id). */
export const ZExternalId = storable(z.string().trim().min(1).max(LIMITS.maxExternalIdLength));

const OFFSET = /([+-])(\d\d):?(\d\d)$/;

/**
 * What is wrong with the date of a moment (an ISO date-time with offset), or undefined: an offset beyond
 * ±14:00, or an instant outside `MOMENT_TIME_RANGE`.
 */
export function findMomentTimeProblem(occurredAt: string): string | undefined {
  const offset = OFFSET.exec(occurredAt);
  if (offset && Number(offset[2]) * 60 + Number(offset[3]) > MAX_UTC_OFFSET_MINUTES) {
    return `the UTC offset ${offset[0]} is beyond ±14:00`;
  }
  const time = Date.parse(occurredAt);
  if (!(time >= MOMENT_TIME_RANGE.earliest && time < MOMENT_TIME_RANGE.end)) {
    return `${occurredAt} is outside the years ${MOMENT_TIME_RANGE.firstYear}..${MOMENT_TIME_RANGE.lastYear} (UTC)`;
  }
  return undefined;
}

/** When a moment happened: an ISO 8601 date-time with a UTC offset, within `MOMENT_TIME_RANGE`. */
export const ZMomentTime = z.iso.datetime({ offset: true }).superRefine((value, ctx) => {
  // A value that is no date at all has its format issue already.
  if (Number.isNaN(Date.parse(value))) return;
  const problem = findMomentTimeProblem(value);
  if (problem)
    ctx.addIssue({ code: 'custom', message: problem, input: value, params: { code: 'out_of_range' } });
});

/** Segment attributes (region, product, tier...) carried by a customer or a moment. */
export const ZAttributes = withoutReservedKeys(
  z
    .record(
      storable(z.string().min(1).max(LIMITS.maxKeyLength)),
      z.union([storable(z.string().max(500)), z.number(), z.boolean()]),
    )
    .refine((a) => Object.keys(a).length <= LIMITS.maxAttributes, {
      message: `at most ${LIMITS.maxAttributes} attributes`,
    }),
);
export type TAttributes = z.infer<typeof ZAttributes>;

/** Measured values of a moment by measure key; booleans are stored as 0/1. */
export const ZMeasureValues = withoutReservedKeys(
  z.record(ZKey, z.union([z.number().finite(), z.boolean().transform((b) => (b ? 1 : 0))])),
);
export type TMeasureValues = z.infer<typeof ZMeasureValues>;

/**
 * One moment (时刻) as a source system sends it: an interaction of a customer at a touchpoint, inside an
 * episode keyed by the source's case or order id. `eventId` makes ingestion idempotent.
 */
export const ZMomentInput = z.object({
  eventId: ZExternalId,
  journey: ZKey,
  touchpoint: ZKey,
  customer: ZExternalId,
  episode: ZExternalId,
  occurredAt: ZMomentTime,
  measures: ZMeasureValues.default({}),
  employee: ZExternalId.optional(),
  rating: z.number().finite().optional(),
  comment: storable(z.string().max(LIMITS.maxCommentLength)).optional(),
  attributes: ZAttributes.optional(),
});
export type TMomentInput = z.infer<typeof ZMomentInput>;
export type TMomentInputRaw = z.input<typeof ZMomentInput>;

/** A workspace (tenant): everything in mot belongs to exactly one. */
export const ZWorkspace = z.object({
  id: z.string(),
  key: ZKey,
  name: ZName,
  createdAt: z.string(),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

/** A customer, known by the id the source systems use. */
export const ZCustomer = z.object({
  externalId: ZExternalId,
  attributes: ZAttributes.default({}),
});
export type TCustomer = z.infer<typeof ZCustomer>;

/** An episode (旅程实例): one customer's pass through a journey, keyed by the source system's key. */
export const ZEpisode = z.object({
  key: ZExternalId,
  journey: ZKey,
  customer: ZExternalId,
  startedAt: z.string(),
  endedAt: z.string(),
});
export type TEpisode = z.infer<typeof ZEpisode>;
