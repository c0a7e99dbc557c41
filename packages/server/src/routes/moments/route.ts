import { createRoute } from '@hono/zod-openapi';
import { ZMomentInput } from '@mot/core';
import type { SchemaObject } from 'openapi3-ts/oas31';
import { z } from 'zod';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { MotError } from '../../errors.ts';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZIngestReport, ZMomentBatch } from './schema.ts';

const ingest = createRoute({
  method: 'post',
  path: '/api/moments',
  tags: ['moments'],
  ...secured('moments:write'),
  summary: 'Ingest a batch of moments, all or nothing, idempotent by event id',
  description:
    'Each moment is checked against its touchpoint standards in the same transaction and every tolerance-floor ' +
    'breach is recorded. When any item is rejected nothing is written: 422 `batch_rejected` with the report.',
  request: { body: jsonBody(ZMomentBatch) },
  responses: {
    200: jsonResponse(ZIngestReport, 'Every item was created, a duplicate, or a conflict (not written)'),
    400: errorResponses[400],
    413: errorResponses[413],
    422: { description: '`batch_rejected`: the error and the report of what failed and why', content: {} },
  },
});

/** `POST /api/moments`: batch ingestion. */
export function registerMomentRoutes(app: TApp, db: TDatabase): void {
  // Core's schemas are plain zod: documented through zod's own JSON Schema output.
  app.openAPIRegistry.registerComponent(
    'schemas',
    'MomentInput',
    z.toJSONSchema(ZMomentInput, { io: 'input', unrepresentable: 'any' }) as SchemaObject,
  );
  app.openapi(ingest, async (c) => {
    const report = await ingestMoments(db, c.get('workspace').id, c.req.valid('json').moments);
    if (!report.ok) {
      const message = `${report.rejected} of ${c.req.valid('json').moments.length} moments were rejected; nothing was written`;
      throw new MotError('batch_rejected', message, ['moments'], report);
    }
    return c.json(report, 200);
  });
}
