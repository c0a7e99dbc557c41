import { stat } from 'node:fs/promises';
import { CUSTOMER_STATUSES, ZCustomerStatusInput } from '@mot/server';
import type { TCustomerStatusInput, TCustomerStatusReport } from '@mot/server';
import { openCsvSource } from './read-csv.ts';
import { RejectsWriter, defaultRejectsPath } from './rejects-writer.ts';
import { SourceError } from './source.ts';

/** Where status events go: the database directly, or a running server's API. */
export type TStatusSink = { send(events: TCustomerStatusInput[]): Promise<TCustomerStatusReport> };

/** The columns of a status file, by field; a header names each by one of its spellings (any case). */
export const STATUS_COLUMNS = {
  customer: ['customer', 'customer_id', 'customerid'],
  status: ['status', 'kind', 'event'],
  at: ['date', 'at', 'time', 'occurred_at'],
  reason: ['reason', 'churn_reason'],
  contractEnd: ['contract_end', 'contractend', 'contract_end_date'],
  eventId: ['event_id', 'eventid', 'id'],
} as const;

type TField = keyof typeof STATUS_COLUMNS;

/** What `importStatus` needs. */
export type TStatusImportOptions = {
  file: string;
  sink: TStatusSink;
  delimiter?: string;
  rejectsPath?: string;
  batchSize?: number;
  onProgress?: (bytesRead: number, rowsRead: number, totalBytes: number) => void;
};

/** The end summary of a status import; `stoppedBy` says why reading stopped early. */
export type TStatusImportSummary = {
  file: string;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  seconds: number;
  rejectsFile: string | null;
  stoppedBy: string | null;
};

/** A header's column positions by field; throws naming the missing required columns. */
function columnsOf(file: string, header: readonly string[]): Partial<Record<TField, number>> {
  const names = header.map((h) => h.trim().toLowerCase());
  const found: Partial<Record<TField, number>> = {};
  for (const [field, spellings] of Object.entries(STATUS_COLUMNS) as Array<[TField, readonly string[]]>) {
    const at = names.findIndex((n) => spellings.includes(n));
    if (at >= 0) found[field] = at;
  }
  const missing = (['customer', 'status', 'at'] as const).filter((f) => found[f] === undefined);
  if (missing.length > 0) {
    const wanted = missing.map((f) => STATUS_COLUMNS[f][0]).join(', ');
    throw new SourceError(`${file}: the header has no column ${wanted} (it has: ${header.join(', ')})`);
  }
  return found;
}

/** A row as a status event (empty optional cells left out), or why it cannot be one, naming the column. */
function eventOf(
  values: readonly string[],
  columns: Partial<Record<TField, number>>,
  header: readonly string[],
): { ok: true; event: TCustomerStatusInput } | { ok: false; reason: string } {
  const cell = (field: TField) => {
    const at = columns[field];
    return at === undefined ? '' : (values[at] ?? '').trim();
  };
  const raw: Record<string, string> = {
    customer: cell('customer'),
    status: cell('status').toLowerCase(),
    at: cell('at'),
  };
  for (const field of ['reason', 'contractEnd', 'eventId'] as const)
    if (cell(field) !== '') raw[field] = cell(field);
  const parsed = ZCustomerStatusInput.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  const reason = parsed.error.issues
    .map((issue) => {
      const field = String(issue.path[0] ?? '') as TField;
      const at = columns[field];
      const column = at === undefined ? field : (header[at] ?? field);
      const message = field === 'status' ? `must be one of ${CUSTOMER_STATUSES.join(', ')}` : issue.message;
      return `${column}: ${message}`;
    })
    .join('; ');
  return { ok: false, reason };
}

type TPending = { line: number; raw: string; event: TCustomerStatusInput };

/**
 * Imports customer status events from a CSV file (customer, status, date, optional reason, contract end and
 * event id), streamed in batches. Rows that cannot be read or are invalid go to the rejects file with their
 * line and the column at fault; the rest of their batch is sent. Importing the same file again changes
 * nothing: an event without an id gets one derived from customer, status and date.
 */
export async function importStatus(options: TStatusImportOptions): Promise<TStatusImportSummary> {
  const started = performance.now();
  const info = await stat(options.file).catch(() => undefined);
  if (!info?.isFile()) throw new SourceError(`${options.file}: no such file`);
  const source = await openCsvSource(options.file, {
    delimiter: options.delimiter ?? (options.file.toLowerCase().endsWith('.tsv') ? '\t' : ','),
  });
  const header = source.header ?? [];
  let columns: Partial<Record<TField, number>>;
  try {
    columns = columnsOf(options.file, header);
  } catch (error) {
    source.close();
    throw error;
  }
  const rejects = new RejectsWriter(options.rejectsPath ?? defaultRejectsPath(options.file));
  await rejects.reset();
  const totals = { rowsRead: 0, created: 0, updated: 0, unchanged: 0 };
  const batchSize = options.batchSize ?? 5000;
  let batch: TPending[] = [];
  const flush = async () => {
    let pending = batch;
    batch = [];
    while (pending.length > 0) {
      const report = await options.sink.send(pending.map((p) => p.event));
      if (report.ok) {
        totals.created += report.created;
        totals.updated += report.updated;
        totals.unchanged += report.unchanged;
        return;
      }
      const refused = new Map<number, string>();
      for (const item of report.items) {
        const why = (item.errors ?? []).map((e) => `${e.path.join('.')}: ${e.message}`).join('; ');
        if (item.status === 'rejected') refused.set(item.index, why || 'rejected by the server');
      }
      if (refused.size === 0) throw new Error('the server refused a batch without saying which rows');
      for (const [index, reason] of refused) {
        const row = pending[index];
        if (row) await rejects.write(row.line, reason, row.raw);
      }
      pending = pending.filter((_, index) => !refused.has(index));
    }
  };
  let stoppedBy: string | null = null;
  try {
    for await (const row of source.rows) {
      totals.rowsRead += 1;
      if (totals.rowsRead % 1000 === 0) options.onProgress?.(source.bytesRead(), totals.rowsRead, info.size);
      if ('problem' in row) {
        await rejects.write(row.line, row.problem, row.raw);
        continue;
      }
      const mapped = eventOf(row.values as string[], columns, header);
      if (!mapped.ok) await rejects.write(row.line, mapped.reason, row.raw);
      else batch.push({ line: row.line, raw: row.raw, event: mapped.event });
      if (batch.length >= batchSize) await flush();
    }
    if (batch.length > 0) await flush();
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    stoppedBy = `${options.file}: ${error.message}`;
  } finally {
    source.close();
    await rejects.close();
  }
  options.onProgress?.(source.bytesRead(), totals.rowsRead, info.size);
  return {
    file: options.file,
    ...totals,
    rejected: rejects.count,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    rejectsFile: rejects.count > 0 ? rejects.path : null,
    stoppedBy,
  };
}
