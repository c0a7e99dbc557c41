import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { experienceOf, findBreaches } from '../domain/experience.ts';
import { ZJourney } from '../domain/journey.ts';
import type { TJourney } from '../domain/journey.ts';
import { ZMomentInput } from '../domain/moment.ts';
import { getPack, journeysOf, listPackKeys } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { RECOVERY_CALLBACK_TOUCHPOINT } from '../loop/callback.ts';
import { SimulateOptionsError, simulate } from './index.ts';
import type { TSimRecord, TSimulateOptions } from './index.ts';

const pack = getPack('property-management') as TPack;
const base: TSimulateOptions = { seed: 42, customers: 300, start: '2026-01-01T00:00:00+08:00' };
const run = (
  options: Partial<TSimulateOptions> = {},
  source: Parameters<typeof simulate>[0] = pack,
): TSimRecord[] => [...simulate(source, { ...base, ...options })];

describe('simulate', () => {
  test('is deterministic: same seed, same records; another seed, other records', () => {
    assert.equal(JSON.stringify(run()), JSON.stringify(run()));
    assert.notEqual(JSON.stringify(run({ seed: 43 })), JSON.stringify(run()));
    assert.equal(JSON.stringify(run({ seed: 'demo' })), JSON.stringify(run({ seed: 'demo' })));
  });

  test('a customer is the same whatever else is simulated, so runs can be split', () => {
    const whole = run({ customers: 40 });
    const split = [...run({ customers: 25 }), ...run({ customers: 15, firstCustomer: 25 })];
    assert.equal(JSON.stringify(split), JSON.stringify(whole));
  });

  test('every moment is a valid ZMomentInput with a unique event id and an offset timestamp', () => {
    const ids = new Set<string>();
    for (const r of run({ customers: 500, surveyShare: 1 })) {
      if (r.kind !== 'moment') continue;
      const parsed = ZMomentInput.safeParse(r.moment);
      assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
      assert.deepEqual(parsed.data, r.moment);
      assert.ok(!ids.has(r.moment.eventId), r.moment.eventId);
      ids.add(r.moment.eventId);
      assert.match(r.moment.occurredAt, /\+08:00$/);
      assert.ok(r.moment.employee);
    }
    assert.ok(ids.size > 1000);
  });

  test('every built-in pack simulates valid moments at every one of its touchpoints', () => {
    for (const key of listPackKeys()) {
      const source = getPack(key) as TPack;
      const seen = new Set<string>();
      for (const r of run({ customers: 400, surveyShare: 1 }, source)) {
        if (r.kind !== 'moment') continue;
        assert.ok(ZMomentInput.safeParse(r.moment).success, `${key}: ${r.moment.eventId}`);
        seen.add(`${r.moment.journey}/${r.moment.touchpoint}`);
      }
      // Every touchpoint but the recovery callback, which follows cases and is not simulated.
      const all = source.journeys.flatMap((j) =>
        j.touchpoints
          .filter((tp) => tp.key !== RECOVERY_CALLBACK_TOUCHPOINT)
          .map((tp) => `${j.key}/${tp.key}`),
      );
      assert.deepEqual([...seen].sort(), all.sort(), key);
    }
  });

  test('experience and breaches of each moment are the core rule of its measures', () => {
    const touchpoints = new Map(
      pack.journeys.flatMap((j) => j.touchpoints.map((tp) => [tp.key, tp] as const)),
    );
    for (const r of run()) {
      if (r.kind !== 'moment') continue;
      const tp = touchpoints.get(r.moment.touchpoint);
      assert.ok(tp);
      assert.equal(r.experience, experienceOf({ measures: r.moment.measures }, tp).value);
      assert.equal(r.breaches, findBreaches({ measures: r.moment.measures }, tp).length);
    }
  });

  test('records come per customer: customer, then each episode in time order with its outcome last', () => {
    let customer = '';
    let episode: string | null = null;
    let lastTime = '';
    let lastEpisodeStart = '';
    for (const r of run({ customers: 100 })) {
      if (r.kind === 'customer') {
        assert.equal(episode, null);
        customer = r.customer.externalId;
        lastEpisodeStart = '';
      } else if (r.kind === 'moment') {
        assert.equal(r.moment.customer, customer);
        if (episode !== r.moment.episode) lastTime = '';
        episode = r.moment.episode;
        assert.ok(r.moment.occurredAt >= lastTime, `${r.moment.eventId} goes back in time`);
        lastTime = r.moment.occurredAt;
      } else {
        assert.equal(r.episode, episode);
        assert.ok(r.startedAt >= lastEpisodeStart);
        lastEpisodeStart = r.startedAt;
        assert.ok(r.endedAt >= r.startedAt);
        if (r.churnedAt) assert.ok(r.churnedAt >= r.endedAt);
        episode = null;
      }
    }
  });

  test('survey answers only for surveyed episodes, on their scales', () => {
    let surveyed = 0;
    for (const r of run({ surveyShare: 0.5 })) {
      if (r.kind !== 'episode_outcome') continue;
      if (!r.surveyed) {
        assert.equal(r.overall, null);
        assert.equal(r.nps, null);
        continue;
      }
      surveyed++;
      assert.ok(Number.isInteger(r.overall) && (r.overall ?? 0) >= 1 && (r.overall ?? 11) <= 10);
      assert.ok(Number.isInteger(r.nps) && (r.nps ?? -1) >= 0 && (r.nps ?? 11) <= 10);
    }
    assert.ok(surveyed > 100);
  });

  test('simulates a plain journey without simulation settings', () => {
    const [journey] = journeysOf(pack);
    assert.ok(journey);
    const records = run({ customers: 50 }, journey);
    assert.ok(records.some((r) => r.kind === 'moment' && r.moment.journey === journey.key));
  });

  test('a touchpoint without standards gets a planted experience and ratings on its own scale', () => {
    const journey = ZJourney.parse({
      key: 'visit',
      name: 'Visit',
      stages: [{ key: 's', name: 'S', kind: 'delivery' }],
      touchpoints: [
        {
          key: 'desk',
          name: 'Desk',
          stage: 's',
          channel: 'store',
          owner: 'front',
          ratingScale: { min: 0, max: 10 },
        },
      ],
    });
    const moments = run({ customers: 200, surveyShare: 1, ratingShare: 1 }, journey).filter(
      (r) => r.kind === 'moment',
    );
    assert.ok(moments.length >= 200);
    const ratings = new Set(moments.map((r) => r.moment.rating));
    assert.ok([...ratings].every((x) => x !== undefined && x >= 0 && x <= 10));
    assert.ok(ratings.size > 5);
    assert.ok(moments.every((r) => r.experience >= -1 && r.experience <= 1));
  });

  test('options: journeys restricts, maxMoments stops at a customer boundary, idPrefix names ids', () => {
    const only = run({ journeys: ['move_in'], idPrefix: 'demo' });
    assert.ok(only.every((r) => r.kind !== 'moment' || r.moment.journey === 'move_in'));
    assert.ok(only.some((r) => r.kind === 'moment' && r.moment.eventId.startsWith('demo-')));
    const limited = run({ customers: 10_000, maxMoments: 100 });
    const moments = limited.filter((r) => r.kind === 'moment').length;
    assert.ok(moments >= 100 && moments < 200, String(moments));
    assert.equal(limited.at(-1)?.kind, 'episode_outcome');
  });

  test('bad options throw SimulateOptionsError naming the option', () => {
    const problemsOf = (options: TSimulateOptions): string[] => {
      try {
        simulate(pack, options);
      } catch (error) {
        assert.ok(error instanceof SimulateOptionsError);
        return error.problems.map((p) => p.path);
      }
      return [];
    };
    assert.deepEqual(problemsOf({ ...base, start: 'yesterday' }), ['start']);
    assert.deepEqual(problemsOf({ ...base, end: '2025-01-01T00:00:00Z' }), ['end']);
    assert.deepEqual(problemsOf({ ...base, customers: 0, surveyShare: 2 }), ['customers', 'surveyShare']);
    assert.deepEqual(problemsOf({ ...base, journeys: ['repair', 'nope'] }), ['journeys.1']);
    const broken = { ...journeysOf(pack)[0], stages: [] } as unknown as TJourney;
    assert.throws(
      () => simulate(broken, base).next(),
      (error: unknown) => {
        assert.ok(error instanceof SimulateOptionsError);
        assert.deepEqual(
          error.problems.map((p) => p.path),
          [
            'source.stages',
            'source.touchpoints.0.stage',
            'source.touchpoints.1.stage',
            'source.touchpoints.2.stage',
            'source.touchpoints.3.stage',
            'source.touchpoints.4.stage',
          ],
        );
        return true;
      },
    );
  });
});
