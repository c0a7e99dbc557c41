/**
 * Seeded pseudo-random numbers for every part of mot that resamples or samples (bootstrap, permutation
 * tests, reservoirs, training shuffles), so the same seed always gives the same answer and nothing calls
 * Math.random. Uniforms: mulberry32 (Tommy Ettinger, 2017, public domain; passes gjrand and PractRand to
 * 32 GB), period 2^32, ample for Monte Carlo p-values and bootstrap replicates. Normals: Box & Muller 1958
 * (Ann. Math. Stat. 29:610). The simulator, which needs many independent streams (one per customer), has its
 * own splittable generator in simulator/random.ts.
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

/** A seeded source of random numbers. */
export type TRandom = {
  /** Uniform on [0, 1). */
  uniform(): number;
  /** Uniform integer on 0 .. n - 1. */
  below(n: number): number;
  /** Standard normal. */
  normal(): number;
};

/** Creates a generator from a 32-bit integer seed; the same seed gives the same sequence. */
export function createRandom(seed: number): TRandom {
  const uniform = mulberry32(seed);
  let spare = NaN;
  return {
    uniform,
    below: (n) => Math.floor(uniform() * n),
    normal: () => {
      if (!Number.isNaN(spare)) {
        const z = spare;
        spare = NaN;
        return z;
      }
      // 1 - u is in (0, 1], so the logarithm is finite.
      const r = Math.sqrt(-2 * Math.log(1 - uniform()));
      const theta = 2 * Math.PI * uniform();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
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

/** Standard normal draw (Box & Muller 1958) from a uniform source, for generated test and benchmark data. */
export function normalDraw(uniform: () => number): number {
  const u = 1 - uniform();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
}
