/**
 * The machinery of tolerance-floor discovery (see `floors.ts`): quantile binning of the measure, the scan for
 * the maximally selected standardised split (Lausen & Schumacher 1992, Biometrics 48:73; Hothorn & Lausen
 * 2003, CSDA 43:121) and two ways to draw its null distribution:
 * - exact: reshuffle the outcomes over the observations (a permutation test of the max statistic), O(n) each;
 * - Gaussian: for large n the bin sums of permuted outcomes are jointly normal with the permutation moments
 *   (Hájek 1960, permutational central limit theorem), so bin sums are drawn directly, O(bins) each. This is
 *   the asymptotic null of maxstat (Hothorn & Lausen 2003), sampled here instead of integrated.
 */
import type { TRandom } from '../random.ts';

/** The measure cut into bins at its quantiles; oriented so that larger values are worse. */
export type TBins = {
  /** Distinct cut values, ascending; split k (0-based) keeps bins 0..k (values <= cuts[k]) on the good side. */
  cuts: Float64Array;
  /** Bin of each observation: the number of cuts strictly below its value. */
  binOf: Uint16Array;
  /** Observations per bin (cuts.length + 1 bins). */
  counts: Float64Array;
};

/** Largest number of candidate cuts (bins are indexed with 16 bits). */
export const MAX_BINS = 65_534;

/** Bins `oriented` at up to `maxBins` quantiles (O(n log n) for the sort, O(n log bins) to assign). */
export function binByQuantiles(oriented: Float64Array, maxBins: number): TBins {
  const n = oriented.length;
  const sorted = oriented.slice().sort();
  const picked: number[] = [];
  for (let q = 1; q < maxBins; q++) {
    const cut = sorted[Math.max(0, Math.ceil((q * n) / maxBins) - 1)] as number;
    if (picked.length === 0 || cut > (picked[picked.length - 1] as number)) picked.push(cut);
  }
  const cuts = Float64Array.from(picked);
  const binOf = new Uint16Array(n);
  const counts = new Float64Array(cuts.length + 1);
  for (let i = 0; i < n; i++) {
    const v = oriented[i] as number;
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cuts[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    binOf[i] = lo;
    counts[lo] = (counts[lo] as number) + 1;
  }
  return { cuts, binOf, counts };
}

/** Adds each observation's value into its bin's sum (`sums` is zeroed first). */
export function sumByBin(binOf: Uint16Array, y: Float64Array, sums: Float64Array): void {
  sums.fill(0);
  for (let i = 0; i < y.length; i++) {
    const b = binOf[i] as number;
    sums[b] = (sums[b] as number) + (y[i] as number);
  }
}

/** Best split: its index into `cuts`, its statistic, and how many splits were allowed. */
export type TBestSplit = { index: number; statistic: number; candidates: number };

/**
 * Scans every split with at least `minGroup` observations per side for the largest standardised difference
 * sign * (mean good - mean bad) / (sd * sqrt(1/nGood + 1/nBad)); `sums` are of centred outcomes.
 */
export function scanSplits(
  counts: Float64Array,
  sums: Float64Array,
  minGroup: number,
  sd: number,
  sign: number,
): TBestSplit {
  let n = 0;
  let total = 0;
  for (let b = 0; b < counts.length; b++) {
    n += counts[b] as number;
    total += sums[b] as number;
  }
  let best = { index: -1, statistic: -Infinity, candidates: 0 };
  let nGood = 0;
  let sGood = 0;
  for (let k = 0; k < counts.length - 1; k++) {
    nGood += counts[k] as number;
    sGood += sums[k] as number;
    const nBad = n - nGood;
    if (nBad < minGroup) break;
    if (nGood < minGroup) continue;
    best.candidates++;
    const difference = sGood / nGood - (total - sGood) / nBad;
    const statistic = (sign * difference) / (sd * Math.sqrt(1 / nGood + 1 / nBad));
    if (statistic > best.statistic) best = { index: k, statistic, candidates: best.candidates };
  }
  return best;
}

/** Null maxima of the scan by reshuffling the centred outcomes `y` (shuffled in place). */
export function permutationMaxima(
  bins: TBins,
  y: Float64Array,
  minGroup: number,
  sd: number,
  sign: number,
  rounds: number,
  random: TRandom,
): Float64Array {
  const maxima = new Float64Array(rounds);
  const sums = new Float64Array(bins.counts.length);
  for (let r = 0; r < rounds; r++) {
    for (let i = y.length - 1; i > 0; i--) {
      // Fisher & Yates 1938 / Durstenfeld 1964 shuffle.
      const j = random.below(i + 1);
      const t = y[i] as number;
      y[i] = y[j] as number;
      y[j] = t;
    }
    sumByBin(bins.binOf, y, sums);
    maxima[r] = scanSplits(bins.counts, sums, minGroup, sd, sign).statistic;
  }
  return maxima;
}

/**
 * Null maxima from the Gaussian limit of the permutation distribution: bin sums W_b ~ N(0, count_b), then
 * centred, D_b = W_b - count_b / n * ΣW, which has exactly the permutation covariance of the bin sums of
 * outcomes with unit variance; scanned with sd 1.
 */
export function gaussianMaxima(
  bins: TBins,
  minGroup: number,
  sign: number,
  rounds: number,
  random: TRandom,
): Float64Array {
  const { counts } = bins;
  const maxima = new Float64Array(rounds);
  const sums = new Float64Array(counts.length);
  const n = counts.reduce((s, c) => s + c, 0);
  for (let r = 0; r < rounds; r++) {
    let total = 0;
    for (let b = 0; b < counts.length; b++) {
      const w = Math.sqrt(counts[b] as number) * random.normal();
      sums[b] = w;
      total += w;
    }
    for (let b = 0; b < counts.length; b++)
      sums[b] = (sums[b] as number) - ((counts[b] as number) / n) * total;
    maxima[r] = scanSplits(counts, sums, minGroup, 1, sign).statistic;
  }
  return maxima;
}

/**
 * Refines the best split `index` to a single observed value: every distinct value of the two bins around the
 * cut (bins index and index + 1) is tried as the threshold with the same statistic, so the floor is placed
 * at the data's own resolution rather than at a quantile. Returns the oriented threshold and its statistic.
 */
export function refineSplit(
  oriented: Float64Array,
  y: Float64Array,
  bins: TBins,
  index: number,
  minGroup: number,
  sd: number,
  sign: number,
): { threshold: number; statistic: number } {
  const { binOf, counts, cuts } = bins;
  let nBase = 0;
  for (let b = 0; b < index; b++) nBase += counts[b] as number;
  let sBase = 0;
  let total = 0;
  const near: number[] = [];
  for (let i = 0; i < y.length; i++) {
    const b = binOf[i] as number;
    total += y[i] as number;
    if (b < index) sBase += y[i] as number;
    else if (b <= index + 1) near.push(i);
  }
  near.sort((a, b) => (oriented[a] as number) - (oriented[b] as number));
  const n = y.length;
  let best = { threshold: cuts[index] as number, statistic: -Infinity };
  let nGood = nBase;
  let sGood = sBase;
  for (let j = 0; j < near.length; j++) {
    const i = near[j] as number;
    nGood++;
    sGood += y[i] as number;
    const v = oriented[i] as number;
    // Only split between distinct values: ties must fall on the same side.
    if (j + 1 < near.length && (oriented[near[j + 1] as number] as number) === v) continue;
    const nBad = n - nGood;
    if (nGood < minGroup || nBad < minGroup) continue;
    const difference = sGood / nGood - (total - sGood) / nBad;
    const statistic = (sign * difference) / (sd * Math.sqrt(1 / nGood + 1 / nBad));
    if (statistic > best.statistic) best = { threshold: v, statistic };
  }
  return best;
}
