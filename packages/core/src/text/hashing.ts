/**
 * Feature hashing (Weinberger et al., "Feature Hashing for Large Scale Multitask Learning", ICML 2009):
 * feature strings map to a fixed number of buckets, so the model needs no vocabulary file.
 * The hash is 32-bit FNV-1a (Fowler, Noll, Vo) over UTF-16 code units. Key-moment sampling (`keySeed`) and
 * simulator seeds (`seedToInt`) hash strings with it too: a change here changes their results as well as
 * the shipped model's.
 */

/** FNV-1a's offset basis: the hash of the empty string. */
export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over the code units of a string. */
export function fnvString(hash: number, s: string): number {
  let h = hash;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** The bucket of a finished hash. */
export function hashFinish(hash: number, bits: number): number {
  return (hash >>> 0) & ((1 << bits) - 1);
}

/** The bucket of a feature string. */
export function hashFeature(feature: string, bits: number): number {
  return hashFinish(fnvString(FNV_OFFSET, feature), bits);
}

/** A sparse feature vector: bucket indexes and their values, L2-normalised. */
export type TSparseVector = { index: Int32Array; value: Float32Array };

/** Bucket sums to a sparse vector scaled to unit length. */
export function toSparseVector(buckets: ReadonlyMap<number, number>): TSparseVector {
  const index = new Int32Array(buckets.size);
  const value = new Float32Array(buckets.size);
  let norm = 0;
  let k = 0;
  for (const [i, v] of buckets) {
    index[k] = i;
    value[k] = v;
    norm += v * v;
    k++;
  }
  // Unit length keeps long reviews from dominating the gradient (the usual tf normalisation for text).
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let j = 0; j < value.length; j++) value[j] = (value[j] ?? 0) * scale;
  return { index, value };
}

/** Hashes weighted feature strings into a sparse vector, summing collisions, scaled to unit length. */
export function hashFeatures(features: ReadonlyMap<string, number>, bits: number): TSparseVector {
  const buckets = new Map<number, number>();
  for (const [name, weight] of features) {
    const i = hashFeature(name, bits);
    buckets.set(i, (buckets.get(i) ?? 0) + weight);
  }
  return toSparseVector(buckets);
}
