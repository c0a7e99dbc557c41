import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { setUpWorkspace } from '../testing/http.ts';
import { cursorAfter, findAllResultAnswers, findResultAnswers } from './find-result-answers.ts';
import type { TResultsSurvey } from './results-filter.ts';

// Instants a millisecond cannot tell apart: three answers at one instant, and two more within its millisecond.
const INSTANTS = [
  '2026-11-02 08:00:00.123456+00',
  '2026-11-02 08:00:00.123456+00',
  '2026-11-02 08:00:00.123456+00',
  '2026-11-02 08:00:00.123001+00',
  '2026-11-02 08:00:00.123999+00',
  '2026-11-02 08:00:01+00',
  '2026-11-03 08:00:00.5+00',
];

forEachDatabase('survey result answers, page by page', (getDb) => {
  let survey: TResultsSurvey;

  before(async () => {
    const { call, workspaceId } = await setUpWorkspace(getDb());
    const created = await call('POST', '/api/surveys', {
      key: 'paged',
      name: 'Paged',
      definition: {
        pages: [{ name: 'p', elements: [{ type: 'rating', name: 'r', rateMin: 1, rateMax: 5 }] }],
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const [row] = await queryRows<{ id: string }>(
      getDb().orm,
      sql`select id from surveys where workspace_id = ${workspaceId} and key = 'paged'`,
    );
    survey = { workspaceId, surveyId: row?.id ?? '' };
    for (const [i, at] of INSTANTS.entries()) {
      await getDb().orm.execute(
        sql`with l as (
              insert into survey_links (workspace_id, survey_id, version, token_hash, customer, expires_at, used_at, created_by)
              values (${workspaceId}, ${survey.surveyId}, 1, ${`hash-${i}`}, ${`p-${i}`}, now() + interval '1 day', now(), 'test')
              returning id)
            insert into survey_answers (workspace_id, link_id, survey_id, version, customer, episode, language, answers, submitted_at)
            select ${workspaceId}, l.id, ${survey.surveyId}, 1, ${`p-${i}`}, 'e', 'en', ${JSON.stringify({ r: 1 + (i % 5) })}::jsonb,
                   ${at}::timestamptz
              from l`,
      );
    }
  });

  test('pages of any size read each answer once, oldest first, even when answers share a millisecond or an instant', async () => {
    const all = await findAllResultAnswers(getDb(), survey, {});
    assert.equal(all.length, INSTANTS.length);
    for (const size of [1, 2, 3]) {
      const paged = await findAllResultAnswers(getDb(), survey, {}, { pageSize: size });
      assert.deepEqual(
        paged.map((a) => a.id),
        all.map((a) => a.id),
        `pages of ${size}`,
      );
    }
    // Oldest first, to the microsecond; ties in id order.
    const micros = all.map((a) => BigInt(a.submittedMicros));
    assert.deepEqual(
      micros,
      [...micros].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    assert.equal(all[0]?.submittedMicros, String(Date.parse('2026-11-02T08:00:00.123Z') * 1000 + 1));
    // A page after the last answer is empty.
    const last = all.at(-1);
    assert.ok(last);
    assert.deepEqual(
      await findResultAnswers(getDb(), survey, {}, { limit: 10, after: cursorAfter(last) }),
      [],
    );
  });
});
