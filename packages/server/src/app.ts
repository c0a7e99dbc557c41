import { OpenAPIHono } from '@hono/zod-openapi';
import { LIMITS } from '@mot/core';
import { cors } from 'hono/cors';
import { authenticate } from './access/authenticate.ts';
import { CLIENT_ADDRESS_HEADER, createAuth } from './access/auth.ts';
import type { TAuth, TAuthOptions } from './access/auth.ts';
import { DEFAULT_RATE_LIMITS, clientAddress } from './access/rate-limit.ts';
import type { TRateLimits } from './access/rate-limit.ts';
import { checkHost, LOOPBACK_HOSTS, securityHeaders } from './http/safe-defaults.ts';
import { errorResponse, onError } from './http/onerror.ts';
import { requireJsonBody } from './http/middleware.ts';
import type { TAppEnv } from './http/middleware.ts';
import { validationHook } from './http/validation.ts';
import { mountWebApp } from './http/web-app.ts';
import { registerAccessRoutes } from './routes/access/route.ts';
import { registerCallbackRoutes } from './routes/callbacks/route.ts';
import { registerCustomerRoutes } from './routes/customers/route.ts';
import { registerCustomerStatusRoutes } from './routes/customer-status/route.ts';
import { registerChurnRoutes } from './routes/churn/route.ts';
import { registerRecoveryRoutes } from './routes/recovery/route.ts';
import { registerBreachRoutes } from './routes/breaches/route.ts';
import { registerAlertRuleRoutes } from './routes/alert-rules/route.ts';
import { registerCaseRoutes } from './routes/cases/route.ts';
import { registerImportRoutes } from './routes/imports/route.ts';
import { registerEpisodeRoutes } from './routes/episodes/route.ts';
import { registerErasureRoutes } from './routes/erasure/route.ts';
import { registerHealthRoutes } from './routes/health/route.ts';
import { registerInitiativeRoutes } from './routes/initiatives/route.ts';
import { registerSurveyRoutes } from './routes/surveys/route.ts';
import { registerDistributionRuleRoutes } from './routes/distribution-rules/route.ts';
import { registerInvitationRoutes } from './routes/invitations/route.ts';
import { publicLinkCounting, registerSurveyAnswerRoutes } from './routes/survey-answers/route.ts';
import { registerReviewRoutes } from './routes/reviews/route.ts';
import { registerSurveyResultRoutes } from './routes/survey-results/route.ts';
import { registerStudyRoutes } from './routes/studies/route.ts';
import { registerJourneyRoutes } from './routes/journeys/route.ts';
import { registerMomentRoutes } from './routes/moments/route.ts';
import { registerNotificationChannelRoutes } from './routes/notification-channels/route.ts';
import { registerSurveyChannelRoutes } from './routes/survey-channels/route.ts';
import { registerKeyMomentRoutes } from './routes/key-moments/route.ts';
import type { TAnalysisOptions } from './routes/key-moments/route.ts';
import { registerTypicalEpisodeRoutes } from './routes/typical-episodes/route.ts';
import { registerOutcomeRoutes } from './routes/outcomes/route.ts';
import { registerOverviewRoutes } from './routes/overview/route.ts';
import { registerPackRoutes } from './routes/packs/route.ts';
import { registerStageRoutes } from './routes/stages/route.ts';
import { registerStandardRoutes } from './routes/standards/route.ts';
import { registerTouchpointRoutes } from './routes/touchpoints/route.ts';
import { registerTouchpointStatsRoutes } from './routes/touchpoint-stats/route.ts';
import { registerBusinessCalendarRoutes } from './routes/business-calendars/route.ts';
import { registerSlaPolicyRoutes } from './routes/sla-policies/route.ts';
import { registerDepartmentRoutes } from './routes/departments/route.ts';
import { registerWorkspaceRoutes } from './routes/workspaces/route.ts';
import type { TDatabase } from './storage/database.ts';

/** The app type every route module registers on. */
export type TApp = OpenAPIHono<TAppEnv>;

/** How an app is exposed; every field has a safe default. */
export type TAppOptions = {
  auth?: TAuthOptions;
  rateLimits?: Partial<TRateLimits>;
  /** Host names the Host header may carry (DNS rebinding); `*` allows any. Default: loopback names. */
  allowedHosts?: readonly string[] | '*';
  /** Origins allowed by CORS; none (CORS off) by default. */
  corsOrigins?: readonly string[];
  /** Key-moment analyses running at once per workspace before a 429. */
  maxConcurrentAnalyses?: number;
  /** How long an analysis request waits before answering 202 (default 1 s), and its page size. */
  analysis?: TAnalysisOptions;
};

/** An app and its sign-in service. */
export type TAppWithAuth = TApp & { getAuth(): Promise<TAuth> };

/**
 * The Hono app (all routes under /api, the web app at /), with its OpenAPI document at
 * `GET /api/openapi.json`. Every route but health, the document and sign-in needs a caller; every
 * workspace route names the permission it needs (access/authorize.ts).
 */
export function createApp(db: TDatabase, options: TAppOptions = {}): TAppWithAuth {
  if (options.allowedHosts === '*' && !options.auth?.baseURL) {
    // Sign-in trusts the origins of the hosts the app answers for: with any host it would trust any site.
    throw new Error(
      'answering any Host (MOT_ALLOWED_HOSTS=*) needs the public address of the server (MOT_PUBLIC_URL), which sign-in then trusts alone',
    );
  }
  const app = new OpenAPIHono<TAppEnv>({ defaultHook: validationHook }) as TAppWithAuth;
  let authReady: Promise<TAuth> | undefined;
  app.getAuth = () =>
    (authReady ??= createAuth(db, { hosts: options.allowedHosts ?? LOOPBACK_HOSTS, ...options.auth }));
  const rateLimits = { ...DEFAULT_RATE_LIMITS, ...options.rateLimits };
  app.onError(onError);
  app.notFound((c) => errorResponse(c, 'not_found', `no route for ${c.req.method} ${c.req.path}`));
  app.use('*', checkHost(options.allowedHosts ?? LOOPBACK_HOSTS));
  if (options.corsOrigins && options.corsOrigins.length > 0) {
    app.use('/api/*', cors({ origin: [...options.corsOrigins], credentials: true }));
  }
  app.use(
    '/api/*',
    securityHeaders,
    async (c, next) => {
      c.set('db', db);
      c.set('maxConcurrentAnalyses', options.maxConcurrentAnalyses ?? 2);
      await next();
    },
    authenticate(db, app.getAuth, rateLimits, publicLinkCounting(db)),
    requireJsonBody(LIMITS.maxBodyBytes),
  );
  // Sign-in links are made by the CLI for a person at the console, never on request.
  app.post('/api/auth/sign-in/magic-link', (c) =>
    errorResponse(c, 'not_found', 'sign-in links are made with the mot command, not on request'),
  );
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => {
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_ADDRESS_HEADER, clientAddress(c, rateLimits.trustProxy));
    // The body was read by requireJsonBody and is kept on c.req.
    const body = c.req.method === 'POST' ? await c.req.arrayBuffer() : undefined;
    const request = new Request(c.req.url, { method: c.req.method, headers, body });
    return (await app.getAuth()).auth.handler(request);
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'mot.session_token',
    description: 'The session cookie set by `POST /api/auth/sign-in/email` (HttpOnly, SameSite=Lax).',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key (`mot_...`) of one workspace and role, created by an admin. `X-Workspace` only selects among the workspaces of a signed-in user; it never grants anything.',
  });
  registerHealthRoutes(app);
  registerAccessRoutes(app, db);
  registerWorkspaceRoutes(app, db);
  registerJourneyRoutes(app, db);
  registerStageRoutes(app, db);
  registerTouchpointRoutes(app, db);
  registerStandardRoutes(app, db);
  registerMomentRoutes(app, db);
  registerEpisodeRoutes(app, db);
  registerCustomerRoutes(app, db);
  registerOutcomeRoutes(app, db);
  registerCustomerStatusRoutes(app, db);
  registerErasureRoutes(app, db);
  registerKeyMomentRoutes(app, db, options.analysis);
  registerTypicalEpisodeRoutes(app, db, options.analysis);
  registerChurnRoutes(app, db, options.analysis);
  registerOverviewRoutes(app, db);
  registerBreachRoutes(app, db);
  registerImportRoutes(app, db);
  registerPackRoutes(app, db);
  registerTouchpointStatsRoutes(app, db);
  registerNotificationChannelRoutes(app, db);
  registerBusinessCalendarRoutes(app, db);
  registerSlaPolicyRoutes(app, db);
  registerDepartmentRoutes(app, db);
  registerAlertRuleRoutes(app, db);
  registerCaseRoutes(app, db);
  registerCallbackRoutes(app, db);
  registerRecoveryRoutes(app, db);
  registerInitiativeRoutes(app, db);
  registerSurveyRoutes(app, db);
  registerDistributionRuleRoutes(app, db);
  registerInvitationRoutes(app, db);
  registerSurveyAnswerRoutes(app, db);
  registerReviewRoutes(app, db);
  registerSurveyResultRoutes(app, db);
  registerStudyRoutes(app, db);
  registerSurveyChannelRoutes(app, db);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'mot API',
      version: '0.1.0',
      description:
        'Moments of Truth: journeys, standards, moments. Every route but health, this document and sign-in (`/api/auth/*`) needs a session cookie or an API key.',
    },
  });
  mountWebApp(app);
  return app;
}
