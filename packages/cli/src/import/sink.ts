import type { TMomentInput } from '@mot/core';
import type { TIngestReport } from '@mot/server';

export type { TIngestReport };

/** Where imported moments go: the database directly, or a running server's API. */
export type TMomentSink = {
  /** Ingests one batch all-or-nothing: when any item is rejected, nothing of the batch is written. */
  send(moments: TMomentInput[]): Promise<TIngestReport>;
};
