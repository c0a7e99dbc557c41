import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { importReviews, ZReviewMapping } from '../../reviews/import-reviews.ts';
import type { TDatabase } from '../../storage/database.ts';
import { csvBody, XLSX_TYPE } from '../imports/schema.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';

/** Query of `POST /api/reviews/import`: the file's name and the mapping as JSON. */
const ZReviewQuery = z.object({
  name: z.string().min(1).max(255).default('reviews.csv'),
  mapping: z
    .string()
    .max(20_000)
    .transform((text, ctx) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object (docs/import.md, Online reviews)' });
        return z.NEVER;
      }
      const parsed = ZReviewMapping.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        ctx.addIssue({ code: 'custom', message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
        return z.NEVER;
      }
      return parsed.data;
    })
    .openapi({
      type: 'string',
      description:
        'The mapping as JSON: {"journey", "touchpoint" (default review), "columns": {platform, date, rating, text, store?, touchpoint?, reviewId?, author?}, "ratingScale" (default 1-5), "timezone" (default +08:00)}',
    }),
});

const ZReviewImport = z
  .object({
    rowsRead: z.number().int(),
    created: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.number().int(),
    rejects: z
      .array(z.object({ line: z.number().int(), column: z.string(), message: z.string(), row: z.string() }))
      .openapi({ description: 'The rows not taken (the first 1,000), each with its line and column' }),
    stoppedBy: z.string().nullable(),
  })
  .openapi('ReviewImport');

const run = createRoute({
  method: 'post',
  path: '/api/reviews/import',
  tags: ['imports'],
  ...secured('moments:write'),
  summary:
    'Import online reviews (CSV or XLSX: platform, date, store or touchpoint, rating, text) as moments',
  description:
    'Each review becomes a moment at the review touchpoint, its rating re-scaled to the touchpoint, its text scored like any comment, its store a segment attribute. Importing the same file again adds nothing (event id from the platform and the review id, or a hash of date, store and text).',
  request: { query: ZReviewQuery, body: csvBody },
  responses: {
    200: jsonResponse(ZReviewImport, 'The counts and the rejected rows'),
    400: errorResponses[400],
    413: errorResponses[413],
  },
});

/** `POST /api/reviews/import`. */
export function registerReviewRoutes(app: TApp, db: TDatabase): void {
  app.openapi(run, async (c) => {
    const { name, mapping } = c.req.valid('query');
    const kind = (c.req.header('content-type') ?? '').toLowerCase().startsWith(XLSX_TYPE) ? 'xlsx' : 'csv';
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await importReviews(db, c.get('workspace').id, { bytes, name, kind, mapping }), 200);
  });
}
