/**
 * Chinese negation and degree cues used by the sentiment features. Negation flips the words in its
 * scope (the next few words of the same clause); degree words scale the next word. Lists follow the
 * HowNet degree-word list (Dong & Dong, HowNet, 2006) cut down to the common spoken forms.
 */

/** Words that negate what follows. */
export const NEGATIONS_ZH: ReadonlySet<string> = new Set([
  '不',
  '没',
  '没有',
  '别',
  '未',
  '无',
  '非',
  '不是',
  '不会',
  '不能',
  '不要',
  '不用',
  '不太',
  '不够',
  '并不',
  '从不',
  '从来不',
  '没什么',
  '毫无',
  '绝不',
  '甭',
]);

/** Degree words and the factor by which they scale the next word's weight. */
export const DEGREES_ZH: ReadonlyMap<string, number> = new Map([
  ['极', 2],
  ['极其', 2],
  ['超', 1.8],
  ['超级', 1.8],
  ['太', 1.8],
  ['非常', 1.8],
  ['特别', 1.8],
  ['十分', 1.6],
  ['相当', 1.5],
  ['真', 1.5],
  ['真的', 1.5],
  ['很', 1.4],
  ['挺', 1.3],
  ['蛮', 1.3],
  ['比较', 1.1],
  ['还算', 0.8],
  ['有点', 0.6],
  ['有些', 0.6],
  ['稍微', 0.5],
  ['略', 0.5],
]);

/** Single characters that jieba often fuses into the next word ("很差", "不好"); split so cues apply. */
export const FUSED_PREFIXES_ZH: ReadonlySet<string> = new Set(['不', '没', '很', '太', '超', '挺']);

/** Fused words that must stay whole: their first character is not a cue here. */
export const FUSED_EXCEPTIONS_ZH: ReadonlySet<string> = new Set([
  '不错',
  '不过',
  '不但',
  '不仅',
  '不光',
  '不只',
  '不单',
  '没想到',
  '不管',
  '不论',
  '不然',
  '不少',
  '不断',
  '不同',
  '不久',
  '不如',
  '不得不',
  '没事',
  '没关系',
  '很多',
  '太阳',
  '太太',
  '超市',
  '超过',
  '超出',
  '超时',
  '挺好',
]);

/** How many words after a negation it reaches, within one clause. */
export const NEGATION_SCOPE = 3;
