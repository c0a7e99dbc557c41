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
  /**
   * A second hashed logistic model, of whether a comment states no verdict (a question, a request, a
   * fact), trained on three-class service comments. When present it replaces the margins: with q its
   * probability, a comment is neutral when `weight * q` exceeds `(1 - q) * confidence`, the most probable
   * of the three classes q, (1 - q)p and (1 - q)(1 - p) with q weighted; weights encoded as the model's.
   */
  neutralDetector: z
    .object({
      bits: z.number().int().min(10).max(20),
      bias: z.number().finite(),
      scale: z.number().positive(),
      weight: z.number().positive(),
      weights: z.string(),
    })
    .optional(),
  weights: z.string(),
});
export type TSentimentModelData = z.infer<typeof ZSentimentModelData>;

/** A decoded neutral detector (see `ZSentimentModelData.neutralDetector`). */
export type TNeutralDetector = { bits: number; bias: number; weight: number; weights: Float32Array };

/** A decoded model ready to score. */
export type TSentimentModel = Omit<TSentimentModelData, 'weights' | 'scale' | 'neutralDetector'> & {
  weights: Float32Array;
  neutralDetector?: TNeutralDetector;
};

const CHUNK = 0x8000;

/** Quantises weights to int16 and base64 (so a model file stays a few MB and diffs as one line). */
function encodeWeights(weights: ArrayLike<number>): { scale: number; weights: string } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i] ?? 0));
  const scale = max > 0 ? max / 32767 : 1;
  const bytes = new Uint8Array(weights.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < weights.length; i++) view.setInt16(i * 2, Math.round((weights[i] ?? 0) / scale), true);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return { scale, weights: btoa(binary) };
}

function decodeWeights(base64: string, scale: number, bits: number, what: string): Float32Array {
  const binary = atob(base64);
  const count = 1 << bits;
  if (binary.length !== count * 2) throw new Error(`${what}: expected ${count} weights`);
  const weights = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    const raw = binary.charCodeAt(2 * i) | (binary.charCodeAt(2 * i + 1) << 8);
    weights[i] = ((raw << 16) >> 16) * scale;
  }
  return weights;
}

/** Quantises a trained model to int16 and base64 (so the file stays a few MB and diffs as one line). */
export function encodeSentimentModel(
  model: TLinearModel,
  meta: Pick<
    TSentimentModelData,
    'language' | 'bits' | 'features' | 'calibration' | 'neutral' | 'neutralDetector'
  >,
): TSentimentModelData {
  const { scale, weights } = encodeWeights(model.weights);
  return { format: SENTIMENT_MODEL_FORMAT, ...meta, bias: model.bias, scale, weights };
}

/** Quantises a trained neutral detector for `encodeSentimentModel`'s `neutralDetector`. */
export function encodeNeutralDetector(
  model: TLinearModel,
  bits: number,
  weight: number,
): NonNullable<TSentimentModelData['neutralDetector']> {
  return { bits, bias: model.bias, weight, ...encodeWeights(model.weights) };
}

/** Validates model data and decodes its weights; throws a zod error naming the bad field. */
export function decodeSentimentModel(data: unknown): TSentimentModel {
  const parsed = ZSentimentModelData.parse(data);
  const weights = decodeWeights(parsed.weights, parsed.scale, parsed.bits, 'sentiment model');
  const { weights: _w, scale: _s, neutralDetector: d, ...rest } = parsed;
  if (d === undefined) return { ...rest, weights };
  const neutralDetector: TNeutralDetector = {
    bits: d.bits,
    bias: d.bias,
    weight: d.weight,
    weights: decodeWeights(d.weights, d.scale, d.bits, 'neutral detector'),
  };
  return { ...rest, weights, neutralDetector };
}
