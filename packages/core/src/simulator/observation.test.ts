import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import type { TPack } from '../packs/index.ts';
import { simulate, truthOf } from './index.ts';
import type { TSimRecord } from './index.ts';

const pack = getPack('property-management') as TPack;
const base = { seed: 9, customers: 400, start: '2026-01-01T00:00:00Z', end: '2026-04-01T00:00:00Z' };

describe('observation and segments', () => {
  test('observedUntil hides later moments, open episodes and unseen churn, and changes nothing else', () => {
    const until = '2026-03-15T00:00:00Z';
    const full = [...simulate(pack, base)];
    const cut = [...simulate(pack, { ...base, observedUntil: until })];
    const key = (r: TSimRecord): string =>
      r.kind === 'moment' ? r.moment.eventId : r.kind === 'customer' ? r.customer.externalId : r.episode;
    const fullByKey = new Map(full.map((r) => [key(r), r]));
    let open = 0;
    for (const r of cut) {
      const same = fullByKey.get(key(r));
      assert.ok(same, key(r));
      if (r.kind === 'moment') {
        assert.ok(Date.parse(r.moment.occurredAt) <= Date.parse(until));
        assert.deepEqual(r, same);
      } else if (r.kind === 'episode_outcome') {
        assert.ok(Date.parse(r.endedAt) <= Date.parse(until));
        if (r.churnedAt) assert.ok(Date.parse(r.churnedAt) <= Date.parse(until));
        assert.deepEqual(
          { ...r, churned: false, churnedAt: null },
          { ...same, churned: false, churnedAt: null },
        );
      }
    }
    const outcomes = new Set(cut.filter((r) => r.kind === 'episode_outcome').map(key));
    for (const r of cut) if (r.kind === 'moment' && !outcomes.has(r.moment.episode)) open++;
    assert.ok(open > 0, 'some episodes are still open');
  });

  test('moments carry the customer attributes, and the slow region has slower durations', () => {
    assert.ok(truthOf(pack, { seed: 1 }).regionLoad['new_district'] === 1.5);
    const arrival: Record<string, number[]> = {};
    for (const r of simulate(pack, { ...base, customers: 3000, journeys: ['repair'] })) {
      if (r.kind !== 'moment') continue;
      const region = r.moment.attributes?.['region'];
      assert.equal(typeof region, 'string');
      const hours = r.moment.measures['arrival_hours'];
      if (hours !== undefined) (arrival[String(region)] ??= []).push(hours);
    }
    const median = (xs: number[] = []): number =>
      [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    assert.ok(median(arrival['new_district']) > 1.3 * median(arrival['north']));
    const plain = [...simulate(pack, { ...base, customers: 5, momentAttributes: false })];
    assert.ok(plain.every((r) => r.kind !== 'moment' || r.moment.attributes === undefined));
  });
});
