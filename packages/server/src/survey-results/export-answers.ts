/**
 * `GET /api/surveys/{key}/answers/export`: every answer the filter selects, one row each (export-columns.ts),
 * streamed page by page as CSV (UTF-8 with a byte-order mark, which Excel needs to read Chinese) or XLSX
 * (exceljs's streaming writer), so an export of any size holds one page of answers at a time.
 *
 * CSV: a free-text cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet does not run it as a formula (OWASP, "CSV Injection"). XLSX cells are typed, never formulas.
 */
import { PassThrough, Readable } from 'node:stream';
import { toCsvRow } from '@mot/core/import';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import type { TSurveyLanguage } from '../survey-answers/links.ts';
import { exportColumns } from './export-columns.ts';
import type { TCell, TExportColumn } from './export-columns.ts';
import { cursorAfter, findResultAnswers } from './find-result-answers.ts';
import type { TResultAnswer } from './find-result-answers.ts';
import { findResultSurvey } from './find-result-survey.ts';
import { resultQuestions } from './result-questions.ts';
import { answerConditions } from './results-filter.ts';
import type { TResultsFilter, TResultsSurvey } from './results-filter.ts';

/** The export formats. */
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
/** An export format. */
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 1_000;

/** The customer attribute names of the answers' customers, sorted. */
async function attributeNamesOf(
  db: TDatabase,
  scope: TResultsSurvey,
  filter: TResultsFilter,
): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db.orm,
    sql`select distinct k.name from survey_answers a
          join survey_links l on l.id = a.link_id
          join customers c on c.workspace_id = a.workspace_id and c.external_id = a.customer
          cross join lateral jsonb_object_keys(c.attributes) as k(name)
         where ${answerConditions(scope, filter)}
         order by k.name`,
  );
  return rows.map((r) => r.name);
}

/** The answers, page after page. */
async function* pagesOf(
  db: TDatabase,
  scope: TResultsSurvey,
  filter: TResultsFilter,
): AsyncGenerator<TResultAnswer[]> {
  let after: TResultAnswer | undefined;
  for (;;) {
    const page = await findResultAnswers(db, scope, filter, {
      limit: PAGE,
      after: after ? cursorAfter(after) : undefined,
    });
    if (page.length > 0) yield page;
    if (page.length < PAGE) return;
    after = page.at(-1);
  }
}

const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(column: TExportColumn, value: TCell): string {
  if (value === null) return '';
  const text = String(value);
  return column.text && FORMULA_START.test(text) ? `'${text}` : text;
}

/** An export ready to stream: its file name, media type and body. */
export type TAnswersExport = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> };

/**
 * The export of survey `key`'s answers for `filter`, headers and labels in `labels`, customer attributes
 * through `mask`. Finding the survey (404) happens before the first byte.
 */
export async function exportAnswers(
  db: TDatabase,
  workspaceId: string,
  key: string,
  filter: TResultsFilter,
  options: {
    format: TExportFormat;
    labels: TSurveyLanguage;
    mask: (attributes: Record<string, unknown> | null) => Record<string, unknown> | null;
  },
): Promise<TAnswersExport> {
  const survey = await findResultSurvey(db, workspaceId, key);
  const scope = { workspaceId, surveyId: survey.id };
  const columns = exportColumns(
    resultQuestions(survey.versions, options.labels),
    await attributeNamesOf(db, scope, filter),
    options.mask,
    options.labels,
  );
  const fileName = `survey-${survey.key}-answers.${options.format}`;
  const out = new PassThrough();
  const write = options.format === 'csv' ? writeCsv : writeXlsx;
  write(out, columns, pagesOf(db, scope, filter)).catch((error: unknown) => out.destroy(error as Error));
  return {
    fileName,
    contentType:
      options.format === 'csv'
        ? 'text/csv; charset=utf-8'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: Readable.toWeb(out) as ReadableStream<Uint8Array>,
  };
}

/** Writes `chunk`, waiting while the reader is behind. */
async function push(out: PassThrough, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

async function writeCsv(out: PassThrough, columns: TExportColumn[], pages: AsyncGenerator<TResultAnswer[]>) {
  await push(out, `\uFEFF${toCsvRow(columns.map((c) => c.header))}\r\n`);
  for await (const page of pages) {
    const lines = page.map((a) => `${toCsvRow(columns.map((c) => csvCell(c, c.cell(a))))}\r\n`);
    await push(out, lines.join(''));
  }
  out.end();
}

async function writeXlsx(out: PassThrough, columns: TExportColumn[], pages: AsyncGenerator<TResultAnswer[]>) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('answers', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: Math.min(40, Math.max(12, c.header.length + 2)),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const page of pages) {
    for (const a of page) sheet.addRow(columns.map((c) => c.cell(a))).commit();
  }
  sheet.commit();
  await workbook.commit();
}
