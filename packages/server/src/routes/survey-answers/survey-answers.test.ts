import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { installPackAlertRules } from '../../cases/alert-rules-store.ts';
import { queryRows } from '../../storage/database.ts';
import { optOutDigest } from '../../survey-answers/opt-out.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, clientWith, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import type { TAppWithAuth } from '../../app.ts';
import { runJobsAfterAnswers } from '../../testing/answer-jobs.ts';
import { REQUESTS_PER_LINK_PER_MINUTE } from './route.ts';

type TLinkReport = {
  version: number;
  created: number;
  refused: number;
  links: Array<{ customer: string; status: string; url?: string; code?: string; expiresAt?: string }>;
};
type TMoment = {
  eventId: string;
  touchpoint: string;
  rating: number | null;
  comment: string | null;
  experience: number | null;
  sentiment: { label: string } | null;
};

const definition = {
  title: { default: 'After the repair', 'zh-cn': '维修之后' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'visit',
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'touchpoint_rating', touchpoint: 'visit' },
        },
        { type: 'comment', name: 'visit_why', mot: { role: 'touchpoint_comment', touchpoint: 'visit' } },
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
        { type: 'radiogroup', name: 'channel', choices: ['phone', 'app', { value: 'store', text: 'Store' }] },
        { type: 'checkbox', name: 'topics', choices: ['price', 'speed'] },
      ],
    },
  ],
};

const tokenOf = (url: string | undefined) => url?.split('/s/')[1] ?? '';

forEachDatabase('survey answers', (getDb) => {
  let call: TTestClient;
  let anonymous: TTestClient;
  let app: TAppWithAuth;
  let workspaceId: string;

  before(async () => {
    ({ call, app, workspaceId } = await setUpWorkspace(getDb()));
    anonymous = clientWith(app, {});
    await installPackAlertRules(getDb(), workspaceId, 'telecom');
    const created = await call('POST', '/api/surveys', {
      key: 'after-repair',
      name: 'After the repair',
      journey: 'repair',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });

  /**
   * Runs the jobs due, the answers' ingestion among them (the server's job runner does this within a second
   * of the submission), and returns what the answer became.
   */
  const ingest = async (answer: string) => {
    await runJobsAfterAnswers(getDb());
    const [row] = await queryRows<{ ingest_summary: unknown }>(
      getDb().orm,
      sql`select ingest_summary from survey_answers where id = ${answer} and ingested_at is not null`,
    );
    return row?.ingest_summary;
  };

  const mint = async (links: Array<Record<string, unknown>>) => {
    const res = await call('POST', '/api/surveys/after-repair/links', { links });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as TLinkReport;
  };

  test('links are minted for an active survey only, each a distinct 256-bit token kept as its hash', async () => {
    assertError(
      await call('POST', '/api/surveys/after-repair/links', { links: [{ customer: 'c-0' }] }),
      409,
      'invalid_transition',
      ['params', 'key'],
    );
    assert.equal((await call('PATCH', '/api/surveys/after-repair', { status: 'active' })).status, 200);
    const report = await mint([{ customer: 'c-1', episode: 'e-1' }, { customer: 'c-2' }]);
    assert.deepEqual([report.version, report.created, report.refused], [1, 2, 0]);
    const [a, b] = report.links;
    assert.match(a?.url ?? '', /^http:\/\/localhost\/s\/[A-Za-z0-9_-]{43}$/);
    assert.notEqual(tokenOf(a?.url), tokenOf(b?.url));
    // 30 days by default.
    const days = (Date.parse(a?.expiresAt ?? '') - Date.now()) / 86_400_000;
    assert.ok(days > 29.9 && days <= 30, String(days));
    const stored = await queryRows<{ token_hash: string }>(
      getDb().orm,
      sql`select token_hash from survey_links where workspace_id = ${workspaceId}`,
    );
    assert.ok(stored.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash)));
    assert.ok(!stored.some((r) => r.token_hash.includes(tokenOf(a?.url))));
    assertError(
      await call('POST', '/api/surveys/nope/links', { links: [{ customer: 'x' }] }),
      404,
      'not_found',
    );
  });

  test('a customer reads the survey, keeps partial answers, submits once (answered at once, ingested by its job); the answer becomes a moment and the outcome, and a detractor opens a case', async () => {
    const [link] = (await mint([{ customer: 'c-3', episode: 'e-3', language: 'zh-CN' }])).links;
    const token = tokenOf(link?.url);
    const read = await anonymous('GET', `/api/public/surveys/${token}`);
    assert.equal(read.status, 200, JSON.stringify(read.body));
    const survey = read.body as { language: string; version: number; partial: unknown; definition: unknown };
    assert.deepEqual([survey.language, survey.version, survey.partial], ['zh-CN', 1, {}]);
    assert.deepEqual(survey.definition, definition);

    const kept = await anonymous('PUT', `/api/public/surveys/${token}/partial`, { answers: { visit: 2 } });
    assert.equal(kept.status, 200, JSON.stringify(kept.body));
    assert.deepEqual(
      ((await anonymous('GET', `/api/public/surveys/${token}`)).body as { partial: unknown }).partial,
      { visit: 2 },
    );

    const answers = {
      visit: 2,
      visit_why: 'The technician was late and rude',
      nps: 3,
      channel: 'store',
      topics: ['speed'],
    };
    const submitted = await anonymous('POST', `/api/public/surveys/${token}`, { answers });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const body = submitted.body as { answer: string; ingested: unknown };
    assert.equal(body.ingested, null);

    // Second submission and reading again: polite 409 in the link's language.
    const again = await anonymous('POST', `/api/public/surveys/${token}`, { answers });
    assertError(again, 409, 'already_answered');
    assert.equal((again.body as { language: string }).language, 'zh-CN');
    assertError(await anonymous('GET', `/api/public/surveys/${token}`), 409, 'already_answered');
    assertError(
      await anonymous('PUT', `/api/public/surveys/${token}/partial`, { answers }),
      409,
      'already_answered',
    );

    // Stored, not ingested yet: the submission never waits for the MOT model.
    const [waiting] = await queryRows<{ n: number }>(
      getDb().orm,
      sql`select count(*)::int as n from moments where workspace_id = ${workspaceId}
          and event_id like ${`survey:${body.answer}:%`}`,
    );
    assert.equal(waiting?.n, 0);
    assert.deepEqual(await ingest(body.answer), { moments: 1, outcome: true, comments: 0 });

    // The rating is the moment's rating at the visit, its comment scored by the text analytics.
    const timeline = (await call('GET', '/api/customers/c-3/timeline')).body as { moments: TMoment[] };
    const moment = timeline.moments.find((m) => m.eventId === `survey:${body.answer}:visit`);
    assert.ok(moment, JSON.stringify(timeline.moments));
    assert.deepEqual([moment.touchpoint, moment.rating, moment.comment], ['visit', 2, answers.visit_why]);
    assert.equal(moment.sentiment?.label, 'negative');
    assert.ok(moment.experience !== null && moment.experience < 0, String(moment.experience));
    const [outcome] = await queryRows<{ nps: number; event_id: string }>(
      getDb().orm,
      sql`select o.nps, o.event_id from episode_outcomes o join episodes e
          on e.workspace_id = o.workspace_id and e.id = o.episode_id
          where o.workspace_id = ${workspaceId} and e.key = 'e-3'`,
    );
    assert.deepEqual(outcome, { nps: 3, event_id: `survey:${body.answer}` });
    const cases = (await call('GET', '/api/cases?customer=c-3')).body as {
      total: number;
      cases: Array<{ trigger?: unknown }>;
    };
    assert.ok(cases.total >= 1, JSON.stringify(cases));
    const alerts = await queryRows<{ kind: string }>(
      getDb().orm,
      sql`select kind from alerts where workspace_id = ${workspaceId} and source = 'answer'`,
    );
    assert.ok(
      alerts.some((a) => a.kind === 'nps_detractor'),
      JSON.stringify(alerts),
    );
  });

  test("an answer keeps what the episode's outcome has from other sources and the survey does not ask", async () => {
    const sent = await call('POST', '/api/outcomes', {
      outcomes: [{ journey: 'repair', customer: 'c-11', episode: 'e-11', overall: 8, churned: true }],
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    const [link] = (await mint([{ customer: 'c-11', episode: 'e-11' }])).links;
    const token = tokenOf(link?.url);
    const submitted = await anonymous('POST', `/api/public/surveys/${token}`, { answers: { nps: 9 } });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    assert.deepEqual(await ingest((submitted.body as { answer: string }).answer), {
      moments: 0,
      outcome: true,
      comments: 0,
    });
    const [outcome] = await queryRows<{ overall: number; nps: number; churned: boolean }>(
      getDb().orm,
      sql`select o.overall, o.nps, o.churned from episode_outcomes o join episodes e
          on e.workspace_id = o.workspace_id and e.customer_id = o.customer_id and e.id = o.episode_id
          where o.workspace_id = ${workspaceId} and e.key = 'e-11'`,
    );
    assert.deepEqual(outcome, { overall: 8, nps: 9, churned: true });
  });

  test('answers that do not fit the survey are refused naming the question', async () => {
    const [link] = (await mint([{ customer: 'c-4', episode: 'e-4' }])).links;
    const token = tokenOf(link?.url);
    const post = (answers: Record<string, unknown>) =>
      anonymous('POST', `/api/public/surveys/${token}`, { answers });
    assertError(await post({ visit: 6 }), 400, 'invalid_input', ['answers', 'visit']);
    assertError(await post({ visit: 2.5 }), 400, 'invalid_input', ['answers', 'visit']);
    assertError(await post({ nps: '9' }), 400, 'invalid_input', ['answers', 'nps']);
    assertError(await post({ channel: 'fax' }), 400, 'invalid_input', ['answers', 'channel']);
    assertError(await post({ topics: ['speed', 'colour'] }), 400, 'invalid_input', ['answers', 'topics']);
    assertError(await post({ unknown: 1 }), 400, 'invalid_input', ['answers', 'unknown']);
    assertError(await post({ visit_why: 'a\u0000b' }), 400, 'invalid_input', ['answers', 'visit_why']);
    const bad = await post({ visit: 6 });
    assert.match((bad.body as { error: { message: string } }).error.message, /"visit".*6 is outside 1\.\.5/);
    // Still open after the refusals.
    assert.equal((await post({ visit: 5 })).status, 201);
  });

  test('two submissions at once store one answer and one moment', async () => {
    const [link] = (await mint([{ customer: 'c-5', episode: 'e-5' }])).links;
    const token = tokenOf(link?.url);
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        anonymous('POST', `/api/public/surveys/${token}`, { answers: { visit: 4 } }),
      ),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409, 409, 409]);
    const answer = (results.find((r) => r.status === 201)?.body as { answer: string }).answer;
    assert.deepEqual(await ingest(answer), { moments: 1, outcome: false, comments: 0 });
    const [count] = await queryRows<{ answers: number; moments: number }>(
      getDb().orm,
      sql`select (select count(*)::int from survey_answers a where a.workspace_id = ${workspaceId} and a.customer = 'c-5') as answers,
                 (select count(*)::int from moments m join customers c on c.workspace_id = m.workspace_id and c.id = m.customer_id
                   where m.workspace_id = ${workspaceId} and c.external_id = 'c-5') as moments`,
    );
    assert.deepEqual(count, { answers: 1, moments: 1 });
  });

  test('an expired link answers 410; an unknown one 404', async () => {
    const [link] = (await mint([{ customer: 'c-6', expiresInDays: 1 }])).links;
    const token = tokenOf(link?.url);
    await getDb().orm.execute(
      sql`update survey_links set expires_at = now() - interval '1 minute' where workspace_id = ${workspaceId} and customer = 'c-6'`,
    );
    assertError(await anonymous('GET', `/api/public/surveys/${token}`), 410, 'link_expired');
    assertError(
      await anonymous('POST', `/api/public/surveys/${token}`, { answers: { visit: 1 } }),
      410,
      'link_expired',
    );
    assertError(await anonymous('GET', `/api/public/surveys/${'x'.repeat(43)}`), 404, 'not_found');
    assertError(await anonymous('GET', '/api/public/surveys/short'), 404, 'not_found');
  });

  test('a customer who unsubscribes is never sent a link again; the rest of the batch is minted', async () => {
    const [link] = (await mint([{ customer: 'c-7' }])).links;
    const res = await anonymous('POST', `/api/public/surveys/${tokenOf(link?.url)}/unsubscribe`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(
      (await anonymous('POST', `/api/public/surveys/${tokenOf(link?.url)}/unsubscribe`)).status,
      200,
    );
    const report = await mint([
      { customer: 'c-8' },
      { customer: 'c-7' },
      { customer: 'c-9', journey: 'nope' },
    ]);
    assert.deepEqual(
      report.links.map((l) => [l.customer, l.status, l.code]),
      [
        ['c-8', 'created', undefined],
        ['c-7', 'refused', 'opted_out'],
        ['c-9', 'refused', 'unknown_journey'],
      ],
    );
  });

  test('erasing a customer erases their links and answers, not their opt-out', async () => {
    const count = async (table: string, customer: string) =>
      (
        await queryRows<{ n: number }>(
          getDb().orm,
          sql`select count(*)::int as n from ${sql.raw(table)} where workspace_id = ${workspaceId} and customer = ${customer}`,
        )
      )[0]?.n;
    const [link] = (await mint([{ customer: 'c-10', episode: 'e-10' }])).links;
    const token = tokenOf(link?.url);
    assert.equal(
      (await anonymous('POST', `/api/public/surveys/${token}`, { answers: { visit: 4 } })).status,
      201,
    );
    assert.equal((await anonymous('POST', `/api/public/surveys/${token}/unsubscribe`)).status, 200);
    assert.deepEqual(
      [
        await count('survey_links', 'c-10'),
        await count('survey_answers', 'c-10'),
        await count('survey_opt_outs', 'c-10'),
      ],
      [1, 1, 1],
    );
    assert.equal((await call('DELETE', '/api/customers/c-10')).status, 200);
    assert.deepEqual(
      [
        await count('survey_links', 'c-10'),
        await count('survey_answers', 'c-10'),
        await count('survey_opt_outs', 'c-10'),
      ],
      [0, 0, 0],
    );
    assertError(await anonymous('GET', `/api/public/surveys/${token}`), 404, 'not_found');
  });

  test('CSAT, CES and churn intent become the outcome (a low CSAT the low overall that opens a case); a comment of no touchpoint is scored and kept', async () => {
    const quick = {
      pages: [
        {
          name: 'p',
          elements: [
            { type: 'rating', name: 'csat', rateMin: 1, rateMax: 5, mot: { role: 'csat' } },
            { type: 'rating', name: 'ces', rateMin: 1, rateMax: 7, mot: { role: 'ces' } },
            { type: 'rating', name: 'leave', rateMin: 1, rateMax: 5, mot: { role: 'churn_intent' } },
            { type: 'comment', name: 'why', mot: { role: 'comment' } },
          ],
        },
      ],
    };
    const created = await call('POST', '/api/surveys', {
      key: 'quick-csat',
      name: 'Quick CSAT',
      journey: 'repair',
      status: 'active',
      definition: quick,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // The episode the survey follows: a visit rated fine, which opens nothing.
    const visit = await call('POST', '/api/moments', {
      moments: [
        {
          eventId: 'v-20',
          journey: 'repair',
          touchpoint: 'visit',
          customer: 'c-20',
          episode: 'e-20',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          rating: 4,
        },
      ],
    });
    assert.equal(visit.status, 200, JSON.stringify(visit.body));
    assert.equal(((await call('GET', '/api/cases?customer=c-20')).body as { total: number }).total, 0);
    const minted = await call('POST', '/api/surveys/quick-csat/links', {
      links: [{ customer: 'c-20', episode: 'e-20' }],
    });
    const token = tokenOf((minted.body as TLinkReport).links[0]?.url);
    const answers = { csat: 1, ces: 2, leave: 5, why: '等了两个小时，师傅态度很差，太失望了' };
    const submitted = await anonymous('POST', `/api/public/surveys/${token}`, { answers });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const body = submitted.body as { answer: string; ingested: unknown };
    assert.equal(body.ingested, null);
    assert.deepEqual(await ingest(body.answer), { moments: 0, outcome: true, comments: 1 });
    const [outcome] = await queryRows<Record<string, number | null>>(
      getDb().orm,
      sql`select o.overall, o.nps, o.csat, o.ces, o.churn_intent from episode_outcomes o join episodes e
          on e.workspace_id = o.workspace_id and e.customer_id = o.customer_id and e.id = o.episode_id
          where o.workspace_id = ${workspaceId} and e.key = 'e-20'`,
    );
    assert.deepEqual(outcome, { overall: 1, nps: null, csat: 1, ces: 2, churn_intent: 5 });
    const [stored] = await queryRows<{
      comment_scores: Array<{ question: string; sentiment: { label: string } }>;
    }>(getDb().orm, sql`select comment_scores from survey_answers where id = ${body.answer}`);
    assert.deepEqual(
      stored?.comment_scores.map((c) => [c.question, c.sentiment.label]),
      [['why', 'negative']],
    );
    // The low overall goes through the alert rules: a case in the inbox for this customer, at the visit.
    const alerts = await queryRows<{ kind: string }>(
      getDb().orm,
      sql`select a.kind from alerts a join customers c on c.workspace_id = a.workspace_id and c.id = a.customer_id
          where a.workspace_id = ${workspaceId} and a.source = 'answer' and c.external_id = 'c-20'`,
    );
    assert.deepEqual(
      alerts.map((a) => a.kind),
      ['low_score'],
    );
    const inbox = (await call('GET', '/api/cases?customer=c-20')).body as {
      total: number;
      cases: Array<{ touchpoint: { key: string } }>;
    };
    assert.equal(inbox.total, 1, JSON.stringify(inbox));
    assert.equal(inbox.cases[0]?.touchpoint.key, 'visit');
  });

  test('a survey of comments only, with no journey, stores and scores its comment', async () => {
    const created = await call('POST', '/api/surveys', {
      key: 'open-comment',
      name: 'Open comment',
      status: 'active',
      definition: {
        pages: [{ name: 'p', elements: [{ type: 'comment', name: 'c', mot: { role: 'comment' } }] }],
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const minted = await call('POST', '/api/surveys/open-comment/links', { links: [{ customer: 'c-21' }] });
    const token = tokenOf((minted.body as TLinkReport).links[0]?.url);
    const submitted = await anonymous('POST', `/api/public/surveys/${token}`, {
      answers: { c: 'The staff were friendly and quick, great service' },
    });
    assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
    const body = submitted.body as { answer: string; ingested: unknown };
    assert.equal(body.ingested, null);
    assert.deepEqual(await ingest(body.answer), { moments: 0, outcome: false, comments: 1 });
    const [stored] = await queryRows<{
      comment_scores: Array<{ sentiment: { label: string; score: number } }>;
    }>(getDb().orm, sql`select comment_scores from survey_answers where id = ${body.answer}`);
    assert.equal(stored?.comment_scores[0]?.sentiment.label, 'positive');
  });

  test('erasing a customer known only by survey links erases them; the opt-out stays as a digest and is still honoured', async () => {
    const [link] = (await mint([{ customer: 'c-30' }])).links;
    const token = tokenOf(link?.url);
    assert.equal((await anonymous('POST', `/api/public/surveys/${token}/unsubscribe`)).status, 200);
    const erased = await call('DELETE', '/api/customers/c-30');
    assert.equal(erased.status, 200, JSON.stringify(erased.body));
    assert.deepEqual((erased.body as { erased: Record<string, number> }).erased, {
      customers: 0,
      episodes: 0,
      moments: 0,
      breaches: 0,
      outcomes: 0,
      surveyLinks: 1,
      surveyAnswers: 0,
      invitations: 0,
      invitationDeliveries: 0,
    });
    const optOuts = await queryRows<{ customer: string; link_id: string | null }>(
      getDb().orm,
      sql`select customer, link_id from survey_opt_outs where workspace_id = ${workspaceId}
          and customer in ('c-30', ${optOutDigest(workspaceId, 'c-30')})`,
    );
    assert.deepEqual(optOuts, [{ customer: optOutDigest(workspaceId, 'c-30'), link_id: null }]);
    assert.match(optOuts[0]?.customer ?? '', /^sha256:[0-9a-f]{64}$/);
    assertError(await anonymous('GET', `/api/public/surveys/${token}`), 404, 'not_found');
    const again = await mint([{ customer: 'c-30' }]);
    assert.deepEqual(
      again.links.map((l) => [l.status, l.code]),
      [['refused', 'opted_out']],
    );
    // Nothing of them left: erasing again is 404.
    assertError(await call('DELETE', '/api/customers/c-30'), 404, 'not_found');
    assertError(await call('DELETE', '/api/customers/never-seen'), 404, 'not_found');
  });

  test('links are minted with moments:write (the ingest key), not by a viewer', async () => {
    const ingest = await setUpWorkspace(getDb(), 'ingest');
    assertError(
      await ingest.call('POST', '/api/surveys/after-repair/links', { links: [{ customer: 'x' }] }),
      404,
      'not_found',
    );
    const viewer = await setUpWorkspace(getDb(), 'viewer');
    assertError(
      await viewer.call('POST', '/api/surveys/after-repair/links', { links: [{ customer: 'x' }] }),
      403,
      'forbidden',
    );
  });

  test('one link answers at most REQUESTS_PER_LINK_PER_MINUTE requests a minute; other links from the same address are not slowed', async () => {
    const report = await mint([{ customer: 'c-40' }, { customer: 'c-41' }]);
    const [busy, other] = report.links.map((l) => tokenOf(l.url));
    // The limit is a fixed minute: start far enough from its end for the whole burst to fall in one.
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
    for (let i = 0; i < REQUESTS_PER_LINK_PER_MINUTE; i += 1) {
      const res = await anonymous('GET', `/api/public/surveys/${busy}`);
      assert.equal(res.status, 200, `request ${i + 1}: ${JSON.stringify(res.body)}`);
    }
    const refused = await anonymous('GET', `/api/public/surveys/${busy}`);
    assertError(refused, 429, 'rate_limited');
    assert.match(
      (refused.body as { error: { message: string } }).error.message,
      /at most 120 a minute for one survey link/,
    );
    // The same link written with percent-encoding is the same link.
    const encoded = [...(busy ?? '')].map((ch) => `%${ch.charCodeAt(0).toString(16)}`).join('');
    assertError(await anonymous('GET', `/api/public/surveys/${encoded}`), 429, 'rate_limited');
    assert.equal((await anonymous('GET', `/api/public/surveys/${other}`)).status, 200);
  });
});
