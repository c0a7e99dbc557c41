import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { TMomentInput } from '@mot/core';
import { deriveEventId } from '@mot/server';
import { describeField, mapRecord } from './map-record.ts';
import { MappingError } from './mapping.ts';
import type { TImportMapping } from './mapping.ts';
import { openCsvSource } from './read-csv.ts';
import { openJsonlSource } from './read-jsonl.ts';
import { RejectsWriter, defaultRejectsPath } from './rejects-writer.ts';
import { resolveCsvMapping, resolveJsonlMapping } from './resolve-mapping.ts';
import type { TResolvedMapping } from './resolve-mapping.ts';
import type { TMomentSink, TIngestReport } from './sink.ts';
import { SourceError } from './source.ts';
import type { TSource } from './source.ts';

/** What `importMoments` needs. */
export type TImportOptions = {
  file: string;
  journey: string;
  sink: TMomentSink;
  mapping?: TImportMapping;
  /** `csv` or `jsonl`; by default from the extension (.jsonl/.ndjson, else CSV; .tsv is tab-separated). */
  format?: 'csv' | 'jsonl';
  delimiter?: string;
  rejectsPath?: string;
  batchSize?: number;
  /** Called now and then with the bytes read and rows read, for a progress bar. */
  onProgress?: (bytesRead: number, rowsRead: number, totalBytes: number) => void;
};

/** The end summary of an import. `stoppedBy` says why reading stopped early (rows before it were kept). */
export type TImportSummary = {
  file: string;
  rowsRead: number;
  created: number;
  duplicates: number;
  rejected: number;
  breaches: number;
  seconds: number;
  rowsPerSecond: number;
  rejectsFile: string | null;
  stoppedBy: string | null;
};

type TPending = { line: number; raw: string; moment: TMomentInput };

/** Stable event id for a row when the mapping names no event id column (the server's rule: file name hash + line). */
export { deriveEventId };

async function openSource(options: TImportOptions): Promise<TSource> {
  const extension = extname(options.file).toLowerCase();
  const format = options.format ?? (['.jsonl', '.ndjson'].includes(extension) ? 'jsonl' : 'csv');
  if (format === 'jsonl') return openJsonlSource(options.file);
  return openCsvSource(options.file, { delimiter: options.delimiter ?? (extension === '.tsv' ? '\t' : ',') });
}

/**
 * Imports moments from a CSV or JSONL file, streaming it: rows are mapped, validated and sent in batches, so
 * memory does not grow with the file. Rows that fail (unreadable, invalid, or refused by the server) go to the
 * rejects file with their line and reason, and the rest of their batch is sent again without them, so nothing
 * valid is lost. Sending the same file twice adds nothing: event ids make ingestion idempotent.
 */
export async function importMoments(options: TImportOptions): Promise<TImportSummary> {
  const started = performance.now();
  const info = await stat(options.file).catch(() => undefined);
  if (!info?.isFile()) throw new SourceError(`${options.file}: no such file`);
  const source = await openSource(options);
  let mapping: TResolvedMapping;
  try {
    mapping = source.header
      ? resolveCsvMapping(options.mapping ?? {}, source.header)
      : resolveJsonlMapping(options.mapping ?? {});
  } catch (error) {
    source.close();
    throw error instanceof MappingError ? new MappingError(`${options.file}: ${error.message}`) : error;
  }
  const rejects = new RejectsWriter(options.rejectsPath ?? defaultRejectsPath(options.file));
  await rejects.reset();
  const totals = { rowsRead: 0, created: 0, duplicates: 0, breaches: 0, batches: 0 };
  const batchSize = options.batchSize ?? 5000;
  let batch: TPending[] = [];
  let stoppedBy: string | null = null;
  /** Reads every row into batches; returns why reading stopped early, if it did. */
  const readRows = async (): Promise<string | null> => {
    try {
      for await (const row of source.rows) {
        totals.rowsRead += 1;
        if (totals.rowsRead % 1000 === 0)
          options.onProgress?.(source.bytesRead(), totals.rowsRead, info.size);
        if ('problem' in row) {
          await rejects.write(row.line, row.problem, row.raw);
          continue;
        }
        const mapped = mapRecord(row.values, mapping, {
          journey: options.journey,
          deriveEventId: () => deriveEventId(options.file, row.line),
        });
        if (!mapped.ok) await rejects.write(row.line, mapped.reason, row.raw);
        else batch.push({ line: row.line, raw: row.raw, moment: mapped.moment });
        if (batch.length >= batchSize) await flush();
      }
    } catch (error) {
      if (error instanceof SourceError) return `${options.file}: ${error.message}`;
      throw error;
    }
    return null;
  };

  const flush = async () => {
    const sent = await sendBatch(
      batch,
      options.sink,
      mapping,
      rejects,
      totals.batches === 0 && totals.created === 0,
    );
    totals.batches += 1;
    totals.created += sent.created;
    totals.duplicates += sent.duplicates;
    totals.breaches += sent.breaches;
    batch = [];
  };
  try {
    stoppedBy = await readRows();
    if (batch.length > 0) await flush();
  } finally {
    source.close();
    await rejects.close();
  }
  options.onProgress?.(source.bytesRead(), totals.rowsRead, info.size);
  const seconds = (performance.now() - started) / 1000;
  return {
    file: options.file,
    rowsRead: totals.rowsRead,
    created: totals.created,
    duplicates: totals.duplicates,
    rejected: rejects.count,
    breaches: totals.breaches,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(totals.rowsRead / Math.max(seconds, 0.001)),
    rejectsFile: rejects.count > 0 ? rejects.path : null,
    stoppedBy,
  };
}

/** The import cannot go on (e.g. the server refuses every row): says why. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/**
 * Sends a batch; items the server refuses go to the rejects file and the rest is sent again, until the batch
 * is accepted. When the very first batch is refused whole, the import stops: the journey or the mapping is
 * wrong, and carrying on would only copy the file into the rejects file.
 */
async function sendBatch(
  batch: TPending[],
  sink: TMomentSink,
  mapping: TResolvedMapping,
  rejects: RejectsWriter,
  isFirst: boolean,
): Promise<Pick<TIngestReport, 'created' | 'duplicates' | 'breaches'>> {
  let pending = batch;
  const reasonOf = (item: TIngestReport['items'][number]) =>
    (item.errors ?? []).map((e) => `${describeField(mapping, e.path)}: ${e.message}`).join('; ') ||
    `${item.status} at the server`;
  while (pending.length > 0) {
    const report = await sink.send(pending.map((p) => p.moment));
    if (report.ok) {
      // A conflict (the event id is stored with other data) was not written: the row goes to the rejects.
      for (const item of report.items) {
        const row = pending[item.index];
        if (item.status === 'conflict' && row) await rejects.write(row.line, reasonOf(item), row.raw);
      }
      return report;
    }
    const refused = new Map<number, string>();
    for (const item of report.items) {
      if (item.status === 'rejected') refused.set(item.index, reasonOf(item));
    }
    if (refused.size === 0) throw new ImportError('the server refused a batch without saying which rows');
    for (const [index, reason] of refused) {
      const row = pending[index];
      if (row) await rejects.write(row.line, reason, row.raw);
    }
    if (isFirst && refused.size === pending.length) {
      throw new ImportError(
        `the server refused every row of the first batch (${pending.length}), e.g. line ${pending[0]?.line}: ` +
          `${refused.get(0) ?? ''}; check --journey and the mapping (rejects in ${rejects.path})`,
      );
    }
    pending = pending.filter((_, index) => !refused.has(index));
  }
  return { created: 0, duplicates: 0, breaches: 0 };
}
