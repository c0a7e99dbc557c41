// Trains the English sentiment model shipped in packages/core/src/text/model/ and writes its metrics.
//
//   node --import tsx packages/core/scripts/train-sentiment-en.ts [--data <dir>] [--dry-run]
//
// Data: ../shared/data/english_reviews (UCI "Sentiment Labelled Sentences": Amazon, Yelp, IMDb), never
// copied here. Protocol (deterministic: fixed seed and epochs):
//   1. each source is held out in turn: settings are chosen and the calibration fitted on the other two
//      alone (train on one, predict the other, both ways), the model is trained on those two and scored
//      once on the held-out source;
//   2. the shipped model: settings chosen and calibration fitted by leave-one-source-out over the three,
//      trained on all three;
//   3. the neutral margins are chosen on the development comments (service-set/development.fixture.ts);
//   4. the service-language test set is scored last, for the record; nothing is chosen from it.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSentimentModel, encodeSentimentModel } from '../src/text/model-data.ts';
import { decideSentiment, findEnglishEvidence } from '../src/text/sentiment.ts';
import { SERVICE_COMMENTS_EN } from '../src/text/service-set/comments-en.fixture.ts';
import { DEVELOPMENT_COMMENTS_EN } from '../src/text/service-set/development.fixture.ts';
import {
  BASE,
  BITS,
  choose,
  measureHeldOutSource,
  readEnglishReviews,
  SOURCES,
  train,
  type TSource,
} from './english-reviews.ts';
import { chooseNeutralMargins, formatJson, measureThreeClass } from './sentiment-protocol.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const dataDir =
  dataArg >= 0
    ? resolve(args[dataArg + 1] ?? '')
    : resolve(here, '../../../..', 'shared/data/english_reviews');
const modelDir = resolve(here, '../src/text/model');
if (!existsSync(dataDir)) {
  console.log(`skipped: ${dataDir} is absent (../shared/data beside the repository)`);
  process.exit(0);
}

const started = Date.now();
const data = readEnglishReviews(dataDir);
const all = Object.keys(SOURCES) as TSource[];
// 1. Each source held out in turn.
const heldOut: Record<string, unknown> = {};
for (const held of all) {
  heldOut[held] = measureHeldOutSource(data, held);
  console.log(`held-out ${held}: ${JSON.stringify(heldOut[held])}`);
}

// 2. The shipped model.
const chosen = choose(data, all);
const trained = train(
  all.flatMap((s) => data[s]),
  chosen.config,
);
const draft = decodeSentimentModel(
  encodeSentimentModel(trained, {
    language: 'en',
    bits: BITS,
    features: { wordBigrams: chosen.config.bigrams, charBigrams: false },
    calibration: chosen.calibration,
  }),
);

// 3. Neutral margins from the development comments.
const neutral = chooseNeutralMargins(DEVELOPMENT_COMMENTS_EN, (text) => {
  const e = findEnglishEvidence(text, draft);
  const s = decideSentiment(e, { ...draft, neutral: { margin: 0, plainMargin: 0 } }, 'en');
  return { score: s.score, hasCues: e.cueHits > 0 };
});
const encoded = encodeSentimentModel(trained, {
  language: 'en',
  bits: BITS,
  features: { wordBigrams: chosen.config.bigrams, charBigrams: false },
  calibration: chosen.calibration,
  neutral,
});
const shipped = decodeSentimentModel(encoded);
const classify = (text: string) => decideSentiment(findEnglishEvidence(text, shipped), shipped, 'en').label;

// 4. For the record only.
const development = measureThreeClass(DEVELOPMENT_COMMENTS_EN, classify);
const serviceTestSet = measureThreeClass(SERVICE_COMMENTS_EN, classify);
const metrics = {
  model: 'sentiment-en.json',
  trainedOn: 'english_reviews: amazon, yelp, imdb (all)',
  settings: { ...BASE, ...chosen.config, calibration: chosen.calibration, neutral },
  selection: 'leave-one-source-out accuracy of calibrated predictions inside the training sources',
  heldOutSources: heldOut,
  developmentComments: development,
  serviceTestSet,
};
console.log(JSON.stringify({ settings: metrics.settings, development }));
if (!args.includes('--dry-run')) {
  const weights = resolve(modelDir, 'sentiment-en.json');
  writeFileSync(weights, await formatJson(weights, encoded));
  const metricsFile = resolve(modelDir, 'sentiment-en.metrics.json');
  writeFileSync(metricsFile, await formatJson(metricsFile, metrics));
  console.log(`wrote ${modelDir}/sentiment-en.json and sentiment-en.metrics.json`);
}
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
