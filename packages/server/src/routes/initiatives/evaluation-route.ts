import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { evaluateInitiative } from '../../initiatives/evaluate-initiative.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonResponse, ZErrorBody } from '../shared-schema.ts';
import { ZEvaluationOut, ZEvaluationQuery } from './evaluation-schema.ts';
import { ZInitiativeParams } from './schema.ts';

const evaluation = createRoute({
  method: 'get',
  path: '/api/initiatives/{id}/evaluation',
  tags: ['initiatives'],
  ...secured('analyses:read'),
  summary: 'Did it work? Before/after, difference-in-differences, event study and verdict of an initiative',
  description:
    'Treated: the moments at the initiative’s touchpoints (and segment); comparison: those at the comparison ' +
    'touchpoints (the initiative’s choice, or `comparison`), or of the comparison segment. Standard errors are ' +
    'clustered by customer. See docs/evaluation.md.',
  request: { params: ZInitiativeParams, query: ZEvaluationQuery },
  responses: {
    200: jsonResponse(ZEvaluationOut, 'The evaluation and the comparison it used'),
    400: errorResponses[400],
    404: errorResponses[404],
    422: {
      description:
        'Not enough data (`not_enough_data`): no observation at the touchpoints in the window, or a touchpoint gone from the journey',
      content: { 'application/json': { schema: ZErrorBody } },
    },
    429: {
      description: 'Analyses already running in the workspace (`rate_limited`, with Retry-After)',
      content: { 'application/json': { schema: ZErrorBody } },
    },
  },
});

/** `GET /api/initiatives/{id}/evaluation`. */
export function registerEvaluationRoute(app: TApp, db: TDatabase): void {
  app.openapi(evaluation, async (c) =>
    c.json(
      await evaluateInitiative(
        db,
        c.get('workspace').id,
        c.req.valid('param').id,
        c.req.valid('query'),
        c.get('maxConcurrentAnalyses'),
      ),
      200,
    ),
  );
}
