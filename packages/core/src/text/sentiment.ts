import { getDefaultChineseModel } from './default-model.ts';
import { detectLanguage, type TTextLanguage } from './language.ts';
import type { TSentimentModel } from './model-data.ts';
import { scoreTextZh } from './score-linear.ts';
import { scoreServiceCuesZh } from './service-cues-zh.ts';
import { sigmoid } from './train-logistic.ts';
import { scoreEnglishSentiment } from './sentiment-en.ts';

/** Sentiment of one text: `score` on -1 (very negative) .. +1 (very positive), `confidence` 0..1. */
export type TSentiment = { score: number; confidence: number; language: TTextLanguage };

/** Options of sentiment scoring: force a language, or score Chinese with another model. */
export type TSentimentOptions = { language?: TTextLanguage | 'auto'; model?: TSentimentModel };

/**
 * Scores the sentiment of a comment in Chinese (hashed logistic regression over jieba words, negation
 * scopes and character bigrams) or English (AFINN-165 lexicon with VADER's rules). For Chinese the score
 * is 2p - 1 where p is the model's probability of "positive", and the confidence is max(p, 1 - p).
 * A text with nothing to go on scores 0 with confidence 0.
 */
export function scoreSentiment(text: string, options: TSentimentOptions = {}): TSentiment {
  const language =
    options.language === undefined || options.language === 'auto' ? detectLanguage(text) : options.language;
  if (language === 'en') {
    const { score, confidence } = scoreEnglishSentiment(text);
    return { score, confidence, language };
  }
  const { probability, features } = scoreTextZh(options.model ?? getDefaultChineseModel(), text);
  if (features === 0) return { score: 0, confidence: 0, language };
  return { score: 2 * probability - 1, confidence: Math.max(probability, 1 - probability), language };
}

/**
 * Sentiment of one clause for aspect analysis. Chinese adds the service cues (`SERVICE_CUES_ZH`) to the
 * model's logit, because a whole-review model misreads short service clauses ("问题最终解决了").
 */
export function scoreClauseSentiment(text: string, options: TSentimentOptions = {}): TSentiment {
  const language =
    options.language === undefined || options.language === 'auto' ? detectLanguage(text) : options.language;
  if (language === 'en') return scoreSentiment(text, { language });
  const { logit, features } = scoreTextZh(options.model ?? getDefaultChineseModel(), text);
  if (features === 0) return { score: 0, confidence: 0, language };
  const p = sigmoid(logit + scoreServiceCuesZh(text));
  return { score: 2 * p - 1, confidence: Math.max(p, 1 - p), language };
}
