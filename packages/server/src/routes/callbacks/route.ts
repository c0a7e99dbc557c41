import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { secured } from '../../access/authorize.ts';
import { readSettings } from '../../access/settings.ts';
import type { TApp } from '../../app.ts';
import {
  findCallbackAttempts,
  findCallbacks,
  findCaseSummary,
  planRoutineCallbacks,
  recordCallbackAttempt,
} from '../../callbacks/index.ts';
import type { TAttemptInput } from '../../callbacks/index.ts';
import { notFound } from '../../errors.ts';
import type { TAppEnv } from '../../http/middleware.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZCallback,
  ZCallbackAttemptBody,
  ZCallbackDetail,
  ZCallbackPage,
  ZCallbackParams,
  ZCallbackPlanBody,
  ZCallbackPlanned,
  ZCallbackQuery,
  ZCallbackReadQuery,
} from './schema.ts';
import { recorderOf } from './recorder.ts';

const tags = ['callbacks'];
const conflict = {
  description: 'The callback is finished (`invalid_transition`), or another attempt was recorded at once',
  content: errorResponses[409].content,
};

const list = createRoute({
  method: 'get',
  path: '/api/callbacks',
  tags,
  ...secured('cases:read'),
  summary: 'Callbacks (回访): mine, due now, by state; paged',
  description:
    'Planned callbacks first, by their next attempt, then finished ones. An agent sees the callbacks ' +
    'assigned to them and the unassigned ones.',
  request: { query: ZCallbackQuery },
  responses: { 200: jsonResponse(ZCallbackPage, 'A page of callbacks'), 400: errorResponses[400] },
});

const read = createRoute({
  method: 'get',
  path: '/api/callbacks/{id}',
  tags,
  ...secured('cases:read'),
  summary: 'A callback with its script in the caller’s language, its attempts and its case',
  request: { params: ZCallbackParams, query: ZCallbackReadQuery },
  responses: {
    200: jsonResponse(ZCallbackDetail, 'The callback'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const attempt = createRoute({
  method: 'post',
  path: '/api/callbacks/{id}/attempts',
  tags,
  ...secured('callbacks:work'),
  summary: 'Record a call attempt: not reached (retried later), or reached with the customer’s answers',
  description:
    'Not reached: the next attempt is planned inside calling hours; after the last one the callback fails ' +
    'and its case becomes `resolved`. Reached: solved closes the case, not solved reopens it; the call is ' +
    'recorded as a moment of the episode at the journey’s `recovery_callback` touchpoint. A survey by phone ' +
    'is reached by recording its answers (`POST /api/survey-channels/phone/callbacks/{callback}/answers`): ' +
    'here it takes only attempts not reached (400 for a reached one).',
  request: { params: ZCallbackParams, body: jsonBody(ZCallbackAttemptBody) },
  responses: {
    200: jsonResponse(ZCallback, 'The callback as it is now'),
    400: errorResponses[400],
    404: errorResponses[404],
    409: conflict,
  },
});

const plan = createRoute({
  method: 'post',
  path: '/api/callbacks/plan',
  tags,
  ...secured('callbacks:work'),
  summary: 'Plan a routine callback list (回访清单) without cases',
  description:
    'A random sample (fixed by `seed`) of the episodes of a journey, optionally at one touchpoint and in a ' +
    'period, of customers who hit a floor there or of everyone; episodes with a planned callback are skipped.',
  request: { body: jsonBody(ZCallbackPlanBody) },
  responses: {
    200: jsonResponse(ZCallbackPlanned, 'The callbacks planned'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** The callback number of a path, or a 404. */
function callbackIdOf(id: string): number {
  const n = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw notFound(`callback ${id}`, ['params', 'id']);
  return n;
}

/** The callbacks the caller may see and work (recorderOf's narrowing). */
function scopeOf(c: Context<TAppEnv>): { onlyFor: string | undefined; department: string | undefined } {
  const { onlyFor, department } = recorderOf(c);
  return { onlyFor, department };
}

const userOf = (c: Context<TAppEnv>): string => {
  const principal = c.get('principal');
  // A key is no user: nothing is assigned to it ('' is nobody's id).
  return principal.kind === 'user' ? principal.userId : '';
};

/** `/api/callbacks`: the callback list, one callback with its script, attempts, routine lists. */
export function registerCallbackRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const { total, callbacks } = await findCallbacks(db.orm, c.get('workspace').id, {
      mine: q.mine ? userOf(c) : undefined,
      state: q.state,
      caseId: q.case,
      ...scopeOf(c),
      limit: q.limit,
      offset: (q.page - 1) * q.limit,
    });
    const page = callbacks.map(({ script, ...rest }) => (void script, rest));
    return c.json({ callbacks: page, total, page: q.page, limit: q.limit }, 200);
  });

  app.openapi(read, async (c) => {
    const id = callbackIdOf(c.req.valid('param').id);
    const workspaceId = c.get('workspace').id;
    const { callbacks } = await findCallbacks(db.orm, workspaceId, {
      id,
      ...scopeOf(c),
      limit: 1,
      offset: 0,
    });
    const found = callbacks[0];
    if (!found) throw notFound(`callback ${id}`, ['params', 'id']);
    const language = c.req.valid('query').lang ?? (await readSettings(db, workspaceId)).language;
    const { script, ...rest } = found;
    const [attemptLog, caseSummary] = await Promise.all([
      findCallbackAttempts(db.orm, workspaceId, id),
      rest.caseId === null ? null : findCaseSummary(db.orm, workspaceId, rest.caseId),
    ]);
    return c.json({ ...rest, language, script: script[language], attemptLog, case: caseSummary }, 200);
  });

  app.openapi(attempt, async (c) => {
    const id = callbackIdOf(c.req.valid('param').id);
    const body = c.req.valid('json');
    const input: TAttemptInput = body.reached
      ? { reached: true, solved: body.solved === true, satisfaction: body.satisfaction, note: body.note }
      : { reached: false, note: body.note };
    const workspaceId = c.get('workspace').id;
    await recordCallbackAttempt(db, workspaceId, id, input, recorderOf(c));
    const { callbacks } = await findCallbacks(db.orm, workspaceId, { id, limit: 1, offset: 0 });
    const found = callbacks[0];
    if (!found) throw notFound(`callback ${id}`, ['params', 'id']);
    const { script, ...rest } = found;
    void script;
    return c.json(rest, 200);
  });

  app.openapi(plan, async (c) => {
    const body = c.req.valid('json');
    const planned = await planRoutineCallbacks(db, c.get('workspace').id, body);
    return c.json(planned, 200);
  });
}
