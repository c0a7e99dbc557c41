import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TTimeline = { episodes: Array<{ key: string }>; moments: Array<{ eventId: string; episode: string }> };

forEachDatabase('GET /api/customers/{customer}/timeline', (getDb) => {
  test("lists the customer's episodes and moments in order, and only theirs", async () => {
    const { call } = await setUpWorkspace(getDb());
    const at = (day: number) => new Date(Date.UTC(2026, 3, day)).toISOString();
    await call('POST', '/api/moments', {
      moments: [
        makeMoment({ eventId: 'b', customer: 'zhang', episode: 'case-2', occurredAt: at(5) }),
        makeMoment({ eventId: 'a', customer: 'zhang', episode: 'case-1', occurredAt: at(1) }),
        makeMoment({ eventId: 'x', customer: 'li', episode: 'case-3', occurredAt: at(2) }),
      ],
    });
    const res = await call('GET', '/api/customers/zhang/timeline');
    assert.equal(res.status, 200);
    const timeline = res.body as TTimeline;
    assert.deepEqual(
      timeline.moments.map((m) => [m.eventId, m.episode]),
      [
        ['a', 'case-1'],
        ['b', 'case-2'],
      ],
    );
    assert.deepEqual(timeline.episodes.map((e) => e.key).sort(), ['case-1', 'case-2']);
    const latest = (await call('GET', '/api/customers/zhang/timeline?limit=1')).body as TTimeline;
    assert.deepEqual(
      latest.moments.map((m) => m.eventId),
      ['b'],
    );
  });

  test('comments are scored at ingestion: an unrated moment takes its experience from the sentiment', async () => {
    const { call } = await setUpWorkspace(getDb());
    const at = (hour: number) => new Date(Date.UTC(2026, 3, 1, hour)).toISOString();
    const comment = (text: string, hour: number, rest: Parameters<typeof makeMoment>[0]) =>
      makeMoment({ customer: 'wang', occurredAt: at(hour), comment: text, ...rest });
    await call('POST', '/api/moments', {
      moments: [
        comment('师傅迟到了两个小时，态度很差', 1, { eventId: 'm1', touchpoint: 'callback', measures: {} }),
        comment('Fixed on the first visit, thank you!', 2, {
          eventId: 'm2',
          touchpoint: 'callback',
          measures: {},
          rating: 2,
        }),
        comment('请问怎么改套餐？', 3, { eventId: 'm3', measures: { wait_seconds: 30 } }),
        makeMoment({ eventId: 'm4', customer: 'wang', occurredAt: at(4) }),
      ],
    });
    const res = await call('GET', '/api/customers/wang/timeline');
    assert.equal(res.status, 200);
    type TScored = {
      experience: number | null;
      experienceSource: string | null;
      sentiment: {
        label: string;
        score: number;
        confidence: number;
        themes: Array<{ theme: string; names: { 'zh-CN': string; en: string } }>;
      } | null;
    };
    const [angry, rated, question, silent] = (res.body as { moments: TScored[] }).moments;
    // No rating: the comment's sentiment is the experience value, and it is stored with its class and themes.
    assert.equal(angry?.experienceSource, 'sentiment');
    assert.equal(angry?.sentiment?.label, 'negative');
    assert.equal(angry?.experience, angry?.sentiment?.score);
    assert.ok((angry?.sentiment?.confidence ?? 0) >= 0.8);
    assert.deepEqual(angry?.sentiment?.themes.map((t) => t.theme).sort(), ['attitude', 'waiting']);
    // Each theme is named in both languages, for the timeline to show.
    const waiting = angry?.sentiment?.themes.find((t) => t.theme === 'waiting');
    assert.deepEqual(waiting?.names, { 'zh-CN': '等待与及时性', en: 'Waiting and timeliness' });
    // A rating comes first; the comment is still scored and stored.
    assert.equal(rated?.experienceSource, 'rating');
    assert.equal(rated?.sentiment?.label, 'positive');
    // A neutral comment says nothing of the experience: the measures decide.
    assert.equal(question?.sentiment?.label, 'neutral');
    assert.equal(question?.experienceSource, 'measures');
    assert.equal(silent?.sentiment, null);
  });

  test('an unknown customer is a 404; a bad limit is a 400 naming it', async () => {
    const { call } = await setUpWorkspace(getDb());
    assertError(await call('GET', '/api/customers/nobody/timeline'), 404, 'not_found', [
      'params',
      'customer',
    ]);
    assertError(await call('GET', '/api/customers/nobody/timeline?limit=0'), 400, 'invalid_input', [
      'query',
      'limit',
    ]);
  });
});

type TReport = {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  items: Array<{ index: number; status: string; errors?: Array<{ code: string; path: unknown[] }> }>;
};
type TCustomer = { customer: { attributes: Record<string, unknown> } };

forEachDatabase('POST /api/customers', (getDb) => {
  test('sets, merges and removes attributes; unknown customers are created; a repeat is unchanged', async () => {
    const { call } = await setUpWorkspace(getDb());
    const first = await call('POST', '/api/customers', {
      customers: [
        { customer: 'zhang', attributes: { phone: '13800138000', language: 'zh-CN', tier: 'gold' } },
        { customer: 'li', attributes: { email: 'li@example.com' } },
      ],
    });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const report = first.body as TReport;
    assert.deepEqual([report.created, report.updated, report.unchanged], [2, 0, 0]);

    const second = await call('POST', '/api/customers', {
      customers: [
        { customer: 'zhang', attributes: { tier: 'platinum', region: 'east' }, remove: ['language'] },
        { customer: 'li', attributes: { email: 'li@example.com' } },
      ],
    });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.deepEqual(
      (second.body as TReport).items.map((i) => i.status),
      ['updated', 'unchanged'],
    );
    const zhang = (await call('GET', '/api/customers/zhang/timeline')).body as TCustomer;
    assert.deepEqual(zhang.customer.attributes, { phone: '13800138000', tier: 'platinum', region: 'east' });
  });

  test('a bad item is named by its index and field, and nothing of the batch is written', async () => {
    const { call } = await setUpWorkspace(getDb());
    const res = await call('POST', '/api/customers', {
      customers: [
        { customer: 'wang', attributes: { phone: '13900139000' } },
        { customer: 'zhao', attributes: { tier: { nested: true } } },
        { customer: 'wang', remove: ['phone'] },
        { customer: 'qian', attributes: { phone: '1' }, remove: ['phone'] },
      ],
    });
    assertError(res, 422, 'batch_rejected', ['customers']);
    const items = (res.body as TReport).items;
    assert.deepEqual(
      items.map((i) => [i.index, i.errors?.[0]?.path]),
      [
        [1, ['attributes', 'tier']],
        [2, ['customer']],
        [3, ['remove', 0]],
      ],
    );
    assertError(await call('GET', '/api/customers/wang/timeline'), 404, 'not_found');
  });

  test('a customer cannot be given more attributes than the limit; the batch is refused', async () => {
    const { call } = await setUpWorkspace(getDb());
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`a${i}`, i]));
    assert.equal(
      (await call('POST', '/api/customers', { customers: [{ customer: 'sun', attributes: many }] })).status,
      200,
    );
    const res = await call('POST', '/api/customers', {
      customers: [
        { customer: 'zhou', attributes: { tier: 'gold' } },
        { customer: 'sun', attributes: { one_more: 1 } },
      ],
    });
    assertError(res, 422, 'batch_rejected', ['customers']);
    const items = (res.body as TReport).items;
    assert.deepEqual(
      items.map((i) => [i.index, i.errors?.[0]?.code, i.errors?.[0]?.path]),
      [[1, 'out_of_range', ['attributes']]],
    );
    assertError(await call('GET', '/api/customers/zhou/timeline'), 404, 'not_found');
  });
});
