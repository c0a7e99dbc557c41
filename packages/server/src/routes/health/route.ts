import { createRoute, z } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { jsonResponse } from '../shared-schema.ts';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Whether the server is up',
  ...secured('public'),
  responses: { 200: jsonResponse(z.object({ ok: z.literal(true) }), 'The server is up') },
});

/** `GET /api/health`. */
export function registerHealthRoutes(app: TApp): void {
  app.openapi(health, (c) => c.json({ ok: true as const }, 200));
}
