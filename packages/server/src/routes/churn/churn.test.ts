import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { forEachDatabase } from '../../testing/databases.ts';
import { makeMoment } from '../../testing/factories.ts';
import { bearer, clientWith, createTestApp, mintKey, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';
import type { z } from '@hono/zod-openapi';
import type { ZAtRiskPage, ZChurnDrivers, ZChurnSurvival } from './schema.ts';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

/** A seeded generator (mulberry32), so the planted data are the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plants 240 customers: each calls the hotline twice; half wait past the floor (a breach). Customers who
 * breached churn at three times the daily hazard of the others (planted), within a year. Churn comes as
 * status events, except for the last 20 customers, whose churn comes only as an episode outcome (the
 * fallback rule). Returns the customers who breached.
 */
async function plant(call: TTestClient): Promise<{ breached: Set<string>; churned: Set<string> }> {
  const next = random(7);
  const moments = [];
  const events = [];
  const outcomes = [];
  const breached = new Set<string>();
  const churned = new Set<string>();
  for (let i = 0; i < 240; i += 1) {
    const customer = `cust-${String(i).padStart(3, '0')}`;
    const first = START + Math.floor(next() * 30) * DAY;
    const isBreached = i % 2 === 0;
    if (isBreached) breached.add(customer);
    for (let k = 0; k < 2; k += 1) {
      moments.push(
        makeMoment({
          customer,
          episode: `${customer}-e`,
          occurredAt: new Date(first + k * DAY).toISOString(),
          measures: { wait_seconds: isBreached && k === 1 ? 900 : 40 },
        }),
      );
    }
    // Exponential time to churn: a daily hazard of 1/150 after a breach, 1/450 without.
    const days = -Math.log(1 - next()) * (isBreached ? 150 : 450);
    if (days < 365) {
      churned.add(customer);
      const at = new Date(first + (2 + days) * DAY).toISOString();
      if (i < 220) events.push({ customer, status: 'churned', at, reason: 'price', eventId: `churn-${i}` });
      else
        outcomes.push({
          journey: 'repair',
          customer,
          episode: `${customer}-e`,
          churned: true,
          churnedAt: at,
        });
    } else if (i < 220) {
      events.push({ customer, status: 'started', at: new Date(first).toISOString(), eventId: `start-${i}` });
    }
  }
  // Observation runs to the end of the year for everyone.
  events.push({ customer: 'cust-001', status: 'renewed', at: '2026-01-31T00:00:00Z', eventId: 'renew-1' });
  assert.equal((await call('POST', '/api/moments', { moments })).status, 200);
  assert.equal((await call('POST', '/api/customer-status', { events })).status, 200);
  if (outcomes.length > 0) assert.equal((await call('POST', '/api/outcomes', { outcomes })).status, 200);
  return { breached, churned };
}

type TSurvival = z.infer<typeof ZChurnSurvival>;
type TDrivers = z.infer<typeof ZChurnDrivers>;
type TAtRisk = z.infer<typeof ZAtRiskPage>;

forEachDatabase('churn analyses', (getDb) => {
  let call: TTestClient;
  let workspaceId: string;
  let planted: { breached: Set<string>; churned: Set<string> };

  test('survival by exposure: the customers who hit the floor churn sooner, by log-rank', async () => {
    ({ call, workspaceId } = await setUpWorkspace(getDb()));
    planted = await plant(call);
    const res = await call('GET', '/api/churn/survival?journey=repair&touchpoint=hotline');
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 300));
    const body = res.body as TSurvival;
    assert.equal(body.customers, 240);
    assert.equal(body.churned, planted.churned.size);
    const [unexposed, exposed] = body.comparison.curves;
    assert.deepEqual([unexposed?.group, exposed?.group], ['unexposed', 'exposed']);
    assert.equal(exposed?.n, planted.breached.size);
    assert.ok((body.comparison.logRank?.p ?? 1) < 0.001, `log-rank p ${body.comparison.logRank?.p}`);
    // The exposed curve lies below at one year.
    const at = (steps: TSurvival['comparison']['curves'][number]['steps']) => steps.at(-1)?.survival ?? 1;
    assert.ok(at(exposed?.steps ?? []) < at(unexposed?.steps ?? []));
    const unknown = await call('GET', '/api/churn/survival?journey=repair&touchpoint=nope');
    assert.equal(unknown.status, 404);
  });

  test('drivers: the planted breach hazard ratio is recovered, and churn avoided is positive', async () => {
    const res = await call('GET', '/api/churn/drivers?journey=repair&horizonDays=180');
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 300));
    const body = res.body as TDrivers;
    const hotline = body.cox.covariates.find((c) => c.key === 'breaches:hotline');
    assert.ok(hotline, JSON.stringify(body.cox.covariates.map((c) => c.key)));
    // Planted: three times the hazard; the interval covers it and excludes 1.
    assert.ok(
      hotline.lower < 3 && hotline.upper > 3,
      `HR ${hotline.hazardRatio} [${hotline.lower}, ${hotline.upper}]`,
    );
    assert.ok(hotline.lower > 1);
    const avoided = body.avoided.find((a) => a.touchpoint === 'hotline');
    assert.ok(avoided && avoided.avoided.estimate > 0 && avoided.exposed === planted.breached.size);
  });

  test('at-risk: held-out AUC above chance, breached customers first, keyset pages, masked fields', async () => {
    await getDb().orm.execute(
      sql`update customers set attributes = '{"phone":"13800000000","tier":"gold"}'::jsonb
          where workspace_id = ${workspaceId}`,
    );
    const first = await call('GET', '/api/churn/at-risk?journey=repair&limit=10');
    assert.equal(first.status, 200, JSON.stringify(first.body).slice(0, 300));
    const page = first.body as TAtRisk;
    assert.equal(page.scored, 240 - planted.churned.size);
    assert.ok(page.model.holdout.auc.estimate > 0.55, `AUC ${page.model.holdout.auc.estimate}`);
    assert.ok(page.model.holdout.calibration.length > 0);
    assert.equal(page.items.length, 10);
    const risks = page.items.map((i) => i.risk);
    assert.deepEqual(
      risks,
      [...risks].sort((a, b) => b - a),
    );
    const top = page.items[0];
    assert.ok(top && planted.breached.has(top.customer) && !planted.churned.has(top.customer));
    assert.ok(top.contributions.some((c) => c.key === 'breaches:hotline' && c.contribution > 0));
    assert.equal(top.moments[0]?.touchpoint, 'hotline');
    // The admin sees personal fields.
    assert.equal(top.attributes['phone'], '13800000000');
    const second = await call('GET', `/api/churn/at-risk?journey=repair&limit=10&after=${page.next}`);
    const next = second.body as TAtRisk;
    assert.equal(next.items.length, 10);
    assert.ok(next.items.every((i) => !page.items.some((p) => p.customer === i.customer)));
    assert.ok((next.items[0]?.risk ?? 1) <= (page.items.at(-1)?.risk ?? 0));
    const bad = await call('GET', '/api/churn/at-risk?journey=repair&after=nonsense');
    assert.equal(bad.status, 400);
    // A viewer sees the list with personal fields masked.
    const viewer = clientWith(createTestApp(getDb()), bearer(await mintKey(getDb(), workspaceId, 'viewer')));
    const masked = (await viewer('GET', '/api/churn/at-risk?journey=repair&limit=1')).body as TAtRisk;
    assert.notEqual(masked.items[0]?.attributes['phone'], '13800000000');
    assert.equal(masked.items[0]?.attributes['tier'], 'gold');
  });

  test('a status event sent later makes the stored result stale: the next answer counts it', async () => {
    const before = (await call('GET', '/api/churn/at-risk?journey=repair&limit=1')).body as TAtRisk;
    const top = before.items[0]?.customer ?? '';
    const events = [{ customer: top, status: 'churned', at: '2025-12-01T00:00:00Z', eventId: 'late-churn' }];
    assert.equal((await call('POST', '/api/customer-status', { events })).status, 200);
    const after = (await call('GET', '/api/churn/at-risk?journey=repair&limit=1')).body as TAtRisk;
    assert.equal(after.churned, before.churned + 1);
    assert.notEqual(after.items[0]?.customer, top);
    assert.ok(after.computedAt > before.computedAt);
  });

  test('a journey without churn is 422 not_enough_data; another workspace and the ingest role see nothing', async () => {
    const other = await setUpWorkspace(getDb());
    assert.equal(
      (await other.call('POST', '/api/moments', { moments: [makeMoment({ customer: 'x' })] })).status,
      200,
    );
    const res = await other.call('GET', '/api/churn/drivers?journey=repair');
    assert.equal(res.status, 422, JSON.stringify(res.body));
    const survival = (await other.call('GET', '/api/churn/survival?journey=repair&touchpoint=hotline'))
      .body as TSurvival;
    assert.equal(survival.customers, 1);
    const ingest = clientWith(createTestApp(getDb()), bearer(await mintKey(getDb(), workspaceId, 'ingest')));
    assert.equal((await ingest('GET', '/api/churn/at-risk?journey=repair')).status, 403);
    assert.equal((await ingest('GET', '/api/churn/survival?journey=repair&touchpoint=hotline')).status, 403);
  });
});
