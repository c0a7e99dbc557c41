import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stp25Kano } from './fixtures/kano-stp25.ts';
import { analyzeKano, fongTest, summarizeKanoCounts, type KanoRespondent } from './kano.ts';
import {
  CHINESE_KANO_CODING,
  KANO_CATEGORIES,
  kanoCodingFromLabels,
  type KanoCategory,
} from './kano-table.ts';

const percent = (x: number) => String(Math.round(x * 100));

describe('summarizeKanoCounts on the stp25kano published table', () => {
  for (const { feature, counts, printed } of stp25Kano) {
    test(feature, () => {
      const r = summarizeKanoCounts(feature, counts, { tieMargin: 0.06 });
      assert.equal(r.n, 296);
      assert.equal(r.better?.toFixed(3), printed.better);
      assert.equal(r.worse?.toFixed(3), printed.worse);
      assert.equal(percent(r.totalStrength), printed.totalStrength);
      assert.equal(percent(r.categoryStrength), printed.categoryStrength);
      assert.equal(r.mostFrequent, printed.maxCategory);
      assert.equal(r.category, printed.hierarchyClass);
      assert.deepEqual(
        [String(r.fong.statistic), r.fong.critical.toFixed(1), r.fong.significant],
        [...printed.fong],
      );
      // With the default margin (exact ties only) the class is simply the most frequent category.
      assert.equal(summarizeKanoCounts(feature, counts).category, printed.maxCategory);
    });
  }
});

/** One answer pair (default 1..5 coding) that the evaluation table maps to each category. */
const PAIR_FOR: Record<KanoCategory, [number, number]> = {
  M: [3, 5],
  O: [1, 5],
  A: [1, 3],
  I: [3, 3],
  R: [5, 1],
  Q: [1, 1],
};

describe('analyzeKano from respondent answers', () => {
  // Expand the published counts into 296 respondents answering all five features.
  const respondents: Record<string, { functional: number; dysfunctional: number }>[] = Array.from(
    { length: 296 },
    () => ({}),
  );
  for (const { feature, counts } of stp25Kano) {
    const categories = KANO_CATEGORIES.flatMap((c) => new Array<KanoCategory>(counts[c]).fill(c));
    categories.forEach((c, i) => {
      const [functional, dysfunctional] = PAIR_FOR[c];
      const respondent = respondents[i];
      if (respondent !== undefined) respondent[feature] = { functional, dysfunctional };
    });
  }

  test('recovers the published counts and coefficients', () => {
    const results = analyzeKano(
      respondents,
      stp25Kano.map((f) => f.feature),
    );
    results.forEach((r, k) => {
      const expected = stp25Kano[k];
      assert.deepEqual(r.counts, expected?.counts);
      assert.equal(r.better?.toFixed(3), expected?.printed.better);
      assert.equal(r.missing, 0);
    });
  });

  test('the evaluation table cell by cell (TEST_VECTORS.md)', () => {
    const table = ['QAAAO', 'RIIIM', 'RIIIM', 'RIIIM', 'RRRRQ'];
    const cells: KanoRespondent[] = [];
    for (let f = 1; f <= 5; f++)
      for (let d = 1; d <= 5; d++) cells.push({ x: { functional: f, dysfunctional: d } });
    const got = cells.map((cell) => analyzeKano([cell], ['x'])[0]?.mostFrequent).join('');
    assert.equal(got, table.join(''));
  });

  test("Pouliot's modified table cell by cell: same answer twice is Q except neutral / neutral", () => {
    const table = ['QAAAO', 'RQIIM', 'RIIIM', 'RIIQM', 'RRRRQ'];
    const cells: KanoRespondent[] = [];
    for (let f = 1; f <= 5; f++)
      for (let d = 1; d <= 5; d++) cells.push({ x: { functional: f, dysfunctional: d } });
    const got = cells.map((cell) => analyzeKano([cell], ['x'], { table: 'pouliot' })[0]?.mostFrequent);
    assert.equal(got.join(''), table.join(''));
    assert.throws(
      () => analyzeKano(cells, ['x'], { table: 'kano' as 'berger' }),
      /bad_option at table: one of berger, pouliot/,
    );
  });

  test('Chinese labels and a reversed numeric coding', () => {
    const zh = analyzeKano([{ x: { functional: '我喜欢', dysfunctional: '我不喜欢' } }], ['x'], {
      coding: CHINESE_KANO_CODING,
    });
    assert.equal(zh[0]?.mostFrequent, 'O');
    const reversed = analyzeKano([{ x: { functional: 5, dysfunctional: 3 } }], ['x'], {
      coding: kanoCodingFromLabels([5, 4, 3, 2, 1]),
    });
    assert.equal(reversed[0]?.mostFrequent, 'A');
  });

  test('missing answers are skipped; bad answers name respondent and field', () => {
    const r = analyzeKano(
      [{ x: { functional: 1, dysfunctional: '' } }, {}, { x: { functional: 1, dysfunctional: 5 } }],
      ['x'],
    );
    assert.equal(r[0]?.missing, 2);
    assert.equal(r[0]?.n, 1);
    assert.throws(
      () =>
        analyzeKano(
          [{ x: { functional: 1, dysfunctional: 5 } }, { x: { functional: 1, dysfunctional: 6 } }],
          ['x'],
        ),
      /respondents\[1\]\.x\.dysfunctional/,
    );
  });
});

describe('analyzeKano Q filter', () => {
  test('respondents with too many Q pairs leave every feature', () => {
    const q = { functional: 1, dysfunctional: 1 };
    const o = { functional: 1, dysfunctional: 5 };
    const respondents = [
      { a: q, b: q, c: o },
      { a: q, b: o, c: o },
      { a: o, b: o, c: o },
    ];
    const kept = analyzeKano(respondents, ['a', 'b', 'c'], { maxQuestionable: 1 });
    assert.deepEqual(
      kept.map((r) => [r.n, r.excluded, r.counts.Q]),
      [
        [2, 1, 1],
        [2, 1, 0],
        [2, 1, 0],
      ],
    );
    assert.equal(analyzeKano(respondents, ['a'])[0]?.counts.Q, 2);
  });
});

/*
 * Brand & Rese (2026), "Dual Response Kano method", Journal of Retailing and Consumer Services 89,
 * 104596, Table 1 (p. 6): counts and CS coefficients printed to 3 decimals. Free in-store WiFi is
 * indifferent by the most frequent category (I 258) but attractive once A+O+M (304) is compared with
 * I+R+Q (303) first, as the authors reclassify it.
 */
const brandRese = [
  { feature: 'App-based bonus program', counts: { A: 216, O: 56, M: 13, I: 275, R: 23, Q: 24 } },
  { feature: 'Smart mirror', counts: { A: 229, O: 42, M: 5, I: 276, R: 33, Q: 22 } },
  { feature: 'Free in-store WiFi', counts: { A: 187, O: 71, M: 46, I: 258, R: 19, Q: 26 } },
] as const;
const brandResePrinted = [
  ['0.486', '-0.123', 'I', 'I'],
  ['0.491', '-0.085', 'I', 'I'],
  ['0.459', '-0.208', 'I', 'A'],
];

describe('class rules', () => {
  test('Brand & Rese (2026) Table 1: coefficients, and A+O+M against I+R+Q first', () => {
    brandRese.forEach(({ feature, counts }, k) => {
      const byFrequency = summarizeKanoCounts(feature, counts);
      const byGroups = summarizeKanoCounts(feature, counts, { rule: 'aom-vs-irq' });
      assert.deepEqual(
        [
          byFrequency.better?.toFixed(3),
          byFrequency.worse?.toFixed(3),
          byFrequency.category,
          byGroups.category,
        ],
        brandResePrinted[k],
      );
    });
  });

  test('aom-vs-irq on the stp25kano table; equal sums go to I, R, Q', () => {
    // A+O+M vs I+R+Q: 263/33 -> O; 209/87 -> M; 160/136 -> A (I by frequency); 245/51 -> A; 110/186 -> I.
    const classes = stp25Kano.map((f) => summarizeKanoCounts(f.feature, f.counts, { rule: 'aom-vs-irq' }));
    assert.deepEqual(
      classes.map((r) => r.category),
      ['O', 'M', 'A', 'A', 'I'],
    );
    const even = summarizeKanoCounts('x', { M: 0, O: 0, A: 5, I: 2, R: 0, Q: 3 }, { rule: 'aom-vs-irq' });
    assert.equal(even.category, 'Q');
    assert.equal(even.mostFrequent, 'A');
    assert.throws(() => summarizeKanoCounts('x', even.counts, { rule: 'mode' as 'most-frequent' }), /rule/);
  });
});

describe('fongTest', () => {
  test('Service app: 28 against 19.4', () => {
    const f = fongTest(123, 95, 296);
    assert.equal(f.critical.toFixed(1), '19.4');
    assert.equal(f.significant, true);
  });
});
