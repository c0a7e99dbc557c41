import { clamp } from './clamp.ts';
import { splitClauses } from './clauses.ts';
import type { TCalibration } from './calibration.ts';
import { getDefaultChineseModel, getDefaultEnglishModel } from './default-model.ts';
import { hashFeaturesEn, tokenizeEnglish } from './features-en.ts';
import { tokenizeChinese } from './features-zh.ts';
import { detectLanguage, type TTextLanguage } from './language.ts';
import type { TSentimentModel } from './model-data.ts';
import { scoreNeutralTokensZh, scoreTokensZh } from './score-linear.ts';
import { scoreEnglishLexicon } from './sentiment-en.ts';
import { scoreCommentCuesZh } from './service-cues-zh.ts';
import { dot, sigmoid } from './train-logistic.ts';

/** The three sentiment classes. */
export const SENTIMENT_CLASSES = ['negative', 'neutral', 'positive'] as const;
/** A sentiment class: what the customer feels about the service, as a reader would put it. */
export type TSentimentClass = (typeof SENTIMENT_CLASSES)[number];

/**
 * Sentiment of one text: its class; `score` on -1 (very negative) .. +1 (very positive), 2p - 1 where p is
 * the calibrated probability that it is positive rather than negative; `confidence` max(p, 1 - p), how sure
 * its polarity is (0 when there is nothing to go on).
 */
export type TSentiment = {
  label: TSentimentClass;
  score: number;
  confidence: number;
  language: TTextLanguage;
};

/** Options of sentiment scoring: force a language, or score with other models (same format). */
export type TSentimentOptions = {
  language?: TTextLanguage | 'auto';
  model?: TSentimentModel;
  englishModel?: TSentimentModel;
};

/**
 * The raw evidence of one text before calibration: the model's logit and how many features it saw, the
 * cue (or lexicon) sum and count, and whether the text is a question.
 */
export type TSentimentEvidence = {
  logit: number;
  features: number;
  cues: number;
  cueHits: number;
  question: boolean;
  /** Set by a language's reader when the text asks or requests without a verdict (else: a question with no cue). */
  asks?: boolean;
  /** The probability that the text states no verdict, when the model has a neutral detector. */
  neutral?: number;
};

// A question or a request with no cue word asks for something; it does not judge (请问..., "Could you...?").
const QUESTION_ZH =
  /[？?]\s*$|[吗呢]\s*[。.]?\s*$|请问|能否|可否|是否|能不能|可不可以|有没有|多少|几点|怎么|如何|什么时候|多久|哪些|哪里|(\p{Script=Han})[不没]\1/u;
// A request ("麻烦帮我...", "我要退...") or an appointment ("明天上午九点复诊", "七点到") states a plan; with no
// cue word it is neutral like a question.
// "一点" alone is "a little" ("一点都不值"), a time only as 一点半/一点钟 or after 十 or a part of the day.
const REQUEST_ZH =
  /^(?:麻烦|请|我要|我想|我们想|我们要|想问|我需要|帮我|需要|今晚|明早|今天)|麻烦(?:再|帮|派|通知|安排)|明天|后天|下周|周[一二三四五六日末]|(?:[二两三四五六七八九十\d]|[十\d午上]一)点|一点(?:半|钟)/;
const POLITE_QUESTION_ZH = /^(?:请问|想问|问一下)/;
/** A polite question in Chinese asks unless its cues judge beyond this (one complaint cue does not). */
const ASKING_CUES_ZH = 2.5;
const QUESTION_EN =
  /\?\s*$|^\s*(?:what|how|when|where|which|who|why|can|could|would|do|does|did|is|are|will|should|may)\b/i;
// A request states what the customer wants done ("Please send...", "I'd like to...", "...please.").
// Added with the seventh development comments: a need stated after a fact ("I've moved house and need to
// update my address") and a plan ("We'll be there at eight") ask for nothing to be judged either.
const REQUEST_EN =
  /^\s*(?:please|kindly|i'd like|i would like|i need|i want to|i'm calling|i am calling|i'm returning|we'd like|looking for|i'm looking for)\b|[,;]\s*please\b|\bplease[.!]?\s*$|\b(?:need|want|would like|'d like) to (?:update|change|add|book|cancel|order|return|report|pay|collect|move|switch|transfer|arrange|renew)\b|^\s*(?:we'll|we will|i'll|i will) be (?:there|arriving|at)\b/i;
/** A question or request in English asks, unless its words judge clearly (|lexicon sum| above this). */
const ASKING_CUES_EN = 2;

const UNCALIBRATED: TCalibration = { model: 1, cues: 1, bias: 0 };
const DEFAULT_NEUTRAL = { margin: 0.2, plainMargin: 0.5 };

/**
 * The class of a score: neutral when |score| is within the model's neutral margin of 0 (a wider margin
 * when no cue or lexicon word was found: the model alone then reads topic words, not a verdict).
 */
export function classifySentiment(score: number, hasCues: boolean, model: TSentimentModel): TSentimentClass {
  const neutral = model.neutral ?? DEFAULT_NEUTRAL;
  const margin = hasCues ? neutral.margin : neutral.plainMargin;
  if (Math.abs(score) <= margin) return 'neutral';
  return score > 0 ? 'positive' : 'negative';
}

/** Turns evidence into a calibrated sentiment with its class (see `TCalibration`, `classifySentiment`). */
export function decideSentiment(
  evidence: TSentimentEvidence,
  model: TSentimentModel,
  language: TTextLanguage,
): TSentiment {
  if (evidence.features === 0 && evidence.cueHits === 0)
    return { label: 'neutral', score: 0, confidence: 0, language };
  const p = sigmoid(calibratedLogit(evidence, model));
  const score = clamp(2 * p - 1, -1, 1);
  const asks = evidence.asks ?? (evidence.question && evidence.cueHits === 0);
  const detector = model.neutralDetector;
  const q = evidence.neutral;
  // With a neutral detector, the most probable of the three classes: no verdict (q, weighted), or a
  // verdict ((1 - q)) of the more probable polarity.
  const label: TSentimentClass = asks
    ? 'neutral'
    : detector !== undefined && q !== undefined
      ? score === 0 || detector.weight * q > (1 - q) * Math.max(p, 1 - p)
        ? 'neutral'
        : score > 0
          ? 'positive'
          : 'negative'
      : classifySentiment(score, evidence.cueHits > 0, model);
  return {
    label,
    score,
    confidence: Math.max(p, 1 - p),
    language,
  };
}

/**
 * Evidence of a segmented Chinese text: the service cues (with contrast and sarcasm) and the hashed model's
 * logit over the words the cues did not cover.
 */
export function findChineseEvidence(
  text: string,
  tokens: readonly string[],
  model: TSentimentModel,
): TSentimentEvidence {
  const cues = scoreCommentCuesZh(text, tokens);
  const { logit, features } = scoreTokensZh(model, cues.rest);
  const question = QUESTION_ZH.test(text) || REQUEST_ZH.test(text);
  // A polite question (请问...) asks even when it names a mishap ("请问保修卡丢了还能保修吗").
  const asks =
    question && (cues.hits === 0 || (POLITE_QUESTION_ZH.test(text) && Math.abs(cues.sum) <= ASKING_CUES_ZH));
  const detector = model.neutralDetector;
  const neutral = detector === undefined ? undefined : scoreNeutralTokensZh(detector, tokens);
  return { logit, features, cues: cues.sum, cueHits: cues.hits, question, asks, neutral };
}

/** Evidence of an English text: the hashed model's logit and the lexicon with VADER's rules. */
export function findEnglishEvidence(text: string, model: TSentimentModel): TSentimentEvidence {
  const tokens = tokenizeEnglish(text);
  const x = hashFeaturesEn(tokens, model.bits, model.features.wordBigrams);
  const lexicon = scoreEnglishLexicon(tokens);
  const question = QUESTION_EN.test(text) || REQUEST_EN.test(text);
  return {
    logit: dot(model.weights, x) + model.bias,
    features: x.index.length,
    cues: lexicon.sum,
    cueHits: lexicon.hits,
    question,
    asks: question && Math.abs(lexicon.sum) <= ASKING_CUES_EN,
  };
}

/** The calibrated logit of some evidence under a model. */
function calibratedLogit(e: TSentimentEvidence, model: TSentimentModel): number {
  const c = model.calibration ?? UNCALIBRATED;
  return c.model * e.logit + c.cues * e.cues + c.bias;
}

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** Whether a text mixes Chinese and English enough to read each clause in its own language. */
export function isMixedLanguage(text: string): boolean {
  return (text.match(HAN)?.length ?? 0) >= 2 && (text.match(LATIN_WORD)?.length ?? 0) >= 3;
}

/**
 * A comment mixing Chinese and English clauses: each clause is read in its own language (`detectLanguage`)
 * and their calibrated evidence is added up (the intercepts once, contrast weighted), so "服务很好 but the
 * bill was wrong" reads both halves and leans to the second.
 */
function scoreMixed(text: string, options: TSentimentOptions): TSentiment {
  const zh = options.model ?? getDefaultChineseModel();
  const en = options.englishModel ?? getDefaultEnglishModel();
  const main = detectLanguage(text);
  const mainModel = main === 'zh' ? zh : en;
  let logit = (mainModel.calibration ?? UNCALIBRATED).bias;
  let cueHits = 0;
  let features = 0;
  const clauses = splitClauses(text, main);
  const firstContrast = clauses.findIndex((c) => c.contrast);
  for (const [i, clause] of clauses.entries()) {
    const lang = detectLanguage(clause.text);
    const model = lang === 'zh' ? zh : en;
    const e =
      lang === 'zh'
        ? findChineseEvidence(clause.text, tokenizeChinese(clause.text), model)
        : findEnglishEvidence(clause.text, model);
    // Contrast as in each language's own rules: before "but"/但是 half, from it on 1.5 times.
    const weight = firstContrast > 0 ? (i < firstContrast ? 0.5 : 1.5) : 1;
    logit += weight * (calibratedLogit(e, model) - (model.calibration ?? UNCALIBRATED).bias);
    cueHits += e.cueHits;
    features += e.features;
  }
  if (features === 0 && cueHits === 0) return { label: 'neutral', score: 0, confidence: 0, language: main };
  const p = sigmoid(logit);
  const score = clamp(2 * p - 1, -1, 1);
  const label = classifySentiment(score, cueHits > 0, mainModel);
  return { label, score, confidence: Math.max(p, 1 - p), language: main };
}

function resolveLanguage(text: string, language: TSentimentOptions['language']): TTextLanguage {
  return language === undefined || language === 'auto' ? detectLanguage(text) : language;
}

/**
 * Sentiment of Chinese text already segmented (`tokenizeChinese`), e.g. a clause of a comment that was
 * segmented once as a whole.
 */
export function scoreChineseTokens(
  text: string,
  tokens: readonly string[],
  model?: TSentimentModel,
): TSentiment {
  const m = model ?? getDefaultChineseModel();
  return decideSentiment(findChineseEvidence(text, tokens, m), m, 'zh');
}

/**
 * Scores the sentiment of a comment in three classes with a calibrated score. Chinese: a hashed logistic
 * regression over jieba words, negation scopes and character bigrams, plus service cues; English: a hashed
 * logistic regression over words, negation scopes and bigrams, plus the AFINN-165 lexicon with VADER's
 * rules. Both are calibrated by Platt scaling on text they did not train on. With the language left to
 * auto, a comment mixing both languages is read clause by clause, each in its own language.
 */
export function scoreSentiment(text: string, options: TSentimentOptions = {}): TSentiment {
  const auto = options.language === undefined || options.language === 'auto';
  if (auto && isMixedLanguage(text)) return scoreMixed(text, options);
  const language = resolveLanguage(text, options.language);
  if (language === 'en') {
    const m = options.englishModel ?? getDefaultEnglishModel();
    return decideSentiment(findEnglishEvidence(text, m), m, 'en');
  }
  return scoreChineseTokens(text, tokenizeChinese(text), options.model);
}

/**
 * Sentiment of one clause for aspect analysis: the same scoring as a comment. `tokens` may be passed when
 * the clause was already segmented as part of its comment.
 */
export function scoreClauseSentiment(
  text: string,
  options: TSentimentOptions = {},
  tokens?: readonly string[],
): TSentiment {
  const language = resolveLanguage(text, options.language);
  if (language === 'en') return scoreSentiment(text, { ...options, language });
  return scoreChineseTokens(text, tokens ?? tokenizeChinese(text), options.model);
}

/** What makes a comment strongly negative: its class, and a floor on the confidence of its polarity. */
export type TStrongNegativeRule = { minConfidence: number };

/** The default rule: negative with a calibrated confidence of at least 0.8. */
export const STRONG_NEGATIVE_RULE: TStrongNegativeRule = { minConfidence: 0.8 };

/**
 * Whether a comment's sentiment is strongly negative (the closed loop's alert on comments): its class is
 * negative and the calibrated confidence of that polarity reaches the rule's floor, so a neutral or
 * uncertain comment never raises it.
 */
export function isStronglyNegative(
  sentiment: Pick<TSentiment, 'label' | 'confidence'>,
  rule: TStrongNegativeRule = STRONG_NEGATIVE_RULE,
): boolean {
  return sentiment.label === 'negative' && sentiment.confidence >= rule.minConfidence;
}

/**
 * The value a comment's sentiment gives a moment's experience (`experienceOf`'s second signal): its score
 * when it reads positive or negative; null when it is neutral or says nothing a model can read, so the
 * moment falls through to its measures. Server ingestion and the CLI use this one rule.
 */
export function sentimentSignal(
  sentiment: Pick<TSentiment, 'label' | 'score' | 'confidence'>,
): number | null {
  return sentiment.label === 'neutral' || sentiment.confidence === 0 ? null : sentiment.score;
}
