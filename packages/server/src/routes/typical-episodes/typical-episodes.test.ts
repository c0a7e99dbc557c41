import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getPack, journeysOf, momentBatches, simulate } from '@mot/core';
import type { TSimRecord } from '@mot/core';
import { updateSettings } from '../../access/settings.ts';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
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
    seed: 5,
    customers: 160,
    start: '2026-01-01T00:00:00Z',
    journeys: ['broadband_repair'],
    surveyShare: 0.7,
  }),
];
const BASE = '/api/journeys/broadband_repair/typical-episodes';

type TTypical = {
  customer: string;
  key: string;
  outcome: number;
  score: number;
  groupSize: number;
  medianScore: number;
  moments: Array<{
    occurredAt: string;
    experience: number | null;
    attributes: Record<string, unknown> | null;
  }>;
};
type TAnswer = { good: TTypical | null; bad: TTypical | null; candidates: number; computedAt: string };

forEachDatabase('GET /api/journeys/{journey}/typical-episodes', (getDb) => {
  let viewer: TTestClient;
  let workspaceId: string;
  before(async () => {
    const db = getDb();
    workspaceId = (await createTestWorkspace(db)).id;
    await putJourney(db, workspaceId, journey);
    for (const batch of momentBatches(records))
      assert.equal((await ingestMoments(db, workspaceId, batch)).ok, true);
    const outcomes = records.flatMap((r) =>
      r.kind === 'episode_outcome' ? [outcomeInputOfSimulated(r)] : [],
    );
    assert.equal((await ingestOutcomes(db, workspaceId, outcomes)).ok, true);
    viewer = clientWith(
      createTestApp(db, { analysis: { waitMs: 60_000 } }),
      bearer(await mintKey(db, workspaceId, 'viewer')),
    );
  });

  test('a good and a bad episode nearest the median score of their quartile, with their moments in order', async () => {
    const res = await viewer('GET', `${BASE}?outcome=overall`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { good, bad, candidates } = res.body as TAnswer;
    assert.ok(good && bad, 'both are picked');
    assert.ok(candidates > 40);
    assert.ok(good.outcome > bad.outcome);
    for (const pick of [good, bad]) {
      assert.ok(pick.groupSize >= Math.ceil(candidates / 4));
      assert.ok(pick.moments.length > 0);
      const times = pick.moments.map((m) => Date.parse(m.occurredAt));
      assert.deepEqual(
        times,
        [...times].sort((a, b) => a - b),
      );
      assert.ok(Math.abs(pick.score - pick.medianScore) <= 10);
    }
    // Same data, same pick (from the stored choice).
    const again = await viewer('GET', `${BASE}?outcome=overall`);
    assert.deepEqual(again.body, res.body);
  });

  test('churn: one who stayed and one who churned', async () => {
    const res = await viewer('GET', `${BASE}?outcome=churn`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const { good, bad } = res.body as TAnswer;
    assert.equal(good?.outcome, 0);
    assert.equal(bad?.outcome, 1);
  });

  test('personal attributes of the moments are masked for a role without pii', async () => {
    await updateSettings(getDb().orm, workspaceId, { personalFields: ['region'] });
    const res = await viewer('GET', `${BASE}?outcome=nps`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const regions = (res.body as TAnswer).good?.moments.map((m) => m.attributes?.['region']) ?? [];
    assert.ok(regions.length > 0);
    for (const region of regions) if (region !== undefined) assert.match(String(region), /^\p{L}\*+$/u);
  });

  test('bad input is a 400 naming the field; an unknown journey a 404; an ingest key is refused', async () => {
    assertError(await viewer('GET', `${BASE}?outcome=joy`), 400, 'invalid_input', ['query', 'outcome']);
    assertError(await viewer('GET', `${BASE}?from=yesterday`), 400, 'invalid_input', ['query', 'from']);
    const backwards = `${BASE}?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`;
    assertError(await viewer('GET', backwards), 400, 'invalid_input', ['query', 'from']);
    assertError(await viewer('GET', '/api/journeys/nope/typical-episodes'), 404, 'not_found');
    const ingest = clientWith(createTestApp(getDb()), bearer(await mintKey(getDb(), workspaceId, 'ingest')));
    assertError(await ingest('GET', BASE), 403, 'forbidden');
  });
});
