import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickTypicalEpisodes } from './typical-episodes.ts';

const c = (tieKey: string, outcome: number, score: number) => ({ tieKey, outcome, score });

test('continuous: the episode nearest the median score of the top and of the bottom quartile', () => {
  // 8 episodes: quartiles of 2. Top: outcomes 10, 9 (scores 8, 6: median 7, tie -> smaller key).
  const picked = pickTypicalEpisodes(
    [
      c('h', 10, 8),
      c('b', 9, 6),
      c('c', 7, 5),
      c('d', 6, 5),
      c('e', 5, 5),
      c('f', 4, 5),
      c('g', 1, 2),
      c('a', 0, 1),
    ],
    'continuous',
  );
  assert.equal(picked.good?.episode.tieKey, 'b');
  assert.equal(picked.good?.groupSize, 2);
  assert.equal(picked.good?.medianScore, 7);
  assert.equal(picked.bad?.episode.tieKey, 'a');
  assert.equal(picked.bad?.medianScore, 1.5);
});

test('ties at a quartile boundary join the group; an odd group takes its middle score', () => {
  const picked = pickTypicalEpisodes(
    [c('a', 10, 9), c('b', 10, 3), c('c', 10, 6), c('d', 5, 5), c('e', 0, 2)],
    'continuous',
  );
  assert.equal(picked.good?.groupSize, 3);
  assert.equal(picked.good?.episode.tieKey, 'c');
});

test('binary: stayed against churned, whatever their shares', () => {
  const stayed = Array.from({ length: 9 }, (_, i) => c(`s${i}`, 1, i));
  const picked = pickTypicalEpisodes([...stayed, c('x', 0, 2)], 'binary');
  assert.equal(picked.good?.episode.tieKey, 's4');
  assert.equal(picked.bad?.episode.tieKey, 'x');
});

test('no spread, no candidates or unscored episodes: no pick', () => {
  assert.deepEqual(pickTypicalEpisodes([c('a', 5, 1), c('b', 5, 2)], 'continuous'), {
    good: null,
    bad: null,
  });
  assert.deepEqual(pickTypicalEpisodes([], 'binary'), { good: null, bad: null });
  assert.deepEqual(pickTypicalEpisodes([c('a', 1, NaN)], 'binary'), { good: null, bad: null });
});

test('the pick does not depend on the order of the candidates', () => {
  const list = Array.from({ length: 40 }, (_, i) => c(`k${(i * 7) % 40}`, (i * 13) % 11, (i * 5) % 9));
  const a = pickTypicalEpisodes(list, 'continuous');
  const b = pickTypicalEpisodes([...list].reverse(), 'continuous');
  assert.deepEqual(a, b);
});
