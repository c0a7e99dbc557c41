import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { getPack, journeysOf, momentBatches, simulate } from '@mot/core';
import type { TJourneyInput, TSimRecord } from '@mot/core';
import { ingestMoments } from '../ingest/ingest-moments.ts';
import { ingestOutcomes } from '../outcomes/ingest-outcomes.ts';
import { outcomeInputOfSimulated } from '../outcomes/simulated-outcome.ts';
import { queryRows } from '../storage/database.ts';
import { putJourney } from '../storage/put-journey.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { createTestWorkspace, makeJourney, makeMoment } from '../testing/factories.ts';
import { analyzeStoredKeyMoments } from './stored-key-moments.ts';

const pack = getPack('telecom')!;
const journey = journeysOf(pack).find((j) => j.key === 'broadband_repair')! as TJourneyInput;
const records: TSimRecord[] = [
  ...simulate(pack, {
    seed: 11,
    customers: 120,
    start: '2026-01-01T00:00:00Z',
    journeys: ['broadband_repair'],
    surveyShare: 0.7,
  }),
];

forEachDatabase('analyzeStoredKeyMoments', (getDb) => {
  let workspaceId = '';
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
  });

  test('reading in small pages gives the same result as one page, on either outcome', async () => {
    for (const outcome of ['overall', 'churn'] as const) {
      const query = { journey: journey.key, outcome };
      const whole = await analyzeStoredKeyMoments(getDb(), workspaceId, query, { pageEpisodes: 100_000 });
      for (const pageEpisodes of [1, 7, 50]) {
        const paged = await analyzeStoredKeyMoments(getDb(), workspaceId, query, { pageEpisodes });
        assert.deepEqual(paged, whole, `${outcome}, pages of ${pageEpisodes}`);
      }
      assert.ok(
        whole.episodes.total > 100 && whole.episodes.withOutcome > 50,
        JSON.stringify(whole.episodes),
      );
    }
  });

  test('a moment that arrived late takes its place in time: the end is the last moment in time', async () => {
    const db = getDb();
    const ws = (await createTestWorkspace(db)).id;
    await putJourney(db, ws, makeJourney());
    const at = (hour: number) => new Date(Date.UTC(2026, 0, 1, hour)).toISOString();
    // Ingested callback first, then the earlier hotline call and visit.
    const moments = [
      makeMoment({ touchpoint: 'callback', rating: 5, measures: {}, occurredAt: at(12) }),
      makeMoment({ touchpoint: 'hotline', measures: { wait_seconds: 400 }, occurredAt: at(8) }),
      makeMoment({ touchpoint: 'visit', measures: { arrival_hours: 30, fixed: true }, occurredAt: at(10) }),
    ];
    for (const m of moments) assert.equal((await ingestMoments(db, ws, [m])).ok, true);
    const result = await analyzeStoredKeyMoments(db, ws, { journey: 'repair', outcome: 'overall' });
    const role = (key: string) => result.touchpoints.find((t) => t.key === key);
    assert.equal(role('callback')?.end.count, 1);
    assert.equal(role('hotline')?.trough.count, 1, 'the breached wait is the trough');
    // The period is judged by the first moment in time (08:00), not the first ingested (12:00).
    const from11 = await analyzeStoredKeyMoments(db, ws, {
      journey: 'repair',
      outcome: 'overall',
      from: at(11),
    });
    assert.equal(from11.episodes.total, 0);
    const from8 = await analyzeStoredKeyMoments(db, ws, {
      journey: 'repair',
      outcome: 'overall',
      from: at(8),
    });
    assert.equal(from8.episodes.total, 1);
  });

  test('a journey without moments gives an empty analysis; a bad period is an error on its field', async () => {
    const db = getDb();
    const ws = (await createTestWorkspace(db)).id;
    await putJourney(db, ws, makeJourney());
    const empty = await analyzeStoredKeyMoments(db, ws, { journey: 'repair', outcome: 'nps' });
    assert.deepEqual(empty.episodes, { total: 0, withOutcome: 0, scored: 0 });
    await assert.rejects(
      analyzeStoredKeyMoments(db, ws, { journey: 'repair', outcome: 'nps', to: 'soon' }),
      (error: Error & { code?: string; path?: unknown }) =>
        error.code === 'invalid_input' && JSON.stringify(error.path) === '["query","to"]',
    );
  });
});

forEachDatabase('analyzeStoredKeyMoments on bad stored data', (getDb) => {
  test('an experience out of range stops the analysis with its error, in place and in the worker', async () => {
    const db = getDb();
    const ws = (await createTestWorkspace(db)).id;
    await putJourney(db, ws, makeJourney());
    for (const customer of ['c-1', 'c-2', 'c-3'])
      assert.equal((await ingestMoments(db, ws, [makeMoment({ customer })])).ok, true);
    await queryRows(
      db.orm,
      sql`update moments set experience = 5 where workspace_id = ${ws} and customer_id =
        (select id from customers where workspace_id = ${ws} and external_id = 'c-2')`,
    );
    for (const pageEpisodes of [10, 1])
      await assert.rejects(
        analyzeStoredKeyMoments(db, ws, { journey: 'repair', outcome: 'overall' }, { pageEpisodes }),
        (error: Error & { code?: string }) =>
          error.code === 'out_of_range' && /experience/.test(error.message),
        `pages of ${pageEpisodes}`,
      );
    // The connection and the snapshot were released: the next analysis runs.
    await queryRows(db.orm, sql`update moments set experience = 0.5 where workspace_id = ${ws}`);
    const fixed = await analyzeStoredKeyMoments(
      db,
      ws,
      { journey: 'repair', outcome: 'overall' },
      { pageEpisodes: 1 },
    );
    assert.equal(fixed.episodes.total, 3);
  });
});
