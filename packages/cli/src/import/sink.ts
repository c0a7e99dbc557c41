import type { TMomentInput } from '@mot/core';

/** What ingesting one batch reports (the server's `TIngestReport`, as `ingestMoments` and the API return it). */
export type TIngestReport = {
  ok: boolean;
  created: number;
  duplicates: number;
  rejected: number;
  breaches: number;
  items: Array<{
    index: number;
    eventId?: string;
    status: 'created' | 'duplicate' | 'rejected';
    errors?: Array<{ code: string; message: string; path: (string | number)[] }>;
  }>;
};

/** Where imported moments go: the database directly, or a running server's API. */
export type TMomentSink = {
  /** Ingests one batch all-or-nothing: when any item is rejected, nothing of the batch is written. */
  send(moments: TMomentInput[]): Promise<TIngestReport>;
};
