import {
  DEGREES_ZH,
  FUSED_EXCEPTIONS_ZH,
  FUSED_PREFIXES_ZH,
  NEGATION_SCOPE,
  NEGATIONS_ZH,
} from './cues-zh.ts';
import { FNV_OFFSET, fnvString, hashFinish, type TSparseVector, toSparseVector } from './hashing.ts';
import { cutChinese, isBreakToken } from './segment.ts';

/** Which feature families the Chinese sentiment model uses. */
export type TFeatureOptions = { wordBigrams: boolean; charBigrams: boolean };

/** Splits a fused cue word ("很差" -> "很", "差") so negation and degree rules can see the cue. */
export function splitFusedCues(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tokens) {
    const head = t[0] ?? '';
    const split =
      t.length >= 2 && FUSED_PREFIXES_ZH.has(head) && !FUSED_EXCEPTIONS_ZH.has(t) && !NEGATIONS_ZH.has(t);
    if (split) out.push(head, t.slice(1));
    else out.push(t);
  }
  return out;
}

/** Segments Chinese text into words with cue words split off; the words still join to the text. */
export function tokenizeChinese(text: string): string[] {
  return splitFusedCues(cutChinese(text));
}

/** Receives each feature as a prefix ("w", "n", "b", "c") and one or two parts, with its weight. */
type TEmit = (prefix: string, a: string, b: string | undefined, weight: number) => void;

const HAN_OR_ALNUM = /[\p{Script=Han}A-Za-z0-9]/u;

const NUMERAL = /^[一二两三四五六七八九十百半几\d]/;

/** 不到 before a number is "less than" ("不到五分钟就拿到了"), not a negation. */
function isLessThan(tokens: readonly string[], i: number): boolean {
  return tokens[i] === '不' && tokens[i + 1] === '到' && NUMERAL.test(tokens[i + 2] ?? '');
}

/**
 * Which words stand in a negation's scope: the next `NEGATION_SCOPE` words after a negation word of the
 * same clause (the "NOT_" marking of Das & Chen 2001 and Pang, Lee & Vaithyanathan 2002). Degree words
 * do not use up the scope, a second negation inside it cancels it ("不是不好"), punctuation ends it.
 * Negation and degree words themselves are never in scope; 不到 before a number ("less than") is no
 * negation.
 */
export function negationScopesZh(tokens: readonly string[]): boolean[] {
  let negLeft = 0;
  return tokens.map((token, i) => {
    if (isBreakToken(token)) {
      negLeft = 0;
      return false;
    }
    if (NEGATIONS_ZH.has(token) && !isLessThan(tokens, i)) {
      negLeft = negLeft > 0 ? 0 : NEGATION_SCOPE;
      return false;
    }
    if (DEGREES_ZH.has(token) || negLeft === 0) return false;
    negLeft--;
    return true;
  });
}

/**
 * Walks the features of a Chinese text: words (`w:`), words in a negation scope (`n:`, see
 * `negationScopesZh`), word bigrams (`b:a|b`) and character bigrams (`c:`). A degree word multiplies the
 * weight of the word after it. Punctuation ends every scope.
 */
function walkFeaturesZh(tokens: readonly string[], options: TFeatureOptions, emit: TEmit): void {
  const negated = negationScopesZh(tokens);
  let degree = 1;
  let prev = '';
  let chars = '';
  const flushChars = (): void => {
    if (options.charBigrams)
      for (let i = 0; i + 1 < chars.length; i++) emit('c', chars.slice(i, i + 2), undefined, 1);
    chars = '';
  };
  tokens.forEach((token, i) => {
    if (isBreakToken(token)) {
      degree = 1;
      prev = '';
      flushChars();
      return;
    }
    for (const ch of token) if (HAN_OR_ALNUM.test(ch)) chars += ch;
    if (options.wordBigrams && prev !== '') emit('b', prev, token, 1);
    prev = token;
    if (NEGATIONS_ZH.has(token)) {
      emit('w', token, undefined, 1);
      return;
    }
    const factor = DEGREES_ZH.get(token);
    if (factor !== undefined) {
      emit('w', token, undefined, 1);
      degree = factor;
      return;
    }
    emit(negated[i] === true ? 'n' : 'w', token, undefined, degree);
    degree = 1;
  });
  flushChars();
}

/** The features of a Chinese text as named strings with weights (for inspection and tests). */
export function extractFeaturesZh(tokens: readonly string[], options: TFeatureOptions): Map<string, number> {
  const out = new Map<string, number>();
  walkFeaturesZh(tokens, options, (prefix, a, b, weight) => {
    const name = b === undefined ? `${prefix}:${a}` : `${prefix}:${a}|${b}`;
    out.set(name, (out.get(name) ?? 0) + weight);
  });
  return out;
}

/**
 * The same features hashed straight into buckets without building their names: the hash of
 * "b:a|b" is computed part by part, so it equals `hashFeature` of the joined name.
 */
export function hashFeaturesZh(
  tokens: readonly string[],
  options: TFeatureOptions,
  bits: number,
): TSparseVector {
  const buckets = new Map<number, number>();
  walkFeaturesZh(tokens, options, (prefix, a, b, weight) => {
    let h = fnvString(fnvString(FNV_OFFSET, prefix), ':');
    h = fnvString(h, a);
    if (b !== undefined) h = fnvString(fnvString(h, '|'), b);
    const i = hashFinish(h, bits);
    buckets.set(i, (buckets.get(i) ?? 0) + weight);
  });
  return toSparseVector(buckets);
}
