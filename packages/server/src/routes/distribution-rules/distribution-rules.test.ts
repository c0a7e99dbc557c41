import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import type { TDatabase } from '../../storage/database.ts';

type TLedger = {
  invitations: Array<{
    customer: string;
    rule: string;
    status: string;
    reason: string | null;
    detail: object;
  }>;
  next: string | null;
};

const RULE = {
  key: 'hotline-csat',
  name: 'CSAT after a hotline call',
  survey: 'csat',
  trigger: { kind: 'moment', journey: 'repair', touchpoint: 'hotline' },
  conditions: { attributes: [{ attribute: 'tier', op: 'in', values: ['gold'] }] },
  quietHours: null,
  recontactDays: 0,
};

async function workspace(db: TDatabase) {
  const set = await setUpWorkspace(db);
  const res = await set.call('POST', '/api/surveys', {
    key: 'csat',
    name: 'CSAT',
    journey: 'repair',
    status: 'active',
    template: { template: 'episode_overall' },
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return set;
}

forEachDatabase('/api/distribution-rules, /api/invitations and /api/invitation-budget', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;
  let other: TTestClient;
  let viewer: TTestClient;

  before(async () => {
    const db = getDb();
    const set = await workspace(db);
    ({ call, workspaceId } = set);
    other = (await workspace(db)).call;
    viewer = clientWith(set.app, bearer(await mintKey(db, workspaceId, 'viewer')));
  });

  test('a rule is created, read, listed, replaced and deleted; defaults are filled in', async () => {
    const { recontactDays, ...withDefaults } = RULE;
    void recontactDays;
    const created = await call('POST', '/api/distribution-rules', { ...withDefaults, key: 'tmp' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const rule = created.body as Record<string, unknown>;
    assert.deepEqual(
      [rule['enabled'], rule['sampling'], rule['channel'], rule['priority'], rule['recontactDays']],
      [false, 1, 'link', 50, 30],
    );
    assertError(
      await call('POST', '/api/distribution-rules', { ...RULE, key: 'tmp' }),
      409,
      'already_exists',
    );
    const { key, ...rest } = RULE;
    void key;
    const replaced = await call('PUT', '/api/distribution-rules/tmp', {
      ...rest,
      channel: 'sms',
      priority: 80,
    });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.deepEqual(
      [(replaced.body as { channel: string }).channel, (replaced.body as { priority: number }).priority],
      ['sms', 80],
    );
    const listed = (await viewer('GET', '/api/distribution-rules')).body as { rules: Array<{ key: string }> };
    assert.ok(listed.rules.some((r) => r.key === 'tmp'));
    assert.equal((await call('DELETE', '/api/distribution-rules/tmp')).status, 204);
    assertError(await call('GET', '/api/distribution-rules/tmp'), 404, 'not_found');
  });

  test('bad input is named by its field; writing needs surveys:manage; another workspace sees nothing', async () => {
    assertError(
      await call('POST', '/api/distribution-rules', { ...RULE, sampling: 2 }),
      400,
      'invalid_input',
      ['sampling'],
    );
    assertError(
      await call('POST', '/api/distribution-rules', { ...RULE, quietHours: { start: '9pm', end: '08:00' } }),
      400,
      'invalid_input',
      ['quietHours', 'start'],
    );
    assertError(
      await call('POST', '/api/distribution-rules', {
        ...RULE,
        trigger: { kind: 'moment', journey: 'repair', touchpoint: 'nope' },
      }),
      400,
      'invalid_input',
      ['trigger', 'touchpoint'],
    );
    assertError(
      await call('POST', '/api/distribution-rules', { ...RULE, survey: 'nps' }),
      400,
      'invalid_input',
      ['survey'],
    );
    assertError(
      await call('PUT', '/api/invitation-budget', { maxInvitations: 0, windowDays: 30, minDaysApart: 7 }),
      400,
      'invalid_input',
      ['maxInvitations'],
    );
    assert.equal((await viewer('POST', '/api/distribution-rules', RULE)).status, 403);
    assert.equal(
      (await viewer('PUT', '/api/invitation-budget', { maxInvitations: 1, windowDays: 1, minDaysApart: 0 }))
        .status,
      403,
    );
    assert.equal((await call('POST', '/api/distribution-rules', { ...RULE, key: 'mine' })).status, 201);
    assertError(await other('GET', '/api/distribution-rules/mine'), 404, 'not_found');
    assert.deepEqual((await other('GET', '/api/distribution-rules')).body, { rules: [] });
  });

  test('a dry run shows what a rule would do; switched on, planning fills the ledger, which explains each skip', async () => {
    const db = getDb();
    assert.deepEqual((await call('GET', '/api/invitation-budget')).body, {
      maxInvitations: 2,
      windowDays: 30,
      minDaysApart: 7,
    });
    const budget = { maxInvitations: 1, windowDays: 30, minDaysApart: 7 };
    assert.deepEqual((await call('PUT', '/api/invitation-budget', budget)).body, budget);
    const now = Date.now();
    const moments = [
      { customer: 'gold-1', tier: 'gold', minutesAgo: 120 },
      { customer: 'gold-1', tier: 'gold', minutesAgo: 60 },
      { customer: 'bronze-1', tier: 'bronze', minutesAgo: 90 },
    ];
    const pre = await ingestMoments(
      db,
      workspaceId,
      moments.map((m) =>
        makeMoment({
          customer: m.customer,
          episode: `${m.customer}-${m.minutesAgo}`,
          occurredAt: new Date(now - m.minutesAgo * 60_000).toISOString(),
          attributes: { tier: m.tier },
        }),
      ),
    );
    assert.equal(pre.rejected, 0);
    assert.equal((await call('POST', '/api/distribution-rules', RULE)).status, 201);
    const dry = await call('POST', '/api/distribution-rules/hotline-csat/plan-now', { hours: 24 });
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.deepEqual(
      [
        (dry.body as { triggers: number }).triggers,
        (dry.body as { planned: number }).planned,
        (dry.body as { byReason: object }).byReason,
      ],
      [3, 1, { condition_false: 1, fatigue_spacing: 1 }],
    );
    assert.equal(
      (await call('GET', '/api/invitations')).body &&
        ((await call('GET', '/api/invitations')).body as TLedger).invitations.length,
      0,
      'a dry run writes nothing',
    );
    // Switched on, it plans moments that arrive from then on.
    const { key, ...rest } = RULE;
    void key;
    assert.equal(
      (await call('PUT', '/api/distribution-rules/hotline-csat', { ...rest, enabled: true })).status,
      200,
    );
    await ingestMoments(db, workspaceId, [
      makeMoment({
        customer: 'gold-2',
        episode: 'g2',
        occurredAt: new Date().toISOString(),
        attributes: { tier: 'gold' },
      }),
      makeMoment({
        customer: 'gold-2',
        episode: 'g2b',
        occurredAt: new Date().toISOString(),
        attributes: { tier: 'gold' },
      }),
      makeMoment({
        customer: 'bronze-2',
        episode: 'b2',
        occurredAt: new Date().toISOString(),
        attributes: { tier: 'bronze' },
      }),
    ]);
    const run = await call('POST', '/api/distribution-rules/hotline-csat/plan-now', { dryRun: false });
    assert.equal(run.status, 200, JSON.stringify(run.body));
    assert.deepEqual((run.body as { planned: number }).planned, 1);
    // Two decisions in the ledger (gold-2's two moments), the bronze one tallied: two pages of one.
    const page = (await call('GET', '/api/invitations?limit=1')).body as TLedger;
    assert.equal(page.invitations.length, 1);
    assert.ok(page.next);
    const rest2 = (await call('GET', `/api/invitations?limit=1&cursor=${page.next}`)).body as TLedger;
    assert.equal(rest2.invitations.length, 1);
    assert.equal(rest2.next, null);
    const skipped = (await call('GET', '/api/invitations?status=skipped')).body as TLedger;
    assert.deepEqual(
      skipped.invitations.map((i) => i.reason),
      ['fatigue_spacing'],
      'the bronze moment, passed over by the condition, is tallied rather than in the ledger',
    );
    const today = new Date().toISOString().slice(0, 10);
    const tallies = await call('GET', `/api/invitations/tallies?rule=hotline-csat&from=${today}`);
    assert.equal(tallies.status, 200, JSON.stringify(tallies.body));
    assert.deepEqual(tallies.body, {
      tallies: [{ rule: 'hotline-csat', day: today, reason: 'condition_false', count: 1 }],
    });
    assert.deepEqual((await call('GET', '/api/invitations/tallies?to=2000-01-01')).body, { tallies: [] });
    assertError(await call('GET', '/api/invitations/tallies?from=yesterday'), 400, 'invalid_input', [
      'query',
      'from',
    ]);
    assert.deepEqual((await other('GET', '/api/invitations/tallies')).body, { tallies: [] });
    // The summary adds the ledger and the tallies up per rule: gold-2's two moments decided (one invited,
    // one skipped for spacing), the bronze one passed over.
    const summary = await call('GET', '/api/invitations/summary');
    assert.equal(summary.status, 200, JSON.stringify(summary.body));
    assert.deepEqual((summary.body as { rules: unknown[] }).rules, [
      {
        rule: 'hotline-csat',
        considered: 3,
        invited: 1,
        sent: 0,
        answered: 0,
        responseRate: null,
        failed: 0,
        skipped: { fatigue_spacing: 1 },
        passedOver: 1,
      },
    ]);
    assert.equal((summary.body as { to: string }).to, today);
    assert.deepEqual((await call('GET', '/api/invitations/summary?from=2000-01-01&to=2000-01-07')).body, {
      from: '2000-01-01',
      to: '2000-01-07',
      rules: [],
    });
    assertError(
      await call('GET', `/api/invitations/summary?from=${today}&to=2000-01-01`),
      400,
      'invalid_input',
      ['query', 'from'],
    );
    assertError(
      await call('GET', '/api/invitations/summary?from=2000-01-01&to=2002-01-01'),
      400,
      'invalid_input',
      ['query', 'from'],
    );
    assert.deepEqual(
      ((await other('GET', '/api/invitations/summary')).body as { rules: unknown[] }).rules,
      [],
    );
    const gold = (await call('GET', '/api/customers/gold-2/invitations')).body as TLedger;
    assert.deepEqual(gold.invitations.map((i) => i.status).sort(), ['planned', 'skipped']);
    const spacing = gold.invitations.find((i) => i.reason === 'fatigue_spacing');
    assert.equal((spacing?.detail as { minDaysApart?: number }).minDaysApart, 7);
    assertError(await call('GET', '/api/invitations?reason=because'), 400, 'invalid_input', [
      'query',
      'reason',
    ]);
    assertError(await call('GET', '/api/invitations?cursor=xyz'), 400, 'invalid_input', ['query', 'cursor']);
    assert.deepEqual(((await other('GET', '/api/invitations')).body as TLedger).invitations, []);
    // Another workspace does not know the customer at all.
    assertError(await other('GET', '/api/customers/gold-2/invitations'), 404, 'not_found', [
      'params',
      'customer',
    ]);
  });

  test('a dry run covers a closed case, an episode end and a schedule (its latest turn) as well as a moment', async () => {
    const triggers = [
      { kind: 'case_closed', journey: 'repair' },
      { kind: 'episode_end', journey: 'repair', idleHours: 2 },
      { kind: 'schedule', journey: 'repair', everyDays: 7 },
    ];
    for (const trigger of triggers) {
      const key = `dry-${trigger.kind.replace('_', '-')}`;
      const created = await call('POST', '/api/distribution-rules', { ...RULE, key, trigger });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const dry = await call('POST', `/api/distribution-rules/${key}/plan-now`, { hours: 24 });
      assert.equal(dry.status, 200, JSON.stringify(dry.body));
      const body = dry.body as {
        triggers: number;
        planned: number;
        skipped: number;
        from: string;
        to: string;
      };
      assert.equal(body.planned + body.skipped, body.triggers);
      const span = Date.parse(body.to) - Date.parse(body.from);
      assert.equal(span, (trigger.kind === 'schedule' ? 7 * 24 : 24) * 3_600_000, trigger.kind);
      assert.equal((await viewer('POST', `/api/distribution-rules/${key}/plan-now`, {})).status, 403);
    }
  });
});
