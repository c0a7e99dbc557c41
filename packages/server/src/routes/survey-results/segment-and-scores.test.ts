import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { scoreComment } from '../../ingest/prepare-moments.ts';
import { runJobsOnce } from '../../jobs/runner.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { clientWith, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

type TResults = {
  answers: number;
  responseRates: Array<{ channel: string; links: number; answered: number }>;
};
type TVerbatim = {
  text: string;
  question: string;
  customer: string;
  sentiment: { label: string; score: number; confidence: number };
  themes: Array<{ theme: string; score: number; mentions: number }>;
};
type TVerbatims = { total: number; counts: Record<string, number>; items: TVerbatim[] };

const definition = {
  title: { default: 'After the repair', 'zh-cn': '维修之后' },
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'nps', rateMin: 0, rateMax: 10, mot: { role: 'nps' } },
        { type: 'comment', name: 'why', mot: { role: 'comment' } },
        // A text question of no binding: ingestion keeps it with the answer, unscored.
        { type: 'text', name: 'note' },
      ],
    },
  ],
};

const tokenOf = (url: string | undefined) => url?.split('/s/')[1] ?? '';

forEachDatabase('survey results: segment sources and stored comment scores', (getDb) => {
  let call: TTestClient;
  let anonymous: TTestClient;
  let workspaceId: string;

  /** Mints a link per request and answers it with `answers`; the customer and episode as asked. */
  const answer = async (
    survey: string,
    link: { customer: string; episode?: string },
    answers: Record<string, unknown>,
  ) => {
    const minted = await call('POST', `/api/surveys/${survey}/links`, {
      links: [{ ...link, channel: 'sms' }],
    });
    assert.equal(minted.status, 200, JSON.stringify(minted.body));
    const url = (minted.body as { links: Array<{ url?: string }> }).links[0]?.url;
    const res = await anonymous('POST', `/api/public/surveys/${tokenOf(url)}`, { answers });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  };

  const moment = async (customer: string, episode: string, attributes: Record<string, string>) => {
    const res = await call('POST', '/api/moments', {
      moments: [makeMoment({ customer, episode, attributes })],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  };

  const customerAttributes = (customer: string, attributes: Record<string, string>) =>
    getDb().orm.execute(
      sql`insert into customers (workspace_id, external_id, attributes)
          values (${workspaceId}, ${customer}, ${JSON.stringify(attributes)}::jsonb)
          on conflict (workspace_id, external_id) do update set attributes = excluded.attributes`,
    );

  before(async () => {
    const set = await setUpWorkspace(getDb());
    ({ call, workspaceId } = set);
    anonymous = clientWith(set.app, {});
    for (const key of ['segments', 'scores']) {
      const created = await call('POST', '/api/surveys', {
        key,
        name: key,
        journey: 'repair',
        status: 'active',
        definition,
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
    }
  });

  test('a segment matches an answer whose customer, link or one moment of its episode holds it, as the key-moment analysis reads it', async () => {
    // s-1: store S-01 on a moment of the episode answered about; region 华东 on the customer.
    await moment('s-1', 'E-1', { store: 'S-01' });
    await customerAttributes('s-1', { region: '华东' });
    await answer('segments', { customer: 's-1', episode: 'E-1' }, { nps: 10 });
    // s-2: another store on its episode's moment.
    await moment('s-2', 'E-2', { store: 'S-02' });
    await answer('segments', { customer: 's-2', episode: 'E-2' }, { nps: 9 });
    // s-3: the store on the customer, no episode named (the answer is an episode of its own, no moment).
    await customerAttributes('s-3', { store: 'S-01' });
    await answer('segments', { customer: 's-3' }, { nps: 8 });
    // s-4: store S-01 only on a moment of ANOTHER of its episodes: not the answer's.
    await moment('s-4', 'E-4', { store: 'S-02' });
    await moment('s-4', 'E-5', { store: 'S-01' });
    await answer('segments', { customer: 's-4', episode: 'E-4' }, { nps: 3 });
    // s-5: a link minted for S-01's episode, never answered.
    await moment('s-5', 'E-6', { store: 'S-01' });
    assert.equal(
      (await call('POST', '/api/surveys/segments/links', { links: [{ customer: 's-5', episode: 'E-6' }] }))
        .status,
      200,
    );
    // A QR code of store S-01: its attributes are on the link only until the answer is ingested.
    const qr = await call('POST', '/api/surveys/segments/qr-links', {
      label: 'S-01',
      attributes: { store: 'S-01' },
    });
    assert.equal(qr.status, 201, JSON.stringify(qr.body));
    const scan = await anonymous('GET', new URL((qr.body as { url: string }).url).pathname);
    assert.equal(scan.status, 302);
    const scanned = tokenOf(scan.headers.get('location') ?? '');
    assert.equal(
      (await anonymous('POST', `/api/public/surveys/${scanned}`, { answers: { nps: 6 } })).status,
      201,
    );

    const results = async (query: string) => {
      const res = await call('GET', `/api/surveys/segments/results?${query}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body as TResults;
    };
    const rates = (r: TResults) => r.responseRates.map((x) => [x.channel, x.links, x.answered]);
    const check = async () => {
      const s01 = await results('segment.store=S-01');
      // s-1 (moment), s-3 (customer), the QR answer (link); not s-2, nor s-4 (another episode's moment).
      assert.equal(s01.answers, 3);
      assert.deepEqual(rates(s01), [
        ['link', 1, 0],
        ['qr', 1, 1],
        ['sms', 2, 2],
      ]);
      assert.equal((await results('segment.store=S-02')).answers, 2);
      assert.equal((await results(`segment.region=${encodeURIComponent('华东')}`)).answers, 1);
      // Every attribute on one source, as in the key-moment analysis: s-1's region is on the customer and
      // its store on a moment, so neither source holds both.
      assert.equal(
        (await results(`segment.store=S-01&segment.region=${encodeURIComponent('华东')}`)).answers,
        0,
      );
    };
    await check();
    // Ingested (outcomes written, the survey's attributes on any moments), the same answers match.
    await runJobsOnce(getDb());
    await check();
  });

  test('verbatims read the scores ingestion stored for comments of no touchpoint and score only the rest, with the same output', async () => {
    const late = '师傅迟到了两个小时，态度也很差';
    const great = 'Great service, fast and friendly';
    await answer('scores', { customer: 'v-1', episode: 'V-1' }, { nps: 2, why: late, note: great });
    await runJobsOnce(getDb());
    // Answered after the job ran: not ingested, so nothing stored.
    await answer('scores', { customer: 'v-2', episode: 'V-2' }, { nps: 9, why: great });
    const read = async () => {
      const res = await call('GET', '/api/surveys/scores/verbatims');
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body as TVerbatims;
    };
    const same = (item: TVerbatim | undefined, text: string) => {
      const expected = scoreComment(text);
      assert.deepEqual(
        {
          label: item?.sentiment.label,
          score: item?.sentiment.score,
          confidence: item?.sentiment.confidence,
          themes: item?.themes.map(({ theme, score, mentions }) => ({ theme, score, mentions })),
        },
        {
          label: expected?.label,
          score: expected?.score,
          confidence: expected?.confidence,
          themes: expected?.themes,
        },
      );
    };
    const pick = (page: TVerbatims, customer: string, question: string) =>
      page.items.find((i) => i.customer === customer && i.question === question);
    const before = await read();
    assert.equal(before.total, 3);
    same(pick(before, 'v-1', 'why'), late);
    same(pick(before, 'v-1', 'note'), great);
    same(pick(before, 'v-2', 'why'), great);

    // What the answer keeps is what is shown: a stored score written over is read back as written...
    await getDb().orm.execute(
      sql`update survey_answers
             set comment_scores = ${JSON.stringify([
               {
                 question: 'why',
                 sentiment: { score: 0.25, label: 'positive', confidence: 0.5, themes: [] },
               },
             ])}::jsonb
           where workspace_id = ${workspaceId} and customer = 'v-1'`,
    );
    const after = await read();
    assert.deepEqual(pick(after, 'v-1', 'why')?.sentiment, {
      label: 'positive',
      score: 0.25,
      confidence: 0.5,
    });
    assert.deepEqual(pick(after, 'v-1', 'why')?.themes, []);
    assert.deepEqual(after.counts, { negative: 0, neutral: 0, positive: 3 });
    // ...while the text of no binding and the answer not yet ingested are scored as before.
    same(pick(after, 'v-1', 'note'), great);
    same(pick(after, 'v-2', 'why'), great);
  });
});
