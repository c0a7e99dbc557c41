import { createRoute } from '@hono/zod-openapi';
import type { TCaseState } from '@mot/core';
import type { Context } from 'hono';
import { secured } from '../../access/authorize.ts';
import { personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import {
  actOnCase,
  addCaseNote,
  assignCases,
  listCaseAssignees,
  resolveCase,
} from '../../cases/case-actions.ts';
import type { TCaseWorker } from '../../cases/case-actions.ts';
import { findCaseDetail, findRootCauses } from '../../cases/find-case-detail.ts';
import { openCaseByHand } from '../../cases/open-case.ts';
import { decodeCaseCursor, findCases, findCaseSummary } from '../../cases/find-cases.ts';
import type { TCaseFilter } from '../../cases/find-cases.ts';
import { invalidInput, notFound } from '../../errors.ts';
import type { TAppEnv } from '../../http/middleware.ts';
import type { TDatabase } from '../../storage/database.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZCaseActionBody,
  ZCaseAssignees,
  ZCaseAssignBody,
  ZCaseBulkAssignBody,
  ZCaseBulkAssigned,
  ZCaseDetail,
  ZCaseNoteBody,
  ZCaseOpenBody,
  ZCaseOpened,
  ZCasePage,
  ZCaseParams,
  ZCaseQuery,
  ZCaseResolveBody,
  ZCaseSummary,
} from './schema.ts';

const tags = ['cases'];
const conflict = {
  description: 'The lifecycle does not allow this move from the case’s state (`invalid_transition`)',
  content: errorResponses[409].content,
};
const acted = {
  200: jsonResponse(ZCaseSummary, 'The case as it is now'),
  400: errorResponses[400],
  404: errorResponses[404],
  409: conflict,
};

const errors = { 400: errorResponses[400], 404: errorResponses[404], 409: conflict };

const list = createRoute({
  method: 'get',
  path: '/api/cases',
  tags,
  ...secured('cases:read'),
  summary: 'The case inbox: service-recovery cases, filtered, sorted and paged',
  description:
    'An owner of a department sees only that department’s cases. `mine`, `team` (the caller’s department), ' +
    '`unassigned` and `overdue` are the inbox’s usual views.',
  request: { query: ZCaseQuery },
  responses: { 200: jsonResponse(ZCasePage, 'A page of cases'), 400: errorResponses[400] },
});

const assignees = createRoute({
  method: 'get',
  path: '/api/cases/assignees',
  tags,
  ...secured('cases:work'),
  summary: 'The members the caller may assign cases to',
  description:
    'Members whose role works cases; for an owner of a department, the members of that department. ' +
    'Owners read it without the member list (`members:manage`).',
  responses: { 200: jsonResponse(ZCaseAssignees, 'The members cases can be assigned to') },
});

const read = createRoute({
  method: 'get',
  path: '/api/cases/{id}',
  tags,
  ...secured('cases:read'),
  summary: 'A case with its activity log, triggers, customer and breaching moments',
  request: { params: ZCaseParams },
  responses: { 200: jsonResponse(ZCaseDetail, 'The case'), 404: errorResponses[404] },
});

const open = createRoute({
  method: 'post',
  path: '/api/cases',
  tags,
  ...secured('cases:work'),
  summary: 'Open a case by hand: a customer at risk of leaving, a complaint taken by phone',
  description:
    'Like a case an alert opens: one open case per customer and episode (with one open, the report joins it: ' +
    '200 with its id), owned by the ' +
    'touchpoint’s department (an owner of a department opens cases of that department only), its SLA started ' +
    'and `case.created` notified. Audited.',
  request: { body: jsonBody(ZCaseOpenBody) },
  responses: {
    201: jsonResponse(ZCaseOpened, 'The new case'),
    200: jsonResponse(ZCaseOpened, 'The open case of the episode, which the report joined'),
    ...errors,
  },
});

const bulkAssign = createRoute({
  method: 'post',
  path: '/api/cases/assign',
  tags,
  ...secured('cases:work'),
  summary: 'Assign several cases to a member (or unassign them): all or none',
  request: { body: jsonBody(ZCaseBulkAssignBody) },
  responses: { 200: jsonResponse(ZCaseBulkAssigned, 'The cases as they are now'), ...errors },
});

/** The fields of an action route on one case. */
const onCase = (name: string, summary: string) => ({
  method: 'post' as const,
  path: `/api/cases/{id}/${name}`,
  tags,
  ...secured('cases:work'),
  summary,
  responses: acted,
});

const acknowledge = createRoute({
  ...onCase('acknowledge', 'Acknowledge a new case (its first response)'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseActionBody) },
});
const start = createRoute({
  ...onCase('start', 'Start working a case'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseActionBody) },
});
const close = createRoute({
  ...onCase('close', 'Close a case the callback could not confirm (resolved)'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseActionBody) },
});
const reopen = createRoute({
  ...onCase('reopen', 'Reopen a resolved or closed case'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseActionBody) },
});
const resolve = createRoute({
  ...onCase('resolve', 'Record the resolution and its root cause: the case awaits its callback (回访)'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseResolveBody) },
});
const note = createRoute({
  ...onCase('notes', 'Add a note to the activity log (on a new case, its first response)'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseNoteBody) },
});
const assign = createRoute({
  ...onCase('assign', 'Assign the case to a member, or unassign it (null)'),
  request: { params: ZCaseParams, body: jsonBody(ZCaseAssignBody) },
});

/** The case number of a path, or a 404: `abc` names no case, as `999999` names none. */
function caseIdOf(id: string): number {
  const n = /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw notFound(`case ${id}`, ['params', 'id']);
  return n;
}

/** The caller as a case worker: an owner with a department works only that department's cases. */
function workerOf(c: Context<TAppEnv>): TCaseWorker {
  const principal = c.get('principal');
  const userId = principal.kind === 'user' ? principal.userId : null;
  const department = c.get('role') === 'owner' ? c.get('department') : null;
  return { userId, department };
}

/** Refuses a root cause that is not one the case offers (its touchpoint's themes, or `other`). */
async function assertRootCause(c: Context<TAppEnv>, id: number, rootCause: string): Promise<void> {
  const db = c.get('db');
  const workspaceId = c.get('workspace').id;
  const summary = await findCaseSummary(db.orm, workspaceId, id);
  if (!summary) throw notFound(`case ${id}`, ['params', 'id']);
  const offered = await findRootCauses(db.orm, workspaceId, summary.journey.key, summary.touchpoint.key);
  if (!offered.some((r) => r.key === rootCause)) {
    const keys = offered.map((r) => r.key).join(', ');
    throw invalidInput(`"${rootCause}" is not a root cause of this case's touchpoint (${keys})`, [
      'rootCause',
    ]);
  }
}

/** `/api/cases`: the inbox, a case, and what owners do with it. */
export function registerCaseRoutes(app: TApp, db: TDatabase): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const worker = workerOf(c);
    const mask = await personalDataMask(c);
    void mask;
    if (q.team && c.get('department') === null) {
      throw invalidInput('you belong to no department: `team` needs one', ['query', 'team']);
    }
    if (worker.department !== null && q.department !== undefined && q.department !== worker.department) {
      return c.json({ cases: [], total: 0, page: q.page, limit: q.limit, next: null }, 200);
    }
    const department = worker.department ?? (q.team ? (c.get('department') ?? undefined) : q.department);
    const filter: TCaseFilter = {
      states: q.state,
      status: q.status,
      assignee: q.mine ? (worker.userId ?? undefined) : q.assignee,
      // An API key is nobody's assignee: `mine` matches no case.
      ...(q.mine && worker.userId === null ? { ids: [] } : {}),
      unassigned: q.unassigned,
      overdue: q.overdue,
      department,
      severities: q.severity,
      journey: q.journey,
      touchpoint: q.touchpoint,
      customer: q.customer,
      from: q.from,
      to: q.to,
    };
    const after = q.after === undefined ? undefined : decodeCaseCursor(q.after);
    if (q.after !== undefined && !after) {
      throw invalidInput('is not a cursor of this list: pass the `next` of a previous page', [
        'query',
        'after',
      ]);
    }
    if (after && after.sort !== q.sort) {
      throw invalidInput(`is a cursor of the sort ${after.sort}, not ${q.sort}`, ['query', 'after']);
    }
    if (after && q.page !== 1)
      throw invalidInput('give a cursor or a page number, not both', ['query', 'page']);
    const page = await findCases(db.orm, c.get('workspace').id, filter, {
      limit: q.limit,
      offset: (q.page - 1) * q.limit,
      sort: q.sort,
      after,
    });
    return c.json({ ...page, page: q.page, limit: q.limit }, 200);
  });

  app.openapi(open, async (c) => {
    const result = await openCaseByHand(db, c.get('workspace').id, workerOf(c), c.req.valid('json'));
    return result.opened ? c.json(result, 201) : c.json(result, 200);
  });

  // Before `/api/cases/{id}`, which would take "assignees" for an id.
  app.openapi(assignees, async (c) =>
    c.json({ assignees: await listCaseAssignees(db, c.get('workspace').id, workerOf(c)) }, 200),
  );

  app.openapi(read, async (c) => {
    const id = caseIdOf(c.req.valid('param').id);
    const worker = workerOf(c);
    const detail = await findCaseDetail(db.orm, c.get('workspace').id, id, worker.department ?? undefined);
    if (!detail) throw notFound(`case ${id}`, ['params', 'id']);
    const mask = await personalDataMask(c);
    return c.json(
      {
        ...detail,
        customer: { ...detail.customer, attributes: mask(detail.customer.attributes) ?? {} },
        moments: detail.moments.map((m) => ({ ...m, attributes: mask(m.attributes) })),
      },
      200,
    );
  });

  app.openapi(bulkAssign, async (c) => {
    const { ids, assignee } = c.req.valid('json');
    const workspaceId = c.get('workspace').id;
    const worker = workerOf(c);
    const rows = await assignCases(db, workspaceId, ids, worker, assignee);
    const summaries = await Promise.all(rows.map((r) => findCaseSummary(db.orm, workspaceId, r.id)));
    return c.json({ cases: summaries.filter((s) => s !== undefined) }, 200);
  });

  /** Answers an action with the case as it is after it. */
  const present = async (c: Context<TAppEnv>, id: number) => {
    const summary = await findCaseSummary(db.orm, c.get('workspace').id, id);
    if (!summary) throw notFound(`case ${id}`, ['params', 'id']);
    return summary;
  };
  const moves: Array<[typeof acknowledge, TCaseState]> = [
    [acknowledge, 'acknowledged'],
    [start, 'in_progress'],
    [close, 'closed'],
    [reopen, 'reopened'],
  ];
  for (const [route, to] of moves) {
    app.openapi(route, async (c) => {
      const id = caseIdOf(c.req.valid('param').id);
      await actOnCase(db, c.get('workspace').id, id, workerOf(c), to, c.req.valid('json').note);
      return c.json(await present(c, id), 200);
    });
  }
  app.openapi(resolve, async (c) => {
    const id = caseIdOf(c.req.valid('param').id);
    const body = c.req.valid('json');
    if (body.rootCause != null) await assertRootCause(c, id, body.rootCause);
    await resolveCase(db, c.get('workspace').id, id, workerOf(c), {
      text: body.resolution,
      rootCause: body.rootCause ?? null,
    });
    return c.json(await present(c, id), 200);
  });
  app.openapi(note, async (c) => {
    const id = caseIdOf(c.req.valid('param').id);
    await addCaseNote(db, c.get('workspace').id, id, workerOf(c), c.req.valid('json').note);
    return c.json(await present(c, id), 200);
  });
  app.openapi(assign, async (c) => {
    const id = caseIdOf(c.req.valid('param').id);
    await assignCases(db, c.get('workspace').id, [id], workerOf(c), c.req.valid('json').assignee);
    return c.json(await present(c, id), 200);
  });
}
