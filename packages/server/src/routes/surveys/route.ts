import { createRoute } from '@hono/zod-openapi';
import { SURVEY_TEMPLATE_NEEDS, SURVEY_TEMPLATES } from '@mot/core';
import { secured } from '../../access/authorize.ts';
import type { TApp } from '../../app.ts';
import { invalidInput } from '../../errors.ts';
import type { TDatabase } from '../../storage/database.ts';
import {
  createSurvey,
  deleteSurvey,
  exportSurvey,
  findSurvey,
  listSurveys,
  updateSurvey,
} from '../../surveys/surveys-store.ts';
import { errorResponses, jsonBody, jsonResponse } from '../shared-schema.ts';
import {
  ZSurveyCreateDoc,
  ZSurveyDetail,
  ZSurveyList,
  ZSurveyParams,
  ZStoredDefinition,
  ZSurveyPatchDoc,
  ZSurveyTemplateList,
  ZSurveyVersionQuery,
} from './schema.ts';

const tags = ['surveys'];
const written = { 400: errorResponses[400], 404: errorResponses[404], 409: errorResponses[409] };

const templates = createRoute({
  method: 'get',
  path: '/api/survey-templates',
  tags,
  ...secured('settings:read'),
  summary: 'The survey templates, and what each needs (a touchpoint, a journey or KANO features)',
  responses: { 200: jsonResponse(ZSurveyTemplateList, 'The templates') },
});

const list = createRoute({
  method: 'get',
  path: '/api/surveys',
  tags,
  ...secured('settings:read'),
  summary: "The workspace's surveys, the latest changed first",
  responses: { 200: jsonResponse(ZSurveyList, 'The surveys') },
});

const read = createRoute({
  method: 'get',
  path: '/api/surveys/{key}',
  tags,
  ...secured('settings:read'),
  summary: 'A survey with its definition (the current version, or the one asked for) and its versions',
  request: { params: ZSurveyParams, query: ZSurveyVersionQuery },
  responses: { 200: jsonResponse(ZSurveyDetail, 'The survey'), 404: errorResponses[404] },
});

const exported = createRoute({
  method: 'get',
  path: '/api/surveys/{key}/export',
  tags,
  ...secured('settings:read'),
  summary:
    'A survey as a JSON file: its SurveyJS definition, with its key, name, journey and version under `mot`',
  request: { params: ZSurveyParams, query: ZSurveyVersionQuery },
  responses: {
    200: jsonResponse(ZStoredDefinition, 'The survey file (Content-Disposition: attachment)'),
    404: errorResponses[404],
  },
});

const create = createRoute({
  method: 'post',
  path: '/api/surveys',
  tags,
  ...secured('surveys:manage'),
  summary: 'Create a survey: written, imported from a file exported by mot, or made from a template',
  request: { body: jsonBody(ZSurveyCreateDoc) },
  responses: { 201: jsonResponse(ZSurveyDetail, 'The new survey (version 1)'), ...written },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/surveys/{key}',
  tags,
  ...secured('surveys:manage'),
  summary: 'Change a survey; a definition that differs from the current one becomes the next version',
  request: { params: ZSurveyParams, body: jsonBody(ZSurveyPatchDoc) },
  responses: { 200: jsonResponse(ZSurveyDetail, 'The survey as stored'), ...written },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/surveys/{key}',
  tags,
  ...secured('surveys:manage'),
  summary: 'Delete a survey and its versions',
  request: { params: ZSurveyParams },
  responses: { 204: { description: 'Deleted' }, 404: errorResponses[404] },
});

/** What an imported file says of itself under `mot` (ignored when it is not a mot export). */
function importInfo(definition: Record<string, unknown> | undefined) {
  const info = definition?.['mot'];
  if (!info || typeof info !== 'object') return {};
  const { key, name, journey } = info as Record<string, unknown>;
  return {
    key: typeof key === 'string' ? key : undefined,
    name: typeof name === 'string' ? name : undefined,
    journey: typeof journey === 'string' ? journey : undefined,
  };
}

/** `/api/surveys` and `/api/survey-templates`: SurveyJS definitions bound to the MOT model, versioned. */
export function registerSurveyRoutes(app: TApp, db: TDatabase): void {
  app.openapi(templates, (c) =>
    c.json(
      {
        templates: SURVEY_TEMPLATES.map((template) => ({ template, needs: SURVEY_TEMPLATE_NEEDS[template] })),
      },
      200,
    ),
  );
  app.openapi(list, async (c) => c.json({ surveys: await listSurveys(db.orm, c.get('workspace').id) }, 200));
  app.openapi(read, async (c) =>
    c.json(
      await findSurvey(db.orm, c.get('workspace').id, c.req.valid('param').key, c.req.valid('query').version),
      200,
    ),
  );
  app.openapi(exported, async (c) => {
    const { key } = c.req.valid('param');
    const file = await exportSurvey(db.orm, c.get('workspace').id, key, c.req.valid('query').version);
    c.header('Content-Disposition', `attachment; filename="survey-${key}-v${file.mot.version}.json"`);
    return c.json(file, 200);
  });
  app.openapi(create, async (c) => {
    const body = c.req.valid('json');
    if (body.definition && body.template) {
      throw invalidInput('give a definition or a template, not both', ['template']);
    }
    const info = importInfo(body.definition);
    // What an exported file says of itself is not part of the definition.
    const definition = body.definition ? { ...body.definition } : undefined;
    if (definition) delete definition['mot'];
    const key = body.key ?? info.key;
    const name = body.name ?? info.name;
    if (!key) throw invalidInput('the survey needs a key', ['key']);
    if (!name) throw invalidInput('the survey needs a name', ['name']);
    const survey = await createSurvey(db, c.get('workspace').id, {
      key,
      name,
      journey: body.journey !== undefined ? body.journey : (info.journey ?? null),
      status: body.status,
      definition,
      template: body.template,
    });
    return c.json(survey, 201);
  });
  app.openapi(patch, async (c) =>
    c.json(await updateSurvey(db, c.get('workspace').id, c.req.valid('param').key, c.req.valid('json')), 200),
  );
  app.openapi(remove, async (c) => {
    await deleteSurvey(db, c.get('workspace').id, c.req.valid('param').key);
    return c.body(null, 204);
  });
}
