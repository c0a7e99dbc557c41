import { OpenAPIHono } from '@hono/zod-openapi';
import { LIMITS } from '@mot/core';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse, onError } from './http/onerror.ts';
import { requireJsonBody, resolveWorkspace } from './http/middleware.ts';
import type { TAppEnv } from './http/middleware.ts';
import { validationHook } from './http/validation.ts';
import { registerCustomerRoutes } from './routes/customers/route.ts';
import { registerEpisodeRoutes } from './routes/episodes/route.ts';
import { registerHealthRoutes } from './routes/health/route.ts';
import { registerJourneyRoutes } from './routes/journeys/route.ts';
import { registerMomentRoutes } from './routes/moments/route.ts';
import { registerKeyMomentRoutes } from './routes/key-moments/route.ts';
import { registerOutcomeRoutes } from './routes/outcomes/route.ts';
import { registerStageRoutes } from './routes/stages/route.ts';
import { registerStandardRoutes } from './routes/standards/route.ts';
import { registerTouchpointRoutes } from './routes/touchpoints/route.ts';
import { registerWorkspaceRoutes } from './routes/workspaces/route.ts';
import type { TDatabase } from './storage/database.ts';

/** The app type every route module registers on. */
export type TApp = OpenAPIHono<TAppEnv>;

/** The Hono app (all routes under /api), with its OpenAPI document at `GET /api/openapi.json`. */
export function createApp(db: TDatabase): TApp {
  const app: TApp = new OpenAPIHono<TAppEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound((c) => errorResponse(c, 'not_found', `no route for ${c.req.method} ${c.req.path}`));
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: LIMITS.maxBodyBytes,
      onError: (c) =>
        errorResponse(c, 'body_too_large', `the request body is over ${LIMITS.maxBodyBytes} bytes`),
    }),
    requireJsonBody,
  );
  const inWorkspace = resolveWorkspace(db);
  for (const path of [
    '/api/journeys',
    '/api/journeys/*',
    '/api/moments',
    '/api/outcomes',
    '/api/customers/*',
  ]) {
    app.use(path, inWorkspace);
  }
  app.openAPIRegistry.registerComponent('securitySchemes', 'workspace', {
    type: 'apiKey',
    in: 'header',
    name: 'X-Workspace',
    description: 'Key of the workspace (tenant) the request works in; `default` when absent.',
  });
  registerHealthRoutes(app);
  registerWorkspaceRoutes(app, db);
  registerJourneyRoutes(app, db);
  registerStageRoutes(app, db);
  registerTouchpointRoutes(app, db);
  registerStandardRoutes(app, db);
  registerMomentRoutes(app, db);
  registerEpisodeRoutes(app, db);
  registerCustomerRoutes(app, db);
  registerOutcomeRoutes(app, db);
  registerKeyMomentRoutes(app, db);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'mot API',
      version: '0.1.0',
      description: 'Moments of Truth: journeys, standards, moments.',
    },
  });
  return app;
}
