import { z } from '@hono/zod-openapi';
import { ZKey, findMomentTimeProblem } from '@mot/core';

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)~(\d{1,18})$/;

/** Whether a cursor's time is a real instant (the pattern alone lets 2026-02-30 and year 0 through). */
function isInstant(cursor: string): boolean {
  const at = CURSOR.exec(cursor)?.[1] ?? '';
  const date = new Date(at);
  return (
    !Number.isNaN(date.getTime()) &&
    !at.startsWith('0000') &&
    date.toISOString().slice(0, 19) === at.slice(0, 19)
  );
}

/**
 * An instant the database can compare with: as moments are stored (years 1900..2999 UTC, offsets within
 * ±14:00; PostgreSQL refuses a displacement such as +23:59 that the ISO pattern lets through).
 */
const ZPeriodBound = z.iso
  .datetime({ offset: true })
  .refine(
    (at) => findMomentTimeProblem(at) === undefined,
    'must be a date-time between the years 1900 and 2999, with an offset within ±14:00',
  );

/** Query of `GET /api/breaches`. */
export const ZBreachQuery = z.object({
  journey: ZKey.optional().openapi({ description: 'Only breaches at touchpoints of this journey' }),
  touchpoint: ZKey.optional().openapi({ description: 'Only breaches at touchpoints with this key' }),
  measure: ZKey.optional().openapi({ description: 'Only breaches of this measure' }),
  customer: z.string().min(1).max(200).optional().openapi({ description: "Only this customer's breaches" }),
  from: ZPeriodBound.optional().openapi({ description: 'Only breaches at or after this instant' }),
  to: ZPeriodBound.optional().openapi({ description: 'Only breaches before this instant' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ description: 'Page size, 1..200' }),
  before: z
    .string()
    .regex(CURSOR, 'must be the `next` cursor of a previous page')
    .refine(isInstant, 'must be the `next` cursor of a previous page')
    .optional()
    .openapi({ description: 'The `next` cursor of the previous page' }),
});

/** Reads a `before` cursor. */
export function parseCursor(cursor: string): { occurredAt: string; id: number } {
  const match = CURSOR.exec(cursor);
  return { occurredAt: match?.[1] ?? '', id: Number(match?.[2] ?? 0) };
}

/** The cursor after a breach. */
export const cursorOf = (breach: { occurredAt: string; id: number }) => `${breach.occurredAt}~${breach.id}`;

/** A tolerance-floor breach. */
export const ZBreach = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    journey: z.string(),
    touchpoint: z.string(),
    kind: z.string().openapi({ description: '`measure` (a measure beyond its floor) or `rating`' }),
    measure: z.string().nullable(),
    value: z.number(),
    floor: z.number(),
    customer: z.string(),
    episode: z.string(),
  })
  .openapi('Breach');

/** Response of `GET /api/breaches`. */
export const ZBreachPage = z.object({
  breaches: z.array(ZBreach),
  next: z.string().nullable().openapi({ description: 'Cursor of the next page; null on the last one' }),
});
