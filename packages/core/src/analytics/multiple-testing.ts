/**
 * Benjamini & Hochberg 1995 (JRSS B 57:289) false discovery rate: adjusted p-values as R's
 * `p.adjust(p, "BH")`: with p sorted ascending, p_adj(i) = min over j >= i of min(1, m p_(j) / j).
 * A hypothesis is rejected at FDR q when its adjusted p-value is <= q.
 */
import { AnalyticsInputError } from './errors.ts';

/** Benjamini-Hochberg adjusted p-values, in the order given. */
export function adjustBenjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const m = pValues.length;
  const order = new Uint32Array(m);
  for (let i = 0; i < m; i++) {
    const p = pValues[i] as number;
    if (!(p >= 0 && p <= 1)) {
      throw new AnalyticsInputError(
        Number.isNaN(p) ? 'not_finite' : 'out_of_range',
        `pValues[${i}]`,
        'not in 0..1',
      );
    }
    order[i] = i;
  }
  order.sort((a, b) => (pValues[a] as number) - (pValues[b] as number));
  const adjusted = new Float64Array(m);
  let running = 1;
  // Walk from the largest p down, carrying the minimum so the adjusted values stay monotone.
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1] as number;
    running = Math.min(running, (m / rank) * (pValues[i] as number)); // (m / rank) * p as in R
    adjusted[i] = running;
  }
  return adjusted;
}
