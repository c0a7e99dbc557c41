/**
 * Small seeded pseudo-random generators, so every resample is reproducible (no Math.random).
 * mulberry32: Tommy Ettinger's 32-bit generator (public domain, 2017), period 2^32; ample for bootstrap
 * replicate counts in the thousands, and fast in JavaScript's 32-bit integer arithmetic.
 */

/** Returns a generator of uniform numbers in [0, 1) determined by `seed` (any 32-bit integer). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Poisson(1) draw by inversion (Knuth, TAOCP vol. 2, 3.4.1): the per-row weight of the Poisson
 * bootstrap (Hanley & MacGibbon 2006; Chamandy et al. 2012), which resamples a stream without storing it.
 */
export function poissonOne(uniform: () => number): number {
  const u = uniform();
  let k = 0;
  let p = Math.exp(-1);
  let cumulative = p;
  while (u >= cumulative && k < 20) {
    k++;
    p /= k;
    cumulative += p;
  }
  return k;
}

/** Standard normal draw (Box & Muller 1958), for generated test and benchmark data. */
export function normalDraw(uniform: () => number): number {
  const u = 1 - uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}
