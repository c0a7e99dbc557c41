import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SERVICE_COMMENTS_EN } from './comments-en.fixture.ts';
import { SERVICE_COMMENTS_ZH } from './comments-zh.fixture.ts';
import { parseLabelledComments } from './parse.ts';

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

test('a fixture line without a class mark is an error', () => {
  assert.throws(() => parseLabelledComments('hotel', '* 房间很好'), /bad fixture line/);
  assert.deepEqual(parseLabelledComments('hotel', '\n+ 房间很好\n'), [
    { industry: 'hotel', label: 'positive', text: '房间很好' },
  ]);
});
