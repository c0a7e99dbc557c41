import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EpisodeGrouper } from './group-episodes.ts';

function collect(window: number, rows: [string, number][]) {
  const episodes: [string, number[]][] = [];
  const grouper = new EpisodeGrouper<number>(
    (key, moments) => episodes.push([key, moments.map((m) => m.moment)]),
    window,
  );
  rows.forEach(([key, at], line) => grouper.add(key, { at, line: line + 2, moment: at }));
  grouper.finish();
  return { episodes, grouper };
}

test('groups interleaved moments into episodes in time order', () => {
  const { episodes, grouper } = collect(10, [
    ['a', 3],
    ['b', 1],
    ['a', 1],
    ['b', 2],
  ]);
  assert.deepEqual(episodes.sort(), [
    ['a', [1, 3]],
    ['b', [1, 2]],
  ]);
  assert.equal(grouper.lateMoments, 0);
});

test('closes the episode idle longest when the window is full, and counts moments that come back late', () => {
  const { episodes, grouper } = collect(2, [
    ['a', 1],
    ['b', 1],
    ['a', 2],
    ['c', 1],
    ['b', 2],
  ]);
  // Opening c closed b (idle longest); b's second moment is late.
  assert.deepEqual(episodes[0], ['b', [1]]);
  assert.equal(grouper.lateMoments, 1);
  assert.equal(grouper.firstLateLine, 6);
  assert.deepEqual(episodes.map(([k]) => k).sort(), ['a', 'b', 'c']);
});
