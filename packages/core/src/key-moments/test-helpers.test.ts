/** Helpers shared by the key-moment tests (no tests of its own): simulated episodes, tolerant comparison, Spearman. */
import assert from 'node:assert/strict';
import { getPack } from '../packs/index.ts';
import { simulate } from '../simulator/index.ts';
import type { TSimulateOptions } from '../simulator/index.ts';
import type { TPack } from '../packs/index.ts';
import { keyMomentOptionsOf } from './journey.ts';
import { simulatedEpisodes } from './simulated.ts';
import type { TSimulatedOutcome } from './simulated.ts';
import type { TKeyMomentEpisode, TKeyMomentOptions } from './types.ts';

export const START = '2026-01-01T00:00:00+08:00';

/** The property-management pack (asserted present). */
export function propertyPack(): TPack {
  const pack = getPack('property-management');
  assert.ok(pack, 'property-management pack');
  return pack;
}

/** Episodes of one journey of a pack, and the accumulator options for it. */
export function journeyEpisodes(
  pack: TPack,
  journey: string,
  sim: Omit<TSimulateOptions, 'start' | 'journeys'>,
  outcome: TSimulatedOutcome = 'overall',
): { episodes: TKeyMomentEpisode[]; options: TKeyMomentOptions } {
  const doc = pack.journeys.find((j) => j.key === journey);
  assert.ok(doc, journey);
  const records = simulate(pack, { ...sim, start: START, journeys: [journey] });
  const episodes = [...simulatedEpisodes(records, [doc], { outcome })].map((e) => e.episode);
  const kind = outcome === 'churned' || outcome === 'promoter' ? 'binary' : 'continuous';
  const direction = outcome === 'churned' ? 'lower_is_better' : 'higher_is_better';
  return { episodes, options: keyMomentOptionsOf(doc, { outcome: { kind, direction } }) };
}

/** Deep equality where numbers may differ by a relative `tolerance` (NaN equals NaN). */
export function assertClose(actual: unknown, expected: unknown, tolerance = 1e-9, path = 'result'): void {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected)) return assert.ok(Number.isNaN(actual), path);
    const scale = Math.max(1, Math.abs(expected));
    assert.ok(Math.abs(actual - expected) <= tolerance * scale, `${path}: ${actual} vs ${expected}`);
    return;
  }
  if (expected !== null && typeof expected === 'object' && actual !== null && typeof actual === 'object') {
    const keys = Object.keys(expected);
    assert.deepEqual(Object.keys(actual).sort(), [...keys].sort(), path);
    for (const k of keys) {
      assertClose(
        (actual as Record<string, unknown>)[k],
        (expected as Record<string, unknown>)[k],
        tolerance,
        `${path}.${k}`,
      );
    }
    return;
  }
  assert.deepEqual(actual, expected, path);
}

/** Spearman rank correlation (average ranks for ties). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ranks = (x: readonly number[]): number[] => {
    const order = x.map((v, i) => ({ v, i })).sort((p, q) => p.v - q.v);
    const r = new Array<number>(x.length).fill(0);
    for (let s = 0; s < order.length;) {
      let e = s;
      while (e + 1 < order.length && order[e + 1]!.v === order[s]!.v) e++;
      for (let k = s; k <= e; k++) r[order[k]!.i] = (s + e) / 2 + 1;
      s = e + 1;
    }
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (ra.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  ra.forEach((x, i) => {
    num += (x - mean) * (rb[i]! - mean);
    da += (x - mean) ** 2;
    db += (rb[i]! - mean) ** 2;
  });
  return num / Math.sqrt(da * db);
}
