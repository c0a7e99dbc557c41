import { Readable } from 'node:stream';
import {
  describeField,
  mapRecord,
  missingTallyObject,
  REJECTS_HEADER,
  rejectsLine,
  resolveCsvMapping,
  tallyMissing,
} from '@mot/core/import';
import type { TImportMapping, TMissingTally, TResolvedMapping } from '@mot/core/import';
import type { TMomentInput } from '@mot/core';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import type { TIngestReport } from '../ingest/report.ts';
import type { TDatabase } from '../storage/database.ts';
import { deriveEventId } from './derive-event-id.ts';
import { openCsvStream } from './read-csv.ts';
import { openXlsxBytes } from './read-xlsx.ts';
import { SourceError } from './source.ts';

/** The end summary of an import, as `mot import` prints it (without the file and timing). */
export type TImportResult = {
  rowsRead: number;
  created: number;
  duplicates: number;
  rejected: number;
  breaches: number;
  stoppedBy: string | null;
  /** The rejects file (`line,reason,row`), or null when every row was taken. */
  rejects: string | null;
  /** Cells read as missing by the mapping's missing-value codes, per column, in the rows stored or already there. */
  missingByCode: Record<string, number>;
};

type TPending = { line: number; raw: string; moment: TMomentInput; missingByCode?: string[] };

/**
 * Imports CSV bytes (or an XLSX workbook's first sheet) into a workspace with `mot import`'s rules: the same reader (strict UTF-8, the header
 * first, unreadable rows rejected with their line), the same mapping from core, event ids derived from the
 * file name and line when the mapping names none, and batches ingested all or nothing by `ingestMoments`:
 * refused rows go to the rejects and the rest of their batch is sent again. When every row of the first
 * batch is refused, the import stops there (the journey or the mapping is wrong). A cell holding one of the
 * mapping's missing-value codes is absent (core's `mapRecord`) and counted per column once its row is taken.
 * A mapping that does not fit the header throws core's `MappingError` before any row is read.
 */
export async function importCsv(
  db: TDatabase,
  workspaceId: string,
  input: {
    bytes: Uint8Array;
    name: string;
    journey: string;
    mapping: TImportMapping;
    /** `xlsx`: the first worksheet of a workbook, read as a table like a CSV file. */
    kind?: 'csv' | 'xlsx';
    batchSize?: number;
  },
): Promise<TImportResult> {
  const source =
    input.kind === 'xlsx'
      ? await openXlsxBytes(input.bytes, input.name)
      : await openCsvStream(Readable.from([Buffer.from(input.bytes)]), {
          name: input.name,
          delimiter: input.name.toLowerCase().endsWith('.tsv') ? '\t' : ',',
        });
  let mapping: TResolvedMapping;
  try {
    mapping = resolveCsvMapping(input.mapping, source.header ?? []);
  } catch (error) {
    source.close();
    throw error;
  }
  const rejects: string[] = [];
  const reject = (line: number, reason: string, raw: string) => rejects.push(rejectsLine(line, reason, raw));
  const totals = { rowsRead: 0, created: 0, duplicates: 0, breaches: 0, batches: 0 };
  const missingByCode: TMissingTally = new Map();
  const batchSize = input.batchSize ?? 1000;
  let batch: TPending[] = [];
  let stoppedBy: string | null = null;
  const flush = async () => {
    const sent = await sendBatch(db, workspaceId, batch, mapping, reject, missingByCode);
    if (sent === 'refused' && totals.batches === 0 && totals.created === 0) {
      stoppedBy = 'every row of the first batch was refused: check the journey and the mapping';
    } else if (sent !== 'refused') {
      totals.created += sent.created;
      totals.duplicates += sent.duplicates;
      totals.breaches += sent.breaches;
    }
    totals.batches += 1;
    batch = [];
  };
  try {
    for await (const row of source.rows) {
      totals.rowsRead += 1;
      if ('problem' in row) {
        reject(row.line, row.problem, row.raw);
        continue;
      }
      const mapped = mapRecord(row.values, mapping, {
        journey: input.journey,
        deriveEventId: () => deriveEventId(input.name, row.line),
      });
      if (!mapped.ok) reject(row.line, mapped.reason, row.raw);
      else
        batch.push({
          line: row.line,
          raw: row.raw,
          moment: mapped.moment,
          missingByCode: mapped.missingByCode,
        });
      if (batch.length >= batchSize) await flush();
      if (stoppedBy) break;
    }
    if (!stoppedBy && batch.length > 0) await flush();
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    stoppedBy = `${input.name}: ${error.message}`;
  } finally {
    source.close();
  }
  return {
    rowsRead: totals.rowsRead,
    created: totals.created,
    duplicates: totals.duplicates,
    rejected: rejects.length,
    breaches: totals.breaches,
    stoppedBy,
    rejects: rejects.length > 0 ? REJECTS_HEADER + rejects.join('') : null,
    missingByCode: missingTallyObject(missingByCode, source.header ?? []),
  };
}

/**
 * Ingests a batch; refused rows go to the rejects and the rest is sent again. 'refused': all of them were.
 * The coded cells of the rows taken are counted in `missingByCode`.
 */
async function sendBatch(
  db: TDatabase,
  workspaceId: string,
  batch: TPending[],
  mapping: TResolvedMapping,
  reject: (line: number, reason: string, raw: string) => void,
  missingByCode: TMissingTally,
): Promise<Pick<TIngestReport, 'created' | 'duplicates' | 'breaches'> | 'refused'> {
  let pending = batch;
  const reasonOf = (item: TIngestReport['items'][number]) =>
    (item.errors ?? []).map((e) => `${describeField(mapping, e.path)}: ${e.message}`).join('; ') ||
    `${item.status} at the server`;
  while (pending.length > 0) {
    const report = await ingestMoments(
      db,
      workspaceId,
      pending.map((p) => p.moment),
    );
    if (report.ok) {
      for (const item of report.items) {
        const row = pending[item.index];
        if (item.status === 'conflict' && row) reject(row.line, reasonOf(item), row.raw);
        else if (row?.missingByCode) tallyMissing(missingByCode, row.missingByCode);
      }
      return report;
    }
    const refused = new Set<number>();
    for (const item of report.items) {
      const row = pending[item.index];
      if (item.status !== 'rejected' || !row) continue;
      refused.add(item.index);
      reject(row.line, reasonOf(item), row.raw);
    }
    if (refused.size === 0) throw new Error('ingestion refused a batch without saying which rows');
    if (refused.size === pending.length) return 'refused';
    pending = pending.filter((_, index) => !refused.has(index));
  }
  return { created: 0, duplicates: 0, breaches: 0 };
}
