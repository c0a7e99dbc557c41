/** Languages the text analytics speak. */
export const TEXT_LANGUAGES = ['zh', 'en'] as const;
/** A language the text analytics speak: Chinese or English. */
export type TTextLanguage = (typeof TEXT_LANGUAGES)[number];

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/**
 * Guesses whether a text is Chinese or English from its characters: Chinese as soon as Han characters
 * are at least a fifth of the letters (a Chinese comment often carries Latin brand names and units).
 */
export function detectLanguage(text: string): TTextLanguage {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  const latin = text.match(LATIN)?.length ?? 0;
  return han * 5 >= latin ? 'zh' : 'en';
}
