import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SERVQUAL_DIMENSIONS } from '../analytics/servqual.ts';
import { ZJourney } from '../domain/journey.ts';
import { getPack } from '../packs/registry.ts';
import { journeysOf } from '../packs/journeys.ts';
import type { TPack } from '../packs/schema.ts';
import { boundTouchpoints, surveyBindings, ZSurveyDefinition } from './definition.ts';
import type { TSurveyDefinition } from './definition.ts';
import {
  buildSurveyTemplate,
  SURVEY_TEMPLATE_NEEDS,
  SURVEY_TEMPLATES,
  SurveyTemplateError,
} from './templates.ts';

const journey = ZJourney.parse(journeysOf(getPack('tech-after-sales') as TPack)[0]);
const touchpoint = journey.touchpoints[1]?.key ?? '';

const issues = (definition: unknown) =>
  ZSurveyDefinition.safeParse(definition).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

const rating = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'rating',
  name,
  rateMin: 1,
  rateMax: 5,
  ...extra,
});

describe('survey definitions', () => {
  test('a SurveyJS definition with logic, both languages and other SurveyJS properties is accepted as is', () => {
    const definition = {
      title: { default: 'After your call', 'zh-cn': '通话之后' },
      showProgressBar: 'top',
      pages: [
        {
          name: 'p1',
          elements: [
            { ...rating('nps', { rateMin: 0, rateMax: 10, rateType: 'labels' }), mot: { role: 'nps' } },
            { type: 'comment', name: 'why', visibleIf: '{nps} <= 6', mot: { role: 'comment' } },
            { type: 'matrix', name: 'm', columns: [1, 2, 3], rows: [{ value: 'a', text: 'A' }] },
            {
              type: 'radiogroup',
              name: 'again',
              choices: ['yes', 'no'],
              visibleIf: '{m.a} = 3 and {why} notempty',
            },
          ],
        },
      ],
    };
    assert.deepEqual(issues(definition), []);
    assert.deepEqual(ZSurveyDefinition.parse(definition), definition);
  });

  test('problems name their field: duplicate names, unknown names in logic, bounds, bindings', () => {
    const page = (elements: unknown[]) => ({ pages: [{ name: 'p', elements }] });
    assert.deepEqual(issues(page([rating('a'), rating('a')])), [
      ['pages.0.elements.1.name', '"a" is the name of an earlier question'],
    ]);
    assert.deepEqual(issues(page([rating('a', { visibleIf: '{b} > 2' })])), [
      ['pages.0.elements.0.visibleIf', 'names no question of this survey: {b}'],
    ]);
    assert.deepEqual(issues(page([rating('a', { rateMin: 5, rateMax: 1 })])), [
      ['pages.0.elements.0.rateMax', 'must be greater than rateMin'],
    ]);
    assert.deepEqual(issues(page([rating('a', { mot: { role: 'nps' } })])), [
      ['pages.0.elements.0.mot', 'an NPS question is rated 0 to 10 (rateMin 0, rateMax 10)'],
    ]);
    assert.deepEqual(issues(page([{ type: 'comment', name: 'c', mot: { role: 'overall' } }])), [
      ['pages.0.elements.0.mot', 'a "overall" question must be a rating'],
    ]);
    assert.deepEqual(
      issues(page([rating('a', { mot: { role: 'overall' } }), rating('b', { mot: { role: 'overall' } })])),
      [['pages.0.elements.1.mot', 'question "a" already answers overall']],
    );
    assert.equal(issues(page([{ type: 'rating', name: 'a.b' }]))[0]?.[0], 'pages.0.elements.0.name');
    assert.equal(issues(page([{ type: 'slider', name: 'a' }]))[0]?.[0], 'pages.0.elements.0.type');
    assert.equal(issues({ pages: [] })[0]?.[0], 'pages');
    assert.deepEqual(issues(page([{ type: 'html', name: 'h', html: 'Hi', mot: { role: 'comment' } }])), [
      ['pages.0.elements.0.mot', 'a text block answers nothing: it cannot be bound'],
    ]);
    assert.equal(issues(page([{ type: 'text', name: 'a\u0000' }]))[0]?.[0], 'pages.0.elements.0.name');
    // SurveyJS properties mot passes through are checked too: a NUL would fail the database's jsonb.
    assert.equal(
      issues({ ...page([{ type: 'text', name: 'a', placeholder: 'x\u0000' }]), 'cover\u0000': 1 })
        .map(([path]) => path)
        .join(' '),
      'pages.0.elements.0.placeholder cover\u0000',
    );
  });
});

describe('survey templates', () => {
  const build = (template: (typeof SURVEY_TEMPLATES)[number]): TSurveyDefinition =>
    buildSurveyTemplate(
      {
        template,
        touchpoint,
        features: [
          { key: 'voice', name: 'voice guidance', names: { 'zh-CN': '语音引导' } },
          { key: 'receipt', name: 'an e-receipt' },
        ],
      },
      journey,
    );

  test('every template validates, is in both languages, and binds what it asks to the MOT model', () => {
    for (const template of SURVEY_TEMPLATES) {
      const definition = build(template);
      const texts = JSON.stringify(definition).match(/"default":/g)?.length ?? 0;
      const chinese = JSON.stringify(definition).match(/"zh-cn":/g)?.length ?? 0;
      assert.ok(texts > 0 && texts === chinese, `${template}: ${texts} English and ${chinese} Chinese texts`);
      const roles = surveyBindings(definition).map((b) => b.binding.role);
      if (template !== 'kano' && template !== 'servqual') assert.ok(roles.length > 0, template);
    }
    assert.deepEqual(boundTouchpoints(build('post_contact_csat')), [touchpoint]);
    assert.deepEqual(
      surveyBindings(build('post_repair_nps')).map((b) => b.binding.role),
      ['nps', 'touchpoint_comment'],
    );
  });

  test('episode-end overall asks one rating per touchpoint of the journey, not of the recovery callback', () => {
    const keys = boundTouchpoints(build('episode_overall'));
    assert.deepEqual(
      keys,
      journey.touchpoints.map((t) => t.key).filter((k) => k !== 'recovery_callback'),
    );
  });

  test('SERVQUAL: 22 expectation and 22 perception items, by dimension as the analysis reads them', () => {
    const definition = build('servqual');
    const rows = (page: number) =>
      (definition.pages[page]?.elements ?? []).flatMap((q) => (q.type === 'matrix' ? q.rows : []));
    assert.equal(rows(0).length, 22);
    assert.equal(rows(1).length, 22);
    const byDimension = Object.fromEntries(
      (definition.pages[1]?.elements ?? []).map((q) => [
        q.name.slice(2),
        (q.type === 'matrix' ? q.rows : []).map((r) =>
          Number(String((r as { value: string }).value).slice(1)),
        ),
      ]),
    );
    assert.deepEqual(byDimension, SERVQUAL_DIMENSIONS);
  });

  test('a template without what it needs names the missing input', () => {
    for (const [template, need] of Object.entries(SURVEY_TEMPLATE_NEEDS)) {
      if (need === null) continue;
      assert.throws(
        () => buildSurveyTemplate({ template: template as (typeof SURVEY_TEMPLATES)[number] }),
        (e: unknown) =>
          e instanceof SurveyTemplateError && e.path[0] === (need === 'touchpoint' ? 'journey' : need),
        template,
      );
    }
    assert.throws(
      () => buildSurveyTemplate({ template: 'five_c', touchpoint: 'nope' }, journey),
      (e: unknown) =>
        e instanceof SurveyTemplateError &&
        e.path[0] === 'touchpoint' &&
        /has no touchpoint "nope"/.test(e.message),
    );
  });
});
