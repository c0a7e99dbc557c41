import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { getPack, journeysOf, momentBatches, simulate } from '@mot/core';
import type { TSimRecord } from '@mot/core';
import { countStartedAnalyses } from '../../analysis/analysis-runs.ts';
import { ingestMoments } from '../../ingest/ingest-moments.ts';
import { ingestOutcomes } from '../../outcomes/ingest-outcomes.ts';
import { outcomeInputOfSimulated } from '../../outcomes/simulated-outcome.ts';
import type { TDatabase } from '../../storage/database.ts';
import { putJourney } from '../../storage/put-journey.ts';
import { forEachDatabase } from '../../testing/databases.ts';
import { createTestWorkspace } from '../../testing/factories.ts';
import { bearer, clientWith, createTestApp, mintKey } from '../../testing/http.ts';
import type { TTestClient } from '../../testing/http.ts';

const pack = getPack('telecom')!;
const journey = journeysOf(pack).find((j) => j.key === 'broadband_repair')!;
const records: TSimRecord[] = [
  ...simulate(pack, {
    seed: 11,
    customers: 200,
    start: '2026-01-01T00:00:00Z',
    journeys: ['broadband_repair'],
    surveyShare: 0.6,
  }),
];
const URL_ = '/api/journeys/broadband_repair/key-moments?outcome=overall';

type TAnswer = { computedAt?: string; episodes?: { total: number } };
type TRunning = { progress: { pagesDone: number; pagesTotal: number } | null; last: TAnswer | null };

forEachDatabase('stored key-moment results', (getDb) => {
  let db: TDatabase;
  let workspaceId: string;
  let key: string;
  /** A client of an app answering 202 after `waitMs`, with pages of `pageEpisodes` episodes. */
  const client = (waitMs: number, pageEpisodes?: number): TTestClient =>
    clientWith(
      createTestApp(db, { analysis: { waitMs, ...(pageEpisodes ? { pageEpisodes } : {}) } }),
      bearer(key),
    );
  /** One more moment, ingested: new data. */
  let extra = 0;
  const ingestOne = async () => {
    const moment = records.find((r) => r.kind === 'moment')!;
    const report = await ingestMoments(db, workspaceId, [
      { ...moment.moment, eventId: `extra-${extra++}`, episode: `extra-${extra}` },
    ]);
    assert.equal(report.ok, true);
  };

  before(async () => {
    db = getDb();
    workspaceId = (await createTestWorkspace(db)).id;
    await putJourney(db, workspaceId, journey);
    for (const batch of momentBatches(records))
      assert.equal((await ingestMoments(db, workspaceId, batch)).ok, true);
    const outcomes = records.flatMap((r) =>
      r.kind === 'episode_outcome' ? [outcomeInputOfSimulated(r)] : [],
    );
    assert.equal((await ingestOutcomes(db, workspaceId, outcomes)).ok, true);
    key = await mintKey(db, workspaceId, 'viewer');
  });

  test('a stored result is answered again without computing; an ingestion makes it stale', async () => {
    const call = client(60_000);
    const started = countStartedAnalyses(db);
    const first = await call('GET', URL_);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    const body = first.body as TAnswer;
    assert.ok(body.computedAt && !Number.isNaN(Date.parse(body.computedAt)));
    const again = await call('GET', URL_);
    assert.deepEqual(again.body, first.body);
    // Another spelling of the same query is the same key.
    const spelled = await call('GET', `${URL_}&seed=1`);
    assert.equal((spelled.body as TAnswer).computedAt, body.computedAt);
    assert.equal(countStartedAnalyses(db), started + 1);

    await ingestOne();
    const after = await call('GET', URL_);
    assert.equal(after.status, 200);
    assert.notEqual((after.body as TAnswer).computedAt, body.computedAt);
    assert.equal((after.body as TAnswer).episodes?.total, (body.episodes?.total ?? 0) + 1);
    assert.equal(countStartedAnalyses(db), started + 2);
  });

  test('a slow analysis answers 202 with its progress and the last result, then its result', async () => {
    const call = client(60_000);
    const last = (await call('GET', URL_)).body as TAnswer;
    await ingestOne();
    // Pages of 10 episodes: many pages, fed by a worker thread, so the analysis outlasts a 0 ms wait.
    const slow = client(0, 10);
    const first = await slow('GET', URL_);
    assert.equal(first.status, 202, JSON.stringify(first.body));
    const running = first.body as TRunning;
    assert.ok(running.progress && running.progress.pagesTotal >= 1);
    assert.ok(running.progress.pagesDone <= running.progress.pagesTotal);
    assert.equal(running.last?.computedAt, last.computedAt);
    let answer = first;
    for (let i = 0; i < 600 && answer.status === 202; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await slow('GET', URL_);
      const progress = (answer.body as TRunning).progress;
      if (answer.status === 202 && progress) assert.ok(progress.pagesDone <= progress.pagesTotal);
    }
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.notEqual((answer.body as TAnswer).computedAt, last.computedAt);
    assert.equal((answer.body as TAnswer).episodes?.total, (last.episodes?.total ?? 0) + 1);
  });

  test('concurrent requests for one query compute it once; another query computes apart', async () => {
    await ingestOne();
    const call = client(60_000);
    const started = countStartedAnalyses(db);
    const answers = await Promise.all([
      call('GET', URL_),
      call('GET', URL_),
      call('GET', URL_),
      call('GET', `${URL_.replace('overall', 'churn')}`),
    ]);
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 200, 200, 200],
    );
    const times = new Set(answers.slice(0, 3).map((a) => (a.body as TAnswer).computedAt));
    assert.equal(times.size, 1);
    assert.equal(countStartedAnalyses(db), started + 2);
  });
});
