import modelData from './model/sentiment-zh.json' with { type: 'json' };
import { decodeSentimentModel, type TSentimentModel } from './model-data.ts';

let cached: TSentimentModel | undefined;

/**
 * The shipped Chinese sentiment model (trained by `packages/core/scripts/train-sentiment.ts`), decoded on
 * first use. It is imported as a JSON module, so core stays free of file I/O.
 */
export function getDefaultChineseModel(): TSentimentModel {
  cached ??= decodeSentimentModel(modelData);
  return cached;
}
