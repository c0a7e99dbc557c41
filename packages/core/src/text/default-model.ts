import englishData from './model/sentiment-en.json' with { type: 'json' };
import chineseData from './model/sentiment-zh.json' with { type: 'json' };
import { decodeSentimentModel, type TSentimentModel } from './model-data.ts';

let chinese: TSentimentModel | undefined;
let english: TSentimentModel | undefined;

/**
 * The shipped Chinese sentiment model (trained by `packages/core/scripts/train-sentiment.ts`), decoded on
 * first use. It is imported as a JSON module, so core stays free of file I/O.
 */
export function getDefaultChineseModel(): TSentimentModel {
  chinese ??= decodeSentimentModel(chineseData);
  return chinese;
}

/** The shipped English sentiment model (`packages/core/scripts/train-sentiment-en.ts`), decoded on first use. */
export function getDefaultEnglishModel(): TSentimentModel {
  english ??= decodeSentimentModel(englishData);
  return english;
}
