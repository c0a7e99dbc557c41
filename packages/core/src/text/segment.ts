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

/** Punctuation and spaces that end a clause for negation scope and clause splitting. */
export const CLAUSE_BREAK = /[，,。.！!？?；;：:\n\r~～…、\s]/;

/** Whether a token is only punctuation or spaces. */
export function isBreakToken(token: string): boolean {
  return token.length > 0 && [...token].every((ch) => CLAUSE_BREAK.test(ch) || /\p{P}|\p{S}/u.test(ch));
}
