// Re-computes the shipped model's held-out figures on ../shared/data (outside the repository); skipped
// when that folder is absent. The model never saw waimai_10k: it is trained on online_shopping_9_cats.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { hashFeaturesZh, tokenizeChinese } from './features-zh.ts';
import { measureClassification } from './metrics.ts';
import metrics from './model/sentiment-zh.metrics.json' with { type: 'json' };
import { scoreSentiment } from './sentiment.ts';
import { dot } from './train-logistic.ts';
import { trainSentimentModel } from './train-sentiment-model.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../../..');
const waimaiPath = resolve(repoRoot, '../shared/data/chinese_reviews/waimai_10k.csv');
const skip = existsSync(waimaiPath) ? false : `needs ${waimaiPath} (../shared/data beside the repository)`;

/** Margin below the figures measured at training time that the re-computation must reach. */
const MARGIN = 0.005;

test('the shipped weights are at most 5 MB', () => {
  assert.ok(statSync(resolve(here, 'model/sentiment-zh.json')).size <= 5 * 1024 * 1024);
});

test('held-out source (waimai_10k): accuracy and macro-F1 match the recorded figures', { skip }, () => {
  const rows: Record<string, string>[] = parse(readFileSync(waimaiPath, 'utf8'), {
    columns: true,
    bom: true,
  });
  const labelled = rows.filter((r) => (r.review ?? '').trim() !== '' && (r.label === '0' || r.label === '1'));
  const truth = labelled.map((r) => (r.label === '1' ? 1 : 0));
  const predicted = labelled.map((r) =>
    scoreSentiment((r.review ?? '').trim(), { language: 'zh' }).score >= 0 ? 1 : 0,
  );
  const m = measureClassification(truth, predicted);
  assert.equal(m.n, metrics.heldOutSource.n);
  assert.ok(m.accuracy >= metrics.heldOutSource.accuracy - MARGIN, `accuracy ${m.accuracy}`);
  assert.ok(m.macroF1 >= metrics.heldOutSource.macroF1 - MARGIN, `macro-F1 ${m.macroF1}`);
  // The floors the docs quote: the target of 90% is not met by the linear model (see the docs).
  assert.ok(m.accuracy >= 0.85 && m.macroF1 >= 0.83);
});

const shoppingPath = resolve(repoRoot, '../shared/data/chinese_reviews/online_shopping_9_cats.csv');
const skipShopping = existsSync(shoppingPath) ? false : `needs ${shoppingPath}`;

test(
  'held-out category: re-training without 蒙牛 (milk) reproduces its recorded figures',
  { skip: skipShopping },
  () => {
    const held = '蒙牛';
    const rows: Record<string, string>[] = parse(readFileSync(shoppingPath, 'utf8'), {
      columns: true,
      bom: true,
    });
    const { settings } = metrics;
    const data = rows
      .map((r) => ({ cat: r.cat, text: (r.review ?? '').replace(/^\uFEFF/, '').trim(), label: r.label }))
      .filter((r) => r.text !== '' && (r.label === '0' || r.label === '1'))
      .map((r) => ({
        cat: r.cat,
        x: hashFeaturesZh(tokenizeChinese(r.text), settings.features, settings.bits),
        y: (r.label === '1' ? 1 : 0) as 0 | 1,
      }));
    const model = trainSentimentModel(
      data.filter((d) => d.cat !== held),
      settings,
    );
    const test = data.filter((d) => d.cat === held);
    const m = measureClassification(
      test.map((d) => d.y),
      test.map((d) => (dot(model.weights, d.x) + model.bias >= 0 ? 1 : 0)),
    );
    const recorded = metrics.heldOutCategories[held];
    assert.ok(
      m.accuracy >= recorded.accuracy - MARGIN && m.macroF1 >= recorded.macroF1 - MARGIN,
      JSON.stringify(m),
    );
    // Every recorded category figure stays above the floor the docs quote.
    for (const [category, f] of Object.entries(metrics.heldOutCategories))
      assert.ok(f.accuracy >= 0.7, category);
  },
);
