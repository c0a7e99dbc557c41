/** Text analytics: sentiment, aspects and themes, keywords, and the 5C screen of transcripts. */
export * from './language.ts';
export * from './sentiment.ts';
export * from './aspects.ts';
export * from './clauses.ts';
export * from './keywords.ts';
export * from './metrics.ts';
export { getDefaultChineseModel } from './default-model.ts';
export {
  decodeSentimentModel,
  encodeNeutralDetector,
  encodeSentimentModel,
  ZSentimentModelData,
  SENTIMENT_MODEL_FORMAT,
} from './model-data.ts';
export type { TNeutralDetector, TSentimentModel, TSentimentModelData } from './model-data.ts';
export * from './themes/schema.ts';
export * from './themes/default.ts';
export * from './themes/extend.ts';
export * from './themes/match.ts';
export * from './themes/touchpoints.ts';
export * from './five-c/rules.ts';
export * from './five-c/screen.ts';
export * from './five-c/transcript.ts';
export * from './five-c/agreement.ts';
