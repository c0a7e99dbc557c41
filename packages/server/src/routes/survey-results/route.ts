import { createRoute } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { secured } from '../../access/authorize.ts';
import { assertNoPersonalFilter, personalDataMask } from '../../access/mask.ts';
import type { TApp } from '../../app.ts';
import { invalidInput } from '../../errors.ts';
import type { TAppEnv } from '../../http/middleware.ts';
import type { TDatabase } from '../../storage/database.ts';
import { exportAnswers } from '../../survey-results/export-answers.ts';
import { readSurveyResults } from '../../survey-results/read-survey-results.ts';
import { readVerbatims } from '../../survey-results/read-verbatims.ts';
import type { TResultsFilter } from '../../survey-results/results-filter.ts';
import { ZSurveyParams } from '../surveys/schema.ts';
import { errorResponses, jsonResponse } from '../shared-schema.ts';
import { segmentOf } from './segment-filter.ts';
import { ZExportQuery, ZResultsQuery, ZSurveyResults, ZVerbatimPage, ZVerbatimQuery } from './schema.ts';

const tags = ['surveys'];
const FILTERS =
  'Filter with `from` / `to` (submission; for response rates, when the link was minted), `language`, ' +
  '`channel`, `journey`, `version` and `segment.<attribute>=<value>` (every one equal, as text, on the ' +
  'customer, on the link (a QR code’s store) or on one moment of the answer’s episode; a personal one needs ' +
  '`pii`).';

const results = createRoute({
  method: 'get',
  path: '/api/surveys/{key}/results',
  tags,
  ...secured('analyses:read'),
  summary:
    'A survey’s results: response rates by channel, NPS / CSAT / CES with intervals and weekly trends, distributions',
  description: FILTERS,
  request: { params: ZSurveyParams, query: ZResultsQuery },
  responses: {
    200: jsonResponse(ZSurveyResults, 'The results'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const verbatims = createRoute({
  method: 'get',
  path: '/api/surveys/{key}/verbatims',
  tags,
  ...secured('analyses:read'),
  summary: 'A survey’s text answers, newest first, each with its sentiment and themes',
  description: `${FILTERS} \`sentiment\` keeps one class; \`counts\` counts every class.`,
  request: { params: ZSurveyParams, query: ZVerbatimQuery },
  responses: {
    200: jsonResponse(ZVerbatimPage, 'A page of verbatims'),
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

const exported = createRoute({
  method: 'get',
  path: '/api/surveys/{key}/answers/export',
  tags,
  ...secured('analyses:read'),
  summary:
    'A survey’s answers as CSV or XLSX, one column per question (customer attributes masked without `pii`)',
  description: FILTERS,
  request: { params: ZSurveyParams, query: ZExportQuery },
  responses: {
    200: {
      description: 'The file (Content-Disposition: attachment), streamed',
      content: {
        'text/csv': { schema: { type: 'string' } },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
          schema: { type: 'string', format: 'binary' },
        },
      },
    },
    400: errorResponses[400],
    404: errorResponses[404],
  },
});

/** The filter of a request: its query's, its segment, checked. */
async function filterOf(c: Context<TAppEnv>, query: z.infer<typeof ZResultsQuery>): Promise<TResultsFilter> {
  if (query.from && query.to && Date.parse(query.from) >= Date.parse(query.to))
    throw invalidInput('from must be before to', ['query', 'from']);
  const segment = segmentOf(c.req.url);
  await assertNoPersonalFilter(c, segment);
  return {
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    language: query.language,
    channel: query.channel,
    journey: query.journey,
    version: query.version,
    segment,
  };
}

/** `/api/surveys/{key}/results`, `/verbatims` and `/answers/export`. */
export function registerSurveyResultRoutes(app: TApp, db: TDatabase): void {
  app.openapi(results, async (c) => {
    const query = c.req.valid('query');
    const filter = await filterOf(c, query);
    return c.json(
      await readSurveyResults(db, c.get('workspace').id, c.req.valid('param').key, filter, query.labels),
      200,
    );
  });
  app.openapi(verbatims, async (c) => {
    const query = c.req.valid('query');
    const filter = await filterOf(c, query);
    const page = await readVerbatims(
      db,
      c.get('workspace').id,
      c.req.valid('param').key,
      filter,
      query,
      query.labels,
    );
    return c.json(page, 200);
  });
  app.openapi(exported, async (c) => {
    const query = c.req.valid('query');
    const filter = await filterOf(c, query);
    const file = await exportAnswers(db, c.get('workspace').id, c.req.valid('param').key, filter, {
      format: query.format,
      labels: query.labels,
      mask: await personalDataMask(c),
    });
    c.header('Content-Type', file.contentType);
    c.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(file.body, 200);
  });
}
