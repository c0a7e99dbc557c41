import { FNV_OFFSET, fnvString } from '../text/hashing.ts';

/**
 * A small seeded pseudo-random generator, so that the same seed always gives the same simulation.
 * sfc32 (Chris Doty-Humphrey's "small fast counting" generator, from the PractRand suite, where it passes
 * the full battery), seeded through splitmix32 (a 32-bit variant of Steele, Lea & Flood 2014, "Fast
 * splittable pseudorandom number generators") so that nearby seeds and streams give unrelated sequences.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | null = null;

  /** A generator for `seed`; `stream` gives independent sequences for the same seed (one per customer). */
  constructor(seed: number, stream = 0) {
    let s = Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca6b);
    const splitmix = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix();
    this.b = splitmix();
    this.c = splitmix();
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** A standard normal draw (Box & Muller 1958, both values of each pair used). */
  normal(): number {
    if (this.spare !== null) {
      const spare = this.spare;
      this.spare = null;
      return spare;
    }
    const u = 1 - this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    const angle = 2 * Math.PI * this.next();
    this.spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** An exponential draw with the given mean (inverse-transform sampling). */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A Poisson draw (Knuth, TAOCP vol. 2, 3.4.1: multiply uniforms until below e^-mean); for small means. */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = this.next();
    while (product > limit) {
      k++;
      product *= this.next();
    }
    return k;
  }
}

/** Turns a seed given as text or number into a 32-bit integer (FNV-1a over the text, Fowler, Noll & Vo). */
export function seedToInt(seed: number | string): number {
  if (typeof seed === 'number' && Number.isInteger(seed)) return seed | 0;
  return fnvString(FNV_OFFSET, String(seed)) | 0;
}
