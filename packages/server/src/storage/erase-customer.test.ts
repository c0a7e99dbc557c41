import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { handleSendJob } from '../invitations/send-invitation-job.ts';
import { planWorkspaceInvitations } from '../invitations/plan-workspace.ts';
import { runJobsOnce } from '../jobs/index.ts';
import { setNotifyOptions } from '../notify/deliver.ts';
import { optOutDigest } from '../survey-answers/opt-out.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { makeMoment } from '../testing/factories.ts';
import { setUpWorkspace } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';
import { startReceiver } from '../testing/receivers.ts';
import type { TReceiver } from '../testing/receivers.ts';
import { queryRows } from './database.ts';
import type { TDatabase } from './database.ts';

type TCounts = { invitations: number; deliveries: number; links: number; optOuts: number };

/** What the workspace holds about a customer in the invitation tables, by their id in clear. */
async function heldAbout(db: TDatabase, workspaceId: string, customer: string): Promise<TCounts> {
  const [row] = await queryRows<TCounts>(
    db.orm,
    sql`select
          (select count(*)::int from invitations where workspace_id = ${workspaceId} and customer = ${customer})
            as invitations,
          (select count(*)::int from survey_channel_deliveries where workspace_id = ${workspaceId}
             and customer = ${customer}) as deliveries,
          (select count(*)::int from survey_links where workspace_id = ${workspaceId} and customer = ${customer})
            as links,
          (select count(*)::int from survey_opt_outs where workspace_id = ${workspaceId} and customer = ${customer})
            as "optOuts"`,
  );
  return row as TCounts;
}

/** Runs every due send job of the workspace now. */
async function sendDue(db: TDatabase, workspaceId: string): Promise<void> {
  await db.orm.execute(
    sql`update jobs set run_at = now() where kind = 'invitation.send' and key in
          (select id::text from invitations where workspace_id = ${workspaceId})`,
  );
  await runJobsOnce(db, { handlers: { 'invitation.send': (job, d) => handleSendJob(job, d) } });
}

forEachDatabase('erasing a customer erases what invitations hold about them', (getDb) => {
  let gateway: TReceiver;
  let call: TTestClient;
  let workspaceId: string;

  const ingest = async (customers: string[]) => {
    const report = await ingestMoments(
      getDb(),
      workspaceId,
      customers.map((customer) =>
        makeMoment({ customer, episode: `${customer}-${Date.now()}`, occurredAt: new Date().toISOString() }),
      ),
    );
    assert.equal(report.rejected, 0);
    await getDb().orm.execute(
      sql`update customers set attributes = jsonb_build_object('phone', '1380013' || right(external_id, 4))
          where workspace_id = ${workspaceId}`,
    );
  };

  before(async () => {
    setNotifyOptions(getDb(), { allowPrivate: true, timeoutMs: 1500, publicUrl: 'https://mot.example.com' });
    gateway = await startReceiver();
    gateway.answer = () => ({ status: 200, body: { code: 0, messageId: 'm-1' } });
    ({ call, workspaceId } = await setUpWorkspace(getDb()));
    const put = await call('PUT', '/api/survey-channels/sms', {
      url: `${gateway.url}/sms`,
      secret: 'gateway-secret-0123456789',
      signature: '某某维修',
      templates: {
        'zh-CN': '您好，请评价“{survey}”：{link} ，{expires}前有效。',
        en: 'Please rate "{survey}": {link} (until {expires}).',
      },
      unsubscribe: { 'zh-CN': '回T退订', en: 'Reply T to unsubscribe' },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const survey = await call('POST', '/api/surveys', {
      key: 'csat',
      name: 'CSAT',
      journey: 'repair',
      status: 'active',
      template: { template: 'episode_overall' },
    });
    assert.equal(survey.status, 201, JSON.stringify(survey.body));
    const rule = await call('POST', '/api/distribution-rules', {
      key: 'hotline-sms',
      name: 'CSAT by SMS after a call',
      survey: 'csat',
      enabled: true,
      trigger: { kind: 'moment', journey: 'repair', touchpoint: 'hotline' },
      quietHours: null,
      recontactDays: 0,
      channel: 'sms',
    });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));
    assert.equal(
      (
        await call('PUT', '/api/invitation-budget', {
          maxInvitations: 10,
          windowDays: 30,
          minDaysApart: 0,
        })
      ).status,
      200,
    );
  });
  after(async () => {
    await gateway.close();
  });

  test('the ledger rows, the deliveries and the links go; the opt-out stays as a digest and is honoured when they come back', async () => {
    const db = getDb();
    await ingest(['c-1001', 'c-1002']);
    await planWorkspaceInvitations(db, workspaceId);
    await sendDue(db, workspaceId);
    const before1 = await heldAbout(db, workspaceId, 'c-1001');
    const before2 = await heldAbout(db, workspaceId, 'c-1002');
    assert.deepEqual(before1, { invitations: 1, deliveries: 1, links: 1, optOuts: 0 });
    assert.equal(gateway.received.length, 2);
    // A second invitation, planned and not sent yet, whose job is still queued when the customer goes.
    await ingest(['c-1001']);
    await planWorkspaceInvitations(db, workspaceId);
    const [queued] = await queryRows<{ id: string }>(
      db.orm,
      sql`select id from invitations where workspace_id = ${workspaceId} and customer = 'c-1001'
          and status = 'planned'`,
    );
    assert.ok(queued);
    await db.orm.execute(
      sql`insert into survey_opt_outs (workspace_id, customer) values (${workspaceId}, 'c-1001')`,
    );

    const erased = await call('DELETE', '/api/customers/c-1001');
    assert.equal(erased.status, 200, JSON.stringify(erased.body));
    const counts = (erased.body as { erased: Record<string, number> }).erased;
    assert.deepEqual([counts['invitations'], counts['invitationDeliveries']], [2, 1]);
    assert.deepEqual(await heldAbout(db, workspaceId, 'c-1001'), {
      invitations: 0,
      deliveries: 0,
      links: 0,
      optOuts: 0,
    });
    // The other customer keeps everything.
    assert.deepEqual(await heldAbout(db, workspaceId, 'c-1002'), before2);
    const [digest] = await queryRows<{ n: number }>(
      db.orm,
      sql`select count(*)::int as n from survey_opt_outs where workspace_id = ${workspaceId}
          and customer = ${optOutDigest(workspaceId, 'c-1001')} and link_id is null`,
    );
    assert.equal(digest?.n, 1, 'the opt-out stays as the digest of the id only');
    // The queued job of the erased invitation finds nothing to send.
    gateway.received.length = 0;
    await db.orm.execute(
      sql`update jobs set run_at = now() where kind = 'invitation.send' and key = ${queued.id}`,
    );
    await runJobsOnce(db, { handlers: { 'invitation.send': (job, d) => handleSendJob(job, d) } });
    const [job] = await queryRows<{ state: string }>(
      db.orm,
      sql`select state from jobs where kind = 'invitation.send' and key = ${queued.id}`,
    );
    assert.equal(job?.state, 'done');
    assert.equal(gateway.received.length, 0);

    // The same id comes back from a source system: they are never contacted again.
    await ingest(['c-1001']);
    await planWorkspaceInvitations(db, workspaceId);
    await sendDue(db, workspaceId);
    assert.equal(gateway.received.length, 0, 'no SMS to an erased customer who had opted out');
    const back = await queryRows<{ status: string; reason: string | null }>(
      db.orm,
      sql`select status, reason from invitations where workspace_id = ${workspaceId} and customer = 'c-1001'`,
    );
    assert.deepEqual(back, [{ status: 'skipped', reason: 'opted_out' }]);
  });

  test('erasing a customer another workspace knows leaves that workspace’s invitations alone', async () => {
    const db = getDb();
    const other = await setUpWorkspace(db);
    const survey = await other.call('POST', '/api/surveys', {
      key: 'csat',
      name: 'CSAT',
      journey: 'repair',
      status: 'active',
      template: { template: 'episode_overall' },
    });
    assert.equal(survey.status, 201);
    const rule = await other.call('POST', '/api/distribution-rules', {
      key: 'hotline-link',
      name: 'CSAT link',
      survey: 'csat',
      enabled: true,
      trigger: { kind: 'moment', journey: 'repair', touchpoint: 'hotline' },
      quietHours: null,
    });
    assert.equal(rule.status, 201, JSON.stringify(rule.body));
    const report = await ingestMoments(db, other.workspaceId, [
      makeMoment({ customer: 'c-2001', episode: 'x', occurredAt: new Date().toISOString() }),
    ]);
    assert.equal(report.rejected, 0);
    await ingest(['c-2001']);
    await planWorkspaceInvitations(db, other.workspaceId);
    await planWorkspaceInvitations(db, workspaceId);
    assert.equal((await heldAbout(db, other.workspaceId, 'c-2001')).invitations, 1);
    assert.equal((await call('DELETE', '/api/customers/c-2001')).status, 200);
    assert.equal((await heldAbout(db, workspaceId, 'c-2001')).invitations, 0);
    assert.equal((await heldAbout(db, other.workspaceId, 'c-2001')).invitations, 1);
  });
});
