import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { ZJourney, ZMomentInput, findBreaches } from '@mot/core';
import { BROADBAND_REPAIR } from './broadband-repair.ts';
import { generateDemoMoments } from './generate-moments.ts';

const now = new Date('2025-06-30T12:00:00Z');
const generate = (seed: number, moments = 3000) => [...generateDemoMoments({ moments, seed, now })];

describe('the demo journey', () => {
  test('is a valid journey with the four stage kinds and touchpoints named in Chinese and English', () => {
    const journey = ZJourney.parse(BROADBAND_REPAIR);
    assert.deepEqual(
      journey.stages.map((s) => s.kind),
      ['pre_contact', 'delivery', 'problem_handling', 'follow_up'],
    );
    assert.ok(journey.touchpoints.length >= 6 && journey.touchpoints.length <= 8);
    for (const tp of journey.touchpoints) assert.ok(tp.names?.['zh-CN'] && tp.names.en, tp.key);
  });
});

describe('generateDemoMoments', () => {
  const moments = generate(1);

  test('gives exactly the requested number of valid moments, the same for the same seed', () => {
    assert.equal(moments.length, 3000);
    for (const m of moments) ZMomentInput.parse(m);
    assert.deepEqual(generate(1), moments);
    assert.notDeepEqual(generate(2, 200), generate(1, 200));
    assert.equal(new Set(moments.map((m) => m.eventId)).size, moments.length);
  });

  test('falls in the last 90 days, in episodes that start with the hotline call', () => {
    const times = moments.map((m) => Date.parse(m.occurredAt));
    assert.ok(Math.max(...times) <= now.getTime());
    assert.ok(Math.min(...times) >= now.getTime() - 91 * 24 * 3_600_000);
    const firsts = new Map<string, string>();
    for (const m of moments) if (!firsts.has(m.episode)) firsts.set(m.episode, m.touchpoint);
    assert.deepEqual(new Set(firsts.values()), new Set(['hotline_report']));
  });

  test('has some breaches, ratings for a share of moments, and comments whose tone follows the rating', () => {
    const touchpoints = new Map(ZJourney.parse(BROADBAND_REPAIR).touchpoints.map((t) => [t.key, t]));
    const breached = moments.filter((m) => {
      const tp = touchpoints.get(m.touchpoint);
      return tp && findBreaches(m, tp).length > 0;
    });
    const share = (n: number) => n / moments.length;
    assert.ok(share(breached.length) > 0.02 && share(breached.length) < 0.25, `breaches ${breached.length}`);
    const rated = moments.filter((m) => m.rating !== undefined);
    assert.ok(share(rated.length) > 0.1 && share(rated.length) < 0.4, `rated ${rated.length}`);
    const commented = moments.filter((m) => m.comment !== undefined);
    assert.ok(commented.length > 50);
    const lowComments = rated.filter((m) => m.rating === 1 && m.comment).map((m) => m.comment);
    assert.ok(
      lowComments.length > 0 &&
        lowComments.every((c) => !/很满意|Great service|very satisfied/i.test(c ?? '')),
    );
  });
});
