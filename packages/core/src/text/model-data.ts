import { z } from 'zod';
import type { TLinearModel } from './train-logistic.ts';

/** Format tag of a hashed logistic-regression sentiment model. */
export const SENTIMENT_MODEL_FORMAT = 'mot.sentiment.hashed-logreg.v1';

/**
 * A sentiment model as data (the shape of `model/sentiment-zh.json`): the weights are little-endian
 * int16 values, base64-encoded, each multiplied by `scale` to give the real weight.
 */
export const ZSentimentModelData = z.object({
  format: z.literal(SENTIMENT_MODEL_FORMAT),
  language: z.enum(['zh', 'en']),
  bits: z.number().int().min(10).max(24),
  features: z.object({ wordBigrams: z.boolean(), charBigrams: z.boolean() }),
  bias: z.number().finite(),
  scale: z.number().positive(),
  /** Platt scaling of the model's logit together with the service cues (see `calibration.ts`). */
  calibration: z
    .object({ model: z.number().finite(), cues: z.number().finite(), bias: z.number().finite() })
    .optional(),
  /**
   * The three-class rule: a comment is neutral when its score (2p - 1) is within `margin` of 0, or within
   * `plainMargin` when no cue or lexicon word was found in it (see `classifySentiment`).
   */
  neutral: z.object({ margin: z.number().min(0).max(1), plainMargin: z.number().min(0).max(1) }).optional(),
  weights: z.string(),
});
export type TSentimentModelData = z.infer<typeof ZSentimentModelData>;

/** A decoded model ready to score. */
export type TSentimentModel = Omit<TSentimentModelData, 'weights' | 'scale'> & { weights: Float32Array };

const CHUNK = 0x8000;

/** Quantises a trained model to int16 and base64 (so the file stays a few MB and diffs as one line). */
export function encodeSentimentModel(
  model: TLinearModel,
  meta: Pick<TSentimentModelData, 'language' | 'bits' | 'features' | 'calibration' | 'neutral'>,
): TSentimentModelData {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const bytes = new Uint8Array(model.weights.length * 2);
  const view = new DataView(bytes.buffer);
  model.weights.forEach((w, i) => view.setInt16(i * 2, Math.round(w / scale), true));
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return { format: SENTIMENT_MODEL_FORMAT, ...meta, bias: model.bias, scale, weights: btoa(binary) };
}

/** Validates model data and decodes its weights; throws a zod error naming the bad field. */
export function decodeSentimentModel(data: unknown): TSentimentModel {
  const parsed = ZSentimentModelData.parse(data);
  const binary = atob(parsed.weights);
  const count = 1 << parsed.bits;
  if (binary.length !== count * 2) throw new Error(`sentiment model: expected ${count} weights`);
  const weights = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const raw = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
    weights[i] = ((raw << 16) >> 16) * parsed.scale;
  }
  const { weights: _w, scale: _s, ...rest } = parsed;
  return { ...rest, weights };
}
