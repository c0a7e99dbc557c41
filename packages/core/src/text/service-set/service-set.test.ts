import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SERVICE_COMMENTS_EN } from './comments-en.fixture.ts';
import { SERVICE_COMMENTS_ZH } from './comments-zh.fixture.ts';
import { DEVELOPMENT_2_COMMENTS_EN, DEVELOPMENT_2_COMMENTS_ZH } from './development-2.fixture.ts';
import { DEVELOPMENT_3_COMMENTS_ZH } from './development-3-zh.fixture.ts';
import { DEVELOPMENT_3_COMMENTS_EN } from './development-3.fixture.ts';
import { DEVELOPMENT_4_COMMENTS_ZH } from './development-4-zh.fixture.ts';
import { DEVELOPMENT_4_COMMENTS_EN } from './development-4.fixture.ts';
import { DEVELOPMENT_5_COMMENTS_ZH } from './development-5-zh.fixture.ts';
import { DEVELOPMENT_5_COMMENTS_EN } from './development-5.fixture.ts';
import { DEVELOPMENT_6_COMMENTS_ZH } from './development-6-zh.fixture.ts';
import { DEVELOPMENT_6_COMMENTS_EN } from './development-6.fixture.ts';
import { DEVELOPMENT_7_COMMENTS_ZH } from './development-7-zh.fixture.ts';
import { DEVELOPMENT_COMMENTS_EN, DEVELOPMENT_COMMENTS_ZH } from './development.fixture.ts';
import { parseLabelledComments, type TLabelledComment } from './parse.ts';

const INDUSTRIES = [
  'telecom',
  'banking-insurance',
  'property',
  'hotel',
  'after-sales',
  'restaurant',
  'healthcare',
  'retail',
];

test('the service-language test set holds 400 comments per language, 50 per industry, no duplicates', () => {
  for (const set of [SERVICE_COMMENTS_ZH, SERVICE_COMMENTS_EN]) {
    assert.equal(set.length, 400);
    for (const industry of INDUSTRIES) {
      const own = set.filter((c) => c.industry === industry);
      assert.equal(own.length, 50, industry);
      assert.deepEqual(
        ['negative', 'neutral', 'positive'].map((l) => own.filter((c) => c.label === l).length),
        [20, 10, 20],
        industry,
      );
    }
    assert.equal(new Set(set.map((c) => c.text)).size, set.length);
  }
});

test('the development comments: per industry as documented, and none of them is a test comment', () => {
  const sets: [readonly TLabelledComment[], number[]][] = [
    [DEVELOPMENT_2_COMMENTS_EN, [10, 5, 10]],
    [DEVELOPMENT_2_COMMENTS_ZH, [5, 3, 5]],
    [DEVELOPMENT_3_COMMENTS_EN, [5, 3, 5]],
    [DEVELOPMENT_3_COMMENTS_ZH, [3, 1, 3]],
    [DEVELOPMENT_4_COMMENTS_EN, [10, 5, 10]],
    [DEVELOPMENT_4_COMMENTS_ZH, [10, 5, 10]],
    [DEVELOPMENT_5_COMMENTS_EN, [5, 3, 5]],
    [DEVELOPMENT_5_COMMENTS_ZH, [5, 3, 5]],
    [DEVELOPMENT_6_COMMENTS_EN, [5, 3, 5]],
    [DEVELOPMENT_6_COMMENTS_ZH, [5, 3, 5]],
    [DEVELOPMENT_7_COMMENTS_ZH, [3, 1, 3]],
  ];
  for (const [set, counts] of sets)
    for (const industry of INDUSTRIES) {
      const own = set.filter((c) => c.industry === industry);
      assert.deepEqual(
        ['negative', 'neutral', 'positive'].map((l) => own.filter((c) => c.label === l).length),
        counts,
        industry,
      );
    }
  const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const test = new Set([...SERVICE_COMMENTS_ZH, ...SERVICE_COMMENTS_EN].map((c) => norm(c.text)));
  const development = [
    ...DEVELOPMENT_COMMENTS_EN,
    ...DEVELOPMENT_COMMENTS_ZH,
    ...sets.flatMap(([set]) => set),
  ];
  assert.deepEqual(
    development.filter((c) => test.has(norm(c.text))).map((c) => c.text),
    [],
  );
});

test('a fixture line without a class mark is an error', () => {
  assert.throws(() => parseLabelledComments('hotel', '* 房间很好'), /bad fixture line/);
  assert.deepEqual(parseLabelledComments('hotel', '\n+ 房间很好\n'), [
    { industry: 'hotel', label: 'positive', text: '房间很好' },
  ]);
});
