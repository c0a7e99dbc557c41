import type { ZodError } from 'zod';
import { toPath } from '../errors.ts';

/** One problem with one item of a batch; `path` is relative to the item. */
export type TItemError = { code: string; message: string; path: (string | number)[] };

/** Why zod refused an item: one `invalid_input` error per issue, at the issue's path. */
export function invalidItemErrors(error: ZodError): TItemError[] {
  return error.issues.map((issue) => ({
    code: 'invalid_input',
    message: issue.message,
    path: toPath(issue.path),
  }));
}

/** What happened to one item of a batch. */
export type TIngestItem = {
  index: number;
  eventId?: string;
  status: 'created' | 'duplicate' | 'rejected';
  errors?: TItemError[];
};

/** The per-item report of one ingestion request. */
export type TIngestReport = {
  /** False when any item was rejected: then NOTHING was written. */
  ok: boolean;
  created: number;
  duplicates: number;
  rejected: number;
  breaches: number;
  items: TIngestItem[];
};
