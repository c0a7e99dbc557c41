import type { ZodError, z } from 'zod';
import { LIMITS } from '@mot/core';
import { MotError, toPath } from '../errors.ts';

/** One problem with one item of a batch; `path` is relative to the item. */
export type TItemError = { code: string; message: string; path: (string | number)[] };

/**
 * Why zod refused an item: one error per issue, at the issue's path; its code is the rule's own when the
 * schema gives one (`out_of_range`, `invalid_character`, `reserved_key`), else `invalid_input`.
 */
export function invalidItemErrors(error: ZodError): TItemError[] {
  return error.issues.map((issue) => ({
    code: ruleCode(issue),
    message: issue.message,
    path: toPath(issue.path),
  }));
}

/** What happened to one item of a batch. */
export type TIngestItem = {
  index: number;
  eventId?: string;
  /** `conflict`: the event id is stored with other data; nothing was written for this item. */
  status: 'created' | 'duplicate' | 'conflict' | 'rejected';
  errors?: TItemError[];
};

/** The per-item report of one ingestion request. */
export type TIngestReport = {
  /** False when any item was rejected: then NOTHING was written. */
  ok: boolean;
  created: number;
  duplicates: number;
  /** Items whose event id is stored with other data: not written, the rest of the batch was. */
  conflicts: number;
  rejected: number;
  breaches: number;
  items: TIngestItem[];
};

/** The code a schema rule put in its issue's `params` (inside an `invalid_key` issue for a record key). */
function ruleCode(issue: z.core.$ZodIssue): string {
  const inner = issue.code === 'invalid_key' ? issue.issues[0] : issue;
  const code = inner?.code === 'custom' ? inner.params?.['code'] : undefined;
  return typeof code === 'string' ? code : 'invalid_input';
}

/**
 * The report of an upserting batch (created / updated / unchanged) refused as a whole: nothing was written,
 * so only the rejected items are listed, in order.
 */
export function rejectedUpsertReport<TItem extends { index: number }>(
  rejected: readonly TItem[],
): { ok: false; created: 0; updated: 0; unchanged: 0; rejected: number; items: TItem[] } {
  const items = [...rejected].sort((a, b) => a.index - b.index);
  return { ok: false, created: 0, updated: 0, unchanged: 0, rejected: items.length, items };
}

/**
 * Refuses a batch of more than LIMITS.maxBatchSize items before anything is read: `noun` names its items
 * in the message, `field` is the body's array.
 */
export function assertBatchSize(items: readonly unknown[], noun: string, field: string): void {
  if (items.length > LIMITS.maxBatchSize) {
    const message = `a batch holds at most ${LIMITS.maxBatchSize} ${noun}; this one has ${items.length}`;
    throw new MotError('batch_too_large', message, [field]);
  }
}
