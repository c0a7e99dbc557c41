import { ZMomentInput } from '@mot/core';
import type { TMomentInput } from '@mot/core';
import { fastMoment } from './fast-moment.ts';
import { invalidItemErrors } from './report.ts';
import type { TIngestItem } from './report.ts';

/** The items of a batch that match the moment schema, and the report of those that do not. */
export type TValidatedBatch = {
  valid: Array<{ index: number; moment: TMomentInput }>;
  rejected: TIngestItem[];
};

/**
 * Checks every item against the moment schema and rejects repeated event ids inside the batch (the second
 * and later copies: a batch that repeats itself is a client mistake, not a re-send).
 */
export function validateItems(items: readonly unknown[]): TValidatedBatch {
  const valid: TValidatedBatch['valid'] = [];
  const rejected: TIngestItem[] = [];
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    // zod decides whatever the fast path is unsure of, and words every error.
    const fast = fastMoment(item);
    const parsed = fast ? { success: true as const, data: fast } : ZMomentInput.safeParse(item);
    if (!parsed.success) {
      rejected.push({
        index,
        ...eventIdOf(item),
        status: 'rejected',
        errors: invalidItemErrors(parsed.error),
      });
      return;
    }
    const moment = parsed.data;
    const first = firstIndex.get(moment.eventId);
    if (first !== undefined) {
      const message = `event id "${moment.eventId}" is repeated in this batch (first at item ${first})`;
      rejected.push({
        index,
        eventId: moment.eventId,
        status: 'rejected',
        errors: [{ code: 'duplicate_event_id', message, path: ['eventId'] }],
      });
      return;
    }
    firstIndex.set(moment.eventId, index);
    valid.push({ index, moment });
  });
  return { valid, rejected };
}

function eventIdOf(item: unknown): { eventId?: string } {
  if (typeof item !== 'object' || item === null) return {};
  const eventId = (item as { eventId?: unknown }).eventId;
  return typeof eventId === 'string' ? { eventId } : {};
}
