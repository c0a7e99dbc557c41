import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { findRecoveryFigures } from '../../callbacks/index.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { ZRecoveryQuery, ZRecoveryReport } from './schema.ts';

const report = createRoute({
  method: 'get',
  path: '/api/recovery',
  tags: ['callbacks'],
  ...secured('cases:read'),
  summary: 'Recovery figures per touchpoint and owner department for a period, with the recovery paradox',
  description:
    'Cases opened in the period: SLA attainment, median times, recovery rate (callbacks answered solved), ' +
    're-contact within 30 days of closing, each share with a 95% Wilson interval; per touchpoint, the ' +
    'satisfaction of recovered customers against customers who never hit a floor there (Welch and Newcombe).',
  request: { query: ZRecoveryQuery },
  responses: { 200: jsonResponse(ZRecoveryReport, 'The figures'), 400: errorResponses[400] },
});

/** `GET /api/recovery`. */
export function registerRecoveryRoutes(app: TApp, db: TDatabase): void {
  app.openapi(report, async (c) => {
    const q = c.req.valid('query');
    const figures = await findRecoveryFigures(db.orm, c.get('workspace').id, q);
    return c.json({ from: q.from, to: q.to, ...figures }, 200);
  });
}
