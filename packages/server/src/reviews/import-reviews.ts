/**
 * Online reviews (大众点评, 美团, Google...) into the MOT model: a CSV or XLSX of platform, date, store or
 * touchpoint, rating and text imports as moments at a review touchpoint, through the ingestion every other
 * source uses (so the text is scored like any comment, the rating judged against the touchpoint's scale
 * and its standards, and the alert rules apply). The one function behind `POST /api/reviews/import` and
 * `mot import --reviews`.
 * - the rating is re-scaled linearly from the platform's scale (default 1-5 stars) to the touchpoint's;
 * - the store becomes the moment's segment attribute `store`, the platform `platform`;
 * - the event id is `review:<platform>:<review id>`, or without an id column `review:<platform>:<hash of
 *   date, store and text>`, so importing a file again adds nothing;
 * - each review is its own customer (`review:<platform>:<author or the event's hash>`) and episode;
 * - a row that cannot be taken is rejected alone, naming its line and column, and kept in the rejects.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { LIMITS, rescale, ZKey } from '@mot/core';
import type { TRatingScale } from '@mot/core';
import { parseDatetime } from '@mot/core/import';
import { z } from '@hono/zod-openapi';
import { MotError } from '../errors.ts';
import { openCsvStream } from '../imports/read-csv.ts';
import { openXlsxBytes } from '../imports/read-xlsx.ts';
import { SourceError } from '../imports/source.ts';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';

/** How the columns of a review file are read (`--mapping`, or the `mapping` query of the route). */
export const ZReviewMapping = z
  .object({
    journey: ZKey.describe('The journey the reviews go to'),
    touchpoint: ZKey.default('review').describe(
      'The touchpoint of a review when the row names none (default "review")',
    ),
    columns: z
      .object({
        platform: z.string().min(1).default('platform'),
        date: z.string().min(1).default('date'),
        rating: z.string().min(1).default('rating'),
        text: z.string().min(1).default('text'),
        store: z.string().min(1).optional(),
        touchpoint: z.string().min(1).optional(),
        reviewId: z.string().min(1).optional(),
        author: z.string().min(1).optional(),
      })
      .strict()
      .default({ platform: 'platform', date: 'date', rating: 'rating', text: 'text' }),
    /** The platform's rating scale; default 1-5 stars. */
    ratingScale: z
      .object({ min: z.number().finite(), max: z.number().finite() })
      .refine((s) => s.max > s.min, { message: 'max must be above min' })
      .default({ min: 1, max: 5 }),
    /** The zone of dates written without an offset; default +08:00. */
    timezone: z
      .string()
      .regex(/^(Z|[+-]\d{2}:\d{2})$/, 'an offset like +08:00')
      .default('+08:00'),
  })
  .strict();

/** A review mapping as read. */
export type TReviewMapping = z.infer<typeof ZReviewMapping>;

/** A row refused: its line in the file, the column at fault, why, and the row as written. */
export type TReviewReject = { line: number; column: string; message: string; row: string };

/** What an import did. */
export type TReviewImport = {
  rowsRead: number;
  created: number;
  duplicates: number;
  rejected: number;
  rejects: TReviewReject[];
  /** Why reading stopped early; rows before it were kept. */
  stoppedBy: string | null;
};

/** Rejects returned at most (the counts stay exact). */
const MAX_REJECTS_LISTED = 1000;

type TJourneyShape = {
  key: string;
  touchpoints: Array<{ key: string; ratingScale?: TRatingScale | undefined }>;
};

const hash = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

/**
 * One row into a moment, or the column at fault. Pure: the journey's touchpoints are given.
 */
export function reviewMoment(
  values: Record<string, string>,
  mapping: TReviewMapping,
  journey: TJourneyShape,
): { ok: true; moment: Record<string, unknown> } | { ok: false; column: string; message: string } {
  const c = mapping.columns;
  const cell = (column: string | undefined) => (column === undefined ? '' : (values[column] ?? '').trim());
  const platform = cell(c.platform);
  if (platform === '') return { ok: false, column: c.platform, message: 'the platform is empty' };
  if (platform.length > 100) return { ok: false, column: c.platform, message: 'at most 100 characters' };
  const rawDate = cell(c.date);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(rawDate) ? `${rawDate} 00:00` : rawDate.replace(/\//g, '-');
  const date = parseDatetime(dateOnly, mapping.timezone);
  if (!date.ok) return { ok: false, column: c.date, message: date.problem };
  const touchpointKey = cell(c.touchpoint) || mapping.touchpoint;
  const touchpoint = journey.touchpoints.find((t) => t.key === touchpointKey);
  if (!touchpoint) {
    return {
      ok: false,
      column: c.touchpoint ?? 'touchpoint',
      message: `journey "${journey.key}" has no touchpoint "${touchpointKey}"`,
    };
  }
  const rawRating = cell(c.rating);
  let rating: number | undefined;
  if (rawRating !== '') {
    const value = Number(rawRating);
    const { min, max } = mapping.ratingScale;
    if (!Number.isFinite(value))
      return { ok: false, column: c.rating, message: `"${rawRating}" is not a number` };
    if (value < min || value > max) {
      return {
        ok: false,
        column: c.rating,
        message: `${value} is outside the platform's scale ${min}..${max}`,
      };
    }
    rating = rescale(value, mapping.ratingScale, touchpoint.ratingScale ?? { min: 1, max: 5 });
  }
  const text = cell(c.text);
  if (rating === undefined && text === '') {
    return { ok: false, column: c.rating, message: 'a review needs a rating or a text' };
  }
  if (text.length > LIMITS.maxCommentLength) {
    return { ok: false, column: c.text, message: `at most ${LIMITS.maxCommentLength} characters` };
  }
  const store = cell(c.store);
  const id = cell(c.reviewId);
  const key = id !== '' ? id : hash(date.value, store, text);
  const eventId = `review:${platform}:${key}`.slice(0, LIMITS.maxExternalIdLength);
  const author = cell(c.author);
  return {
    ok: true,
    moment: {
      eventId,
      journey: journey.key,
      touchpoint: touchpoint.key,
      customer: `review:${platform}:${author !== '' ? author : key}`.slice(0, LIMITS.maxExternalIdLength),
      episode: eventId,
      occurredAt: date.value,
      ...(rating !== undefined ? { rating } : {}),
      ...(text !== '' ? { comment: text } : {}),
      attributes: { platform, ...(store !== '' ? { store } : {}) },
    },
  };
}

/** Reads a review file (CSV, or the first sheet of an XLSX) and ingests its rows in batches. */
export async function importReviews(
  db: TDatabase,
  workspaceId: string,
  input: {
    bytes: Uint8Array;
    name: string;
    kind: 'csv' | 'xlsx';
    mapping: TReviewMapping;
    batchSize?: number;
  },
): Promise<TReviewImport> {
  const { mapping } = input;
  const journey = (await findJourneys(db.orm, workspaceId, mapping.journey))[0]?.journey;
  if (!journey)
    throw new MotError('invalid_input', `no journey "${mapping.journey}" in this workspace`, [
      'mapping',
      'journey',
    ]);
  if (
    !journey.touchpoints.some((t) => t.key === mapping.touchpoint) &&
    mapping.columns.touchpoint === undefined
  ) {
    throw new MotError(
      'invalid_input',
      `journey "${mapping.journey}" has no touchpoint "${mapping.touchpoint}": add a review touchpoint to it, or name the touchpoint reviews go to`,
      ['mapping', 'touchpoint'],
    );
  }
  let source;
  try {
    source =
      input.kind === 'xlsx'
        ? await openXlsxBytes(input.bytes, input.name)
        : await openCsvStream(Readable.from([Buffer.from(input.bytes)]), { name: input.name });
  } catch (error) {
    if (error instanceof SourceError) throw new MotError('invalid_input', error.message, ['body']);
    throw error;
  }
  const header = source.header ?? [];
  const c = mapping.columns;
  for (const [field, column] of Object.entries(c)) {
    if (column !== undefined && !header.includes(column)) {
      source.close();
      throw new MotError(
        'invalid_input',
        `the file has no column "${column}" (${field}); its columns: ${header.join(', ')}`,
        ['mapping', 'columns', field],
      );
    }
  }
  const result: TReviewImport = {
    rowsRead: 0,
    created: 0,
    duplicates: 0,
    rejected: 0,
    rejects: [],
    stoppedBy: null,
  };
  const reject = (r: TReviewReject) => {
    result.rejected += 1;
    if (result.rejects.length < MAX_REJECTS_LISTED) result.rejects.push(r);
  };
  const batchSize = Math.min(input.batchSize ?? 1000, LIMITS.maxBatchSize);
  let batch: Array<{ line: number; row: string; moment: Record<string, unknown> }> = [];
  const seen = new Set<string>();
  // The file's column behind a moment field ingestion names.
  const columnOf = (field: string) =>
    ({
      rating: c.rating,
      comment: c.text,
      occurredAt: c.date,
      touchpoint: c.touchpoint ?? field,
      attributes: c.store ?? field,
      eventId: c.reviewId ?? field,
    })[field] ?? field;
  // A batch is stored all or nothing: rows ingestion refuses are rejected and the rest sent again.
  const flush = async () => {
    while (batch.length > 0) {
      const report = await ingestMoments(
        db,
        workspaceId,
        batch.map((b) => b.moment),
      );
      const refused = new Set<number>();
      for (const item of report.items) {
        const b = batch[item.index];
        if (!b || item.status === 'created' || item.status === 'duplicate') continue;
        refused.add(item.index);
        const error = item.errors?.[0];
        reject({
          line: b.line,
          column:
            item.status === 'conflict' ? (c.reviewId ?? c.text) : columnOf(String(error?.path?.[0] ?? '')),
          message:
            item.status === 'conflict'
              ? 'this review was imported before with other data'
              : (error?.message ?? item.status),
          row: b.row,
        });
      }
      if (report.ok) {
        for (const item of report.items) {
          if (item.status === 'created') result.created += 1;
          else if (item.status === 'duplicate') result.duplicates += 1;
        }
        batch = [];
      } else {
        if (refused.size === 0) throw new MotError('batch_rejected', 'the reviews were refused');
        batch = batch.filter((_, i) => !refused.has(i));
      }
    }
  };
  try {
    for await (const row of source.rows) {
      result.rowsRead += 1;
      if (!('values' in row)) {
        reject({ line: row.line, column: '', message: row.problem, row: row.raw });
        continue;
      }
      const values = Object.fromEntries(header.map((h, i) => [h, row.values[i] ?? '']));
      const mapped = reviewMoment(values, mapping, journey);
      if (!mapped.ok) {
        reject({ line: row.line, column: mapped.column, message: mapped.message, row: row.raw });
        continue;
      }
      const eventId = String(mapped.moment['eventId']);
      // The same review twice in one file: the first is kept, the others are duplicates.
      if (seen.has(eventId)) {
        result.duplicates += 1;
        continue;
      }
      seen.add(eventId);
      batch.push({ line: row.line, row: row.raw, moment: mapped.moment });
      if (batch.length >= batchSize) await flush();
    }
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    result.stoppedBy = error.message;
  } finally {
    source.close();
  }
  await flush();
  return result;
}
