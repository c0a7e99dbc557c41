import { hashFeaturesZh } from './features-zh.ts';
import type { TNeutralDetector, TSentimentModel } from './model-data.ts';
import { dot, sigmoid } from './train-logistic.ts';

/** The probability that a Chinese text is positive under a hashed linear model, and how much it saw. */
export type TLinearScore = { probability: number; logit: number; features: number };

/** Scores pre-segmented Chinese tokens with a decoded model. */
export function scoreTokensZh(model: TSentimentModel, tokens: readonly string[]): TLinearScore {
  const x = hashFeaturesZh(tokens, model.features, model.bits);
  const logit = dot(model.weights, x) + model.bias;
  return { probability: sigmoid(logit), logit, features: x.index.length };
}

/** The features the neutral detector reads: words, word bigrams and character bigrams of every token. */
export const NEUTRAL_FEATURES_ZH = { wordBigrams: true, charBigrams: true };

/** The probability that a segmented Chinese text states no verdict, under a neutral detector. */
export function scoreNeutralTokensZh(detector: TNeutralDetector, tokens: readonly string[]): number {
  const x = hashFeaturesZh(tokens, NEUTRAL_FEATURES_ZH, detector.bits);
  return sigmoid(dot(detector.weights, x) + detector.bias);
}
