import { Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { guessMapping, MappingError } from '@mot/core/import';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { MotError } from '../../errors.ts';
import { importCsv } from '../../imports/import-csv.ts';
import { openCsvStream } from '../../imports/read-csv.ts';
import { openXlsxBytes } from '../../imports/read-xlsx.ts';
import { SourceError } from '../../imports/source.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { csvBody, XLSX_TYPE, ZImportPreview, ZImportQuery, ZImportResult, ZPreviewQuery } from './schema.ts';

const preview = createRoute({
  method: 'post',
  path: '/api/imports/preview',
  tags: ['imports'],
  ...secured('moments:write'),
  summary: "A CSV file's header, first rows and a guessed mapping",
  description: 'Send the start of the file (a few kilobytes are enough); nothing is stored.',
  request: { query: ZPreviewQuery, body: csvBody },
  responses: {
    200: jsonResponse(ZImportPreview, 'The header and a mapping to check'),
    400: errorResponses[400],
  },
});

const run = createRoute({
  method: 'post',
  path: '/api/imports',
  tags: ['imports'],
  ...secured('moments:write'),
  summary: 'Import a CSV or XLSX file of moments, with the rules of `mot import`',
  description:
    'The same reader, mapping and batches as `mot import` (docs/import.md): rows that cannot be taken come ' +
    'back in `rejects` (`line,reason,row`), the rest is ingested. Importing the same file again adds nothing.',
  request: { query: ZImportQuery, body: csvBody },
  responses: {
    200: jsonResponse(ZImportResult, 'The summary and the rejects'),
    400: errorResponses[400],
    413: errorResponses[413],
  },
});

/** The body, as requireJsonBody read it (http/middleware.ts). */
const bytesOf = async (c: Context) => new Uint8Array(await c.req.arrayBuffer());

/** Whether the body is an XLSX workbook (else CSV). */
const isXlsx = (request: Request) =>
  (request.headers.get('content-type') ?? '').toLowerCase().startsWith(XLSX_TYPE);

/** `POST /api/imports/preview` and `POST /api/imports`: the browser's way to `mot import`. */
export function registerImportRoutes(app: TApp, db: TDatabase): void {
  app.openapi(preview, async (c) => {
    const { name } = c.req.valid('query');
    let source;
    try {
      const bytes = await bytesOf(c);
      source = isXlsx(c.req.raw)
        ? await openXlsxBytes(bytes, name)
        : await openCsvStream(Readable.from([Buffer.from(bytes)]), { name });
    } catch (error) {
      if (error instanceof SourceError) throw new MotError('invalid_input', error.message, ['body']);
      throw error;
    }
    const rows: string[][] = [];
    try {
      for await (const row of source.rows) {
        if ('values' in row) rows.push(row.values);
        if (rows.length >= 5) break;
      }
    } catch (error) {
      // The start of a file may end inside a row or a character: the rows before it are enough.
      if (!(error instanceof SourceError)) throw error;
    } finally {
      source.close();
    }
    const header = source.header ?? [];
    return c.json({ header, rows, ...guessMapping(header) }, 200);
  });

  app.openapi(run, async (c) => {
    const { journey, name, mapping } = c.req.valid('query');
    try {
      const result = await importCsv(db, c.get('workspace').id, {
        bytes: await bytesOf(c),
        name,
        journey,
        mapping,
        kind: isXlsx(c.req.raw) ? 'xlsx' : 'csv',
      });
      return c.json(result, 200);
    } catch (error) {
      if (error instanceof MappingError)
        throw new MotError('invalid_input', error.message, ['query', 'mapping']);
      if (error instanceof SourceError) throw new MotError('invalid_input', error.message, ['body']);
      throw error;
    }
  });
}
