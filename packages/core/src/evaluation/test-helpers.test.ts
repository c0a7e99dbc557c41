/**
 * Helpers shared by the evaluation tests (no tests of their own): observations aggregated into the rows the
 * evaluator reads, and a direct reference: OLS on the expanded data with the Liang-Zeger sandwich and the
 * CR1 factor computed by plain matrix algebra, independent of the evaluator's per-cluster algebra.
 */
import type { TEvaluationGroup, TEvaluationRow } from './types.ts';

/** One observation of the expanded data. */
export type TObservation = { cluster: string; group: TEvaluationGroup; week: number; y: number };

/** The evaluator's rows: one per customer, group and week, customers one after another. */
export function rowsOf(observations: readonly TObservation[]): TEvaluationRow[] {
  const rows = new Map<string, TEvaluationRow>();
  const order = [...observations].sort((a, b) =>
    a.cluster < b.cluster ? -1 : a.cluster > b.cluster ? 1 : 0,
  );
  for (const o of order) {
    const key = `${o.cluster}|${o.group}|${o.week}`;
    const row = rows.get(key) ?? {
      cluster: o.cluster,
      group: o.group,
      week: o.week,
      n: 0,
      sum: 0,
      sumSquares: 0,
    };
    row.n++;
    row.sum += o.y;
    row.sumSquares += o.y * o.y;
    rows.set(key, row);
  }
  return [...rows.values()];
}

/** Inverse of a square matrix by Gauss-Jordan elimination with partial pivoting. */
export function invert(matrix: readonly (readonly number[])[]): number[][] {
  const k = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const p = a[c]!;
    const d = p[c]!;
    for (let j = 0; j < 2 * k; j++) p[j] = p[j]! / d;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]!;
      for (let j = 0; j < 2 * k; j++) a[r]![j] = a[r]![j]! - f * p[j]!;
    }
  }
  return a.map((row) => row.slice(k));
}

/** OLS coefficients and their CR1 cluster-robust covariance, computed directly on the expanded data. */
export function olsClustered(
  x: readonly (readonly number[])[],
  y: readonly number[],
  clusters: readonly string[],
): { beta: number[]; vcov: number[][] } {
  const k = x[0]!.length;
  const n = x.length;
  const xtx = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => x.reduce((s, row) => s + row[i]! * row[j]!, 0)),
  );
  const bread = invert(xtx);
  const xty = Array.from({ length: k }, (_, i) => x.reduce((s, row, r) => s + row[i]! * y[r]!, 0));
  const beta = bread.map((row) => row.reduce((s, v, j) => s + v * xty[j]!, 0));
  const scores = new Map<string, number[]>();
  x.forEach((row, r) => {
    const e = y[r]! - row.reduce((s, v, j) => s + v * beta[j]!, 0);
    const score = scores.get(clusters[r]!) ?? new Array<number>(k).fill(0);
    row.forEach((v, j) => (score[j] = score[j]! + v * e));
    scores.set(clusters[r]!, score);
  });
  const meat = Array.from({ length: k }, (_, i) =>
    Array.from({ length: k }, (_, j) => [...scores.values()].reduce((s, sc) => s + sc[i]! * sc[j]!, 0)),
  );
  const g = scores.size;
  const factor = (g / (g - 1)) * ((n - 1) / (n - k));
  const half = bread.map((row) => meat[0]!.map((_, j) => row.reduce((s, v, m) => s + v * meat[m]![j]!, 0)));
  const vcov = half.map((row) =>
    bread[0]!.map((_, j) => factor * row.reduce((s, v, m) => s + v * bread[m]![j]!, 0)),
  );
  return { beta, vcov };
}

/** c'Vc. */
export function quadratic(c: readonly number[], v: readonly (readonly number[])[]): number {
  return c.reduce((s, ci, i) => s + ci * c.reduce((t, cj, j) => t + v[i]![j]! * cj, 0), 0);
}
