import assert from 'node:assert/strict';
import { createHmac, randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { setNotifyOptions } from '../../notify/deliver.ts';
import { queryRows } from '../../storage/database.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, bearer, clientWith, mintKey, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import { makeMoment } from '../../testing/factories.ts';
import { startReceiver, startSmtpReceiver } from '../../testing/receivers.ts';
import type { TReceived, TReceiver } from '../../testing/receivers.ts';
import { sendInvitation } from './index.ts';
import type { TInvitationMessage } from './index.ts';
import { countSms } from './render.ts';

const SECRET = 'gateway-secret-0123456789';

const definition = {
  title: { default: 'After the repair', 'zh-cn': '维修之后' },
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'rating',
          name: 'visit',
          title: { default: 'How was the visit?', 'zh-cn': '上门服务如何？' },
          rateMin: 1,
          rateMax: 5,
          mot: { role: 'touchpoint_rating', touchpoint: 'visit' },
        },
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
      ],
    },
  ],
};

/** The check a gateway makes: the HMAC of timestamp "." body with the shared secret, in constant time. */
function signatureHolds(r: TReceived, secret: string): boolean {
  const timestamp = String(r.headers['x-mot-timestamp'] ?? '');
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${r.body}`).digest('hex')}`;
  const age = Math.abs(Date.now() / 1000 - Number(timestamp));
  return r.headers['x-mot-signature'] === expected && age < 300;
}

forEachDatabase('survey invitation channels', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;
  let gateway: TReceiver;
  let smtp: Awaited<ReturnType<typeof startSmtpReceiver>>;

  const mint = async (customer: string, episode: string, language: 'zh-CN' | 'en', channel: string) => {
    const res = await call('POST', '/api/surveys/after-repair/links', {
      links: [{ customer, episode, language, channel }],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const link = (res.body as { links: Array<{ url: string; expiresAt: string }> }).links[0];
    assert.ok(link?.url, JSON.stringify(res.body));
    return link;
  };

  const message = (
    over: Partial<TInvitationMessage> & Pick<TInvitationMessage, 'channel' | 'customer' | 'url'>,
  ): TInvitationMessage => ({
    workspaceId,
    invitationId: randomUUID(),
    idempotencyKey: `inv-${randomUUID()}`,
    language: 'zh-CN',
    surveyKey: 'after-repair',
    surveyTitle: '维修之后',
    expiresAt: new Date('2031-01-31T00:00:00Z'),
    reminder: false,
    ...over,
  });

  const setAttributes = async (customer: string, attributes: Record<string, unknown>) => {
    await getDb().orm.execute(
      sql`insert into customers (workspace_id, external_id, attributes)
          values (${workspaceId}, ${customer}, ${JSON.stringify(attributes)}::jsonb)
          on conflict (workspace_id, external_id) do update set attributes = excluded.attributes`,
    );
  };

  before(async () => {
    setNotifyOptions(getDb(), { allowPrivate: true, timeoutMs: 1500, publicUrl: 'https://mot.example.com' });
    gateway = await startReceiver();
    smtp = await startSmtpReceiver();
    ({ call, workspaceId } = await setUpWorkspace(getDb()));
    const created = await call('POST', '/api/surveys', {
      key: 'after-repair',
      name: '维修之后',
      journey: 'repair',
      definition,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await call('PATCH', '/api/surveys/after-repair', { status: 'active' })).status, 200);
  });
  after(async () => {
    await gateway.close();
    await smtp.close();
  });

  test('SMS: a signed request with 【签名】, the link and 退订; 200 sent, 500 retried, 400 failed; all logged', async () => {
    const put = await call('PUT', '/api/survey-channels/sms', {
      url: `${gateway.url}/sms?token=abcdef123456`,
      secret: SECRET,
      signature: '某某维修',
      templates: {
        'zh-CN': '您好，请评价“{survey}”：{link} ，{expires}前有效。',
        en: 'Please rate "{survey}": {link} (until {expires}).',
      },
      unsubscribe: { 'zh-CN': '回T退订', en: 'Reply T to unsubscribe' },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const shown = JSON.stringify(put.body);
    assert.ok(!shown.includes(SECRET) && !shown.includes('abcdef123456'), shown);

    await setAttributes('c-sms', { phone: '13800138000' });
    const link = await mint('c-sms', 'e-sms', 'zh-CN', 'sms');
    const answers = [200, 500, 400];
    gateway.received.length = 0;
    gateway.answer = () => {
      const status = answers.shift() ?? 200;
      return { status, body: status === 200 ? { code: 0, messageId: 'm-1' } : { error: `status ${status}` } };
    };
    const m = message({ channel: 'sms', customer: 'c-sms', url: link.url });
    const first = await sendInvitation(getDb(), m);
    assert.deepEqual([first.status, first.retry], ['sent', false], JSON.stringify(first));
    assert.deepEqual(first.response, { code: 0, messageId: 'm-1' });
    const second = await sendInvitation(getDb(), m);
    assert.deepEqual([second.status, second.retry], ['failed', true], JSON.stringify(second));
    const third = await sendInvitation(getDb(), m);
    assert.deepEqual([third.status, third.retry], ['failed', false], JSON.stringify(third));

    assert.equal(gateway.received.length, 3);
    for (const r of gateway.received) {
      assert.ok(signatureHolds(r, SECRET), 'the signature verifies with the secret');
      assert.ok(!signatureHolds(r, `${SECRET}x`), 'and not with another');
      assert.equal(r.headers['idempotency-key'], m.idempotencyKey);
      assert.equal(r.url, '/sms?token=abcdef123456');
    }
    const body = JSON.parse(gateway.received[0]?.body ?? '{}') as Record<string, unknown>;
    assert.equal(body['to'], '13800138000');
    assert.equal(body['text'], `【某某维修】您好，请评价“维修之后”：${link.url} ，2031-01-31前有效。回T退订`);
    assert.equal(body['encoding'], 'ucs2');
    assert.equal(body['segments'], countSms(String(body['text'])).segments);

    const log = await call('GET', '/api/survey-channels/deliveries?kind=sms&limit=3');
    assert.equal(log.status, 200, JSON.stringify(log.body));
    const rows = (log.body as { deliveries: Array<Record<string, unknown>> }).deliveries;
    assert.deepEqual(
      rows.map((r) => [r['status'], r['retry'], r['httpStatus']]),
      [
        ['failed', false, 400],
        ['failed', true, 500],
        ['sent', false, 200],
      ],
    );
    assert.equal(rows[2]?.['address'], '138****8000');
    assert.match(String(rows[1]?.['response']), /status 500/);
    assert.ok(rows.every((r) => typeof r['durationMs'] === 'number'));
  });

  test('SMS in English; a timeout is retried; a customer without a phone is not sendable', async () => {
    await setAttributes('c-en', { phone: '+441234567890' });
    const link = await mint('c-en', 'e-en', 'en', 'sms');
    gateway.received.length = 0;
    gateway.answer = () => ({ status: 200 });
    const sent = await sendInvitation(
      getDb(),
      message({
        channel: 'sms',
        customer: 'c-en',
        url: link.url,
        language: 'en',
        surveyTitle: 'After the repair',
      }),
    );
    assert.equal(sent.status, 'sent', JSON.stringify(sent));
    const text = (JSON.parse(gateway.received[0]?.body ?? '{}') as { text: string }).text;
    assert.equal(
      text,
      `【某某维修】Please rate "After the repair": ${link.url} (until 2031-01-31). Reply T to unsubscribe`,
    );

    gateway.answer = () => new Promise(() => undefined);
    const slow = await sendInvitation(
      getDb(),
      message({ channel: 'sms', customer: 'c-en', url: link.url, language: 'en' }),
    );
    assert.deepEqual([slow.status, slow.retry], ['failed', true], JSON.stringify(slow));
    assert.match(slow.detail, /no answer within/);
    gateway.answer = () => ({ status: 200 });

    await setAttributes('c-nophone', { email: 'x@example.com' });
    const none = await sendInvitation(
      getDb(),
      message({ channel: 'sms', customer: 'c-nophone', url: link.url }),
    );
    assert.deepEqual(none, { status: 'not_sendable', retry: false, detail: 'no phone attribute' });
    const unknown = await sendInvitation(
      getDb(),
      message({ channel: 'sms', customer: 'nobody', url: link.url }),
    );
    assert.deepEqual([unknown.status, unknown.retry], ['not_sendable', false]);
  });

  test('WeChat: the template message with the mapped fields and the openid, signed', async () => {
    const unset = await sendInvitation(
      getDb(),
      message({ channel: 'wechat', customer: 'c-wx', url: 'https://x.example/s/a' }),
    );
    assert.deepEqual([unset.status, unset.detail], ['not_sendable', 'the wechat channel is not configured']);
    const put = await call('PUT', '/api/survey-channels/wechat', {
      url: `${gateway.url}/wechat`,
      secret: SECRET,
      templateId: 'TPL-1',
      fields: {
        thing1: { 'zh-CN': '{survey}', en: '{survey}' },
        remark: { 'zh-CN': '{unsubscribe}', en: '{unsubscribe}' },
      },
      openidAttribute: 'openid',
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    await setAttributes('c-wx', { openid: 'oABC123' });
    const link = await mint('c-wx', 'e-wx', 'zh-CN', 'wechat');
    gateway.received.length = 0;
    const sent = await sendInvitation(
      getDb(),
      message({ channel: 'wechat', customer: 'c-wx', url: link.url }),
    );
    assert.equal(sent.status, 'sent', JSON.stringify(sent));
    const r = gateway.received[0];
    assert.ok(r && signatureHolds(r, SECRET));
    const body = JSON.parse(r.body) as { message: Record<string, unknown> };
    assert.deepEqual(body.message, {
      touser: 'oABC123',
      template_id: 'TPL-1',
      url: link.url,
      data: { thing1: { value: '维修之后' }, remark: { value: '回T退订' } },
    });
  });

  test('e-mail: a multipart mail with the link and List-Unsubscribe through a real SMTP server', async () => {
    const put = await call('PUT', '/api/survey-channels/email', {
      host: '127.0.0.1',
      port: smtp.port,
      user: 'mailer',
      password: 'smtp-password-1',
      from: 'survey@example.com',
      subjects: { 'zh-CN': '请评价：{survey}', en: 'Your opinion on {survey}' },
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.ok(!JSON.stringify(put.body).includes('smtp-password-1'));
    await setAttributes('c-mail', { email: 'wang@example.com' });
    const link = await mint('c-mail', 'e-mail', 'zh-CN', 'email');
    const sent = await sendInvitation(
      getDb(),
      message({ channel: 'email', customer: 'c-mail', url: link.url }),
    );
    assert.equal(sent.status, 'sent', JSON.stringify(sent));
    const mail = smtp.mails.at(-1);
    assert.ok(mail);
    assert.deepEqual(mail.to, ['wang@example.com']);
    assert.deepEqual(smtp.logins.at(-1), { username: 'mailer', password: 'smtp-password-1' });
    assert.match(mail.raw, /multipart\/alternative/);
    assert.match(mail.raw, /text\/plain/);
    assert.match(mail.raw, /text\/html/);
    const token = link.url.split('/s/')[1] ?? '';
    const headers = mail.raw.split('\r\n\r\n')[0]?.replace(/\r\n[ \t]+/g, ' ') ?? '';
    const origin = new URL(link.url).origin;
    assert.ok(
      headers.includes(`List-Unsubscribe: <${origin}/api/public/surveys/${token}/unsubscribe>`),
      headers,
    );
    assert.match(headers, /List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    // The link is in both parts (quoted-printable may fold lines: unfold first).
    const unfolded = mail.raw.replace(/=\r?\n/g, '');
    assert.ok(
      unfolded.split(token).length - 1 >= 5,
      'the link in both parts (the page and its 退订 button) and the header',
    );
  });

  test('phone: a callback task for the department whose answers become a survey answer once', async () => {
    const db = getDb();
    const put = await call('PUT', '/api/survey-channels/phone', { department: 'care' });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const moments = await call('POST', '/api/moments', {
      moments: [makeMoment({ customer: 'c-ph', episode: 'e-ph' })],
    });
    assert.equal(moments.status, 200, JSON.stringify(moments.body));
    await setAttributes('c-ph', { phone: '13900139000' });
    const link = await mint('c-ph', 'e-ph', 'zh-CN', 'phone');
    const m = message({
      channel: 'phone',
      customer: 'c-ph',
      url: link.url,
      episode: 'e-ph',
      journey: 'repair',
    });
    const sent = await sendInvitation(db, m);
    assert.equal(sent.status, 'sent', JSON.stringify(sent));
    const callback = (sent.response as { callback: number }).callback;
    const again = await sendInvitation(db, m);
    assert.deepEqual(again.response, { callback }, 'a retried send plans no second call');
    const [row] = await queryRows<{ state: string; case_id: unknown; n: number | string }>(
      db.orm,
      sql`select state, case_id, (select count(*) from callbacks where workspace_id = ${workspaceId}) as n
          from callbacks where workspace_id = ${workspaceId} and id = ${callback}`,
    );
    assert.deepEqual([row?.state, row?.case_id, Number(row?.n)], ['planned', null, 1]);
    // The call's script opens and closes a survey: no apology, no "is the problem solved?".
    const detail = (await call('GET', `/api/callbacks/${callback}`)).body as {
      script: Record<string, string | undefined>;
    };
    assert.deepEqual(Object.keys(detail.script).sort(), ['closing', 'greeting', 'opening']);

    const form = await call('GET', `/api/survey-channels/phone/callbacks/${callback}`);
    assert.equal(form.status, 200, JSON.stringify(form.body));
    const survey = form.body as { language: string; closed: unknown; form: { definition: unknown } };
    assert.deepEqual([survey.language, survey.closed], ['zh-CN', null]);
    assert.deepEqual(survey.form.definition, definition);

    // An agent works only their own and unassigned callbacks, as on the callbacks routes.
    const agent = clientWith((await setUpWorkspace(db)).app, bearer(await mintKey(db, workspaceId, 'agent')));
    assert.equal((await agent('GET', `/api/survey-channels/phone/callbacks/${callback}`)).status, 200);
    await db.orm.execute(
      sql`update callbacks set assignee_user_id = 'someone-else' where workspace_id = ${workspaceId} and id = ${callback}`,
    );
    assertError(await agent('GET', `/api/survey-channels/phone/callbacks/${callback}`), 404, 'not_found');
    assertError(
      await agent('POST', `/api/survey-channels/phone/callbacks/${callback}/answers`, {
        answers: { visit: 4 },
      }),
      404,
      'not_found',
    );
    assertError(
      await call('POST', `/api/survey-channels/phone/callbacks/${callback}/answers`, {
        answers: { visit: 9 },
      }),
      400,
      'invalid_input',
    );
    // A survey by phone is never asked "is the problem solved?": a reached call is its answers.
    assertError(
      await call('POST', `/api/callbacks/${callback}/attempts`, { reached: true, solved: true }),
      400,
      'invalid_input',
      ['solved'],
    );
    const missed = await call('POST', `/api/callbacks/${callback}/attempts`, { reached: false });
    assert.equal(missed.status, 200, JSON.stringify(missed.body));
    assert.deepEqual((missed.body as { state: string; attempts: number }).attempts, 1);
    const answered = await call('POST', `/api/survey-channels/phone/callbacks/${callback}/answers`, {
      answers: { visit: 4, nps: 9 },
    });
    assert.equal(answered.status, 201, JSON.stringify(answered.body));
    // The answers finish the callback: reached on its second attempt, nothing said of a problem solved, and
    // no callback moment of its own (the answers are the episode's moments).
    const done = (await call('GET', `/api/callbacks/${callback}`)).body as {
      state: string;
      reached: boolean;
      solved: unknown;
      attemptLog: Array<{ reached: boolean; solved: unknown }>;
    };
    assert.deepEqual(
      [done.state, done.reached, done.solved, done.attemptLog.map((a) => [a.reached, a.solved])],
      [
        'done',
        true,
        null,
        [
          [false, null],
          [true, null],
        ],
      ],
    );
    const momentJobs = await queryRows<{ n: number | string }>(
      db.orm,
      sql`select count(*) as n from jobs where workspace_id = ${workspaceId} and kind = 'callback.moment'
          and key = ${`${workspaceId}:${callback}`}`,
    );
    assert.equal(Number(momentJobs[0]?.n), 0);
    const answerId = (answered.body as { answer: string }).answer;
    const [stored] = await queryRows<{ customer: string; episode: string; answers: unknown }>(
      db.orm,
      sql`select customer, episode, answers from survey_answers where workspace_id = ${workspaceId} and id = ${answerId}`,
    );
    assert.deepEqual(stored, { customer: 'c-ph', episode: 'e-ph', answers: { visit: 4, nps: 9 } });
    assertError(
      await call('POST', `/api/survey-channels/phone/callbacks/${callback}/answers`, {
        answers: { visit: 1 },
      }),
      409,
      'already_answered',
    );
    const closed = (await call('GET', `/api/survey-channels/phone/callbacks/${callback}`)).body as {
      closed: string;
      answer: string;
    };
    assert.deepEqual([closed.closed, closed.answer], ['answered', answerId]);

    // A customer with no episode to attach a call to.
    await setAttributes('c-ph2', { phone: '13900139001' });
    const link2 = await mint('c-ph2', 'e-none', 'zh-CN', 'phone');
    const none = await sendInvitation(db, message({ channel: 'phone', customer: 'c-ph2', url: link2.url }));
    assert.deepEqual([none.status, none.retry], ['not_sendable', false]);
  });

  test('test message, bad input by field, private hosts, permissions and another workspace', async () => {
    gateway.received.length = 0;
    const sent = await call('POST', '/api/survey-channels/sms/test', {
      address: '13700137000',
      language: 'zh-CN',
    });
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal((sent.body as { status: string }).status, 'sent');
    const text = (JSON.parse(gateway.received[0]?.body ?? '{}') as { text: string; test: boolean }).text;
    assert.match(text, /^【某某维修】.*测试调查.*回T退订$/);
    const log = (await call('GET', '/api/survey-channels/deliveries?limit=1')).body as {
      deliveries: Array<{ test: boolean; address: string }>;
    };
    assert.deepEqual(log.deliveries[0], { ...log.deliveries[0], test: true, address: '137****7000' });
    assertError(
      await call('POST', '/api/survey-channels/phone/test', { address: '1' }),
      400,
      'invalid_input',
    );
    assertError(await call('POST', '/api/survey-channels/sms/test', {}), 400, 'invalid_input', ['address']);

    // A secret left out keeps the stored one; a masked URL stands for the stored one.
    const current = (await call('GET', '/api/survey-channels/sms')).body as {
      settings: Record<string, unknown>;
    };
    const kept = await call('PUT', '/api/survey-channels/sms', { ...current.settings });
    assert.equal(kept.status, 200, JSON.stringify(kept.body));
    gateway.received.length = 0;
    await call('POST', '/api/survey-channels/sms/test', { address: '13700137000' });
    const r = gateway.received[0];
    assert.ok(r && signatureHolds(r, SECRET) && r.url === '/sms?token=abcdef123456');

    assertError(
      await call('PUT', '/api/survey-channels/sms', {
        ...current.settings,
        templates: { 'zh-CN': '{link} {name}', en: '{link}' },
      }),
      400,
      'invalid_input',
      ['templates', 'zh-CN'],
    );
    assertError(
      await call('PUT', '/api/survey-channels/sms', { ...current.settings, signature: '【某某】' }),
      400,
      'invalid_input',
      ['signature'],
    );
    assertError(await call('PUT', '/api/survey-channels/wechat', { url: 'ftp://x' }), 400, 'invalid_input');
    assertError(await call('PUT', '/api/survey-channels/fax', {}), 400, 'invalid_input');

    setNotifyOptions(getDb(), { allowPrivate: false });
    try {
      assertError(
        await call('PUT', '/api/survey-channels/sms', { ...current.settings, url: 'http://127.0.0.1:9/sms' }),
        400,
        'invalid_input',
        ['url'],
      );
      assertError(
        await call('PUT', '/api/survey-channels/email', {
          host: 'localhost',
          from: 'a@example.com',
          subjects: { 'zh-CN': '{survey}', en: '{survey}' },
        }),
        400,
        'invalid_input',
        ['host'],
      );
    } finally {
      setNotifyOptions(getDb(), { allowPrivate: true });
    }

    const viewer = clientWith(
      (await setUpWorkspace(getDb())).app,
      bearer(await mintKey(getDb(), workspaceId, 'viewer')),
    );
    assertError(await viewer('GET', '/api/survey-channels'), 403, 'forbidden');

    const other = await setUpWorkspace(getDb());
    const theirs = (await other.call('GET', '/api/survey-channels')).body as {
      channels: Array<{ kind: string; configured: boolean }>;
    };
    assert.ok(
      theirs.channels.every((c) => !c.configured),
      'another workspace sees none of these settings',
    );
    const theirLog = (await other.call('GET', '/api/survey-channels/deliveries')).body as {
      deliveries: unknown[];
    };
    assert.deepEqual(theirLog.deliveries, []);
    const phoneTask = await queryRows<{ callback_id: number | string }>(
      getDb().orm,
      sql`select callback_id from survey_phone_tasks where workspace_id = ${workspaceId} limit 1`,
    );
    assertError(
      await other.call('GET', `/api/survey-channels/phone/callbacks/${String(phoneTask[0]?.callback_id)}`),
      404,
      'not_found',
    );
  });
});
