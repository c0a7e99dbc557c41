import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { updateSettings } from '../access/settings.ts';
import { drainJobs, startJobRunner } from '../jobs/runner.ts';
import { deliverNotification, sendDigest, setNotifyOptions } from './deliver.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { assertError, setUpWorkspace, mintKey, bearer, clientWith } from '../testing/http.ts';
import type { TTestClient } from '../testing/http.ts';
import { startReceiver, startSmtpReceiver } from '../testing/receivers.ts';
import type { TReceived, TReceiver } from '../testing/receivers.ts';
import { enqueueNotification } from './enqueue-notification.ts';
import { isPrivateAddress } from './send.ts';
import type { TNotification } from './channels.ts';

const FAST = {
  backoff: { baseMs: 20, maxMs: 200 },
  pollMs: 50,
  onError: () => undefined,
  // The notification handlers alone (the registry holds the other areas' too).
  handlers: {
    'notify.deliver': deliverNotification,
    'notify.digest': sendDigest,
  },
};
const WINDOW_MS = 1500;

function notification(workspaceId: string, key: string, over: Partial<TNotification> = {}): TNotification {
  return {
    workspaceId,
    event: 'case.created',
    key,
    title: { 'zh-CN': `新案例 ${key}`, en: `New case ${key}` },
    lines: [
      { 'zh-CN': '触点：热线', en: 'Touchpoint: hotline' },
      { 'zh-CN': '等待 600 秒，底线 300 秒', en: 'Waited 600 s, floor 300 s' },
    ],
    path: `/w/test/cases/${key}`,
    severity: 'high',
    data: { caseId: 1, journeyId: 1, department: 'service' },
    ...over,
  };
}

async function notify(db: TDatabase, n: TNotification): Promise<void> {
  await db.orm.transaction((tx) => enqueueNotification(tx, n));
}

async function createChannel(call: TTestClient, body: Record<string, unknown>) {
  const res = await call('POST', '/api/notification-channels', {
    subscription: { events: ['case.created', 'case.escalated'] },
    ...body,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as {
    id: number;
    secret?: string;
    config: Record<string, unknown>;
    secretHint: string | null;
  };
}

type TDeliveryOut = {
  id: number;
  state: string;
  event: string;
  digestId: number | null;
  attempts: Array<{
    attempt: number;
    status: string;
    httpStatus: number | null;
    durationMs: number | null;
    error: string | null;
  }>;
};

async function deliveriesOf(call: TTestClient, channelId: number): Promise<TDeliveryOut[]> {
  const res = await call('GET', `/api/notification-channels/${channelId}/deliveries?limit=200`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return (res.body as { deliveries: TDeliveryOut[] }).deliveries;
}

async function waitFor(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

forEachDatabase('notification channels', (getDb) => {
  let receiver: TReceiver;
  before(async () => {
    setNotifyOptions(getDb(), {
      allowPrivate: true,
      timeoutMs: 2000,
      maxAttempts: 4,
      rateLimits: { wecom: 5, dingtalk: 5 },
      rateWindowMs: WINDOW_MS,
      publicUrl: 'https://mot.example.com',
    });
    receiver = await startReceiver();
  });
  after(() => receiver.close());

  test('create, read masked, change, delete; bad input is a 400 with the field; audited; others get 403', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const hook = await createChannel(call, {
      name: 'Ops',
      kind: 'webhook',
      url: `${receiver.url}/hook?token=abcdef123456`,
    });
    assert.match(hook.secret ?? '', /^whsec_[A-Za-z0-9+/]{43}=$/);
    assert.equal(Buffer.from((hook.secret ?? '').slice(6), 'base64').length, 32);
    const read = await call('GET', `/api/notification-channels/${hook.id}`);
    assert.equal(read.status, 200);
    const text = JSON.stringify(read.body);
    assert.ok(!text.includes(hook.secret ?? '-'), 'the secret is never answered again');
    assert.ok(!text.includes('abcdef123456'), 'tokens in the URL are masked');
    assert.ok(!('secret' in (read.body as object)));

    const ding = await createChannel(call, {
      name: 'Ding',
      kind: 'dingtalk',
      url: `${receiver.url}/robot/send?access_token=tok-secret-123`,
      secret: 'SECsupersecretvalue',
    });
    const listed = await call('GET', '/api/notification-channels');
    assert.equal(listed.status, 200);
    const all = JSON.stringify(listed.body);
    assert.ok(!all.includes('tok-secret-123') && !all.includes('SECsupersecretvalue'));

    const renamed = await call('PATCH', `/api/notification-channels/${ding.id}`, {
      name: 'DingTalk ops',
      subscription: { events: ['case.overdue'], severities: ['critical'] },
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal((renamed.body as { name: string }).name, 'DingTalk ops');
    // The secret was kept although the change left it out.
    const [stored] = await queryRows<{ secrets: Record<string, string> }>(
      db.orm,
      sql`select secrets from notification_channels where id = ${ding.id}`,
    );
    assert.equal(stored?.secrets['secret'], 'SECsupersecretvalue');
    assert.equal(stored?.secrets['url'], `${receiver.url}/robot/send?access_token=tok-secret-123`);

    const rotated = await call('PATCH', `/api/notification-channels/${hook.id}`, { rotateSecret: true });
    assert.equal(rotated.status, 200);
    assert.notEqual((rotated.body as { secret: string }).secret, hook.secret);

    assertError(
      await call('POST', '/api/notification-channels', {
        name: 'x',
        kind: 'webhook',
        url: 'ftp://example.com',
        subscription: { events: ['case.created'] },
      }),
      400,
      'invalid_input',
      ['url'],
    );
    assertError(
      await call('POST', '/api/notification-channels', {
        name: 'x',
        kind: 'slack',
        url: 'https://hooks.slack.com/services/T/B/X',
        subscription: { events: ['case.closed'] },
      }),
      400,
      'invalid_input',
      ['subscription', 'events', 0],
    );
    assertError(
      await call('POST', '/api/notification-channels', {
        name: 'x',
        kind: 'wecom',
        url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send',
        subscription: { events: ['case.created'] },
      }),
      400,
      'invalid_input',
      ['url'],
    );
    assertError(
      await call('POST', '/api/notification-channels', {
        name: 'x',
        kind: 'email',
        host: 'smtp.example.com',
        from: 'not an address',
        to: ['a@example.com'],
        subscription: { events: ['case.created'] },
      }),
      400,
      'invalid_input',
      ['from'],
    );
    assertError(
      await call('PATCH', `/api/notification-channels/${ding.id}`, { url: 'nope' }),
      400,
      'invalid_input',
      ['url'],
    );
    assertError(await call('GET', '/api/notification-channels/999999999'), 404, 'not_found');

    const viewer = clientWith(
      (await setUpWorkspace(db)).app,
      bearer(await mintKey(db, workspaceId, 'viewer')),
    );
    assertError(await viewer('GET', '/api/notification-channels'), 403, 'forbidden');

    assert.equal((await call('DELETE', `/api/notification-channels/${ding.id}`)).status, 204);
    assertError(await call('GET', `/api/notification-channels/${ding.id}`), 404, 'not_found');
    const audit = await queryRows<{ action: string; summary: unknown }>(
      db.orm,
      sql`select action, summary from audit_log where workspace_id = ${workspaceId} and action like 'notification-channel.%' order by id`,
    );
    assert.deepEqual(
      audit.map((a) => a.action),
      [
        'notification-channel.create',
        'notification-channel.create',
        'notification-channel.update',
        'notification-channel.update',
        'notification-channel.delete',
      ],
    );
    assert.ok(!JSON.stringify(audit).includes('SECsupersecretvalue'));
  });

  test('a private destination is refused unless allowed: at creation and, resolved, at delivery', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '0.0.0.0',
      '100.64.0.1',
    ]) {
      assert.ok(isPrivateAddress(address), address);
    }
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '93.184.216.34']) {
      assert.ok(!isPrivateAddress(address), address);
    }
    const channel = await createChannel(call, {
      name: 'Local',
      kind: 'webhook',
      url: `http://localhost:${receiver.port}/ssrf`,
    });
    setNotifyOptions(db, { allowPrivate: false });
    try {
      assertError(
        await call('POST', '/api/notification-channels', {
          name: 'metadata',
          kind: 'webhook',
          url: 'http://169.254.169.254/latest/meta-data',
          subscription: { events: ['case.created'] },
        }),
        400,
        'invalid_input',
        ['url'],
      );
      // A name is checked by what it resolves to, at delivery: localhost is 127.0.0.1 (or ::1).
      const before = receiver.received.length;
      await notify(db, notification(workspaceId, 'ssrf-1'));
      await drainJobs(db, FAST);
      assert.equal(receiver.received.length, before, 'nothing was sent');
      const [delivery] = await deliveriesOf(call, channel.id);
      assert.equal(delivery?.state, 'failed');
      assert.equal(delivery?.attempts.length, 1);
      assert.equal(delivery?.attempts[0]?.status, 'refused');
      assert.match(delivery?.attempts[0]?.error ?? '', /private, loopback or link-local/);
    } finally {
      setNotifyOptions(db, { allowPrivate: true });
    }
  });

  test('webhook: Standard Webhooks signature verified by the receiver; once per key; language of the workspace', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    await db.orm.transaction((tx) => updateSettings(tx, workspaceId, { language: 'en' }));
    const channel = await createChannel(call, {
      name: 'Hook',
      kind: 'webhook',
      url: `${receiver.url}/signed`,
    });
    const mine = () => receiver.received.filter((r) => r.url === '/signed');
    await notify(db, notification(workspaceId, 'wh-1'));
    await notify(db, notification(workspaceId, 'wh-1'));
    await notify(db, notification(workspaceId, 'wh-other', { event: 'alert.systemic' }));
    await drainJobs(db, FAST);
    assert.equal(mine().length, 1, 'one key, one channel: one message; an unsubscribed event: none');
    const got = mine()[0] as TReceived;
    const verified = new Webhook(channel.secret ?? '').verify(
      got.body,
      got.headers as Record<string, string>,
    ) as {
      type: string;
      data: { title: string; lines: string[]; url: string; severity: string; key: string };
    };
    assert.equal(verified.type, 'case.created');
    assert.equal(verified.data.title, 'New case wh-1');
    assert.deepEqual(verified.data.lines, ['Touchpoint: hotline', 'Waited 600 s, floor 300 s']);
    assert.equal(verified.data.url, 'https://mot.example.com/w/test/cases/wh-1');
    assert.equal(verified.data.key, 'wh-1');
    assert.match(String(got.headers['webhook-id']), /^msg_\d+_\d+$/);
    // A tampered body or another secret fails verification.
    assert.throws(() =>
      new Webhook(channel.secret ?? '').verify(`${got.body} `, got.headers as Record<string, string>),
    );
    const [delivery] = await deliveriesOf(call, channel.id);
    assert.equal(delivery?.state, 'delivered');
    assert.equal(delivery?.attempts[0]?.status, 'ok');
    assert.equal(delivery?.attempts[0]?.httpStatus, 200);
    assert.ok((delivery?.attempts[0]?.durationMs ?? -1) >= 0);
  });

  test('retries 5xx, 408 and 429 with backoff, then fails; a 4xx fails at once; every attempt is logged', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const flaky = await createChannel(call, { name: 'Flaky', kind: 'webhook', url: `${receiver.url}/flaky` });
    const down = await createChannel(call, { name: 'Down', kind: 'slack', url: `${receiver.url}/down` });
    const gone = await createChannel(call, { name: 'Gone', kind: 'slack', url: `${receiver.url}/gone` });
    const statuses = [503, 429, 408];
    const answer = receiver.answer;
    receiver.answer = (r) => {
      if (r.url === '/flaky') return { status: statuses.shift() ?? 200 };
      if (r.url === '/down') return { status: 500 };
      if (r.url === '/gone') return { status: 404 };
      return answer(r);
    };
    try {
      await notify(db, notification(workspaceId, 'retry-1'));
      await drainJobs(db, FAST);
    } finally {
      receiver.answer = answer;
    }
    const [ok] = await deliveriesOf(call, flaky.id);
    assert.equal(ok?.state, 'delivered');
    assert.deepEqual(
      ok?.attempts.map((a) => [a.attempt, a.status, a.httpStatus]),
      [
        [1, 'retry', 503],
        [2, 'retry', 429],
        [3, 'retry', 408],
        [4, 'ok', 200],
      ],
    );
    const [failed] = await deliveriesOf(call, down.id);
    assert.equal(failed?.state, 'failed');
    assert.equal(failed?.attempts.length, 4, 'maxAttempts');
    assert.equal(failed?.attempts.at(-1)?.status, 'failed');
    const [refused] = await deliveriesOf(call, gone.id);
    assert.equal(refused?.state, 'failed');
    assert.equal(refused?.attempts.length, 1, 'a 404 is not retried');
    assert.match(refused?.attempts[0]?.error ?? '', /HTTP 404/);
  });

  test('WeCom, DingTalk and Slack receivers check their documented format (and the DingTalk signature)', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const dingSecret = 'SEC0123456789abcdef';
    await createChannel(call, {
      name: 'WeCom',
      kind: 'wecom',
      url: `${receiver.url}/cgi-bin/webhook/send?key=wk-1`,
    });
    await createChannel(call, {
      name: 'Ding',
      kind: 'dingtalk',
      url: `${receiver.url}/robot/send?access_token=dt-1`,
      secret: dingSecret,
    });
    await createChannel(call, { name: 'Slack', kind: 'slack', url: `${receiver.url}/services/T1/B1/X1` });
    const problems: string[] = [];
    const answer = receiver.answer;
    receiver.answer = (r) => {
      const url = new URL(r.url, 'http://x');
      if (url.pathname === '/cgi-bin/webhook/send') {
        const body = JSON.parse(r.body) as { msgtype?: string; markdown?: { content?: unknown } };
        if (url.searchParams.get('key') !== 'wk-1')
          return { status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url' } };
        if (body.msgtype !== 'markdown' || typeof body.markdown?.content !== 'string') {
          problems.push(`wecom body ${r.body}`);
          return { status: 200, body: { errcode: 40008, errmsg: 'invalid message type' } };
        }
        if (Buffer.byteLength(body.markdown.content) > 4096) problems.push('wecom content over 4096 bytes');
        return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
      }
      if (url.pathname === '/robot/send') {
        const timestamp = Number(url.searchParams.get('timestamp'));
        const expected = createHmac('sha256', dingSecret)
          .update(`${timestamp}\n${dingSecret}`)
          .digest('base64');
        if (url.searchParams.get('access_token') !== 'dt-1') problems.push('dingtalk token');
        if (Math.abs(Date.now() - timestamp) > 3_600_000) {
          return { status: 200, body: { errcode: 310000, errmsg: 'timestamp out of window' } };
        }
        // The sign arrives URL-encoded in the query; searchParams decodes it back.
        if (
          url.searchParams.get('sign') !== expected ||
          !r.url.includes(`sign=${encodeURIComponent(expected)}`)
        ) {
          problems.push(`dingtalk sign ${url.searchParams.get('sign')} != ${expected}`);
          return { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } };
        }
        const body = JSON.parse(r.body) as {
          msgtype?: string;
          markdown?: { title?: unknown; text?: unknown };
        };
        if (
          body.msgtype !== 'markdown' ||
          typeof body.markdown?.title !== 'string' ||
          typeof body.markdown.text !== 'string'
        ) {
          problems.push(`dingtalk body ${r.body}`);
        }
        return { status: 200, body: { errcode: 0, errmsg: 'ok' } };
      }
      if (url.pathname.startsWith('/services/')) {
        const body = JSON.parse(r.body) as { text?: unknown; blocks?: Array<{ type: string }> };
        if (
          typeof body.text !== 'string' ||
          !Array.isArray(body.blocks) ||
          body.blocks[0]?.type !== 'header'
        ) {
          problems.push(`slack body ${r.body}`);
          return { status: 400, body: 'invalid_blocks' };
        }
        return { status: 200, body: 'ok' };
      }
      return answer(r);
    };
    const before = receiver.received.length;
    try {
      await notify(db, notification(workspaceId, 'robots-1', { severity: 'critical' }));
      await drainJobs(db, FAST);
    } catch (error) {
      receiver.answer = answer;
      throw error;
    }
    assert.deepEqual(problems, []);
    const got = receiver.received.slice(before);
    assert.equal(got.length, 3);
    const wecom = JSON.parse(got.find((r) => r.url.startsWith('/cgi-bin'))?.body ?? '{}') as {
      markdown: { content: string };
    };
    // zh-CN is the default language of a workspace.
    assert.match(wecom.markdown.content, /新案例 robots-1/);
    assert.match(wecom.markdown.content, /<font color="warning">/);
    assert.match(
      wecom.markdown.content,
      /\[查看详情\]\(https:\/\/mot\.example\.com\/w\/test\/cases\/robots-1\)/,
    );
    const slack = JSON.parse(got.find((r) => r.url.startsWith('/services'))?.body ?? '{}') as {
      text: string;
    };
    assert.equal(slack.text, '新案例 robots-1');
    // A wrong WeCom key is an answer, not a retry.
    const wrong = await createChannel(call, {
      name: 'Wrong',
      kind: 'wecom',
      url: `${receiver.url}/cgi-bin/webhook/send?key=nope`,
    });
    try {
      await notify(db, notification(workspaceId, 'robots-2'));
      await drainJobs(db, FAST);
    } finally {
      receiver.answer = answer;
    }
    const [failed] = await deliveriesOf(call, wrong.id);
    assert.equal(failed?.state, 'failed');
    assert.equal(failed?.attempts.length, 1);
    assert.match(failed?.attempts[0]?.error ?? '', /errcode 93000/);
  });

  test('e-mail: received by an SMTP server, with its subject, recipients, body and login', async () => {
    const db = getDb();
    const smtp = await startSmtpReceiver();
    try {
      const { call, workspaceId } = await setUpWorkspace(db);
      await db.orm.transaction((tx) => updateSettings(tx, workspaceId, { language: 'en' }));
      const channel = await createChannel(call, {
        name: 'Mail',
        kind: 'email',
        host: '127.0.0.1',
        port: smtp.port,
        user: 'mot',
        password: 'smtp-password',
        from: 'mot@example.com',
        to: ['lead@example.com', 'head@example.com'],
      });
      assert.ok(!JSON.stringify(channel).includes('smtp-password'));
      await notify(db, notification(workspaceId, 'mail-1'));
      await drainJobs(db, FAST);
      assert.equal(smtp.mails.length, 1);
      const mail = smtp.mails[0];
      assert.deepEqual(mail?.to, ['lead@example.com', 'head@example.com']);
      assert.equal(mail?.from, 'mot@example.com');
      assert.match(mail?.raw ?? '', /^Subject: \[mot\] New case mail-1\r?$/m);
      assert.match(mail?.raw ?? '', /Touchpoint: hotline/);
      assert.match(mail?.raw ?? '', /https:\/\/mot\.example\.com\/w\/test\/cases\/mail-1/);
      assert.deepEqual(smtp.logins, [{ username: 'mot', password: 'smtp-password' }]);
      const [delivery] = await deliveriesOf(call, channel.id);
      assert.equal(delivery?.state, 'delivered');
    } finally {
      await smtp.close();
    }
  });

  test('subscriptions narrow by event, journey, department and severity; "send test" reaches any channel', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const narrowed = await createChannel(call, {
      name: 'Critical service',
      kind: 'slack',
      url: `${receiver.url}/services/narrow`,
      subscription: {
        events: ['case.escalated'],
        journeys: ['j7'],
        departments: ['service'],
        severities: ['critical'],
      },
    });
    const cases = [
      notification(workspaceId, 'n-hit', {
        event: 'case.escalated',
        severity: 'critical',
        data: { journey: 'j7', department: 'service' },
      }),
      notification(workspaceId, 'n-event', {
        event: 'case.created',
        severity: 'critical',
        data: { journey: 'j7', department: 'service' },
      }),
      notification(workspaceId, 'n-journey', {
        event: 'case.escalated',
        severity: 'critical',
        data: { journey: 'j8', department: 'service' },
      }),
      notification(workspaceId, 'n-dept', {
        event: 'case.escalated',
        severity: 'critical',
        data: { journey: 'j7', department: 'sales' },
      }),
      notification(workspaceId, 'n-sev', {
        event: 'case.escalated',
        severity: 'low',
        data: { journey: 'j7', department: 'service' },
      }),
    ];
    for (const n of cases) await notify(db, n);
    const test = await call('POST', `/api/notification-channels/${narrowed.id}/test`, {});
    assert.equal(test.status, 202);
    const { deliveryId } = test.body as { deliveryId: number };
    await drainJobs(db, FAST);
    const deliveries = await deliveriesOf(call, narrowed.id);
    assert.deepEqual(deliveries.map((d) => d.event).sort(), ['case.escalated', 'test']);
    assert.equal(deliveries.find((d) => d.id === deliveryId)?.state, 'delivered');
    const bodies = receiver.received
      .filter((r) => r.url === '/services/narrow')
      .map((r) => JSON.parse(r.body) as { text: string });
    assert.deepEqual(bodies.map((b) => b.text).sort(), ['mot 测试消息：Critical service', '新案例 n-hit']);
    // A notification naming its journey by id (as cases do) matches a channel narrowed to the journey's key.
    const [journey] = await queryRows<{ id: string | number; key: string }>(
      db.orm,
      sql`select id, key from journeys where workspace_id = ${workspaceId} limit 1`,
    );
    const byJourney = await createChannel(call, {
      name: 'One journey',
      kind: 'slack',
      url: `${receiver.url}/services/journey`,
      subscription: { events: ['case.created'], journeys: [journey?.key] },
    });
    await notify(db, notification(workspaceId, 'j-hit', { data: { journeyId: Number(journey?.id) } }));
    await notify(
      db,
      notification(workspaceId, 'j-miss', { data: { journeyId: Number(journey?.id) + 1000 } }),
    );
    await drainJobs(db, FAST);
    assert.deepEqual(
      (await deliveriesOf(call, byJourney.id)).map((d) => d.state),
      ['delivered'],
    );
  });

  test('over the rate limit, messages are combined into a digest, none dropped, the limit kept', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const dingSecret = 'SECrate';
    const channel = await createChannel(call, {
      name: 'Busy robot',
      kind: 'dingtalk',
      url: `${receiver.url}/robot/send?access_token=busy`,
      secret: dingSecret,
    });
    const answer = receiver.answer;
    receiver.answer = (r) =>
      r.url.startsWith('/robot/send') ? { status: 200, body: { errcode: 0, errmsg: 'ok' } } : answer(r);
    const mine = () => receiver.received.filter((r) => r.url.includes('access_token=busy'));
    try {
      for (let i = 0; i < 12; i += 1) await notify(db, notification(workspaceId, `burst-${i}`));
      await drainJobs(db, FAST);
    } finally {
      receiver.answer = answer;
    }
    const got = mine();
    assert.equal(got.length, 6, '5 within the limit, then one digest');
    const texts = got.map((r) => (JSON.parse(r.body) as { markdown: { text: string } }).markdown.text);
    const digest = texts.at(-1) ?? '';
    assert.match(digest, /7 条通知/);
    const mentioned = new Set([...texts.join('\n').matchAll(/新案例 (burst-\d+)/g)].map((m) => m[1]));
    assert.equal(mentioned.size, 12, 'every message is in a message or the digest');
    // Never more than the limit in any window.
    for (const r of got) {
      const inWindow = got.filter((o) => o.at >= r.at && o.at < r.at + WINDOW_MS).length;
      assert.ok(inWindow <= 5, `${inWindow} requests within a window`);
    }
    const deliveries = await deliveriesOf(call, channel.id);
    const states = deliveries.map((d) => d.state).sort();
    assert.deepEqual(states.filter((s) => s === 'digested').length, 7);
    assert.deepEqual(states.filter((s) => s === 'delivered').length, 6);
  });

  test('a receiver down for a while gets every message once it is back', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const flaky = await startReceiver();
    const channel = await createChannel(call, {
      name: 'Down then back',
      kind: 'webhook',
      url: `${flaky.url}/back`,
    });
    setNotifyOptions(db, { maxAttempts: 100 });
    const runner = await startJobRunner(db, {
      ...FAST,
      backoff: { baseMs: 100, maxMs: 800 },
      concurrency: 4,
    });
    try {
      await flaky.stop();
      for (let i = 0; i < 10; i += 1) await notify(db, notification(workspaceId, `down-${i}`));
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const refused = await deliveriesOf(call, channel.id);
      assert.ok(
        refused.every((d) => d.state === 'pending'),
        'still pending while down',
      );
      assert.ok(
        refused.every((d) => d.attempts.length >= 2),
        'retried while down',
      );
      const back = Date.now();
      await flaky.start();
      await waitFor('every delivery', async () =>
        (await deliveriesOf(call, channel.id)).every((d) => d.state === 'delivered'),
      );
      const ids = new Set(flaky.received.map((r) => String(r.headers['webhook-id'])));
      assert.equal(ids.size, 10);
      assert.equal(flaky.received.length, 10, 'each once: nothing was half-sent while down');
      process.stdout.write(
        `# ${db.kind}: all 10 delivered ${Date.now() - back} ms after the receiver came back\n`,
      );
    } finally {
      setNotifyOptions(db, { maxAttempts: 4 });
      await runner.stop();
      await flaky.close();
    }
  });

  test('the server runner delivers within milliseconds of the commit', async () => {
    const db = getDb();
    const { call, workspaceId } = await setUpWorkspace(db);
    const fast = await startReceiver();
    await createChannel(call, { name: 'Latency', kind: 'webhook', url: `${fast.url}/latency` });
    const runner = await startJobRunner(db, { ...FAST, pollMs: 5000 });
    try {
      const latencies: number[] = [];
      for (let i = 0; i < 20; i += 1) {
        const started = Date.now();
        await notify(db, notification(workspaceId, `lat-${i}`));
        await waitFor('the message', () => fast.received.length > i, 5000);
        latencies.push((fast.received[i]?.at ?? 0) - started);
      }
      latencies.sort((a, b) => a - b);
      const p50 = latencies[10] ?? 0;
      process.stdout.write(
        `# ${db.kind}: commit to webhook received, p50 ${p50} ms, max ${latencies.at(-1)} ms\n`,
      );
      assert.ok(p50 < 1000);
    } finally {
      await runner.stop();
      await fast.close();
    }
  });
});
