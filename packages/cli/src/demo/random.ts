/** A seeded source of random numbers, so the demo data is the same for the same seed. */
export type TRandom = {
  /** Uniform on [0, 1). */
  next(): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** Standard normal, by the Box–Muller transform (Box & Muller, 1958). */
  normal(): number;
  /** Log-normal with the given median and log-scale spread: skewed like real waiting times. */
  logNormal(median: number, sigma: number): number;
};

/**
 * Mulberry32 (Tommy Ettinger, 2017, public domain): a 32-bit generator, small and good enough for demo
 * data; not for anything that needs statistical quality beyond that.
 */
export function createRandom(seed: number): TRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => {
    const u = Math.max(next(), Number.EPSILON);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    normal,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
  };
}
