import { z } from '@hono/zod-openapi';
import { ZKey } from '@mot/core';
import { MappingError, parseMapping } from '@mot/core/import';

/** The file's name as uploaded: derived event ids hash it, as `mot import` hashes the file's base name. */
const ZFileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\\0]+$/, 'must be a file name without folders')
  .default('upload.csv')
  .openapi({ description: 'The file name (derived event ids are made from it and the line)' });

/** A mapping in the query: the JSON of `mot import --mapping`, checked by core's schema. */
const ZMappingParam = z
  .string()
  .max(20_000)
  .optional()
  .transform((text, ctx) => {
    if (text === undefined) return {};
    try {
      return parseMapping(JSON.parse(text));
    } catch (error) {
      const message =
        error instanceof MappingError ? error.message : 'must be a JSON object (docs/import.md)';
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
  })
  .openapi({ type: 'string', description: 'The column mapping as JSON, as `mot import --mapping` reads it' });

/** Query of `POST /api/imports`. */
export const ZImportQuery = z.object({
  journey: ZKey,
  name: ZFileName,
  mapping: ZMappingParam,
});

/** Query of `POST /api/imports/preview`. */
export const ZPreviewQuery = z.object({ name: ZFileName });

/** The media type of an XLSX workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The body of both routes: a CSV file, or an XLSX workbook (its first worksheet is read). */
export const csvBody = {
  required: true,
  content: {
    'text/csv': { schema: z.string().openapi({ description: 'The CSV file, UTF-8' }) },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary', description: 'An XLSX workbook' }) },
  },
};

/** Response of `POST /api/imports`: `mot import`'s summary and the rejects file. */
export const ZImportResult = z
  .object({
    rowsRead: z.number().int(),
    created: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    breaches: z.number().int(),
    stoppedBy: z
      .string()
      .nullable()
      .openapi({ description: 'Why reading stopped early; rows before it were kept' }),
    rejects: z
      .string()
      .nullable()
      .openapi({ description: 'The rejects file (`line,reason,row`, CSV); null when every row was taken' }),
    missingByCode: z.record(z.string(), z.number().int()).openapi({
      description:
        "Cells read as missing by the mapping's missing-value codes (`missing`), per column, in the rows taken",
    }),
  })
  .openapi('ImportResult');

/** Response of `POST /api/imports/preview`. */
export const ZImportPreview = z
  .object({
    header: z.array(z.string()),
    rows: z.array(z.array(z.string())).openapi({ description: 'The first rows, as read' }),
    mapping: z.record(z.string(), z.unknown()).openapi({ description: 'A guessed mapping, to be checked' }),
    missing: z.array(z.string()).openapi({ description: 'Required fields no column was found for' }),
  })
  .openapi('ImportPreview');
