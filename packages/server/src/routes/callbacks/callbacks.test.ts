import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEFAULT_CALLBACK_SETTINGS } from '@mot/core';
import { sql } from 'drizzle-orm';
import { putMembership } from '../../access/memberships.ts';
import { installPackAlertRules } from '../../cases/alert-rules-store.ts';
import { transitionCase } from '../../cases/index.ts';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
import { runJobsOnce } from '../../jobs/index.ts';
import { queryRows } from '../../storage/database.ts';
import { putJourney } from '../../storage/put-journey.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeJourney, makeMoment } from '../../testing/factories.ts';
import { assertError, clientWith, createTestUser, setUpWorkspace, signIn } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

type TCallback = {
  id: number;
  caseId: number | null;
  assignee: string | null;
  state: string;
  attempts: number;
  nextAttemptAt: string | null;
  solved: boolean | null;
};
type TPage = { callbacks: TCallback[]; total: number };

const RECOVERY_CALLBACK = {
  key: 'recovery_callback',
  name: 'Recovery callback',
  stage: 'fix',
  channel: 'phone' as const,
  owner: 'Quality',
  ratingScale: { min: 1, max: 5 },
  measures: [{ key: 'solved', unit: 'boolean', direction: 'higher_is_better' as const }],
};

forEachDatabase('callbacks: planned on resolving, worked by agents, recorded as moments', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;
  let asAgent: TTestClient;
  let asOtherAgent: TTestClient;
  let agentId: string;
  let app: Awaited<ReturnType<typeof setUpWorkspace>>['app'];

  /** Opens a case with a breach for a customer and resolves it through the API; returns the case id. */
  async function resolvedCase(customer: string): Promise<number> {
    await ingestMoments(getDb(), workspaceId, [
      makeMoment({ customer, episode: `${customer}-e`, measures: { wait_seconds: 400 } }),
    ]);
    const id = (
      (await call('GET', `/api/cases?customer=${customer}`)).body as { cases: Array<{ id: number }> }
    ).cases[0]?.id as number;
    assert.equal((await call('POST', `/api/cases/${id}/acknowledge`, {})).status, 200);
    const res = await call('POST', `/api/cases/${id}/resolve`, {
      resolution: 'Hotline staffed up',
      rootCause: null,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return id;
  }

  async function caseState(id: number): Promise<string> {
    const [row] = await queryRows<{ state: string }>(
      getDb().orm,
      sql`select state from cases where workspace_id = ${workspaceId} and id = ${id}`,
    );
    return row?.state ?? '';
  }

  before(async () => {
    const db = getDb();
    ({ call, workspaceId, app } = await setUpWorkspace(db));
    const journey = makeJourney();
    await putJourney(db, workspaceId, {
      ...journey,
      touchpoints: [...(journey.touchpoints ?? []), RECOVERY_CALLBACK],
    });
    await installPackAlertRules(db, workspaceId, 'telecom');
    const agent = await createTestUser(db, app, { workspaceId, role: 'agent' });
    agentId = agent.id;
    asAgent = clientWith(app, { cookie: (await signIn(app, agent.email, agent.password)).cookie ?? '' });
    // Created after the first callback is planned below, so the first goes to the first agent.
    const other = await createTestUser(db, app, { workspaceId, role: 'agent' });
    asOtherAgent = clientWith(app, { cookie: (await signIn(app, other.email, other.password)).cookie ?? '' });
    await getDb().orm.execute(sql`update memberships set role = 'viewer' where user_id = ${other.id}`);
  });

  test('resolving plans a callback with its script; an agent records not reached, then solved: the case closes and the call is a moment', async () => {
    const caseId = await resolvedCase('cb-1');
    const page = (await call('GET', `/api/callbacks?case=${caseId}`)).body as TPage;
    assert.equal(page.total, 1);
    const cb = page.callbacks[0] as TCallback;
    assert.equal(cb.assignee, agentId);
    assert.ok(cb.state === 'planned' || cb.state === 'due');
    const detail = (await call('GET', `/api/callbacks/${cb.id}?lang=en`)).body as {
      script: { apology: string; action: string };
      case: { id: number; state: string };
      language: string;
    };
    assert.equal(detail.language, 'en');
    assert.match(detail.script.apology, /"Hotline"/);
    assert.match(detail.script.apology, /400 s.*300 s/);
    assert.match(detail.script.action, /Hotline staffed up/);
    assert.equal(detail.case.state, 'awaiting_callback');
    const zh = (await call('GET', `/api/callbacks/${cb.id}`)).body as { script: { solvedQuestion: string } };
    assert.equal(zh.script.solvedQuestion, '请问您的问题现在解决了吗？');

    assert.equal(((await asAgent('GET', '/api/callbacks?mine=true')).body as TPage).total, 1);
    let res = await asAgent('POST', `/api/callbacks/${cb.id}/attempts`, {
      reached: false,
      note: 'no answer',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((res.body as TCallback).attempts, 1);
    assert.equal(
      (res.body as TCallback).state === 'planned' || (res.body as TCallback).state === 'due',
      true,
    );
    assertError(
      await asAgent('POST', `/api/callbacks/${cb.id}/attempts`, { reached: true }),
      400,
      'invalid_input',
      ['solved'],
    );
    assertError(
      await asAgent('POST', `/api/callbacks/${cb.id}/attempts`, {
        reached: true,
        solved: true,
        satisfaction: 6,
      }),
      400,
      'invalid_input',
      ['satisfaction'],
    );
    res = await asAgent('POST', `/api/callbacks/${cb.id}/attempts`, {
      reached: true,
      solved: true,
      satisfaction: 5,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((res.body as TCallback).state, 'done');
    assert.equal(await caseState(caseId), 'closed');
    assertError(
      await asAgent('POST', `/api/callbacks/${cb.id}/attempts`, { reached: false }),
      409,
      'invalid_transition',
    );

    await runJobsOnce(getDb());
    await runJobsOnce(getDb());
    const moments = await queryRows<{ rating: number; measures: Record<string, number>; key: string }>(
      getDb().orm,
      sql`select m.rating, m.measures, t.key from moments m join touchpoints t on t.workspace_id = m.workspace_id
          and t.id = m.touchpoint_id where m.workspace_id = ${workspaceId} and m.event_id = ${`callback:${cb.id}`}`,
    );
    assert.equal(moments.length, 1);
    assert.equal(Number(moments[0]?.rating), 5);
    assert.deepEqual(moments[0]?.measures, { solved: 1 });
    assert.equal(moments[0]?.key, 'recovery_callback');
  });

  test('not solved reopens the case; three unanswered attempts fail the callback and leave the case resolved', async () => {
    const reopened = await resolvedCase('cb-2');
    const first = ((await call('GET', `/api/callbacks?case=${reopened}`)).body as TPage)
      .callbacks[0] as TCallback;
    await call('POST', `/api/callbacks/${first.id}/attempts`, {
      reached: true,
      solved: false,
      satisfaction: 2,
    });
    assert.equal(await caseState(reopened), 'reopened');

    const failed = await resolvedCase('cb-3');
    const cb = ((await call('GET', `/api/callbacks?case=${failed}`)).body as TPage).callbacks[0] as TCallback;
    for (let i = 0; i < 3; i++) {
      const res = await call('POST', `/api/callbacks/${cb.id}/attempts`, { reached: false });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
    const after = ((await call('GET', `/api/callbacks?case=${failed}`)).body as TPage)
      .callbacks[0] as TCallback;
    assert.equal(after.state, 'failed');
    assert.equal(after.nextAttemptAt, null);
    assert.equal(await caseState(failed), 'resolved');
  });

  test('a case moved away from awaiting its callback by hand cancels the callback; resolving again plans a new one', async () => {
    const caseId = await resolvedCase('cb-6');
    await getDb().orm.transaction((tx) =>
      transitionCase(tx, {
        workspaceId,
        caseId,
        to: 'reopened',
        actor: { kind: 'system', id: null, credentialId: null },
      }),
    );
    let list = ((await call('GET', `/api/callbacks?case=${caseId}`)).body as TPage).callbacks;
    assert.deepEqual(
      list.map((c) => c.state),
      ['cancelled'],
    );
    assert.equal((await call('POST', `/api/cases/${caseId}/start`, {})).status, 200);
    const res = await call('POST', `/api/cases/${caseId}/resolve`, {
      resolution: 'Second fix',
      rootCause: null,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    list = ((await call('GET', `/api/callbacks?case=${caseId}`)).body as TPage).callbacks;
    assert.equal(list.length, 2);
    assert.ok(list[0]?.state === 'planned' || list[0]?.state === 'due');
  });

  test('a callback moment opens no case of its own, even rated at the bottom of the scale', async () => {
    const caseId = await resolvedCase('cb-5');
    const cb = ((await call('GET', `/api/callbacks?case=${caseId}`)).body as TPage).callbacks[0] as TCallback;
    await call('POST', `/api/callbacks/${cb.id}/attempts`, { reached: true, solved: true, satisfaction: 1 });
    await runJobsOnce(getDb());
    const rows = await queryRows<{ cases: number | string; moments: number | string }>(
      getDb().orm,
      sql`select (select count(*) from cases k join customers c on c.workspace_id = k.workspace_id
                    and c.id = k.customer_id where k.workspace_id = ${workspaceId} and c.external_id = 'cb-5') as cases,
                 (select count(*) from moments where workspace_id = ${workspaceId}
                    and event_id = ${`callback:${cb.id}`}) as moments`,
    );
    assert.deepEqual([Number(rows[0]?.cases), Number(rows[0]?.moments)], [1, 1]);
  });

  test('an agent sees and works only their own and unassigned callbacks', async () => {
    const caseId = await resolvedCase('cb-4');
    const cb = ((await call('GET', `/api/callbacks?case=${caseId}`)).body as TPage).callbacks[0] as TCallback;
    assert.equal(cb.assignee, agentId);
    await getDb().orm.execute(
      sql`update memberships set role = 'agent' where role = 'viewer' and workspace_id = ${workspaceId}`,
    );
    assert.equal(((await asOtherAgent('GET', `/api/callbacks?case=${caseId}`)).body as TPage).total, 0);
    assertError(await asOtherAgent('GET', `/api/callbacks/${cb.id}`), 404, 'not_found');
    assertError(
      await asOtherAgent('POST', `/api/callbacks/${cb.id}/attempts`, { reached: false }),
      404,
      'not_found',
    );
    assertError(await asOtherAgent('GET', '/api/callbacks/abc'), 404, 'not_found');
    // An owner of another department does not see the hotline's callbacks (as with its cases).
    const owner = await createTestUser(getDb(), app, { workspaceId, role: 'owner' });
    await putMembership(getDb().orm, {
      workspaceId,
      userId: owner.id,
      role: 'owner',
      department: 'Field service',
    });
    const asOwner = clientWith(app, {
      cookie: (await signIn(app, owner.email, owner.password)).cookie ?? '',
    });
    assert.equal(((await asOwner('GET', `/api/callbacks?case=${caseId}`)).body as TPage).total, 0);
    assertError(
      await asOwner('POST', `/api/callbacks/${cb.id}/attempts`, { reached: false }),
      404,
      'not_found',
    );
  });

  test('a routine callback list without cases, and the recovery figures', async () => {
    assertError(await call('POST', '/api/callbacks/plan', { journey: 'nope' }), 404, 'not_found');
    assertError(
      await call('POST', '/api/callbacks/plan', { journey: 'repair', sample: 0 }),
      400,
      'invalid_input',
      ['sample'],
    );
    await ingestMoments(getDb(), workspaceId, [
      makeMoment({
        customer: 'r-1',
        episode: 'r-1-e',
        touchpoint: 'visit',
        measures: { arrival_hours: 10, fixed: 1 },
      }),
    ]);
    const planned = (
      await call('POST', '/api/callbacks/plan', { journey: 'repair', customers: 'all', touchpoint: 'visit' })
    ).body as { planned: number; ids: number[] };
    assert.equal(planned.planned, 1);
    const again = (
      await call('POST', '/api/callbacks/plan', { journey: 'repair', customers: 'all', touchpoint: 'visit' })
    ).body as { planned: number };
    assert.equal(again.planned, 0);
    // One customer only: a customer at risk of churning is called on their own.
    await ingestMoments(getDb(), workspaceId, [
      makeMoment({
        customer: 'r-2',
        episode: 'r-2-e',
        touchpoint: 'visit',
        measures: { arrival_hours: 10, fixed: 1 },
      }),
      makeMoment({
        customer: 'r-3',
        episode: 'r-3-e',
        touchpoint: 'visit',
        measures: { arrival_hours: 10, fixed: 1 },
      }),
    ]);
    const one = (
      await call('POST', '/api/callbacks/plan', { journey: 'repair', customers: 'all', customer: 'r-3' })
    ).body as { planned: number; ids: number[] };
    assert.equal(one.planned, 1);
    assert.equal(
      ((await call('GET', `/api/callbacks/${one.ids[0]}`)).body as TCallback & { customer: string }).customer,
      'r-3',
    );
    const nobody = (
      await call('POST', '/api/callbacks/plan', { journey: 'repair', customers: 'all', customer: 'unknown' })
    ).body as { planned: number };
    assert.equal(nobody.planned, 0);
    const routine = (await call('GET', `/api/callbacks/${planned.ids[0]}`)).body as TCallback & {
      case: unknown;
    };
    assert.equal(routine.caseId, null);
    assert.equal(routine.case, null);
    // No case and no breach in the episode: the agent asks how it went and apologises for nothing.
    const { script } = (await call('GET', `/api/callbacks/${planned.ids[0]}`)).body as {
      script: Record<string, string | undefined>;
    };
    assert.equal(script['apology'], undefined);
    assert.equal(script['action'], undefined);
    assert.match(script['opening'] ?? '', /上门|visit|Visit/);

    const from = '2000-01-01T00:00:00Z';
    const to = '2999-01-01T00:00:00Z';
    const res = await call('GET', `/api/recovery?from=${from}&to=${to}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const report = res.body as {
      total: { opened: number; recoveryRate: { count: number; of: number } };
      touchpoints: Array<{ touchpoint: string; paradox: { recovered: { n: number } } }>;
      departments: Array<{ department: string }>;
    };
    assert.equal(report.total.opened, 6);
    assert.deepEqual([report.total.recoveryRate.count, report.total.recoveryRate.of], [2, 3]);
    assert.equal(report.touchpoints[0]?.touchpoint, 'hotline');
    assert.equal(report.touchpoints[0]?.paradox.recovered.n, 2);
    assert.deepEqual(
      report.departments.map((d) => d.department),
      ['Call centre'],
    );
    assertError(await call('GET', `/api/recovery?from=${to}&to=${from}`), 400, 'invalid_input', [
      'query',
      'to',
    ]);
    const audit = (await call('GET', '/api/audit?limit=100')).body as { entries: Array<{ action: string }> };
    for (const a of ['callback.plan', 'callback.attempt', 'callback.plan_list'])
      assert.ok(
        audit.entries.some((e) => e.action === a),
        a,
      );
  });
  test("the workspace's callback settings: its calling window and attempts; bad settings name their field", async () => {
    const settings = {
      callingStart: '10:00',
      callingEnd: '10:30',
      callingDays: [0, 1, 2, 3, 4, 5, 6],
      maxAttempts: 2,
      retryDelaysMinutes: [60],
      firstDelayMinutes: 0,
    };
    const saved = await call('PATCH', '/api/settings', { callbacks: settings });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual((saved.body as { callbacks: unknown }).callbacks, settings);
    try {
      const id = await resolvedCase('cb-settings');
      const cb = ((await call('GET', `/api/callbacks?case=${id}`)).body as TPage).callbacks[0] as TCallback;
      // Due inside 10:00-10:30 Beijing time (the default calendar's zone): 02:00-02:30 UTC.
      const due = new Date(cb.nextAttemptAt ?? '');
      const minutes = due.getUTCHours() * 60 + due.getUTCMinutes();
      assert.ok(minutes >= 120 && minutes < 150, `due ${cb.nextAttemptAt}`);
      for (let i = 0; i < 2; i++) {
        assert.equal(
          (await call('POST', `/api/callbacks/${cb.id}/attempts`, { reached: false })).status,
          200,
        );
      }
      const after = ((await call('GET', `/api/callbacks?case=${id}`)).body as TPage)
        .callbacks[0] as TCallback;
      assert.equal(after.state, 'failed', 'two attempts allowed');
      assertError(
        await call('PATCH', '/api/settings', { callbacks: { ...settings, callingEnd: '09:00' } }),
        400,
        'invalid_input',
        ['callbacks', 'callingEnd'],
      );
    } finally {
      await call('PATCH', '/api/settings', { callbacks: DEFAULT_CALLBACK_SETTINGS });
    }
  });

  test('erasing a customer (PIPL / GDPR) erases their cases, callbacks and callback attempts', async () => {
    const caseId = await resolvedCase('cb-erase');
    const page = (await call('GET', `/api/callbacks?case=${caseId}`)).body as TPage;
    const callbackId = page.callbacks[0]?.id;
    assert.ok(callbackId !== undefined, 'resolving planned a callback');
    const attempt = await call('POST', `/api/callbacks/${callbackId}/attempts`, { reached: false });
    assert.equal(attempt.status, 200, JSON.stringify(attempt.body));
    assert.equal((await call('DELETE', '/api/customers/cb-erase')).status, 200);
    const [left] = await queryRows<{ callbacks: number; attempts: number; cases: number }>(
      getDb().orm,
      sql`select (select count(*)::int from callbacks where workspace_id = ${workspaceId} and id = ${callbackId}) as callbacks,
                 (select count(*)::int from callback_attempts where workspace_id = ${workspaceId}
                    and callback_id = ${callbackId}) as attempts,
                 (select count(*)::int from cases where workspace_id = ${workspaceId} and id = ${caseId}) as cases`,
    );
    assert.deepEqual(left, { callbacks: 0, attempts: 0, cases: 0 });
  });
});
