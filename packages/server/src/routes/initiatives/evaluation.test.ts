import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { TMomentInputRaw } from '@mot/core';
import { touchpointLevelsQuery } from '../../initiatives/evaluation-sql.ts';
import { withReadSnapshot } from '../../storage/read-snapshot.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

/**
 * A planted initiative: from 2026-03-02 (Asia/Shanghai, the default zone) the hotline's breach rate falls
 * from 40% to 20% and its callers' NPS rises from 0 to 50, while the visits' breach rate stays at 20% and
 * their NPS at 0. Even customers call the hotline, odd ones get a visit: one episode a week each, for 6
 * weeks before and 6 after. The expected figures are computed from the planted data below.
 */
const CUSTOMERS = 60;
const WEEKS = 6;
const START = Date.parse('2026-03-01T16:00:00Z');
const WEEK_MS = 7 * 86_400_000;

type TPlanted = { treated: boolean; region: string; week: number; breach: 0 | 1; nps: number };

function plant(): { moments: TMomentInputRaw[]; outcomes: unknown[]; facts: TPlanted[] } {
  const moments: TMomentInputRaw[] = [];
  const outcomes: unknown[] = [];
  const facts: TPlanted[] = [];
  for (let i = 0; i < CUSTOMERS; i++) {
    const treated = i % 2 === 0;
    const k = Math.floor(i / 2);
    for (let week = -WEEKS; week < WEEKS; week++) {
      const cycle = (((k + week) % 5) + 5) % 5;
      const breach = (treated ? cycle < (week < 0 ? 2 : 1) : cycle < 1) ? 1 : 0;
      const half = (((k + week) % 2) + 2) % 2 === 0;
      const quarter = (((k + week) % 4) + 4) % 4 !== 0;
      const nps = treated && week >= 0 ? (quarter ? 10 : 5) : half ? 9 : 5;
      const customer = `c${i}`;
      const region = i % 4 === 0 ? 'east' : 'west';
      const episode = `e${i}w${week}`;
      const occurredAt = new Date(START + week * WEEK_MS + 86_400_000 + i * 60_000).toISOString();
      moments.push({
        eventId: `m-${i}-${week}`,
        journey: 'repair',
        touchpoint: treated ? 'hotline' : 'visit',
        customer,
        episode,
        occurredAt,
        measures: treated
          ? { wait_seconds: breach ? 400 : 30 }
          : { arrival_hours: breach ? 50 : 10, fixed: 1 },
        rating: treated && week >= 0 ? 5 : 4,
        attributes: { region },
      });
      outcomes.push({ journey: 'repair', customer, episode, nps, eventId: `o-${i}-${week}` });
      facts.push({ treated, region, week, breach: breach as 0 | 1, nps });
    }
  }
  return { moments, outcomes, facts };
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** (treated after - before) - (comparison after - before) of `value`, from the planted facts. */
function plantedDid(facts: TPlanted[], value: (f: TPlanted) => number): number {
  const cell = (treated: boolean, after: boolean) =>
    mean(facts.filter((f) => f.treated === treated && f.week >= 0 === after).map(value));
  return cell(true, true) - cell(true, false) - (cell(false, true) - cell(false, false));
}

type TEvaluationBody = {
  comparison: { kind: string; suggested: boolean; touchpoints: Array<{ touchpoint: string }> };
  window: { start: string };
  evaluation: {
    counts: { treatedClusters: number; comparisonClusters: number; observations: number };
    did: { estimate: { estimate: number; lower: number; upper: number } } | null;
    beforeAfter: { before: { mean: number }; after: { mean: number } } | null;
    eventStudy: { weeks: Array<{ week: number; estimate: number | null }> };
    verdict: { code: string; direction: string };
    cautions: string[];
  };
};

forEachDatabase('initiative evaluation', (getDb) => {
  let call: TTestClient;
  let id: string;
  let facts: TPlanted[];
  let workspaceId: string;

  before(async () => {
    ({ call, workspaceId } = await setUpWorkspace(getDb()));
    const planted = plant();
    facts = planted.facts;
    const moments = await call('POST', '/api/moments', { moments: planted.moments });
    assert.equal(moments.status, 200, JSON.stringify(moments.body).slice(0, 500));
    const outcomes = await call('POST', '/api/outcomes', { outcomes: planted.outcomes });
    assert.equal(outcomes.status, 200, JSON.stringify(outcomes.body).slice(0, 500));
    const created = await call('POST', '/api/initiatives', {
      name: 'Hotline callback script',
      kind: 'new_script',
      ownerName: 'Wang Li',
      journey: 'repair',
      touchpoints: ['hotline'],
      startDate: '2026-03-02',
      comparison: { kind: 'touchpoints', touchpoints: [{ journey: 'repair', touchpoint: 'visit' }] },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    id = (created.body as { id: string }).id;
  });

  const evaluate = async (query: string) => {
    const res = await call('GET', `/api/initiatives/${id}/evaluation?${query}`);
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 800));
    return res.body as TEvaluationBody;
  };

  test('the planted fall of the breach rate is found against the comparison touchpoint', async () => {
    const body = await evaluate('metric=breach_rate&weeksBefore=6&weeksAfter=6');
    assert.equal(body.window.start, '2026-03-01T16:00:00.000Z');
    assert.equal(body.comparison.kind, 'touchpoints');
    const { evaluation } = body;
    assert.equal(evaluation.counts.treatedClusters, CUSTOMERS / 2);
    assert.equal(evaluation.counts.comparisonClusters, CUSTOMERS / 2);
    assert.equal(evaluation.counts.observations, CUSTOMERS * WEEKS * 2);
    const expected = plantedDid(facts, (f) => f.breach);
    assert.ok(Math.abs(expected + 0.2) < 1e-9, 'the planted effect is -20 points');
    assert.ok(Math.abs((evaluation.did?.estimate.estimate ?? 0) - expected) < 1e-9);
    assert.ok((evaluation.did?.estimate.upper ?? 0) < 0, 'the interval excludes 0');
    assert.equal(evaluation.verdict.code, 'improved');
    assert.equal(evaluation.verdict.direction, 'down');
    assert.equal(evaluation.eventStudy.weeks.length, 2 * WEEKS);
    assert.equal(evaluation.eventStudy.weeks.find((w) => w.week === -1)?.estimate, 0);
  });

  test('NPS of the episodes passing the touchpoint, and ratings, rise as planted', async () => {
    const nps = (await evaluate('metric=nps&weeksBefore=6&weeksAfter=6')).evaluation;
    const scored = (f: TPlanted) => (f.nps >= 9 ? 1 : f.nps <= 6 ? -1 : 0);
    assert.ok(Math.abs((nps.did?.estimate.estimate ?? 0) - plantedDid(facts, scored)) < 1e-9);
    assert.equal(nps.verdict.code, 'improved');
    const rating = (await evaluate('metric=rating&weeksBefore=6&weeksAfter=6')).evaluation;
    assert.equal(rating.beforeAfter?.before.mean, 4);
    assert.equal(rating.beforeAfter?.after.mean, 5);
  });

  test('a placebo in the pre-period finds nothing; without a comparison it is a before/after', async () => {
    const placebo = (await evaluate('metric=breach_rate&weeksBefore=6&weeksAfter=6&placebo=true')).evaluation;
    assert.ok(Math.abs(placebo.did?.estimate.estimate ?? 1) < 1e-9);
    assert.notEqual(placebo.verdict.code, 'improved');
    const alone = await evaluate('metric=breach_rate&weeksBefore=6&weeksAfter=6&comparison=none');
    assert.equal(alone.comparison.kind, 'none');
    assert.equal(alone.evaluation.did, null);
    assert.ok(alone.evaluation.cautions.includes('no_comparison'));
  });

  test('suggested comparisons are touchpoints with data, never the initiative’s own', async () => {
    const body = await evaluate('metric=breach_rate&weeksBefore=6&weeksAfter=6&comparison=suggested');
    assert.equal(body.comparison.suggested, true);
    assert.deepEqual(
      body.comparison.touchpoints.map((t) => t.touchpoint),
      ['visit'],
    );
  });

  test('the breach rate levels suggestions rank by are the planted ones, with or without a segment', async () => {
    // Without a segment the levels are counted without a join (two aggregations); a segment every customer
    // is in takes the general query. Both must give the planted pre-period volumes and breach rates.
    const ids = await withReadSnapshot(getDb(), (s) =>
      s.rows<{ id: number | string; key: string }>(
        'select id, key from touchpoints where workspace_id = $1::uuid',
        [workspaceId],
      ),
    );
    const idOf = (key: string) => Number(ids.find((r) => r.key === key)?.id);
    const levels = async (segment: Record<string, string[]>) => {
      const statement = touchpointLevelsQuery({
        workspaceId,
        metric: 'breach_rate',
        start: new Date(START),
        from: new Date(START - WEEKS * WEEK_MS),
        to: new Date(START),
        treated: [idOf('hotline')],
        comparison: [idOf('visit')],
        segment,
        comparisonSegment: null,
      });
      const rows = await withReadSnapshot(getDb(), (s) =>
        s.rows<{ touchpoint_id: number | string; n: number | string; mean: number }>(
          statement.text,
          statement.params,
        ),
      );
      return new Map(rows.map((r) => [Number(r.touchpoint_id), { n: Number(r.n), mean: r.mean }]));
    };
    const before = facts.filter((f) => f.week < 0);
    for (const levelsOf of [await levels({}), await levels({ region: ['east', 'west'] })]) {
      for (const treated of [true, false]) {
        const planted = before.filter((f) => f.treated === treated);
        const level = levelsOf.get(idOf(treated ? 'hotline' : 'visit'));
        assert.equal(level?.n, planted.length);
        assert.ok(Math.abs((level?.mean ?? -1) - mean(planted.map((f) => f.breach))) < 1e-12);
      }
    }
  });

  test('a segment comparison compares the same touchpoints in another segment', async () => {
    const created = await call('POST', '/api/initiatives', {
      name: 'Hotline training in the east',
      kind: 'training',
      ownerName: 'Li Na',
      journey: 'repair',
      touchpoints: ['hotline'],
      segment: { region: ['east'] },
      startDate: '2026-03-02',
      comparison: { kind: 'segment', segment: { region: ['west', 'north'] } },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const url = `/api/initiatives/${(created.body as { id: string }).id}/evaluation`;
    const res = await call('GET', `${url}?metric=breach_rate&weeksBefore=6&weeksAfter=6`);
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 800));
    const body = res.body as TEvaluationBody;
    assert.equal(body.comparison.kind, 'segment');
    const east = facts.filter((f) => f.treated).map((f) => ({ ...f, treated: f.region === 'east' }));
    const expected = plantedDid(east, (f) => f.breach);
    assert.equal(body.evaluation.counts.treatedClusters, CUSTOMERS / 4);
    assert.ok(Math.abs((body.evaluation.did?.estimate.estimate ?? 1) - expected) < 1e-9);
  });

  test('bad parameters are refused by name; no data is a 422', async () => {
    const url = `/api/initiatives/${id}/evaluation`;
    assertError(await call('GET', `${url}?metric=joy`), 400, 'invalid_input', ['query', 'metric']);
    assertError(await call('GET', `${url}?weeksBefore=1`), 400, 'invalid_input', ['query', 'weeksBefore']);
    assertError(await call('GET', `${url}?weeksAfter=99`), 400, 'invalid_input', ['query', 'weeksAfter']);
    assertError(await call('GET', `${url}?weeksBefore=2&placebo=true`), 400, 'invalid_input', [
      'query',
      'weeksBefore',
    ]);
    assertError(await call('GET', `${url}?comparison=repair/hotline`), 400, 'invalid_input', [
      'query',
      'comparison',
    ]);
    assertError(await call('GET', `${url}?comparison=repair`), 400, 'invalid_input', ['query', 'comparison']);
    assertError(await call('GET', `${url}?metric=overall`), 422, 'not_enough_data');
  });
});
