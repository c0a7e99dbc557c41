/**
 * Seeded hashing of episode keys into uniforms, so that every random choice tied to an episode (its bootstrap
 * weights, whether its measure values enter a reservoir) depends only on the seed and the episode's key:
 * the same input gives the same result whatever the order, chunking or partitioning of the stream.
 * String hash: FNV-1a 32-bit (Fowler, Noll & Vo; `fnvString`); mixing: the 32-bit finaliser of MurmurHash3
 * (Appleby 2011).
 */
import { FNV_OFFSET, fnvString } from '../text/hashing.ts';

/** MurmurHash3's fmix32: spreads every input bit over the output. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of a key that `keySeed` and `keyPriority` mix: computed once, it serves every salt. */
export function keyHash(key: string): number {
  return fnvString(FNV_OFFSET, key);
}

/** A 32-bit seed for (seed, key, salt); salts keep the bootstrap and each reservoir independent. */
export function keySeed(seed: number, key: string, salt: number): number {
  return seedOfHash(seed, keyHash(key), salt);
}

/** `keySeed` from the key's `keyHash`. */
export function seedOfHash(seed: number, hash: number, salt: number): number {
  return mix32(hash ^ mix32((seed >>> 0) ^ mix32(salt + 0x9e3779b9)));
}

/** A 53-bit uniform on [0, 1) for (seed, key, salt): priorities of the bottom-k sample, where ties must be rare. */
export function keyPriority(seed: number, key: string, salt: number): number {
  return priorityOfHash(seed, keyHash(key), salt);
}

/** `keyPriority` from the key's `keyHash`. */
export function priorityOfHash(seed: number, hash: number, salt: number): number {
  const high = seedOfHash(seed, hash, salt);
  const low = seedOfHash(seed ^ 0x5bd1e995, hash, salt) >>> 11;
  return (high * 2097152 + low) / 9007199254740992;
}
