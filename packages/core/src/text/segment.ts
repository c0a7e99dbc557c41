import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;

/** The shared jieba segmenter, built on first use (loading its dictionary takes ~0.2 s). */
function getJieba(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Splits Chinese text into words with jieba (HMM on, so unknown words stay whole). */
export function cutChinese(text: string): string[] {
  return getJieba().cut(text, true);
}

const EN_WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

/** Splits English text into lower-case word tokens; "don't" stays one token. */
export function cutEnglish(text: string): string[] {
  return text.toLowerCase().match(EN_WORD) ?? [];
}

const ONLY_BREAKS = /^[\p{P}\p{S}\s]+$/u;

/** Whether a token is only punctuation, symbols or spaces (it ends negation and degree scopes). */
export function isBreakToken(token: string): boolean {
  return ONLY_BREAKS.test(token);
}
