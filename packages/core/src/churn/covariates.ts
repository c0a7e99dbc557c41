import { AnalyticsInputError } from '../analytics/errors.ts';
import type { TChurnSubject, TDroppedCovariate } from './types.ts';

/** Subjects with every wanted covariate, as a packed row-major matrix of the kept covariates. */
export type TCovariateDesign = {
  /** Indices (into the caller's subjects) of the subjects with every covariate present. */
  rows: number[];
  /** Covariates kept, in the caller's order. */
  keys: string[];
  dropped: TDroppedCovariate[];
  /** rows.length x keys.length, row-major, raw (not centred). */
  values: Float64Array;
  /** Column means over the kept rows. */
  means: number[];
};

/** Relative residual variance below which a covariate counts as a combination of the earlier ones. */
const COLLINEAR_TOLERANCE = 1e-9;

/**
 * Builds the design of a churn model. Durations and present covariates must be finite (else `not_finite`
 * naming the subject and key). A covariate absent from a subject leaves that subject out (complete cases,
 * as R's na.omit); one absent from every subject is dropped as `missing`. A constant covariate is dropped
 * as `constant`, and one that is a linear combination of the covariates before it (centred residual
 * variance under 1e-9 of its own, found by a sequential Cholesky of the centred cross-products, as a
 * pivoted QR would) as `collinear`, so a model never fails on them.
 */
export function buildCovariateDesign(
  subjects: readonly TChurnSubject[],
  covariateKeys: readonly string[],
  include: (subject: TChurnSubject, index: number) => boolean = () => true,
): TCovariateDesign {
  const wanted = [...new Set(covariateKeys)];
  const present = wanted.map(() => 0);
  const rows: number[] = [];
  subjects.forEach((subject, i) => {
    if (!Number.isFinite(subject.durationDays) || subject.durationDays < 0) {
      throw new AnalyticsInputError('not_finite', `subjects[${i}].durationDays`, 'must be finite and >= 0');
    }
    if (!include(subject, i)) return;
    let complete = true;
    wanted.forEach((key, j) => {
      const value = subject.covariates[key];
      if (value === undefined) {
        complete = false;
        return;
      }
      if (!Number.isFinite(value))
        throw new AnalyticsInputError('not_finite', `subjects[${i}].covariates.${key}`);
      present[j] = (present[j] ?? 0) + 1;
    });
    if (complete) rows.push(i);
  });
  const dropped: TDroppedCovariate[] = [];
  const candidates = wanted.filter((key, j) => {
    if ((present[j] ?? 0) > 0) return true;
    dropped.push({ key, reason: 'missing' });
    return false;
  });
  const n = rows.length;
  const columns = candidates.map((key) => Float64Array.from(rows, (i) => subjects[i]?.covariates[key] ?? 0));
  const means = columns.map((column) => column.reduce((s, v) => s + v, 0) / Math.max(1, n));
  const keptIndex = selectIndependent(columns, means, candidates, dropped);
  const keys = keptIndex.map((j) => candidates[j] as string);
  const p = keys.length;
  const values = new Float64Array(n * p);
  keptIndex.forEach((j, c) => {
    const column = columns[j] as Float64Array;
    for (let r = 0; r < n; r++) values[r * p + c] = column[r] as number;
  });
  return { rows, keys, dropped, values, means: keptIndex.map((j) => means[j] as number) };
}

/** Indices of the columns kept: not constant, and not a linear combination of the kept ones before them. */
function selectIndependent(
  columns: readonly Float64Array[],
  means: readonly number[],
  keys: readonly string[],
  dropped: TDroppedCovariate[],
): number[] {
  const kept: number[] = [];
  // Rows of L (Cholesky factor of the kept columns' centred cross-products), grown one column at a time.
  const factor: number[][] = [];
  columns.forEach((column, j) => {
    const first = column[0];
    if (column.every((v) => v === first)) {
      dropped.push({ key: keys[j] as string, reason: 'constant' });
      return;
    }
    const cross = kept.map((k) =>
      centredProduct(column, columns[k] as Float64Array, means[j] as number, means[k] as number),
    );
    const own = centredProduct(column, column, means[j] as number, means[j] as number);
    // Forward substitution: L l = cross, then the residual variance own - |l|².
    const l: number[] = [];
    cross.forEach((c, a) => {
      let s = c;
      for (let b = 0; b < a; b++) s -= (factor[a]?.[b] ?? 0) * (l[b] ?? 0);
      l.push(s / (factor[a]?.[a] ?? 1));
    });
    const residual = own - l.reduce((s, v) => s + v * v, 0);
    if (!(residual > COLLINEAR_TOLERANCE * own)) {
      dropped.push({ key: keys[j] as string, reason: 'collinear' });
      return;
    }
    factor.push([...l, Math.sqrt(residual)]);
    kept.push(j);
  });
  return kept;
}

function centredProduct(a: Float64Array, b: Float64Array, ma: number, mb: number): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += ((a[i] as number) - ma) * ((b[i] as number) - mb);
  return s;
}

/** The named covariates of the given subjects, row-major in `keys` order; a missing value is NaN. */
export function valuesInOrder(
  subjects: readonly TChurnSubject[],
  rows: readonly number[],
  keys: readonly string[],
): Float64Array {
  const p = keys.length;
  const values = new Float64Array(rows.length * p);
  rows.forEach((i, r) => {
    const covariates = (subjects[i] as TChurnSubject).covariates;
    keys.forEach((key, j) => (values[r * p + j] = covariates[key] ?? NaN));
  });
  return values;
}
