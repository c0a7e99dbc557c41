import { createRoute } from '@hono/zod-openapi';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { invalidInput } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import { createStudy, listStudies, studyResults } from '../../studies/studies-store.ts';
import { errorResponses, jsonBody, jsonResponse, ZErrorBody } from '../shared-schema.ts';
import {
  ZStudyCreate,
  ZStudyList,
  ZStudyOut,
  ZStudyParams,
  ZStudyResults,
  ZStudyResultsQuery,
} from './schema.ts';

const tags = ['surveys'];

const create = createRoute({
  method: 'post',
  path: '/api/studies',
  tags,
  ...secured('surveys:manage'),
  summary:
    'Create a KANO study from a feature list, or a SERVQUAL study: a survey from the template, marked as a study',
  request: { body: jsonBody(ZStudyCreate) },
  responses: {
    201: jsonResponse(
      ZStudyOut,
      'The study; its survey has the same key (mint links through /api/surveys/{key}/links)',
    ),
    400: errorResponses[400],
    409: errorResponses[409],
  },
});

const list = createRoute({
  method: 'get',
  path: '/api/studies',
  tags,
  ...secured('settings:read'),
  summary: "The workspace's KANO and SERVQUAL studies with their answer counts, the latest changed first",
  responses: { 200: jsonResponse(ZStudyList, 'The studies') },
});

const results = createRoute({
  method: 'get',
  path: '/api/studies/{key}/results',
  tags: ['analysis'],
  ...secured('analyses:read'),
  summary:
    'A study’s results from its stored answers: KANO classes, Better / Worse, strengths and Fong’s test; SERVQUAL gaps per item and dimension with intervals, weighted by importance',
  description:
    'Computed by the same core functions as `mot kano` and `mot servqual` (docs/studies.md), from the answers of every version submitted in the period and language asked for.',
  request: { params: ZStudyParams, query: ZStudyResultsQuery },
  responses: {
    200: jsonResponse(ZStudyResults, 'The results'),
    400: errorResponses[400],
    404: errorResponses[404],
    422: {
      description: 'Too few answers in the period and language (`not_enough_data`)',
      content: { 'application/json': { schema: ZErrorBody } },
    },
  },
});

/** A date (midnight UTC) or a date-time. */
const instant = (value: string | undefined) => (value === undefined ? undefined : new Date(value));

/** `/api/studies`: KANO and SERVQUAL studies run as surveys, and their results. */
export function registerStudyRoutes(app: TApp, db: TDatabase): void {
  app.openapi(create, async (c) => {
    const study = await createStudy(db, c.get('workspace').id, c.req.valid('json'));
    if (!study) throw new Error('a study just created is not listed');
    return c.json(study, 201);
  });
  app.openapi(list, async (c) => c.json({ studies: await listStudies(db.orm, c.get('workspace').id) }, 200));
  app.openapi(results, async (c) => {
    const query = c.req.valid('query');
    const from = instant(query.from);
    const to = instant(query.to);
    if (from && to && to <= from) throw invalidInput('must be after `from`', ['query', 'to']);
    const body = await studyResults(
      db.orm,
      c.get('workspace').id,
      c.req.valid('param').key,
      { from, to, ...(query.language ? { language: query.language } : {}) },
      { ...(query.table ? { table: query.table } : {}), ...(query.rule ? { rule: query.rule } : {}) },
    );
    return c.json(body, 200);
  });
}
