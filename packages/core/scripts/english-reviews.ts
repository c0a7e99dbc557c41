// The English review sources and the steps of the English training protocol, shared by
// train-sentiment-en.ts and the test that re-computes a held-out figure (sentiment-accuracy.test.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fitCalibration, type TCalibration } from '../src/text/calibration.ts';
import { hashFeaturesEn, tokenizeEnglish } from '../src/text/features-en.ts';
import { scoreEnglishLexicon } from '../src/text/sentiment-en.ts';
import { dot, sigmoid, type TLabelledVector, type TTrainOptions } from '../src/text/train-logistic.ts';
import { trainSentimentModel } from '../src/text/train-sentiment-model.ts';
import { measureBinary, type TBinaryFigures } from './sentiment-protocol.ts';

/** Hash buckets of the English model: 2^18. */
export const BITS = 18;
/** Fixed training settings. */
export const BASE: Omit<TTrainOptions, 'lambda'> = { bits: BITS, epochs: 20, eta0: 0.5, seed: 20261206 };
/** The settings the protocol chooses between. */
export type TConfig = { lambda: number; nb: boolean; bigrams: boolean };
/** The grid of settings. */
export const GRID: TConfig[] = [1e-5, 1e-4, 1e-3].flatMap((lambda) =>
  [false, true].flatMap((nb) => [false, true].map((bigrams) => ({ lambda, nb, bigrams }))),
);
/** The three sources and their files. */
export const SOURCES = {
  amazon: 'amazon_cells_labelled.txt',
  yelp: 'yelp_labelled.txt',
  imdb: 'imdb_labelled.txt',
};
/** A source of labelled English sentences. */
export type TSource = keyof typeof SOURCES;

/** A labelled sentence, vectorised with and without bigrams, with its lexicon sum. */
export type TSentence = {
  y: 0 | 1;
  x: TLabelledVector['x'];
  unigrams: TLabelledVector['x'];
  lexicon: number;
};

/** Reads one source from `dataDir`. */
export function readSource(dataDir: string, source: TSource): TSentence[] {
  // Lines split on "\n" only: the IMDb file holds U+0085 inside lines.
  return readFileSync(resolve(dataDir, SOURCES[source]), 'utf8')
    .split('\n')
    .map((line) => /^(.*)\t([01])\s*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => {
      const text = (m[1] ?? '').trim();
      const tokens = tokenizeEnglish(text);
      return {
        y: m[2] === '1' ? 1 : 0,
        x: hashFeaturesEn(tokens, BITS, true),
        unigrams: hashFeaturesEn(tokens, BITS, false),
        lexicon: scoreEnglishLexicon(tokens).sum,
      };
    });
}

/** Every source, read. */
export type TEnglishData = Record<TSource, TSentence[]>;

/** Reads the three sources. */
export function readEnglishReviews(dataDir: string): TEnglishData {
  return Object.fromEntries(
    (Object.keys(SOURCES) as TSource[]).map((s) => [s, readSource(dataDir, s)]),
  ) as TEnglishData;
}

/** The sentence's vector under a setting. */
export const vectorOf = (s: TSentence, config: Pick<TConfig, 'bigrams'>): TLabelledVector['x'] =>
  config.bigrams ? s.x : s.unigrams;

/** Trains the model on some sentences. */
export function train(sentences: readonly TSentence[], config: TConfig) {
  const vectors = sentences.map((s) => ({ x: vectorOf(s, config), y: s.y }));
  const features = { wordBigrams: config.bigrams, charBigrams: false };
  return trainSentimentModel(vectors, { ...BASE, ...config, features });
}

/** Out-of-fold model logits over some sources: each source predicted by a model trained on the others. */
function outOfFold(
  data: TEnglishData,
  sources: readonly TSource[],
  config: TConfig,
): { s: TSentence; logit: number }[] {
  return sources.flatMap((held) => {
    const model = train(
      sources.filter((s) => s !== held).flatMap((s) => data[s]),
      config,
    );
    return data[held].map((s) => ({ s, logit: dot(model.weights, vectorOf(s, config)) + model.bias }));
  });
}

function calibrate(oof: readonly { s: TSentence; logit: number }[]): TCalibration {
  return fitCalibration(
    oof.map((o) => o.logit),
    oof.map((o) => o.s.lexicon),
    oof.map((o) => o.s.y),
  );
}

/** The calibrated probability of positive. */
export const probability = (c: TCalibration, logit: number, lexicon: number): number =>
  sigmoid(c.model * logit + c.cues * lexicon + c.bias);

/** Chooses the setting whose calibrated out-of-fold predictions are most accurate over `sources`. */
export function choose(
  data: TEnglishData,
  sources: readonly TSource[],
): { config: TConfig; calibration: TCalibration; accuracy: number } {
  let best: { config: TConfig; calibration: TCalibration; accuracy: number } | undefined;
  for (const config of GRID) {
    const oof = outOfFold(data, sources, config);
    const calibration = calibrate(oof);
    const m = measureBinary(
      oof.map((o) => o.s.y),
      oof.map((o) => probability(calibration, o.logit, o.s.lexicon)),
    );
    if (best === undefined || m.accuracy > best.accuracy)
      best = { config, calibration, accuracy: m.accuracy };
  }
  if (best === undefined) throw new Error('empty grid');
  return best;
}

/** Held-out figures of one source: settings and calibration chosen on the other two, trained on them. */
export function measureHeldOutSource(
  data: TEnglishData,
  held: TSource,
): TBinaryFigures & { trainedOn: TSource[]; settings: TConfig; lexiconOnlyAccuracy: number } {
  const rest = (Object.keys(SOURCES) as TSource[]).filter((s) => s !== held);
  const { config, calibration } = choose(data, rest);
  const model = train(
    rest.flatMap((s) => data[s]),
    config,
  );
  const test = data[held];
  const figures = measureBinary(
    test.map((s) => s.y),
    test.map((s) =>
      probability(calibration, dot(model.weights, vectorOf(s, config)) + model.bias, s.lexicon),
    ),
  );
  // The lexicon alone (the previous English scorer's rules, now clause-scoped), for comparison.
  const lexiconOnly = measureBinary(
    test.map((s) => s.y),
    test.map((s) => (s.lexicon > 0 ? 0.75 : s.lexicon < 0 ? 0.25 : 0.5)),
  );
  return { trainedOn: rest, settings: config, ...figures, lexiconOnlyAccuracy: lexiconOnly.accuracy };
}
