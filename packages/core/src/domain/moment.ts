import { z } from 'zod';
import { LIMITS } from './limits.ts';
import { ZKey } from './journey.ts';

/** An identifier given by a source system (event id, customer id, case id, employee id). */
export const ZExternalId = z.string().trim().min(1).max(LIMITS.maxExternalIdLength);

/** Segment attributes (region, product, tier...) carried by a customer or a moment. */
export const ZAttributes = z
  .record(z.string().min(1).max(LIMITS.maxKeyLength), z.union([z.string().max(500), z.number(), z.boolean()]))
  .refine((a) => Object.keys(a).length <= LIMITS.maxAttributes, {
    message: `at most ${LIMITS.maxAttributes} attributes`,
  });
export type TAttributes = z.infer<typeof ZAttributes>;

/** Measured values of a moment by measure key; booleans are stored as 0/1. */
export const ZMeasureValues = z.record(
  ZKey,
  z.union([z.number().finite(), z.boolean().transform((b) => (b ? 1 : 0))]),
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
  occurredAt: z.iso.datetime({ offset: true }),
  measures: ZMeasureValues.default({}),
  employee: ZExternalId.optional(),
  rating: z.number().finite().optional(),
  comment: z.string().max(LIMITS.maxCommentLength).optional(),
  attributes: ZAttributes.optional(),
});
export type TMomentInput = z.infer<typeof ZMomentInput>;
export type TMomentInputRaw = z.input<typeof ZMomentInput>;

/** A workspace (tenant): everything in mot belongs to exactly one. */
export const ZWorkspace = z.object({
  id: z.string(),
  key: ZKey,
  name: z.string().min(1).max(LIMITS.maxNameLength),
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
