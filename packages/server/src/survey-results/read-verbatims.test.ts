import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { scoreComment } from '../ingest/prepare-moments.ts';
import { runJobsAfterAnswers } from '../testing/answer-jobs.ts';
import { queryRows } from '../storage/database.ts';
import { readMigrations } from '../storage/migrate.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { clientWith, setUpWorkspace } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';

type TVerbatim = {
  customer: string;
  question: string;
  text: string;
  sentiment: { label: string; score: number; confidence: number };
  themes: Array<{ theme: string; score: number; mentions: number }>;
};
type TStored = { question: string; sentiment: { label: string; score: number; confidence: number } };

const definition = {
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'visit_rating',
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'touchpoint_rating', touchpoint: 'visit' },
        },
        { type: 'comment', name: 'visit_why', mot: { role: 'touchpoint_comment', touchpoint: 'visit' } },
        { type: 'comment', name: 'why', mot: { role: 'comment' } },
      ],
    },
  ],
};

const LATE = '师傅迟到了两个小时，态度也很差';
const GREAT = 'Great service, fast and friendly';

forEachDatabase("verbatims: a touchpoint's comment read back as ingestion scored it", (getDb) => {
  let call: TTestClient;
  let anonymous: TTestClient;
  let workspaceId: string;

  const answer = async (customer: string, answers: Record<string, unknown>) => {
    const minted = await call('POST', '/api/surveys/visit/links', {
      links: [{ customer, episode: `E-${customer}`, channel: 'sms' }],
    });
    assert.equal(minted.status, 200, JSON.stringify(minted.body));
    const url = (minted.body as { links: Array<{ url?: string }> }).links[0]?.url ?? '';
    const res = await anonymous('POST', `/api/public/surveys/${url.split('/s/')[1] ?? ''}`, { answers });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };
  const storedOf = async (customer: string) => {
    const [row] = await queryRows<{ comment_scores: TStored[] | null }>(
      getDb().orm,
      sql`select comment_scores from survey_answers where workspace_id = ${workspaceId} and customer = ${customer}`,
    );
    return row?.comment_scores ?? null;
  };
  const verbatims = async () => {
    const res = await call('GET', '/api/surveys/visit/verbatims');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body as { items: TVerbatim[] }).items;
  };
  const pick = (items: TVerbatim[], customer: string, question: string) =>
    items.find((i) => i.customer === customer && i.question === question);

  before(async () => {
    const set = await setUpWorkspace(getDb());
    ({ call, workspaceId } = set);
    anonymous = clientWith(set.app, {});
    const created = await call('POST', '/api/surveys', {
      key: 'visit',
      name: 'After the visit',
      journey: 'repair',
      status: 'active',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await answer('t-1', { visit_rating: 2, visit_why: LATE, why: GREAT });
    await runJobsAfterAnswers(getDb());
  });

  test("ingestion keeps a touchpoint comment's scores with the answer, as its moment keeps them", async () => {
    const [moment] = await queryRows<{
      sentiment: number;
      sentiment_label: string;
      sentiment_confidence: number;
    }>(
      getDb().orm,
      sql`select m.sentiment, m.sentiment_label, m.sentiment_confidence from moments m
          join survey_answers a on m.event_id = 'survey:' || a.id || ':visit'
          where m.workspace_id = ${workspaceId} and a.customer = 't-1'`,
    );
    assert.ok(moment, 'the moment at the visit');
    const stored = await storedOf('t-1');
    const expected = scoreComment(LATE);
    assert.deepEqual(
      stored?.map((s) => [s.question, s.sentiment.label, s.sentiment.score, s.sentiment.confidence]),
      [
        ['why', scoreComment(GREAT)?.label, scoreComment(GREAT)?.score, scoreComment(GREAT)?.confidence],
        ['visit_why', moment.sentiment_label, moment.sentiment, moment.sentiment_confidence],
      ],
    );
    assert.deepEqual([moment.sentiment_label, moment.sentiment], [expected?.label, expected?.score]);
  });

  test('the verbatims read the stored scores of both comments, not scored again', async () => {
    const scores = (label: string, score: number) => ({ label, score, confidence: 0.5, themes: [] });
    await getDb().orm.execute(
      sql`update survey_answers set comment_scores = ${JSON.stringify([
        { question: 'why', sentiment: scores('neutral', 0.01) },
        { question: 'visit_why', sentiment: scores('positive', 0.75) },
      ])}::jsonb
          where workspace_id = ${workspaceId} and customer = 't-1'`,
    );
    const items = await verbatims();
    assert.deepEqual(pick(items, 't-1', 'visit_why')?.sentiment, {
      label: 'positive',
      score: 0.75,
      confidence: 0.5,
    });
    assert.deepEqual(pick(items, 't-1', 'why')?.sentiment, {
      label: 'neutral',
      score: 0.01,
      confidence: 0.5,
    });
  });

  test('an answer not ingested yet has its touchpoint comment scored when read, as ingestion would', async () => {
    await answer('t-2', { visit_rating: 5, visit_why: GREAT });
    assert.equal(await storedOf('t-2'), null);
    const item = pick(await verbatims(), 't-2', 'visit_why');
    const expected = scoreComment(GREAT);
    assert.deepEqual(item?.sentiment, {
      label: expected?.label,
      score: expected?.score,
      confidence: expected?.confidence,
    });
    await runJobsAfterAnswers(getDb());
    assert.deepEqual(
      (await storedOf('t-2'))?.map((s) => [s.question, s.sentiment.label]),
      [['visit_why', expected?.label]],
    );
  });

  test('migration 0025 gives answers ingested before their touchpoint comments scores from their moments', async () => {
    const before = await storedOf('t-2');
    // As ingestion stored it before: the comments of no touchpoint only (t-2 has none).
    await getDb().orm.execute(
      sql`update survey_answers set comment_scores = '[]'::jsonb
          where workspace_id = ${workspaceId} and customer = 't-2'`,
    );
    const migration = readMigrations().find((m) => m.name === '0025_touchpoint_comment_scores');
    assert.ok(migration);
    for (const statement of migration.statements) await getDb().orm.execute(sql.raw(statement));
    assert.deepEqual(await storedOf('t-2'), before);
  });
});
