import { FNV_OFFSET, fnvString, hashFinish, type TSparseVector, toSparseVector } from './hashing.ts';
import type { TTextLanguage } from './language.ts';
import { cutEnglish, isBreakToken } from './segment.ts';

/**
 * Which features the clause theme classifier reads: character n-grams up to `maxChars` long (Chinese:
 * of the clause; English: of each word with its boundaries, from trigrams up), the words (jieba's, or
 * English words) and, for English, word bigrams.
 */
export type TClauseThemeFeatures = { maxChars: number; words: boolean; wordBigrams: boolean };

const LETTER = /[\p{L}\p{N}]/u;

/** Adds every run of `min`..`max` characters of `s` that has no space or punctuation in it. */
function addCharGrams(out: Set<string>, s: string, min: number, max: number): void {
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    let gram = '';
    for (let n = 1; n <= max && i + n <= chars.length; n++) {
      const ch = chars[i + n - 1] ?? '';
      if (!LETTER.test(ch) && ch !== '#') break;
      gram += ch;
      if (n >= min) out.add(`c${gram}`);
    }
  }
}

/**
 * The feature strings of one clause: its Chinese words as jieba gave them (`tokens`; else none) and its
 * character n-grams, or its English words, word bigrams and the character n-grams of each word.
 */
export function extractClauseThemeFeatures(
  text: string,
  tokens: readonly string[] | undefined,
  language: TTextLanguage,
  options: TClauseThemeFeatures,
): Set<string> {
  const out = new Set<string>();
  if (language === 'zh') {
    if (options.words && tokens !== undefined)
      for (const t of tokens) if (!isBreakToken(t)) out.add(`w${t.toLowerCase()}`);
    addCharGrams(out, text.toLowerCase(), 1, options.maxChars);
    return out;
  }
  const words = cutEnglish(text);
  words.forEach((w, i) => {
    if (options.words) out.add(`w${w}`);
    if (options.wordBigrams && i > 0) out.add(`b${words[i - 1] ?? ''} ${w}`);
    // "#" marks a word's ends, so "wait" inside "waiting" and "await" share grams but not all of them.
    if (options.maxChars >= 3) addCharGrams(out, `#${w}#`, 3, options.maxChars);
  });
  return out;
}

/** Hashes a clause's feature strings into `bits` buckets, each present feature 1, scaled to unit length. */
export function hashClauseThemeFeatures(features: ReadonlySet<string>, bits: number): TSparseVector {
  const buckets = new Map<number, number>();
  for (const f of features) {
    const i = hashFinish(fnvString(FNV_OFFSET, f), bits);
    buckets.set(i, (buckets.get(i) ?? 0) + 1);
  }
  return toSparseVector(buckets);
}
