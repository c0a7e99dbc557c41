import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { TSurveyDefinition } from '@mot/core';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import { setUpWorkspace } from '../testing/http.ts';
import { findAllResultAnswers } from './find-result-answers.ts';
import { summarizeAnswers } from './read-survey-results.ts';
import { resultQuestions } from './result-questions.ts';
import type { TResultQuestion } from './result-questions.ts';
import type { TResultsFilter, TResultsSurvey } from './results-filter.ts';
import { summarizeInMemory } from '../testing/summarize-in-memory.ts';

// Two versions: the touchpoint rating's scale and the reasons' choices changed, so answers to the first
// carry values the newest version does not list (shown after its choices, in the order they first appear).
const question = (extra: Record<string, unknown>) =>
  extra as TSurveyDefinition['pages'][number]['elements'][number];
const version = (tpMax: number, reasons: string[]): TSurveyDefinition => ({
  pages: [
    {
      name: 'p',
      elements: [
        question({
          type: 'rating',
          name: 'tp',
          rateMin: 1,
          rateMax: tpMax,
          mot: { role: 'touchpoint_rating', touchpoint: 'hotline' },
        }),
        question({ type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } }),
        question({ type: 'rating', name: 'csat', rateMin: 1, rateMax: 5, mot: { role: 'csat' } }),
        question({ type: 'rating', name: 'ces', rateMin: 1, rateMax: 7, mot: { role: 'ces' } }),
        question({ type: 'rating', name: 'stars', rateMin: 1, rateMax: 5 }),
        question({ type: 'checkbox', name: 'reason', choices: reasons }),
        question({ type: 'radiogroup', name: 'pref', choices: ['a', 'b'] }),
        question({ type: 'boolean', name: 'ok' }),
        question({ type: 'matrix', name: 'grid', columns: [1, 2, 3, 4, 5], rows: ['clean', 'quick'] }),
        question({ type: 'matrix', name: 'words', columns: ['lo', 'hi'], rows: ['r1'] }),
        question({ type: 'comment', name: 'why', mot: { role: 'comment' } }),
        question({ type: 'text', name: 'note' }),
      ],
    },
  ],
});
const VERSIONS = [version(10, ['price', 'speed', 'staff']), version(5, ['price', 'speed'])];

// Each answer takes the i-th value (cyclically) of every pool; `undefined` leaves the question out. The
// pools hold what a stored answer can carry beside the usual: a number as text, a value off the scale or
// the choices, an empty text or list, JSON null, a list where one value is asked, repeated choices, a
// matrix row answered with a list or left empty.
const THREE_POINT_O = '__3.0__';
const POOLS: Record<string, unknown[]> = {
  tp: [1, 2, 3, 4, 5, 8, '3', null, '', THREE_POINT_O, 5, 4],
  nps: [10, 9, 0, 6, 7, 8, 3, null, 10, 2, 9],
  csat: [5, 4, 1, [5], 3, 2, undefined],
  ces: [1, 7, 8, 2, 5, 6],
  stars: [4, undefined, 5],
  reason: [
    ['price'],
    ['speed', 'staff'],
    [],
    ['staff', 'price', 'staff'],
    'price',
    ['other'],
    null,
    { x: 1 },
    ['zz', 'other'],
  ],
  pref: ['a', 'b', 'c', '', 'd'],
  ok: [true, false, 'true', undefined],
  grid: [
    { clean: 1, quick: 5 },
    { clean: '', quick: 2 },
    { clean: [1] },
    { quick: 9 },
    {},
    null,
    'abc',
    { clean: 3, quick: 3 },
  ],
  words: [{ r1: 'lo' }, { r1: 'hi' }, { r1: 'mid' }, undefined],
  why: ['slow', '', null, undefined, 'fast'],
  note: ['n', undefined],
};

const CHANNELS = ['sms', 'wechat', 'qr', 'link'];
const ANSWERS = 90;
// Monday 2026-11-02 00:00 in Shanghai; answers every 31 hours, some at an instant another has too, some a
// microsecond either side of a Monday's midnight there.
const START = Date.parse('2026-11-01T16:00:00Z');
const instantOf = (i: number): string => {
  if (i === 40) return '2026-11-08 15:59:59.999999+00';
  if (i === 41) return '2026-11-08 16:00:00+00';
  const at = START + (i % 7 === 3 ? i - 1 : i) * 31 * 3_600_000;
  return new Date(at).toISOString().replace('T', ' ').replace('Z', '+00');
};

/** An answer's JSON text (a 3.0 written as such: jsonb keeps it so, JSON reads it as 3). */
function answersText(i: number): string {
  const answers: Record<string, unknown> = {};
  for (const [name, pool] of Object.entries(POOLS)) {
    const value = pool[(i * 7 + name.length) % pool.length];
    if (value !== undefined) answers[name] = value;
  }
  return JSON.stringify(answers).replace(`"${THREE_POINT_O}"`, '3.0');
}

/** Numbers to ten significant digits: the database's sums and the in-memory ones differ in the last bits. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? Number(value.toPrecision(10)) : value;
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

forEachDatabase('survey results summed by the database', (getDb) => {
  let survey: TResultsSurvey;
  let questions: TResultQuestion[];

  before(async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const [row] = await queryRows<{ id: string }>(
      getDb().orm,
      sql`insert into surveys (workspace_id, key, name, journey, status, current_version, created_by, updated_by)
          values (${workspaceId}, 'summed', 'Summed', 'repair', 'active', 2, 'test', 'test') returning id`,
    );
    survey = { workspaceId, surveyId: row?.id ?? '' };
    for (const [i, definition] of VERSIONS.entries())
      await getDb().orm.execute(
        sql`insert into survey_versions (workspace_id, survey_id, version, definition, created_by)
            values (${workspaceId}, ${survey.surveyId}, ${i + 1}, ${JSON.stringify(definition)}::jsonb, 'test')`,
      );
    questions = resultQuestions(VERSIONS.map((definition) => ({ definition })).reverse(), 'en');
    // Segments: a region on some customers; store S-1 on the QR links; store S-2 on a moment of the
    // episode some answers are about (and on another episode of a customer whose answer is not).
    for (let c = 0; c < 12; c += 1)
      if (c % 3 !== 2)
        await getDb().orm.execute(
          sql`insert into customers (workspace_id, external_id, attributes)
              values (${workspaceId}, ${`c-${c}`}, ${JSON.stringify({ region: c % 3 === 0 ? '华东' : '华南' })}::jsonb)
              on conflict (workspace_id, external_id) do update set attributes = excluded.attributes`,
        );
    for (const [customer, episode] of [
      ['c-1', 'E-1'],
      ['c-4', 'E-4'],
      ['c-5', 'other'],
    ] as const) {
      const res = await call('POST', '/api/moments', {
        moments: [makeMoment({ customer, episode, attributes: { store: 'S-2' } })],
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    for (let i = 0; i < ANSWERS; i += 1) {
      const customer = `c-${i % 12}`;
      const channel = CHANNELS[i % CHANNELS.length] ?? 'link';
      const episode = `E-${i % 12}`;
      await getDb().orm.execute(
        sql`with l as (
              insert into survey_links (workspace_id, survey_id, version, token_hash, customer, episode, journey, channel,
                                        attributes, expires_at, used_at, created_by, created_at)
              values (${workspaceId}, ${survey.surveyId}, ${1 + (i % 2)}, ${`summed-${i}`}, ${customer}, ${episode},
                      'repair', ${channel}, ${channel === 'qr' ? JSON.stringify({ store: 'S-1' }) : null}::jsonb,
                      now() + interval '1 day', now(), 'test', ${instantOf(i)}::timestamptz)
              returning id)
            insert into survey_answers (workspace_id, link_id, survey_id, version, customer, episode, journey, language,
                                        answers, submitted_at)
            select ${workspaceId}, l.id, ${survey.surveyId}, ${1 + (i % 2)}, ${customer}, ${episode}, 'repair',
                   ${i % 3 === 0 ? 'en' : 'zh-CN'}, ${answersText(i)}::jsonb, ${instantOf(i)}::timestamptz
              from l`,
      );
    }
  });

  const FILTERS: Array<[string, TResultsFilter]> = [
    ['every answer', {}],
    ['a customer segment', { segment: { region: '华东' } }],
    ['a link segment', { segment: { store: 'S-1' } }],
    ['a moment segment', { segment: { store: 'S-2' } }],
    ['two attributes on no one source', { segment: { store: 'S-2', region: '华南' } }],
    ['a period', { from: new Date('2026-11-05T00:00:00+08:00'), to: new Date('2026-11-20T00:00:00+08:00') }],
    ['a channel', { channel: 'sms' }],
    ['a language and a version', { language: 'en', version: 1 }],
    [
      'everything at once',
      {
        channel: 'wechat',
        segment: { region: '华南' },
        from: new Date('2026-11-03T00:00:00Z'),
        journey: 'repair',
      },
    ],
    ['nothing selected', { channel: 'email' }],
  ];

  for (const [name, filter] of FILTERS) {
    test(`the counts give the results the answers gave in memory: ${name}`, async () => {
      for (const timeZone of ['Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu']) {
        const summed = await summarizeAnswers(getDb(), survey, filter, questions, timeZone);
        const inMemory = summarizeInMemory(
          questions,
          await findAllResultAnswers(getDb(), survey, filter),
          timeZone,
        );
        assert.deepEqual(rounded(summed), rounded(inMemory), timeZone);
      }
    });
  }

  test('the fixtures reach what they are for', async () => {
    const summed = await summarizeAnswers(getDb(), survey, {}, questions, 'Asia/Shanghai');
    const bars = (q: string) => summed.questions.find((r) => r.name === q)?.distribution.map((b) => b.value);
    // Values off the choices, after them, in the order they first appear.
    assert.deepEqual(bars('reason')?.slice(0, 2), ['price', 'speed']);
    assert.ok(
      bars('reason')?.includes('staff') &&
        bars('reason')?.includes('other') &&
        bars('reason')?.includes('zz'),
    );
    assert.deepEqual(bars('tp')?.slice(0, 5), [1, 2, 3, 4, 5]);
    assert.ok(bars('tp')?.includes(8) && bars('tp')?.includes('3'));
    assert.ok(summed.trend.length >= 8);
    for (const filter of FILTERS.map(([, f]) => f).slice(1, 4))
      assert.ok(
        (await summarizeAnswers(getDb(), survey, filter, questions, 'UTC')).answers > 0,
        JSON.stringify(filter),
      );
  });
});
