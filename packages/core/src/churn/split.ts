/**
 * Whether a subject is held out for validation: a uniform number from a hash of its id and the seed
 * (FNV-1a, Fowler, Noll & Vo; mixed by MurmurHash3's 32-bit finaliser, Appleby 2011) below the share. A
 * customer lands on the same side for a given seed whatever else is in the data or its order.
 */
export function isHeldOut(id: string, seed: number, share: number): boolean {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296 < share;
}
