import { orderByTime } from './input.ts';

/** Harrell's C with its pair counts. */
export interface Concordance {
  readonly concordance: number;
  readonly concordant: number;
  readonly discordant: number;
  /** Comparable pairs with equal risk scores (each counts 1/2). */
  readonly tiedRisk: number;
}

/**
 * Harrell's concordance index (Harrell, Califf, Pryor, Lee & Rosati 1982, JAMA 247:2543): over pairs
 * where the shorter time is an event, the share in which that subject has the higher risk score, tied
 * scores counting 1/2. Pairs tied in time are comparable only when one is censored (the censored one
 * outlived the event), as in R survival::concordance and lifelines. A Fenwick tree over the risk ranks
 * of subjects with later times makes it O(n log n).
 */
export function computeConcordance(
  times: readonly number[],
  events: readonly boolean[],
  risk: readonly number[],
): Concordance {
  const ranks = rankOf(risk);
  const tree = new Fenwick(ranks.size);
  const order = orderByTime(times, true);
  let concordant = 0;
  let discordant = 0;
  let tiedRisk = 0;
  for (let k = 0; k < order.length;) {
    const group: number[] = [];
    const time = times[order[k] ?? 0];
    for (; k < order.length && times[order[k] ?? 0] === time; k++) group.push(order[k] ?? 0);
    // Censored subjects at this time count as later than the events at this time.
    for (const i of group) if (events[i] !== true) tree.add(ranks.get(risk[i] ?? 0) ?? 0);
    for (const i of group) {
      if (events[i] !== true) continue;
      const r = ranks.get(risk[i] ?? 0) ?? 0;
      const below = tree.sum(r - 1);
      const equal = tree.sum(r) - below;
      concordant += below;
      tiedRisk += equal;
      discordant += tree.total - below - equal;
    }
    for (const i of group) if (events[i] === true) tree.add(ranks.get(risk[i] ?? 0) ?? 0);
  }
  const pairs = concordant + discordant + tiedRisk;
  return {
    concordance: pairs === 0 ? NaN : (concordant + tiedRisk / 2) / pairs,
    concordant,
    discordant,
    tiedRisk,
  };
}

/** 1-based dense ranks of the distinct values. */
function rankOf(values: readonly number[]): Map<number, number> {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  return new Map(distinct.map((v, i) => [v, i + 1]));
}

/** Binary indexed tree of counts (Fenwick 1994). */
class Fenwick {
  private readonly counts: number[];
  total = 0;

  constructor(size: number) {
    this.counts = new Array<number>(size + 1).fill(0);
  }

  add(rank: number): void {
    this.total++;
    for (let i = rank; i < this.counts.length; i += i & -i) this.counts[i] = (this.counts[i] ?? 0) + 1;
  }

  /** How many added ranks are ≤ rank. */
  sum(rank: number): number {
    let s = 0;
    for (let i = rank; i > 0; i -= i & -i) s += this.counts[i] ?? 0;
    return s;
  }
}
