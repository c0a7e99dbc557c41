import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { installPackAlertRules } from '../cases/alert-rules-store.ts';
import { runJobsOnce } from '../jobs/runner.ts';
import { openDatabase, queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { runJobsAfterAnswers } from '../testing/answer-jobs.ts';
import { setUpWorkspace } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';
import { submitAnswers } from './answers.ts';
import { INGEST_ANSWER_JOB, INGEST_GATHER_MS, INGEST_WAITING_JOB } from './ingest-answer-job.ts';

const definition = {
  pages: [
    {
      name: 'p',
      elements: [
        {
          type: 'rating',
          name: 'visit',
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'touchpoint_rating', touchpoint: 'visit' },
        },
        { type: 'comment', name: 'why', mot: { role: 'touchpoint_comment', touchpoint: 'visit' } },
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
        { type: 'rating', name: 'csat', rateMin: 1, rateMax: 5, mot: { role: 'csat' } },
      ],
    },
  ],
};

const FAST = { backoff: { baseMs: 5, maxMs: 20 }, onError: () => undefined };

forEachDatabase('survey answer ingestion job', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;

  before(async () => {
    ({ call, workspaceId } = await setUpWorkspace(getDb()));
    await installPackAlertRules(getDb(), workspaceId, 'telecom');
    const created = await call('POST', '/api/surveys', {
      key: 'after-visit',
      name: 'After the visit',
      journey: 'repair',
      status: 'active',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
  });

  /** Mints a link per (customer, episode) and returns their tokens. */
  const mint = async (links: Array<{ customer: string; episode: string }>): Promise<string[]> => {
    const res = await call('POST', '/api/surveys/after-visit/links', { links });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return (res.body as { links: Array<{ url?: string }> }).links.map((l) => l.url?.split('/s/')[1] ?? '');
  };

  const answerRow = async (id: string) =>
    (
      await queryRows<{ ingested: boolean; summary: unknown; error: string | null }>(
        getDb().orm,
        sql`select ingested_at is not null as ingested, ingest_summary as summary, ingest_error as error
            from survey_answers where id = ${id}`,
      )
    )[0];

  /** What the answer wrote: its moments, its outcome's event id, and the answer alerts of its customer. */
  const written = async (answer: string, customer: string) =>
    (
      await queryRows<{ moments: number; outcomes: number; alerts: number }>(
        getDb().orm,
        sql`select
              (select count(*)::int from moments where workspace_id = ${workspaceId}
                and event_id like ${`survey:${answer}:%`}) as moments,
              (select count(*)::int from episode_outcomes where workspace_id = ${workspaceId}
                and event_id = ${`survey:${answer}`}) as outcomes,
              (select count(*)::int from alerts a join customers c
                on c.workspace_id = a.workspace_id and c.id = a.customer_id
                where a.workspace_id = ${workspaceId} and c.external_id = ${customer}) as alerts`,
      )
    )[0];

  test('a stored answer waits for its job; the job writes the moment, the outcome and the alerts', async () => {
    const db = getDb();
    const [token] = await mint([{ customer: 'j-1', episode: 'j-e1' }]);
    const submitted = await submitAnswers(db, token ?? '', { visit: 1, why: 'late and rude', nps: 2 });
    assert.equal(submitted.ingested, null);
    // The workspace's job of this quarter of a second, due at its end; no job of the answer's own.
    const jobs = await queryRows<{ kind: string; state: string; workspace_id: string; due_in: number }>(
      db.orm,
      sql`select kind, state, workspace_id,
                 extract(epoch from (run_at - now())) * 1000 as due_in
          from jobs where kind in (${INGEST_WAITING_JOB}, ${INGEST_ANSWER_JOB}) and state = 'pending'`,
    );
    assert.deepEqual(
      jobs.map((j) => [j.kind, j.state, j.workspace_id]),
      [[INGEST_WAITING_JOB, 'pending', workspaceId]],
    );
    assert.ok(Number(jobs[0]?.due_in) <= INGEST_GATHER_MS, `due in ${jobs[0]?.due_in} ms`);
    assert.deepEqual(await written(submitted.answer, 'j-1'), { moments: 0, outcomes: 0, alerts: 0 });
    assert.equal((await answerRow(submitted.answer))?.ingested, false);

    await runJobsAfterAnswers(db);
    assert.deepEqual(await answerRow(submitted.answer), {
      ingested: true,
      summary: { moments: 1, outcome: true, comments: 0 },
      error: null,
    });
    const after = await written(submitted.answer, 'j-1');
    assert.deepEqual([after?.moments, after?.outcomes], [1, 1]);
    assert.ok((after?.alerts ?? 0) >= 2, `a low rating and a detractor: ${after?.alerts} alerts`);
  });

  test('one run ingests the waiting answers in batches, one answer per episode a batch, the later building on the earlier', async () => {
    const db = getDb();
    const batches = async () =>
      (
        await queryRows<{ n: number }>(
          db.orm,
          sql`select count(*)::int as n from audit_log where workspace_id = ${workspaceId}
              and action = 'moments.ingest'`,
        )
      )[0]?.n ?? 0;
    const before = await batches();
    const tokens = await mint([
      { customer: 'b-1', episode: 'b-e1' },
      { customer: 'b-2', episode: 'b-e2' },
      { customer: 'b-3', episode: 'b-e3' },
      { customer: 'b-4', episode: 'b-e4' },
      { customer: 'b-1', episode: 'b-e1' },
    ]);
    const at = Date.now() - 60_000;
    const answers = [
      { visit: 5, nps: 9 },
      { visit: 4, nps: 10 },
      { visit: 5, nps: 9 },
      { visit: 4, nps: 8 },
      // A second survey of the first episode: its CSAT joins the NPS the first gave.
      { visit: 5, csat: 5 },
    ];
    const ids: string[] = [];
    for (const [i, answer] of answers.entries()) {
      const submitted = await submitAnswers(db, tokens[i] ?? '', answer, { at: new Date(at + i * 1000) });
      ids.push(submitted.answer);
    }
    // One job of the workspace takes them all, whichever quarters of a second they were stored in.
    assert.ok((await runJobsAfterAnswers(db)) >= 1);
    assert.equal(
      (await batches()) - before,
      2,
      'the four episodes in one batch, the second answer of b-e1 next',
    );
    for (const id of ids) assert.equal((await answerRow(id))?.ingested, true);
    const [outcome] = await queryRows<{ nps: number; csat: number; event_id: string }>(
      db.orm,
      sql`select o.nps, o.csat, o.event_id from episode_outcomes o join episodes e
          on e.workspace_id = o.workspace_id and e.customer_id = o.customer_id and e.id = o.episode_id
          where o.workspace_id = ${workspaceId} and e.key = 'b-e1'`,
    );
    assert.deepEqual(outcome, { nps: 9, csat: 5, event_id: `survey:${ids[4]}` });
  });

  test('a job thrown after the answer was written, run again, ingests it once (no second moment or alert)', async () => {
    const db = getDb();
    const [token] = await mint([{ customer: 'f-1', episode: 'f-e1' }]);
    const submitted = await submitAnswers(db, token ?? '', { visit: 1, nps: 0 });
    // The database refuses the mark that ends an ingestion: the moment and the outcome are written, the job throws.
    await db.orm.execute(
      sql.raw(`create function refuse_answer_mark() returns trigger language plpgsql as $$
               begin raise exception 'the database went away'; end $$`),
    );
    await db.orm.execute(
      sql.raw(`create trigger refuse_answer_mark before update of ingested_at on survey_answers
               for each row when (new.ingested_at is not null) execute function refuse_answer_mark()`),
    );
    try {
      await runJobsAfterAnswers(db, FAST);
    } finally {
      await db.orm.execute(sql.raw('drop trigger refuse_answer_mark on survey_answers'));
      await db.orm.execute(sql.raw('drop function refuse_answer_mark()'));
    }
    const waitingJob = sql`select state, last_error from jobs where kind = ${INGEST_WAITING_JOB}
                           order by id desc limit 1`;
    const [job] = await queryRows<{ state: string; last_error: string }>(db.orm, waitingJob);
    assert.equal(job?.state, 'pending');
    assert.match(job?.last_error ?? '', /update survey_answers/);
    assert.equal((await answerRow(submitted.answer))?.ingested, false);
    const first = await written(submitted.answer, 'f-1');
    assert.deepEqual([first?.moments, first?.outcomes], [1, 1]);
    assert.ok((first?.alerts ?? 0) >= 2, JSON.stringify(first));

    // Its retry is due after the backoff (at most 20 ms here).
    await new Promise((resolve) => setTimeout(resolve, 50));
    await runJobsOnce(db, FAST);
    const [retried] = await queryRows<{ state: string }>(db.orm, waitingJob);
    assert.equal(retried?.state, 'done');
    assert.equal((await answerRow(submitted.answer))?.ingested, true);
    assert.deepEqual(await written(submitted.answer, 'f-1'), first);
  });

  test('an answer ingestion refuses keeps the reason, is left out of the other batches and fails its own job', async () => {
    const db = getDb();
    const [bad, good] = await mint([
      { customer: 'r-1', episode: 'r-e1' },
      { customer: 'r-2', episode: 'r-e2' },
    ]);
    const refused = await submitAnswers(db, bad ?? '', { visit: 2, nps: 5 });
    // The journey a link named loses the touchpoint the survey rates (an edit after the link was minted).
    await db.orm.execute(
      sql`update survey_answers set journey = 'no-such-journey' where id = ${refused.answer}`,
    );
    const fine = await submitAnswers(db, good ?? '', { visit: 4, nps: 9 });
    await runJobsAfterAnswers(db, { ...FAST, maxAttempts: 1 });
    const row = await answerRow(refused.answer);
    assert.equal(row?.ingested, false);
    assert.match(row?.error ?? '', /refused/);
    assert.equal((await answerRow(fine.answer))?.ingested, true);
    // The refused answer has a job of its own now, due a second later, which tries it alone and fails.
    const ownJob = sql`select state, last_error from jobs where kind = ${INGEST_ANSWER_JOB}
                       and key = ${refused.answer}`;
    assert.equal((await queryRows<{ state: string }>(db.orm, ownJob))[0]?.state, 'pending');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await runJobsOnce(db, { ...FAST, maxAttempts: 1 });
    const [job] = await queryRows<{ state: string; last_error: string }>(db.orm, ownJob);
    assert.equal(job?.state, 'failed');
    assert.match(job?.last_error ?? '', new RegExp(`survey answer ${refused.answer} not ingested`));
    // Internal callers asking for it at once are told null, the answer stored all the same.
    const [third] = await mint([{ customer: 'r-3', episode: 'r-e3' }]);
    const now = await submitAnswers(db, third ?? '', { visit: 3 }, { ingestNow: true });
    assert.deepEqual(now.ingested, { moments: 1, outcome: false, comments: 0 });
  });

  test('an answer stored after the job of its quarter of a second started gets a job of its own, and is ingested', async () => {
    const db = getDb();
    const [token] = await mint([{ customer: 'l-1', episode: 'l-e1' }]);
    // The jobs of this quarter of a second and the next three, as if a runner had claimed them already.
    await db.orm.execute(
      sql`insert into jobs (workspace_id, kind, key, payload, state, run_at, locked_by, locked_until)
          select ${workspaceId}::uuid, ${INGEST_WAITING_JOB}, ${workspaceId}::text || ':' || (q.n + g.i)::text,
                 '{}'::jsonb, 'running', now(), 'elsewhere', now() + interval '1 hour'
          from (select floor(extract(epoch from now()) * 1000 / ${INGEST_GATHER_MS}::bigint)::bigint as n) q,
               generate_series(0, 3) as g(i)
          on conflict (kind, key) do update
          set state = 'running', locked_by = 'elsewhere', locked_until = now() + interval '1 hour'`,
    );
    const submitted = await submitAnswers(db, token ?? '', { visit: 2, nps: 4 });
    const [own] = await queryRows<{ state: string }>(
      db.orm,
      sql`select state from jobs where kind = ${INGEST_ANSWER_JOB} and key = ${submitted.answer}`,
    );
    assert.equal(own?.state, 'pending');
    await runJobsOnce(db);
    assert.equal((await answerRow(submitted.answer))?.ingested, true);
    await db.orm.execute(sql`delete from jobs where locked_by = 'elsewhere'`);
  });

  test('two runners at once ingest every answer once', async () => {
    const db = getDb();
    const other: TDatabase =
      db.kind === 'postgres' ? await openDatabase({ url: db.client.options.connectionString ?? '' }) : db;
    try {
      const customers = Array.from({ length: 24 }, (_, i) => ({ customer: `t-${i}`, episode: `t-e${i}` }));
      const tokens = await mint(customers);
      const ids: string[] = [];
      for (const [i, token] of tokens.entries()) {
        ids.push((await submitAnswers(db, token, { visit: 1 + (i % 5), nps: i % 3 })).answer);
      }
      // Both runners at once, when the answers' jobs are due.
      await new Promise((resolve) => setTimeout(resolve, INGEST_GATHER_MS + 20));
      await Promise.all([runJobsOnce(db), runJobsOnce(other)]);
      for (const [i, id] of ids.entries()) {
        assert.equal((await answerRow(id))?.ingested, true, id);
        const w = await written(id, `t-${i}`);
        assert.deepEqual([w?.moments, w?.outcomes], [1, 1], id);
      }
      // Every answer is a detractor (NPS 0-2): one detractor alert each, never two.
      const [alerts] = await queryRows<{ n: number; customers: number }>(
        db.orm,
        sql`select count(*)::int as n, count(distinct a.customer_id)::int as customers
            from alerts a join customers c on c.workspace_id = a.workspace_id and c.id = a.customer_id
            where a.workspace_id = ${workspaceId} and a.kind = 'nps_detractor' and c.external_id like 't-%'`,
      );
      assert.deepEqual(alerts, { n: 24, customers: 24 });
    } finally {
      if (other !== db) await other.close();
    }
  });
});
