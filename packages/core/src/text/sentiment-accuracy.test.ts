// Re-computes the shipped models' held-out figures on ../shared/data (outside the repository); skipped
// when that folder is absent. The Chinese model never saw waimai_10k (it is trained on
// online_shopping_9_cats); an English held-out source is re-trained here from the other two.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { measureHeldOutSource, readEnglishReviews } from '../../scripts/english-reviews.ts';
import { measureBinary } from '../../scripts/sentiment-protocol.ts';
import metricsEn from './model/sentiment-en.metrics.json' with { type: 'json' };
import metricsZh from './model/sentiment-zh.metrics.json' with { type: 'json' };
import { scoreSentiment } from './sentiment.ts';

const here = dirname(fileURLToPath(import.meta.url));
const shared = resolve(here, '../../../../../shared/data');
const waimaiPath = resolve(shared, 'chinese_reviews/waimai_10k.csv');
const englishDir = resolve(shared, 'english_reviews');
const skipWaimai = existsSync(waimaiPath)
  ? false
  : `needs ${waimaiPath} (../shared/data beside the repository)`;
const skipEnglish = existsSync(englishDir)
  ? false
  : `needs ${englishDir} (../shared/data beside the repository)`;

/** Margin below (accuracy, macro-F1) or above (ECE) the figures recorded at training time. */
const MARGIN = 0.005;

test('the shipped model files are at most 10 MB in all', () => {
  const size = ['sentiment-zh.json', 'sentiment-en.json'].reduce(
    (sum, file) => sum + statSync(resolve(here, 'model', file)).size,
    0,
  );
  assert.ok(size <= 10 * 1024 * 1024, `${size} bytes`);
});

test(
  'held-out source (waimai_10k): accuracy, macro-F1 and ECE match the recorded figures',
  { skip: skipWaimai },
  () => {
    const rows: Record<string, string>[] = parse(readFileSync(waimaiPath, 'utf8'), {
      columns: true,
      bom: true,
    });
    const labelled = rows.filter(
      (r) => (r.review ?? '').trim() !== '' && (r.label === '0' || r.label === '1'),
    );
    const m = measureBinary(
      labelled.map((r) => (r.label === '1' ? 1 : 0)),
      labelled.map((r) => (1 + scoreSentiment((r.review ?? '').trim(), { language: 'zh' }).score) / 2),
    );
    const recorded = metricsZh.heldOutSource;
    assert.equal(m.n, recorded.n);
    assert.ok(m.accuracy >= recorded.accuracy - MARGIN, `accuracy ${m.accuracy}`);
    assert.ok(m.macroF1 >= recorded.macroF1 - MARGIN, `macro-F1 ${m.macroF1}`);
    assert.ok(m.ece <= recorded.ece + MARGIN, `ECE ${m.ece}`);
  },
);

test(
  'held-out English source (amazon, trained on yelp and imdb) reproduces its recorded figures',
  { skip: skipEnglish },
  () => {
    const m = measureHeldOutSource(readEnglishReviews(englishDir), 'amazon');
    const recorded = metricsEn.heldOutSources.amazon;
    assert.deepEqual(
      { accuracy: m.accuracy, macroF1: m.macroF1, ece: m.ece },
      { accuracy: recorded.accuracy, macroF1: recorded.macroF1, ece: recorded.ece },
    );
  },
);
