import { z } from 'zod';
import {
  extractClauseThemeFeatures,
  hashClauseThemeFeatures,
  type TClauseThemeFeatures,
} from './clause-theme-features.ts';
import type { TTextLanguage } from './language.ts';
import { decodeWeights, encodeWeights } from './model-data.ts';
import { softmax, softmaxLogits, type TSoftmaxModel } from './train-softmax.ts';

/** Format tag of a clause theme classifier. */
export const CLAUSE_THEME_MODEL_FORMAT = 'mot.clause-themes.hashed-softmax.v1';

/**
 * A clause theme classifier as data (the shape of `model/clause-themes.json`): a multinomial logistic
 * regression over a clause's hashed words and character n-grams, one row of int16 weights (base64, times
 * `scale`) per class; a class is a theme key, or null for a clause that names no theme. It names a
 * clause's theme only when its most probable class reaches `minConfidence`.
 */
export const ZClauseThemeModelData = z.object({
  format: z.literal(CLAUSE_THEME_MODEL_FORMAT),
  bits: z.number().int().min(8).max(20),
  features: z.object({
    maxChars: z.number().int().min(1).max(4),
    words: z.boolean(),
    wordBigrams: z.boolean(),
  }),
  classes: z.array(z.string().min(1).nullable()).min(2),
  minConfidence: z.number().min(0).max(1),
  bias: z.array(z.number().finite()),
  scale: z.number().positive(),
  weights: z.string(),
});
export type TClauseThemeModelData = z.infer<typeof ZClauseThemeModelData>;

/** A decoded clause theme classifier, ready to score. */
export type TClauseThemeModel = {
  bits: number;
  features: TClauseThemeFeatures;
  classes: (string | null)[];
  minConfidence: number;
  bias: number[];
  weights: Float32Array;
};

/** Quantises a trained classifier (see `ZClauseThemeModelData`). */
export function encodeClauseThemeModel(
  model: TSoftmaxModel,
  meta: Pick<TClauseThemeModelData, 'features' | 'classes' | 'minConfidence'>,
): TClauseThemeModelData {
  const { scale, weights } = encodeWeights(model.weights);
  const bias = Array.from(model.bias);
  return { format: CLAUSE_THEME_MODEL_FORMAT, bits: model.bits, ...meta, bias, scale, weights };
}

/** Validates classifier data and decodes its weights; throws a zod error naming the bad field. */
export function decodeClauseThemeModel(data: unknown): TClauseThemeModel {
  const parsed = ZClauseThemeModelData.parse(data);
  const count = parsed.classes.length << parsed.bits;
  if (parsed.bias.length !== parsed.classes.length) throw new Error('clause theme model: one bias per class');
  const { format: _f, scale, weights, ...rest } = parsed;
  return { ...rest, weights: decodeWeights(weights, scale, count, 'clause theme model') };
}

/** Each class's probability for one clause (the classes in the model's order). */
export function scoreClauseThemes(
  model: TClauseThemeModel,
  text: string,
  tokens: readonly string[] | undefined,
  language: TTextLanguage,
): number[] {
  const x = hashClauseThemeFeatures(
    extractClauseThemeFeatures(text, tokens, language, model.features),
    model.bits,
  );
  if (x.index.length === 0) return model.classes.map(() => 0);
  return softmax(softmaxLogits({ ...model, classes: model.classes.length }, x));
}

/**
 * The theme a clause with no theme word most likely speaks of, when the classifier is at least
 * `minConfidence` sure of it and the theme is one `isKnown` accepts (a pack may have removed it); null
 * otherwise, and when the most probable class is "no theme".
 */
export function guessClauseTheme(
  model: TClauseThemeModel,
  text: string,
  tokens: readonly string[] | undefined,
  language: TTextLanguage,
  isKnown: (theme: string) => boolean,
): { theme: string; confidence: number } | null {
  const p = scoreClauseThemes(model, text, tokens, language);
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] ?? 0) > (p[best] ?? 0)) best = c;
  const theme = model.classes[best];
  const confidence = p[best] ?? 0;
  if (theme === null || theme === undefined || confidence < model.minConfidence || !isKnown(theme))
    return null;
  return { theme, confidence };
}
