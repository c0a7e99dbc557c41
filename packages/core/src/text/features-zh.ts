import {
  DEGREES_ZH,
  FUSED_EXCEPTIONS_ZH,
  FUSED_PREFIXES_ZH,
  NEGATION_SCOPE,
  NEGATIONS_ZH,
} from './cues-zh.ts';
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

/** Segments Chinese text into words with cue words split off. */
export function tokenizeChinese(text: string): string[] {
  return splitFusedCues(cutChinese(text));
}

const HAN_OR_ALNUM = /[\p{Script=Han}A-Za-z0-9]/u;

function addFeature(out: Map<string, number>, name: string, weight: number): void {
  out.set(name, (out.get(name) ?? 0) + weight);
}

/**
 * Feature strings of a Chinese text: words (`w:`), words in a negation scope (`n:`, the "NOT_" marking
 * of Das & Chen 2001 and Pang, Lee & Vaithyanathan 2002), word bigrams (`b:`) and character bigrams
 * (`c:`). A degree word multiplies the weight of the word after it.
 */
export function extractFeaturesZh(tokens: readonly string[], options: TFeatureOptions): Map<string, number> {
  const out = new Map<string, number>();
  let negLeft = 0;
  let degree = 1;
  let prev = '';
  let chars = '';
  const flushChars = (): void => {
    if (options.charBigrams)
      for (let i = 0; i + 1 < chars.length; i++) addFeature(out, `c:${chars.slice(i, i + 2)}`, 1);
    chars = '';
  };
  for (const token of tokens) {
    if (isBreakToken(token)) {
      negLeft = 0;
      degree = 1;
      prev = '';
      flushChars();
      continue;
    }
    for (const ch of token) if (HAN_OR_ALNUM.test(ch)) chars += ch;
    if (options.wordBigrams && prev !== '') addFeature(out, `b:${prev}|${token}`, 1);
    prev = token;
    if (NEGATIONS_ZH.has(token)) {
      addFeature(out, `w:${token}`, 1);
      // A second negation inside the scope cancels the first ("不是不好").
      negLeft = negLeft > 0 ? 0 : NEGATION_SCOPE;
      continue;
    }
    const factor = DEGREES_ZH.get(token);
    if (factor !== undefined) {
      addFeature(out, `w:${token}`, 1);
      degree = factor;
      continue;
    }
    addFeature(out, negLeft > 0 ? `n:${token}` : `w:${token}`, degree);
    degree = 1;
    if (negLeft > 0) negLeft--;
  }
  flushChars();
  return out;
}
