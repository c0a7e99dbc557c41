import { createRoute } from '@hono/zod-openapi';
import type { SchemaObject } from 'openapi3-ts/oas31';
import { z } from 'zod';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { MotError } from '../../errors.ts';
import { ingestOutcomes } from '../../outcomes/ingest-outcomes.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import { ZEpisodeOutcomeInput, ZOutcomeBatch, ZOutcomeReport } from './schema.ts';

const post = createRoute({
  method: 'post',
  path: '/api/outcomes',
  tags: ['outcomes'],
  ...secured('outcomes:write'),
  summary: 'Store a batch of episode outcomes (survey answers, churn), all or nothing, upsert by episode',
  description:
    'Re-sending an outcome changes nothing (`unchanged`); a different outcome for the same episode replaces ' +
    'it (`updated`). Unknown customers and episodes are created. When any item is rejected nothing is ' +
    'written: 422 `batch_rejected` with the report.',
  request: { body: jsonBody(ZOutcomeBatch) },
  responses: {
    200: jsonResponse(ZOutcomeReport, 'Every item was created, updated or unchanged'),
    400: errorResponses[400],
    413: errorResponses[413],
    422: { description: '`batch_rejected`: the error and the report of what failed and why', content: {} },
  },
});

/** `POST /api/outcomes`: batch of episode outcomes. */
export function registerOutcomeRoutes(app: TApp, db: TDatabase): void {
  app.openAPIRegistry.registerComponent(
    'schemas',
    'EpisodeOutcomeInput',
    z.toJSONSchema(ZEpisodeOutcomeInput, { io: 'input', unrepresentable: 'any' }) as SchemaObject,
  );
  app.openapi(post, async (c) => {
    const items = c.req.valid('json').outcomes;
    const report = await ingestOutcomes(db, c.get('workspace').id, items);
    if (!report.ok) {
      const message = `${report.rejected} of ${items.length} outcomes were rejected; nothing was written`;
      throw new MotError('batch_rejected', message, ['outcomes'], report);
    }
    return c.json(report, 200);
  });
}
