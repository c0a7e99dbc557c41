import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../../testing/http.ts';

type TDetail = {
  key: string;
  name: string;
  journey: string | null;
  template: string | null;
  status: string;
  version: number;
  shownVersion: number;
  questions: number;
  definition: { title?: unknown; pages: Array<{ elements: Array<Record<string, unknown>> }> };
  versions: Array<{ version: number }>;
};

const definition = {
  title: { default: 'After your call', 'zh-cn': '通话之后' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'hotline',
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'touchpoint_rating', touchpoint: 'hotline' },
        },
        { type: 'comment', name: 'why', visibleIf: '{hotline} <= 3', mot: { role: 'comment' } },
      ],
    },
  ],
};

forEachDatabase('survey routes', (getDb) => {
  test('a survey is created, versioned by its definition, exported, imported and deleted; audited', async () => {
    const { call } = await setUpWorkspace(getDb());
    const created = await call('POST', '/api/surveys', {
      key: 'after-call',
      name: 'After the call',
      journey: 'repair',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const survey = created.body as TDetail;
    assert.deepEqual(
      [survey.version, survey.status, survey.questions, survey.template],
      [1, 'draft', 2, null],
    );
    assert.deepEqual(survey.definition, definition);

    // Renaming and activating keep the version; the same definition again too; a new one is version 2.
    const renamed = (
      await call('PATCH', '/api/surveys/after-call', { name: 'After a call', status: 'active', definition })
    ).body as TDetail;
    assert.deepEqual([renamed.name, renamed.status, renamed.version], ['After a call', 'active', 1]);
    const changed = structuredClone(definition);
    changed.pages[0]?.elements.push({ type: 'comment', name: 'more', mot: { role: 'comment' } } as never);
    const v2 = (await call('PATCH', '/api/surveys/after-call', { definition: changed })).body as TDetail;
    assert.deepEqual([v2.version, v2.questions, v2.versions.map((v) => v.version)], [2, 3, [2, 1]]);
    const v1 = (await call('GET', '/api/surveys/after-call?version=1')).body as TDetail;
    assert.deepEqual([v1.version, v1.shownVersion, v1.questions], [2, 1, 3]);
    assert.deepEqual(v1.definition, definition);
    assertError(await call('GET', '/api/surveys/after-call?version=9'), 404, 'not_found', [
      'query',
      'version',
    ]);

    // Exported as a file that imports back into another survey, keeping journey and definition.
    const file = await call('GET', '/api/surveys/after-call/export');
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-disposition') ?? '', /survey-after-call-v2\.json/);
    const exported = file.body as Record<string, unknown> & { mot: Record<string, unknown> };
    assert.deepEqual(exported.mot, {
      format: 'mot-survey',
      key: 'after-call',
      name: 'After a call',
      journey: 'repair',
      version: 2,
    });
    assertError(await call('POST', '/api/surveys', { definition: exported }), 409, 'already_exists', ['key']);
    const imported = await call('POST', '/api/surveys', { key: 'after-call-copy', definition: exported });
    assert.equal(imported.status, 201, JSON.stringify(imported.body));
    const copy = imported.body as TDetail;
    assert.deepEqual([copy.name, copy.journey, copy.version], ['After a call', 'repair', 1]);
    assert.deepEqual(copy.definition, changed);

    const list = (await call('GET', '/api/surveys')).body as { surveys: TDetail[] };
    assert.deepEqual(list.surveys.map((s) => s.key).sort(), ['after-call', 'after-call-copy']);
    assert.equal((await call('DELETE', '/api/surveys/after-call-copy')).status, 204);
    assertError(await call('DELETE', '/api/surveys/after-call-copy'), 404, 'not_found');
    const audit = (await call('GET', '/api/audit?limit=10')).body as { entries: Array<{ action: string }> };
    assert.deepEqual(
      audit.entries.slice(0, 5).map((e) => e.action),
      ['survey.delete', 'survey.create', 'survey.update', 'survey.update', 'survey.create'],
    );
  });

  test('from a template: bound to the journey’s touchpoints, in both languages; what it needs is named', async () => {
    const { call } = await setUpWorkspace(getDb());
    const templates = (await call('GET', '/api/survey-templates')).body as {
      templates: Array<{ template: string; needs: string | null }>;
    };
    assert.equal(templates.templates.length, 7);
    const overall = await call('POST', '/api/surveys', {
      key: 'episode-end',
      name: 'Episode end',
      journey: 'repair',
      template: { template: 'episode_overall' },
    });
    assert.equal(overall.status, 201, JSON.stringify(overall.body));
    const survey = overall.body as TDetail;
    assert.equal(survey.template, 'episode_overall');
    const bound = survey.definition.pages.flatMap((p) => p.elements.map((q) => q['mot']));
    assert.deepEqual(bound, [
      { role: 'overall' },
      { role: 'touchpoint_rating', touchpoint: 'hotline' },
      { role: 'touchpoint_rating', touchpoint: 'visit' },
      { role: 'touchpoint_rating', touchpoint: 'callback' },
      { role: 'comment' },
    ]);
    const servqual = await call('POST', '/api/surveys', {
      key: 'servqual',
      name: 'Service quality',
      template: { template: 'servqual' },
    });
    assert.equal(servqual.status, 201);
    // An expectation and a perception matrix per dimension, then each dimension's importance points.
    assert.equal((servqual.body as TDetail).questions, 15);

    assertError(
      await call('POST', '/api/surveys', {
        key: 'nps',
        name: 'NPS',
        template: { template: 'post_repair_nps' },
      }),
      400,
      'invalid_input',
      ['journey'],
    );
    assertError(
      await call('POST', '/api/surveys', {
        key: 'nps',
        name: 'NPS',
        journey: 'repair',
        template: { template: 'post_repair_nps', touchpoint: 'nope' },
      }),
      400,
      'invalid_input',
      ['template', 'touchpoint'],
    );
    assertError(
      await call('POST', '/api/surveys', { key: 'kano', name: 'KANO', template: { template: 'kano' } }),
      400,
      'invalid_input',
      ['template', 'features'],
    );
  });

  test('bad definitions name their field; bindings must name the journey’s touchpoints', async () => {
    const { call } = await setUpWorkspace(getDb());
    const post = (body: Record<string, unknown>) =>
      call('POST', '/api/surveys', { key: 'bad', name: 'Bad', journey: 'repair', ...body });
    const page = (elements: unknown[]) => ({ pages: [{ name: 'p', elements }] });
    assertError(
      await post({ definition: page([{ type: 'rating', name: 'a', visibleIf: '{b} > 1' }]) }),
      400,
      'invalid_input',
      ['definition', 'pages', 0, 'elements', 0, 'visibleIf'],
    );
    assertError(
      await post({
        definition: page([
          { type: 'rating', name: 'a', mot: { role: 'touchpoint_rating', touchpoint: 'nope' } },
        ]),
      }),
      400,
      'invalid_input',
      ['definition'],
    );
    assertError(
      await post({
        journey: null,
        definition: page([
          { type: 'rating', name: 'a', mot: { role: 'touchpoint_rating', touchpoint: 'visit' } },
        ]),
      }),
      400,
      'invalid_input',
      ['journey'],
    );
    assertError(await post({ journey: 'nope', definition: page([]) }), 400, 'invalid_input', ['journey']);
    assertError(await post({}), 400, 'invalid_input', ['definition']);
    assertError(await post({ definition: page([]), template: { template: 'ces' } }), 400, 'invalid_input', [
      'template',
    ]);
    assertError(
      await post({ definition: page([{ type: 'text', name: 'a', title: 'x\u0000' }]) }),
      400,
      'invalid_input',
    );
  });

  test('analysts build surveys; viewers and agents read them; others never see them', async () => {
    const { call, workspaceId, app } = await setUpWorkspace(getDb());
    assert.equal(
      (await call('POST', '/api/surveys', { key: 's', name: 'S', template: { template: 'ces' } })).status,
      201,
    );
    const as = async (role: 'analyst' | 'viewer' | 'agent' | 'owner') =>
      clientWith(app, bearer(await mintKey(getDb(), workspaceId, role)));
    const analyst = await as('analyst');
    assert.equal((await analyst('PATCH', '/api/surveys/s', { status: 'active' })).status, 200);
    for (const role of ['viewer', 'agent', 'owner'] as const) {
      const client = await as(role);
      assert.equal((await client('GET', '/api/surveys/s')).status, 200, role);
      assertError(await client('PATCH', '/api/surveys/s', { status: 'archived' }), 403, 'forbidden');
    }
    const other = await setUpWorkspace(getDb());
    assertError(await other.call('GET', '/api/surveys/s'), 404, 'not_found');
    assert.deepEqual(((await other.call('GET', '/api/surveys')).body as { surveys: unknown[] }).surveys, []);
  });
});
