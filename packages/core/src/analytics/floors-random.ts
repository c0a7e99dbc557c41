/**
 * A small seeded pseudo-random generator, so permutation tests and simulations give the same answer on every
 * run. Uniforms: mulberry32 (Tommy Ettinger, 2017, public domain; passes gjrand and PractRand to 32 GB),
 * ample for Monte Carlo p-values. Normals: Box & Muller 1958 (Ann. Math. Stat. 29:610).
 */

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
  let state = seed >>> 0;
  let spare = NaN;
  const uniform = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
