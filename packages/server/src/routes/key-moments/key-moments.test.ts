import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import {
  findKeyMoments,
  getPack,
  journeysOf,
  KeyMomentAccumulator,
  keyMomentInputOf,
  keyMomentOptionsOf,
  momentBatches,
  simulate,
} from '@mot/core';
import type { TJourney, TKeyMomentInput, TKeyMomentResult, TSimRecord } from '@mot/core';
import { sentimentSignal } from '@mot/core/text';
import { outcomeValueOf, storedEpisodeKey } from '../../analysis/stored-key-moments.ts';
import type { TOutcomeKind } from '../../analysis/stored-key-moments.ts';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
import { scoreComment } from '../../ingest/prepare-moments.ts';
import { ingestOutcomes } from '../../outcomes/ingest-outcomes.ts';
import { outcomeInputOfSimulated } from '../../outcomes/simulated-outcome.ts';
import { putJourney } from '../../storage/put-journey.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { createTestWorkspace } from '../../testing/factories.ts';
import { assertError, bearer, clientWith, createTestApp, mintKey } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

const pack = getPack('telecom')!;
const journey = journeysOf(pack).find((j) => j.key === 'broadband_repair')!;
const records: TSimRecord[] = [
  ...simulate(pack, {
    seed: 7,
    customers: 300,
    start: '2026-01-01T00:00:00Z',
    journeys: ['broadband_repair'],
    surveyShare: 0.6,
  }),
];
const START = Date.parse('2026-01-01T00:00:00Z');

type TEpisode = { key: string; moments: TKeyMomentInput[]; region: unknown; startedAt: number };

/** The simulated episodes as core input, moments in time order (as stored), with their outcome records. */
function episodesOf(j: TJourney): Array<TEpisode & { record: TSimRecord & { kind: 'episode_outcome' } }> {
  const tps = new Map(j.touchpoints.map((tp) => [tp.key, tp]));
  const out: Array<TEpisode & { record: TSimRecord & { kind: 'episode_outcome' } }> = [];
  let moments: Array<TSimRecord & { kind: 'moment' }> = [];
  for (const r of records) {
    if (r.kind === 'moment') moments.push(r);
    if (r.kind !== 'episode_outcome') continue;
    const sorted = moments
      .map((m, i) => ({ m, i, t: Date.parse(m.moment.occurredAt) }))
      .sort((a, b) => a.t - b.t || a.i - b.i);
    out.push({
      key: storedEpisodeKey(r.customer, r.episode),
      // Ingestion scores each comment and an unrated moment takes its experience from it: the same here.
      moments: sorted.map(({ m }) => {
        const scored = scoreComment(m.moment.comment);
        const sentiment = scored === null ? null : sentimentSignal(scored);
        return keyMomentInputOf({ ...m.moment, sentiment }, tps.get(m.moment.touchpoint)!);
      }),
      region: moments[0]?.moment.attributes?.['region'],
      startedAt: sorted[0]?.t ?? 0,
      record: r,
    });
    moments = [];
  }
  return out;
}

/** The core analysis run in memory on the same simulated episodes. */
function inMemory(outcome: TOutcomeKind, keep: (e: TEpisode) => boolean = () => true): TKeyMomentResult {
  const options = keyMomentOptionsOf(journey, {
    outcome: outcome === 'churn' ? { kind: 'binary', direction: 'lower_is_better' } : { kind: 'continuous' },
    seed: 1,
  });
  const acc = new KeyMomentAccumulator(options);
  for (const e of episodesOf(journey).filter(keep)) {
    const o = e.record;
    const value = outcomeValueOf({ overall: o.overall, nps: o.nps, churned: o.churned }, outcome);
    acc.addEpisode({ key: e.key, moments: e.moments, outcome: value });
  }
  // Through JSON, as the endpoint answers (NaN becomes null).
  return JSON.parse(JSON.stringify(findKeyMoments(acc))) as TKeyMomentResult;
}

/** Asserts two results equal up to floating-point rounding (the summation order differs). */
function assertClose(actual: unknown, expected: unknown, path = 'result'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    assert.ok(
      Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)),
      `${path}: ${actual} vs ${expected}`,
    );
  } else if (expected !== null && typeof expected === 'object') {
    assert.ok(actual !== null && typeof actual === 'object', path);
    const keys = Object.keys(expected);
    assert.deepEqual(Object.keys(actual).sort(), [...keys].sort(), path);
    for (const k of keys)
      assertClose(
        (actual as Record<string, unknown>)[k],
        (expected as Record<string, unknown>)[k],
        `${path}.${k}`,
      );
  } else assert.deepEqual(actual, expected, path);
}

const topOf = (r: TKeyMomentResult) => r.touchpoints.find((t) => t.rank === 1)?.key;

/** The analysis of an answer, without the instant its data are of. */
function resultOf(body: unknown): TKeyMomentResult {
  const { computedAt, ...result } = body as TKeyMomentResult & { computedAt: string };
  assert.ok(!Number.isNaN(Date.parse(computedAt)), 'computedAt is an instant');
  return result as TKeyMomentResult;
}

forEachDatabase('GET /api/journeys/{journey}/key-moments', (getDb) => {
  let call: TTestClient;
  before(async () => {
    const db = getDb();
    const workspace = await createTestWorkspace(db);
    await putJourney(db, workspace.id, journey);
    for (const batch of momentBatches(records)) {
      assert.equal((await ingestMoments(db, workspace.id, batch)).ok, true);
    }
    const outcomes = records.flatMap((r) =>
      r.kind === 'episode_outcome' ? [outcomeInputOfSimulated(r)] : [],
    );
    for (let i = 0; i < outcomes.length; i += 1000) {
      assert.equal((await ingestOutcomes(db, workspace.id, outcomes.slice(i, i + 1000))).ok, true);
    }
    // A long wait: these tests compare results, not when they are answered.
    const app = createTestApp(db, { analysis: { waitMs: 600_000 } });
    call = clientWith(app, bearer(await mintKey(db, workspace.id, 'viewer')));
  });

  for (const outcome of ['overall', 'churn'] as const) {
    test(`${outcome}: the same as core in memory on the same data, and the same twice`, async () => {
      const first = await call('GET', `/api/journeys/broadband_repair/key-moments?outcome=${outcome}`);
      assert.equal(first.status, 200, JSON.stringify(first.body));
      const second = await call('GET', `/api/journeys/broadband_repair/key-moments?outcome=${outcome}`);
      assert.deepEqual(second.body, first.body);
      const expected = inMemory(outcome);
      const result = resultOf(first.body);
      assert.equal(topOf(result), topOf(expected));
      assert.ok(topOf(result) !== undefined);
      assertClose(result, expected);
    });
  }

  test('a segment keeps the episodes whose moments carry the attribute; a period, those starting in it', async () => {
    const north = await call('GET', '/api/journeys/broadband_repair/key-moments?segment.region=north');
    assertClose(
      resultOf(north.body),
      inMemory('overall', (e) => e.region === 'north'),
    );
    const from = new Date(START + 90 * 86_400_000).toISOString();
    const to = new Date(START + 200 * 86_400_000).toISOString();
    const period = await call('GET', `/api/journeys/broadband_repair/key-moments?from=${from}&to=${to}`);
    const inPeriod = (e: TEpisode) => e.startedAt >= Date.parse(from) && e.startedAt < Date.parse(to);
    assertClose(resultOf(period.body), inMemory('overall', inPeriod));
    const none = await call('GET', '/api/journeys/broadband_repair/key-moments?segment.region=mars');
    assert.equal(resultOf(none.body).episodes.total, 0);
  });

  test('bad queries are 400 with the field; an unknown journey is 404', async () => {
    const base = '/api/journeys/broadband_repair/key-moments';
    assertError(await call('GET', `${base}?outcome=joy`), 400, 'invalid_input');
    assertError(await call('GET', `${base}?from=yesterday`), 400, 'invalid_input');
    const backwards = `${base}?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`;
    assertError(await call('GET', backwards), 400, 'invalid_input', ['query', 'from']);
    assertError(await call('GET', '/api/journeys/nope/key-moments'), 404, 'not_found');
  });

  test('a segment filter with a NUL or a reserved name is a 400 naming it, not a server error', async () => {
    const base = '/api/journeys/broadband_repair/key-moments';
    for (const filter of ['segment.region=a%00b', 'segment.re%00gion=a', 'segment.constructor=a']) {
      const name = decodeURIComponent(filter.split('=')[0] ?? '');
      assertError(await call('GET', `${base}?${filter}`), 400, 'invalid_input', ['query', name]);
    }
  });
});
