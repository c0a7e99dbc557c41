import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import { SimulateOptionsError, simulate, truthOf } from './index.ts';
import type { TSimMoment, TSimRecord, TSimulateOptions } from './index.ts';

const pack = getPack('property-management')!;
const FROM = '2026-07-02T00:00:00+08:00';
const base: TSimulateOptions = {
  seed: 5,
  customers: 1500,
  start: '2026-01-01T00:00:00+08:00',
  journeys: ['repair'],
};
const initiative = { journey: 'repair', touchpoint: 'technician_arrival', from: FROM };

function episodeStarts(records: TSimRecord[]): Map<string, number> {
  const starts = new Map<string, number>();
  for (const r of records) if (r.kind === 'episode_outcome') starts.set(r.episode, Date.parse(r.startedAt));
  return starts;
}

describe('planted initiative', () => {
  const plain = [...simulate(pack, base)];

  test('without a change to make, the records are those of a simulation without it', () => {
    assert.deepEqual([...simulate(pack, { ...base, initiative })], plain);
  });

  test('episodes before the start are unchanged; after it the touchpoint is faster and better felt', () => {
    const changed = [
      ...simulate(pack, { ...base, initiative: { ...initiative, durationFactor: 0.5, perceivedShift: 0.2 } }),
    ];
    const from = Date.parse(FROM);
    const before = (records: TSimRecord[]): TSimRecord[] => {
      const starts = episodeStarts(records);
      return records.filter((r) => r.kind === 'moment' && (starts.get(r.moment.episode) ?? Infinity) < from);
    };
    assert.deepEqual(before(changed), before(plain));
    const arrivals = (records: TSimRecord[]): TSimMoment[] => {
      const starts = episodeStarts(records);
      return records.filter(
        (r): r is TSimMoment =>
          r.kind === 'moment' &&
          r.moment.touchpoint === 'technician_arrival' &&
          (starts.get(r.moment.episode) ?? 0) >= from,
      );
    };
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const hours = (ms: TSimMoment[]): number =>
      median(ms.map((m) => m.moment.measures?.['arrival_hours'] ?? NaN));
    const a = arrivals(changed);
    const b = arrivals(plain);
    assert.ok(a.length > 300 && b.length > 300);
    const ratio = hours(a) / hours(b);
    assert.ok(ratio > 0.45 && ratio < 0.55, `median ratio ${ratio}`);
    // Perceived = experience + shift + employee + noise, clamped to -1..+1: the shift shows in the mean gap.
    const gap = (ms: TSimMoment[]): number =>
      ms.reduce((s, m) => s + m.perceived - m.experience, 0) / ms.length;
    const shift = gap(a) - gap(b);
    assert.ok(shift > 0.1 && shift < 0.2, `perceived shift ${shift}`);
  });

  test('the truth records the change and its expected effect, which the simulation reproduces', () => {
    const options = { ...base, customers: 4000, initiative: { ...initiative, durationFactor: 0.6 } };
    const truth = truthOf(pack, { seed: 5, journeys: ['repair'], initiative: options.initiative });
    const planted = truth.initiative!;
    assert.equal(planted.fromMs, Date.parse(FROM));
    assert.equal(planted.durationFactor, 0.6);
    const { before, after } = planted.expected!;
    assert.ok(after.breachShare < before.breachShare && after.experience > before.experience);
    const records = [...simulate(pack, options)];
    const starts = episodeStarts(records);
    const share = (isAfter: boolean): { p: number; n: number } => {
      const ms = records.filter(
        (r): r is TSimMoment =>
          r.kind === 'moment' &&
          r.moment.touchpoint === 'technician_arrival' &&
          (starts.get(r.moment.episode) ?? 0) >= planted.fromMs === isAfter,
      );
      return { p: ms.filter((m) => m.breaches > 0).length / ms.length, n: ms.length };
    };
    for (const [observed, expected] of [
      [share(false), before.breachShare],
      [share(true), after.breachShare],
    ] as const) {
      const se = Math.sqrt((expected * (1 - expected)) / observed.n);
      assert.ok(Math.abs(observed.p - expected) < 3.5 * se, `${observed.p} vs ${expected} (se ${se})`);
    }
  });

  test('an unknown touchpoint is refused with its path', () => {
    assert.throws(
      () => simulate(pack, { ...base, initiative: { ...initiative, touchpoint: 'nowhere' } }),
      (e: unknown) => e instanceof SimulateOptionsError && e.problems[0]?.path === 'initiative.touchpoint',
    );
    assert.throws(
      () => simulate(pack, { ...base, initiative: { ...initiative, durationFactor: 0 } }),
      (e: unknown) =>
        e instanceof SimulateOptionsError && e.problems[0]?.path === 'initiative.durationFactor',
    );
  });
});
