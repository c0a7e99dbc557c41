import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { putMembership } from '../../access/memberships.ts';
import { installPackAlertRules } from '../../cases/alert-rules-store.ts';
import { transitionCase } from '../../cases/transition-case.ts';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
import { ingestOutcomes } from '../../outcomes/ingest-outcomes.ts';
import type { TDatabase } from '../../storage/database.ts';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, clientWith, createTestUser, setUpWorkspace, signIn } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import { sql } from 'drizzle-orm';

type TSummary = {
  id: number;
  state: string;
  severity: string;
  department: string;
  alerts: number;
  assignee: unknown;
};
type TPage = { cases: TSummary[]; total: number };

const SYSTEM = { kind: 'system' as const, id: null, credentialId: null };

async function countCases(db: TDatabase, workspaceId: string, extra = sql`true`) {
  const [row] = await queryRows<{ n: number }>(
    db.orm,
    sql`select count(*)::int as n from cases where workspace_id = ${workspaceId} and ${extra}`,
  );
  return Number(row?.n ?? 0);
}

forEachDatabase('cases: alerts open cases in ingestion, the inbox and its actions', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;
  let app: Awaited<ReturnType<typeof setUpWorkspace>>['app'];

  before(async () => {
    ({ call, workspaceId, app } = await setUpWorkspace(getDb()));
    assert.deepEqual((await installPackAlertRules(getDb(), workspaceId, 'telecom')).length, 7);
    assert.deepEqual(await installPackAlertRules(getDb(), workspaceId, 'telecom'), []);
  });

  test('a breach opens one case routed to the touchpoint owner; later triggers of the episode join it', async () => {
    const db = getDb();
    const report = await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'k-1', episode: 'e-1', measures: { wait_seconds: 30 } }),
      makeMoment({
        customer: 'k-1',
        episode: 'e-1',
        measures: { wait_seconds: 400 },
        attributes: { phone: '138' },
      }),
    ]);
    assert.equal(report.created, 2);
    let page = (await call('GET', '/api/cases?customer=k-1')).body as TPage;
    assert.equal(page.total, 1);
    const opened = page.cases[0] as TSummary;
    assert.equal(opened.state, 'new');
    assert.equal(opened.severity, 'high');
    assert.equal(opened.department, 'Call centre');
    await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'k-1',
        episode: 'e-1',
        touchpoint: 'visit',
        measures: { arrival_hours: 50, fixed: 1 },
      }),
      // A comment that states no verdict: it raises no comment alert of its own.
      makeMoment({ customer: 'k-1', episode: 'e-1', rating: 1, measures: {}, comment: '上门时间是下午三点' }),
    ]);
    page = (await call('GET', '/api/cases?customer=k-1')).body as TPage;
    assert.equal(page.total, 1);
    assert.equal(page.cases[0]?.alerts, 3);
    const detail = (await call('GET', `/api/cases/${opened.id}`)).body as {
      events: Array<{ kind: string }>;
      alerts: Array<{ rule: string }>;
      moments: Array<{
        breaches: unknown[];
        comment: string | null;
        sentiment: { themes: Array<{ theme: string; names: Record<string, string> }> } | null;
      }>;
      rootCauses: Array<{ key: string }>;
    };
    assert.deepEqual(
      detail.events.map((e) => e.kind),
      ['opened', 'alert', 'alert'],
    );
    assert.deepEqual(detail.alerts.map((a) => a.rule).sort(), [
      'bottom-rating',
      'floor-breach',
      'floor-breach',
    ]);
    assert.equal(detail.moments.length, 3);
    // The comment comes with what ingestion read in it, its themes named; a moment without one has none.
    const commented = detail.moments.filter((m) => m.comment !== null);
    assert.deepEqual(
      commented.map((m) => m.sentiment?.themes.map((t) => [t.theme, t.names['zh-CN'], t.names['en']])),
      [[['waiting', '等待与及时性', 'Waiting and timeliness']]],
    );
    assert.ok(detail.moments.every((m) => m.comment !== null || m.sentiment === null));
    assert.ok(detail.rootCauses.some((r) => r.key === 'waiting'));
    assert.equal(detail.rootCauses.at(-1)?.key, 'other');
  });

  test('the lifecycle through the API: acknowledge, start, resolve (callback planned), callback outcomes, close, reopen', async () => {
    const db = getDb();
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'k-2', episode: 'e-2', measures: { wait_seconds: 999 } }),
    ]);
    const id = ((await call('GET', '/api/cases?customer=k-2')).body as TPage).cases[0]?.id ?? 0;
    assertError(await call('POST', `/api/cases/${id}/close`, {}), 409, 'invalid_transition');
    let res = await call('POST', `/api/cases/${id}/acknowledge`, { note: 'on it' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((res.body as TSummary).state, 'acknowledged');
    assert.equal((await call('POST', `/api/cases/${id}/start`, {})).status, 200);
    assertError(await call('POST', `/api/cases/${id}/resolve`, { resolution: '' }), 400, 'invalid_input', [
      'resolution',
    ]);
    assertError(
      await call('POST', `/api/cases/${id}/resolve`, { resolution: 'x', rootCause: 'astrology' }),
      400,
      'invalid_input',
      ['rootCause'],
    );
    res = await call('POST', `/api/cases/${id}/resolve`, {
      resolution: 'Called back, new modem sent',
      rootCause: 'waiting',
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((res.body as TSummary).state, 'awaiting_callback');
    const [callbacks] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from callbacks where workspace_id = ${workspaceId} and case_id = ${id}`,
    );
    assert.equal(Number(callbacks?.n), 1);
    // The callback is not reached: resolved, which an owner closes.
    await db.orm.transaction((tx) =>
      transitionCase(tx, { workspaceId, caseId: id, to: 'resolved', actor: SYSTEM }),
    );
    res = await call('POST', `/api/cases/${id}/close`, {});
    assert.equal((res.body as TSummary).state, 'closed');
    // A trigger after closing opens a new case.
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'k-2', episode: 'e-2', measures: { wait_seconds: 999 } }),
    ]);
    assert.equal(((await call('GET', '/api/cases?customer=k-2')).body as TPage).total, 2);
    // ... so the old one cannot be reopened while it is open.
    assertError(await call('POST', `/api/cases/${id}/reopen`, {}), 409, 'invalid_transition');
    assertError(await call('POST', `/api/cases/abc/start`, {}), 404, 'not_found');
    assertError(await call('GET', `/api/cases/99999999`), 404, 'not_found');
    const audit = (await call('GET', '/api/audit?limit=50')).body as { entries: Array<{ action: string }> };
    const actions = audit.entries.map((e) => e.action);
    for (const a of ['case.acknowledged', 'case.in_progress', 'case.resolve', 'case.closed'])
      assert.ok(actions.includes(a), a);
  });

  test('answers: an NPS detractor opens a case at the episode’s worst touchpoint; an episode without moments gets none', async () => {
    const db = getDb();
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'k-3', episode: 'e-3', measures: { wait_seconds: 100 } }),
      makeMoment({
        customer: 'k-3',
        episode: 'e-3',
        touchpoint: 'visit',
        measures: { arrival_hours: 40, fixed: 1 },
      }),
    ]);
    assert.equal(
      await countCases(
        db,
        workspaceId,
        sql`customer_id in (select id from customers where external_id = 'k-3')`,
      ),
      0,
    );
    const report = await ingestOutcomes(db, workspaceId, [
      { journey: 'repair', customer: 'k-3', episode: 'e-3', nps: 3 },
      { journey: 'repair', customer: 'k-4', episode: 'e-4', nps: 2 },
    ]);
    assert.equal(report.ok, true);
    const page = (await call('GET', '/api/cases?customer=k-3')).body as TPage;
    assert.equal(page.total, 1);
    assert.equal(page.cases[0]?.department, 'Field service');
    assert.equal(((await call('GET', '/api/cases?customer=k-4')).body as TPage).total, 0);
  });

  test('an owner of a department sees and works only its cases; assignment to members who may work cases', async () => {
    const db = getDb();
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'k-5', episode: 'e-5', measures: { wait_seconds: 999 } }),
      makeMoment({
        customer: 'k-6',
        episode: 'e-6',
        touchpoint: 'visit',
        measures: { arrival_hours: 99, fixed: 1 },
      }),
    ]);
    const owner = await createTestUser(db, app, { workspaceId, role: 'owner' });
    await putMembership(db.orm, {
      workspaceId,
      userId: owner.id,
      role: 'owner',
      department: 'Field service',
    });
    const agent = await createTestUser(db, app, { workspaceId, role: 'agent' });
    const cookie = (await signIn(app, owner.email, owner.password)).cookie ?? '';
    const asOwner = clientWith(app, { cookie });
    const mine = (await asOwner('GET', '/api/cases?status=open')).body as TPage;
    assert.ok(mine.total >= 1);
    assert.ok(mine.cases.every((c) => c.department === 'Field service'));
    const all = (await call('GET', '/api/cases?status=open&limit=200')).body as TPage;
    const callCentre = all.cases.find((c) => c.department === 'Call centre');
    assert.ok(callCentre);
    assertError(await asOwner('GET', `/api/cases/${callCentre.id}`), 404, 'not_found');
    assertError(await asOwner('POST', `/api/cases/${callCentre.id}/start`, {}), 404, 'not_found');
    const field = mine.cases[0] as TSummary;
    // Assigning oneself a new case is its first response.
    const res = await asOwner('POST', `/api/cases/${field.id}/assign`, { assignee: owner.id });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((res.body as TSummary).state, 'acknowledged');
    assert.equal(((await asOwner('GET', '/api/cases?mine=true')).body as TPage).cases[0]?.id, field.id);
    assertError(
      await call('POST', '/api/cases/assign', { ids: [field.id], assignee: agent.id }),
      400,
      'invalid_input',
      ['assignee'],
    );
    assertError(
      await call('POST', '/api/cases/assign', { ids: [callCentre.id], assignee: owner.id }),
      400,
      'invalid_input',
      ['assignee'],
    );
    const bulk = await call('POST', '/api/cases/assign', { ids: [field.id], assignee: null });
    assert.equal(bulk.status, 200, JSON.stringify(bulk.body));
    const unassigned = (await asOwner('GET', '/api/cases?unassigned=true&status=open')).body as TPage;
    assert.ok(unassigned.cases.some((c) => c.id === field.id));
    // Whom cases can go to: the department's members for its owner, every case worker for an admin; an
    // agent (who does not work cases) is in neither list and may not ask.
    const colleague = await createTestUser(db, app, { workspaceId, role: 'owner' });
    await putMembership(db.orm, {
      workspaceId,
      userId: colleague.id,
      role: 'owner',
      department: 'Field service',
    });
    const ids = (res: { body: unknown }) =>
      (res.body as { assignees: Array<{ userId: string; department: string | null }> }).assignees
        .map((a) => a.userId)
        .sort();
    assert.deepEqual(ids(await asOwner('GET', '/api/cases/assignees')), [owner.id, colleague.id].sort());
    const everyone = ids(await call('GET', '/api/cases/assignees'));
    assert.ok(everyone.includes(owner.id) && everyone.includes(colleague.id));
    assert.ok(!everyone.includes(agent.id));
    const agentCookie = (await signIn(app, agent.email, agent.password)).cookie ?? '';
    assertError(
      await clientWith(app, { cookie: agentCookie })('GET', '/api/cases/assignees'),
      403,
      'forbidden',
    );
  });

  test('a case opened by hand: owned by the touchpoint’s department, SLA started, one per episode', async () => {
    const db = getDb();
    await ingestMoments(db, workspaceId, [
      makeMoment({ customer: 'h-1', episode: 'h-1a', touchpoint: 'hotline', measures: { wait_seconds: 20 } }),
      makeMoment({
        customer: 'h-1',
        episode: 'h-1a',
        touchpoint: 'visit',
        measures: { arrival_hours: 2, fixed: 1 },
      }),
    ]);
    const body = {
      customer: 'h-1',
      journey: 'repair',
      touchpoint: 'visit',
      title: 'At risk of leaving',
      note: 'Called twice',
    };
    const opened = await call('POST', '/api/cases', body);
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    const { id, opened: isNew } = opened.body as { id: number; opened: boolean };
    assert.equal(isNew, true);
    const detail = (await call('GET', `/api/cases/${id}`)).body as {
      case: TSummary & { title: string; firstResponseDueAt: string | null; episode: string };
      events: Array<{ kind: string; note: string | null; data: Record<string, unknown> }>;
    };
    assert.deepEqual(
      [
        detail.case.department,
        detail.case.severity,
        detail.case.state,
        detail.case.title,
        detail.case.episode,
      ],
      ['Field service', 'medium', 'new', 'At risk of leaving', 'h-1a'],
    );
    assert.ok(detail.case.firstResponseDueAt, 'the SLA started');
    assert.deepEqual(
      detail.events.map((e) => [e.kind, e.note, e.data['alertKind']]),
      [['opened', 'Called twice', 'manual']],
    );
    // One open case per episode: a second report joins it, logged with its note.
    const again = await call('POST', '/api/cases', { ...body, note: 'Called a third time' });
    assert.equal(again.status, 200, JSON.stringify(again.body));
    assert.deepEqual(again.body, { id, opened: false });
    const log = (await call('GET', `/api/cases/${id}`)).body as {
      events: Array<{ kind: string; note: string | null }>;
    };
    assert.deepEqual([log.events.at(-1)?.kind, log.events.at(-1)?.note], ['alert', 'Called a third time']);
    assertError(await call('POST', '/api/cases', { ...body, customer: 'nobody' }), 404, 'not_found', [
      'customer',
    ]);
    assertError(await call('POST', '/api/cases', { ...body, touchpoint: 'nope' }), 400, 'invalid_input', [
      'touchpoint',
    ]);
    assertError(await call('POST', '/api/cases', { ...body, episode: 'nope' }), 404, 'not_found', [
      'episode',
    ]);
    assertError(await call('POST', '/api/cases', { ...body, title: '' }), 400, 'invalid_input', ['title']);
    // An owner of a department opens cases of its touchpoints only.
    const owner = await createTestUser(db, app, { workspaceId, role: 'owner' });
    await putMembership(db.orm, { workspaceId, userId: owner.id, role: 'owner', department: 'Call centre' });
    const asOwner = clientWith(app, {
      cookie: (await signIn(app, owner.email, owner.password)).cookie ?? '',
    });
    await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'h-2',
        episode: 'h-2a',
        touchpoint: 'visit',
        measures: { arrival_hours: 2, fixed: 1 },
      }),
    ]);
    assertError(await asOwner('POST', '/api/cases', { ...body, customer: 'h-2' }), 400, 'invalid_input', [
      'touchpoint',
    ]);
    assert.equal(
      (await asOwner('POST', '/api/cases', { ...body, customer: 'h-2', touchpoint: 'hotline' })).status,
      201,
    );
    const audit = (await call('GET', '/api/audit?limit=5')).body as { entries: Array<{ action: string }> };
    assert.equal(audit.entries[0]?.action, 'case.open');
    assert.ok(audit.entries.some((e) => e.action === 'case.join'));
  });

  test('personal fields are masked for roles without pii; bad filters are 400 with their path', async () => {
    const db = getDb();
    await call('PATCH', '/api/settings', { personalFields: ['phone'] });
    await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'k-7',
        episode: 'e-7',
        measures: { wait_seconds: 999 },
        attributes: { phone: '13812345678' },
      }),
    ]);
    const viewer = await createTestUser(db, app, { workspaceId, role: 'viewer' });
    const asViewer = clientWith(app, {
      cookie: (await signIn(app, viewer.email, viewer.password)).cookie ?? '',
    });
    const id = ((await asViewer('GET', '/api/cases?customer=k-7')).body as TPage).cases[0]?.id;
    const detail = await asViewer('GET', `/api/cases/${id}`);
    assert.equal(detail.status, 200);
    assert.ok(!JSON.stringify(detail.body).includes('13812345678'));
    assert.ok(JSON.stringify((await call('GET', `/api/cases/${id}`)).body).includes('13812345678'));
    assertError(await asViewer('POST', `/api/cases/${id}/start`, {}), 403, 'forbidden');
    assertError(await call('GET', '/api/cases?state=open'), 400, 'invalid_input', ['query', 'state']);
    assertError(await call('GET', '/api/cases?limit=0'), 400, 'invalid_input', ['query', 'limit']);
    const overdue = await call('GET', '/api/cases?overdue=true&sort=due_asc&severity=high,critical');
    // An API key is nobody's assignee.
    assert.equal(((await call('GET', '/api/cases?mine=true&team=false')).body as TPage).total, 0);
    assert.equal(overdue.status, 200);
    // Erasing the customer erases their cases, alerts and case events.
    assert.equal((await call('DELETE', '/api/customers/k-7')).status, 200);
    assert.equal(((await call('GET', '/api/cases?customer=k-7')).body as TPage).total, 0);
    assertError(await call('GET', `/api/cases/${id}`), 404, 'not_found');
    const left = await queryRows<{ n: number }>(
      db.orm,
      sql`select (select count(*) from alerts where workspace_id = ${workspaceId} and case_id = ${id})
            + (select count(*) from case_events where workspace_id = ${workspaceId} and case_id = ${id}) as n`,
    );
    assert.equal(Number(left[0]?.n), 0);
  });
  test('cursor paging walks every sort in its order, and a case opened meanwhile neither repeats nor hides one', async () => {
    const db = getDb();
    // Cases of several severities and due dates (a breach at the hotline opens one per episode).
    await ingestMoments(
      db,
      workspaceId,
      Array.from({ length: 7 }, (_, i) =>
        makeMoment({ customer: `p-${i}`, episode: `pe-${i}`, measures: { wait_seconds: 600 + i } }),
      ),
    );
    type TCursorPage = TPage & { next: string | null };
    const sorts = ['opened_desc', 'opened_asc', 'due_asc', 'severity_desc', 'updated_desc'];
    for (const sort of sorts) {
      const all = (await call('GET', `/api/cases?sort=${sort}&limit=200`)).body as TCursorPage;
      assert.ok(all.total >= 7);
      assert.equal(all.next, null);
      const walked: number[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const url = `/api/cases?sort=${sort}&limit=3${after ? `&after=${after}` : ''}`;
        const res = await call('GET', url);
        assert.equal(res.status, 200, JSON.stringify(res.body));
        const page = res.body as TCursorPage;
        walked.push(...page.cases.map((k) => k.id));
        if (pages === 0) {
          // A case opened after the first page sorts first (newest) or last; the walk must not shift.
          await ingestMoments(db, workspaceId, [
            makeMoment({ customer: `p-new-${sort}`, episode: `pe-new`, measures: { wait_seconds: 700 } }),
          ]);
        }
        after = page.next;
        if (!after) break;
      }
      const expected = all.cases.map((k) => k.id);
      const seen = walked.filter((id) => expected.includes(id));
      assert.deepEqual(seen, expected, `sort ${sort}`);
      assert.equal(new Set(walked).size, walked.length, `sort ${sort}: no case twice`);
    }
    const first = (await call('GET', '/api/cases?sort=opened_desc&limit=2')).body as TCursorPage;
    assert.ok(first.next);
    assertError(await call('GET', `/api/cases?sort=due_asc&after=${first.next}`), 400, 'invalid_input', [
      'query',
      'after',
    ]);
    assertError(await call('GET', '/api/cases?after=bm90LWEtY3Vyc29y'), 400, 'invalid_input', [
      'query',
      'after',
    ]);
    assertError(await call('GET', `/api/cases?after=${first.next}&page=2`), 400, 'invalid_input', [
      'query',
      'page',
    ]);
  });
});
