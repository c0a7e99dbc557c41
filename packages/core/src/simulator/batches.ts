import { LIMITS } from '../domain/limits.ts';
import type { TMomentInput } from '../domain/moment.ts';
import type { TSimRecord } from './records.ts';

/**
 * Groups the moments of a record stream into ingestion batches of at most `size` (the API's limit by
 * default), lazily, so a caller can post a simulation of any size with constant memory.
 */
export function* momentBatches(
  records: Iterable<TSimRecord>,
  size: number = LIMITS.maxBatchSize,
): Generator<TMomentInput[], void, undefined> {
  let batch: TMomentInput[] = [];
  for (const record of records) {
    if (record.kind !== 'moment') continue;
    batch.push(record.moment);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
