import type { TFeatureOptions } from './features-zh.ts';
import { computeNbRatios, foldRatios, scaleByRatios } from './nb-ratios.ts';
import {
  trainLogisticRegression,
  type TLabelledVector,
  type TLinearModel,
  type TTrainOptions,
} from './train-logistic.ts';

/** Everything that decides a trained sentiment model (recorded in `model/sentiment-zh.metrics.json`). */
export type TSentimentTrainSettings = TTrainOptions & { nb: boolean; features: TFeatureOptions };

/**
 * Trains the sentiment model on hashed feature vectors: plain logistic regression, or NB-LR (Wang &
 * Manning 2012) whose log-count ratios are folded into the weights so scoring is the same either way.
 */
export function trainSentimentModel(
  data: readonly TLabelledVector[],
  settings: TSentimentTrainSettings,
): TLinearModel {
  if (!settings.nb) return trainLogisticRegression(data, settings);
  const r = computeNbRatios(data, settings.bits);
  return foldRatios(trainLogisticRegression(scaleByRatios(data, r), settings), r);
}
