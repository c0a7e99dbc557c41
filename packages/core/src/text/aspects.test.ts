import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEVELOPMENT_2_ASPECT_COMMENTS } from './aspects-development-2.fixture.ts';
import { DEVELOPMENT_3_ASPECT_COMMENTS } from './aspects-development-3.fixture.ts';
import { DEVELOPMENT_4_ASPECT_COMMENTS } from './aspects-development-4.fixture.ts';
import { DEVELOPMENT_5_ASPECT_COMMENTS } from './aspects-development-5.fixture.ts';
import { DEVELOPMENT_6_ASPECT_COMMENTS } from './aspects-development-6.fixture.ts';
import { DEVELOPMENT_7_ASPECT_COMMENTS } from './aspects-development-7.fixture.ts';
import { HOLDOUT_6_ASPECT_COMMENTS } from './aspects-holdout-6.fixture.ts';
import { LABELLED_COMMENTS, type TLabelledComment } from './aspects.fixture.ts';
import { analyzeText } from './aspects.ts';
import { splitClauses } from './clauses.ts';

const polarity = (s: number): string => (s > 0.1 ? 'positive' : s < -0.1 ? 'negative' : 'neutral');
const summary = (text: string): string[] =>
  analyzeText(text).aspects.map((a) => `${a.theme ?? '-'}:${polarity(a.sentiment.score)}`);

describe('aspects', () => {
  test('the issue example: waiting -, attitude -, resolution +', () => {
    assert.deepEqual(summary('维修人员两个小时才到，态度很差，但问题最终解决了'), [
      'waiting:negative',
      'attitude:negative',
      'resolution:positive',
    ]);
  });

  test('mixed clauses in one comment keep their own sentiment', () => {
    assert.deepEqual(summary('师傅很专业，收费也合理，就是上门太慢了'), [
      'professionalism:positive',
      'price:positive',
      'waiting:negative',
    ]);
    assert.deepEqual(summary('The technician was two hours late, but the problem was fixed.'), [
      'waiting:negative',
      'resolution:positive',
    ]);
    assert.deepEqual(summary('The agent was rude. However the bill was refunded quickly!'), [
      'attitude:negative',
      'price:positive',
    ]);
  });

  test('a comment mixing Chinese and English clauses scores each in its language', () => {
    const a = analyzeText('客服态度很好。But the wifi signal is still terrible.');
    assert.deepEqual(
      a.aspects.map((x) => [x.theme, x.sentiment.language, polarity(x.sentiment.score)]),
      [
        ['attitude', 'zh', 'positive'],
        ['network', 'en', 'negative'],
      ],
    );
  });

  test('themes aggregate over clauses, and evidence points into the comment', () => {
    const text = '等了好久才送到，骑手态度还不错';
    const a = analyzeText(text);
    const waiting = a.themes.find((t) => t.theme === 'waiting');
    assert.ok(waiting !== undefined && waiting.score < 0);
    for (const aspect of a.aspects)
      for (const e of aspect.evidence) assert.equal(text.slice(e.start, e.end), e.text);
  });

  test('clauses split at punctuation and contrast words, not inside 不但', () => {
    assert.deepEqual(
      splitClauses('不但快而且好，但是有点贵', 'zh').map((c) => [c.text, c.contrast]),
      [
        ['不但快而且好', false],
        ['有点贵', true],
      ],
    );
  });

  const agreement = (comments: TLabelledComment[]): { n: number; theme: number; polarity: number } => {
    let n = 0;
    let theme = 0;
    let polarity = 0;
    for (const comment of comments) {
      const aspects = analyzeText(comment.text).aspects;
      comment.clauses.forEach(([label, sign], i) => {
        n++;
        if (aspects[i]?.theme === label) theme++;
        if ((aspects[i] !== undefined && aspects[i].sentiment.score > 0 ? 'pos' : 'neg') === sign) polarity++;
      });
    }
    return { n, theme, polarity };
  };

  // Measured figures, quoted in docs/text-analytics.md; a change that lowers them fails here.
  test('agreement with a reader: development set (24 comments, 47 clauses)', () => {
    const a = agreement(LABELLED_COMMENTS);
    assert.equal(a.n, 47);
    // 47 of 47 with the earlier clause rule, which was tuned on this set; the calibrated model reads 43, and
    // 45 (theme 43) with the dictionary and cues grown from the second development set; theme 45 with the
    // third revision (weak words, grown from the three development sets); polarity 46 with a clause
    // weaker than its comment taking the comment's polarity.
    assert.ok(a.theme >= 45 && a.polarity >= 46, JSON.stringify(a));
  });

  test('agreement with a reader: second development set (34 comments, 56 clauses)', () => {
    const a = agreement(DEVELOPMENT_2_ASPECT_COMMENTS);
    assert.equal(a.n, 56);
    // 39 and 50 with the dictionary and cues before they were grown from this set's misses; theme 55 with
    // the third revision, polarity 54 with the cues of look 17.
    assert.ok(a.theme >= 55 && a.polarity >= 54, JSON.stringify(a));
  });

  test('agreement with a reader: third development set (16 comments, 26 clauses; the hold-out set until its misses were read)', () => {
    const a = agreement(DEVELOPMENT_3_ASPECT_COMMENTS);
    assert.equal(a.n, 26);
    // 17 and 22 as the hold-out set, before the dictionary's third revision was grown from its misses, a
    // clause with no verdict of its own took its neighbour's and the cues of look 17 were added.
    assert.ok(a.theme >= 25 && a.polarity >= 25, JSON.stringify(a));
  });

  test('agreement with a reader: fourth development set (48 comments, 78 clauses; the second hold-out set)', () => {
    const a = agreement(DEVELOPMENT_4_ASPECT_COMMENTS);
    assert.equal(a.n, 78);
    // 48 and 67 when it was scored once as the second hold-out set, before anything was grown from it.
    assert.ok(a.theme >= 70 && a.polarity >= 75, JSON.stringify(a));
  });

  test('agreement with a reader: fifth development set (48 comments, 73 clauses; the third hold-out set)', () => {
    const a = agreement(DEVELOPMENT_5_ASPECT_COMMENTS);
    assert.equal(a.n, 73);
    // 40 and 63 when it was scored once as the third hold-out set (the second revision read 27 and 63);
    // theme 61 with the fifth revision, grown from its misses; 62 and 64 with the sixth and the context
    // confidence.
    assert.ok(a.theme >= 62 && a.polarity >= 64, JSON.stringify(a));
  });

  test('agreement with a reader: sixth development set (48 comments, 68 clauses; the fourth hold-out set)', () => {
    const a = agreement(DEVELOPMENT_6_ASPECT_COMMENTS);
    assert.equal(a.n, 68);
    // 29 and 57 when it was scored once as the fourth hold-out set (the second revision read 16 and 56);
    // 58 and 58 with the sixth revision, grown from its misses, and the context confidence; polarity 61
    // with a clause weaker than its comment taking the comment's polarity.
    assert.ok(a.theme >= 58 && a.polarity >= 61, JSON.stringify(a));
  });

  test('agreement with a reader: seventh development set (48 comments, 70 clauses; the fifth hold-out set)', () => {
    const a = agreement(DEVELOPMENT_7_ASPECT_COMMENTS);
    assert.equal(a.n, 70);
    // 48 and 58 when it was scored once as the fifth hold-out set, after the sixth revision and the context
    // confidence (the second revision read 29 and 55); polarity 60 with a clause weaker than its comment
    // taking the comment's polarity, chosen on the seven development sets, this one among them.
    assert.ok(a.theme >= 48 && a.polarity >= 60, JSON.stringify(a));
  });

  test('agreement with a reader: sixth hold-out set (48 comments, 77 clauses, never used to change anything)', () => {
    const a = agreement(HOLDOUT_6_ASPECT_COMMENTS);
    assert.equal(a.n, 77);
    // Scored once, after a clause weaker than its comment took the comment's polarity (without that rule,
    // polarity 72); Chinese clauses alone: theme 40 and polarity 55 of 57.
    assert.ok(a.theme >= 52 && a.polarity >= 74, JSON.stringify(a));
  });
});
