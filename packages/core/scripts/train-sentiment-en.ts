// Trains the English sentiment model shipped in packages/core/src/text/model/ and writes its metrics.
//
//   node --import tsx packages/core/scripts/train-sentiment-en.ts [--data <dir>] [--dry-run] [--skip-test-set]
//
// Data: ../shared/data/english_reviews (UCI "Sentiment Labelled Sentences": Amazon, Yelp, IMDb), never
// copied here. Protocol (deterministic: fixed seed and epochs):
//   1. each source is held out in turn: settings are chosen and the calibration fitted on the other two
//      alone (train on one, predict the other, both ways), the model is trained on those two and scored
//      once on the held-out source;
//   2. the shipped model is trained on the three sources and the positive and negative development
//      comments (service-set/development*.fixture.ts, each counted 10 times: the product's own register,
//      where a model of reviews alone reads topic words, not verdicts);
//   3. its settings (NB scaling x bigrams), calibration and neutral margins are chosen on 5-fold
//      cross-fitted predictions of the development comments (each predicted by a model that did not
//      train on it);
//   4. the service-language test set is scored last, for the record; nothing is chosen from it.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeSentimentModel, encodeSentimentModel } from '../src/text/model-data.ts';
import { decideSentiment, findEnglishEvidence } from '../src/text/sentiment.ts';
import { SERVICE_COMMENTS_EN } from '../src/text/service-set/comments-en.fixture.ts';
import { fitCalibration } from '../src/text/calibration.ts';
import { DEVELOPMENT_2_COMMENTS_EN } from '../src/text/service-set/development-2.fixture.ts';
import { DEVELOPMENT_3_COMMENTS_EN } from '../src/text/service-set/development-3.fixture.ts';
import type { TLabelledComment } from '../src/text/service-set/parse.ts';
import { hashFeaturesEn, tokenizeEnglish } from '../src/text/features-en.ts';
import { scoreEnglishLexicon } from '../src/text/sentiment-en.ts';
import type { TSentimentModel } from '../src/text/model-data.ts';
import type { TCalibration } from '../src/text/calibration.ts';
import type { TSentimentEvidence } from '../src/text/sentiment.ts';
import { DEVELOPMENT_COMMENTS_EN } from '../src/text/service-set/development.fixture.ts';
import {
  BASE,
  BITS,
  measureHeldOutSource,
  readEnglishReviews,
  SOURCES,
  train,
  type TConfig,
  type TSentence,
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

// 2. The shipped model: the three review sources and the positive and negative development comments,
// each development comment counted SERVICE_WEIGHT times (3,000 review sentences against 300-odd service
// comments). Settings (NB scaling, bigrams), the calibration and the neutral margins are chosen on
// cross-fitted predictions of the development comments: FOLDS folds, each comment predicted by a model
// that did not train on it. The held-out rows above are trained on reviews alone.
const SERVICE_WEIGHT = 10;
const FOLDS = 5;
const developmentComments = [
  ...DEVELOPMENT_COMMENTS_EN,
  ...DEVELOPMENT_2_COMMENTS_EN,
  ...DEVELOPMENT_3_COMMENTS_EN,
];
const reviews = all.flatMap((s) => data[s]);
const serviceSentence = (c: TLabelledComment): TSentence => {
  const tokens = tokenizeEnglish(c.text);
  return {
    y: c.label === 'positive' ? 1 : 0,
    x: hashFeaturesEn(tokens, BITS, true),
    unigrams: hashFeaturesEn(tokens, BITS, false),
    lexicon: scoreEnglishLexicon(tokens).sum,
  };
};
const servicePolar = (comments: readonly TLabelledComment[]): TSentence[] =>
  comments
    .filter((c) => c.label !== 'neutral')
    .flatMap((c) => Array<TSentence>(SERVICE_WEIGHT).fill(serviceSentence(c)));
const modelOf = (
  trained: ReturnType<typeof train>,
  config: TConfig,
  extra: Pick<TSentimentModel, 'calibration' | 'neutral'> = {},
): TSentimentModel =>
  decodeSentimentModel(
    encodeSentimentModel(trained, {
      language: 'en',
      bits: BITS,
      features: { wordBigrams: config.bigrams, charBigrams: false },
      ...extra,
    }),
  );

type TFitted = {
  config: TConfig;
  calibration: TCalibration;
  neutral: NonNullable<TSentimentModel['neutral']>;
  accuracy: number;
};
/** Cross-fits one setting over the development comments and fits the calibration and margins on it. */
function crossFit(config: TConfig): TFitted {
  const evidence = new Map<string, { e: TSentimentEvidence; m: TSentimentModel }>();
  for (let k = 0; k < FOLDS; k++) {
    const m = modelOf(
      train([...reviews, ...servicePolar(developmentComments.filter((_, i) => i % FOLDS !== k))], config),
      config,
    );
    developmentComments.forEach((c, i) => {
      if (i % FOLDS === k) evidence.set(c.text, { e: findEnglishEvidence(c.text, m), m });
    });
  }
  const at = (text: string) => evidence.get(text) as { e: TSentimentEvidence; m: TSentimentModel };
  const polar = developmentComments.filter((c) => c.label !== 'neutral');
  const calibration = fitCalibration(
    polar.map((c) => at(c.text).e.logit),
    polar.map((c) => at(c.text).e.cues),
    polar.map((c) => (c.label === 'positive' ? 1 : 0)),
  );
  const neutral = chooseNeutralMargins(developmentComments, (text) => {
    const { e, m } = at(text);
    const s = decideSentiment(e, { ...m, calibration, neutral: { margin: 0, plainMargin: 0 } }, 'en');
    return { score: s.score, hasCues: e.cueHits > 0 };
  });
  const { accuracy } = measureThreeClass(developmentComments, (text) => {
    const { e, m } = at(text);
    return decideSentiment(e, { ...m, calibration, neutral }, 'en').label;
  });
  return { config, calibration, neutral, accuracy };
}
let best: TFitted | undefined;
for (const nb of [false, true])
  for (const bigrams of [false, true]) {
    const fitted = crossFit({ lambda: 1e-5, nb, bigrams });
    console.log(`cross-fitted development comments ${JSON.stringify(fitted.config)}: ${fitted.accuracy}`);
    if (best === undefined || fitted.accuracy > best.accuracy) best = fitted;
  }
if (best === undefined) throw new Error('empty grid');
const { config, calibration, neutral } = best;
const trained = train([...reviews, ...servicePolar(developmentComments)], config);
const encoded = encodeSentimentModel(trained, {
  language: 'en',
  bits: BITS,
  features: { wordBigrams: config.bigrams, charBigrams: false },
  calibration,
  neutral,
});
const shipped = decodeSentimentModel(encoded);
const classify = (text: string) => decideSentiment(findEnglishEvidence(text, shipped), shipped, 'en').label;

// 4. For the record only.
const development = measureThreeClass(developmentComments, classify);
// --skip-test-set: while rules are being tuned on the development comments, the test set is not scored.
const serviceTestSet = args.includes('--skip-test-set')
  ? undefined
  : measureThreeClass(SERVICE_COMMENTS_EN, classify);
const metrics = {
  model: 'sentiment-en.json',
  trainedOn: 'english_reviews: amazon, yelp, imdb (all)',
  settings: { ...BASE, ...config, calibration, neutral, serviceWeight: SERVICE_WEIGHT },
  selection: `${FOLDS}-fold cross-fitted three-class accuracy on the ${developmentComments.length} development comments`,
  crossFittedDevelopmentAccuracy: best.accuracy,
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
