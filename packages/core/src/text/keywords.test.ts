import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTerms, findKeywords, type TKeywordDocument } from './keywords.ts';

const docs: TKeywordDocument[] = [
  { touchpoint: 'arrival', period: '2026-10', rating: 1, text: '师傅迟到两个小时，等了一上午' },
  { touchpoint: 'arrival', period: '2026-10', rating: 2, text: '迟到了，而且态度很差' },
  { touchpoint: 'arrival', period: '2026-10', rating: 5, text: '师傅很准时，服务专业' },
  { touchpoint: 'arrival', period: '2026-10', rating: 4, text: '准时上门，很满意' },
  { touchpoint: 'arrival', period: '2026-11', rating: 5, text: '准时，专业，干净' },
  { touchpoint: 'billing', period: '2026-10', rating: 1, text: 'I was overcharged and the bill was wrong' },
  { touchpoint: 'billing', period: '2026-10', rating: 4, text: 'Clear bill, fair price' },
];

test('content words drop stop words, punctuation and digits', () => {
  assert.deepEqual(extractTerms('师傅迟到了2个小时！'), ['师傅', '迟到', '小时']);
  assert.deepEqual(extractTerms('The bill was wrong, 2 times'), ['bill', 'wrong', 'times']);
});

test('TF-IDF keywords per touchpoint and period', () => {
  const groups = findKeywords(docs, { top: 3 });
  assert.deepEqual(
    groups.map((g) => [g.touchpoint, g.period, g.comments]),
    [
      ['arrival', '2026-10', 4],
      ['arrival', '2026-11', 1],
      ['billing', '2026-10', 2],
    ],
  );
  const october = groups[0];
  assert.ok(october?.keywords.some((k) => k.term === '迟到' && k.comments === 2));
  assert.ok(groups[2]?.keywords.some((k) => k.term === 'bill'));
});

test('negative themes are ranked by how much they pull the rating down', () => {
  const october = findKeywords(docs)[0];
  const first = october?.negativeThemes[0];
  assert.equal(first?.theme, 'waiting');
  // Without the two late-arrival comments the mean rating would be 4.5 instead of 3.
  assert.ok(first !== undefined && Math.abs(first.pull - 1.5) < 1e-9 && first.mentions === 2);
});

test('a group mixing rated and unrated comments is weighed by sentiment, not by a mix of scales', () => {
  const mixed: TKeywordDocument[] = [
    { touchpoint: 'arrival', period: '2026-12', rating: 5, text: '师傅很准时，服务专业' },
    { touchpoint: 'arrival', period: '2026-12', rating: 5, text: '准时上门，很满意' },
    { touchpoint: 'arrival', period: '2026-12', text: '师傅迟到两个小时，等了一上午' },
  ];
  const waiting = findKeywords(mixed)[0]?.negativeThemes.find((t) => t.theme === 'waiting');
  assert.ok(waiting !== undefined);
  // Every mean is of sentiments (-1..+1); before, the late comment's sentiment was set against ratings of 5.
  for (const v of [waiting.meanWith, waiting.meanWithout]) assert.ok(v >= -1 && v <= 1, String(v));
  assert.ok(waiting.meanWith < 0 && waiting.pull > 0);
});
