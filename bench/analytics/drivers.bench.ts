/**
 * Key driver analysis benchmark. Run deliberately: `node --import tsx bench/analytics/drivers.bench.ts`.
 * Each figure is printed with a baseline measured in the same run: a plain loop summing the same cells
 * and a naive two-pass covariance (correlation), a fresh Cholesky per subset (Shapley), the bare
 * eigendecomposition (relative weights).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import {
  CorrelationAccumulator,
  allSubsetRSquared,
  dominanceFromCorrelation,
  logisticDominance,
  mulberry32,
  normalDraw,
  relativeWeightsFromCorrelation,
  selectDriverInput,
  type DriverInput,
} from '@mot/core';

const ROWS = 1_000_000;
const PREDICTORS = 15;
const WIDTH = PREDICTORS + 1;

/** Best of `runs` timings in milliseconds (the least disturbed by other work on a shared machine). */
function best(runs: number, work: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** Rows of `width` correlated columns (shared factor), packed row-major. */
function generate(rows: number, width: number, seed: number): Float64Array {
  const uniform = mulberry32(seed);
  const out = new Float64Array(rows * width);
  for (let i = 0, at = 0; i < rows; i++) {
    const shared = normalDraw(uniform);
    for (let j = 0; j < width; j++, at++) out[at] = 50 + 10 * (0.5 * shared + normalDraw(uniform));
  }
  return out;
}

function naiveTwoPass(values: Float64Array, rows: number, p: number): Float64Array {
  const mean = new Float64Array(p);
  for (let i = 0, at = 0; i < rows; i++, at += p) {
    for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) + (values[at + j] as number);
  }
  for (let j = 0; j < p; j++) mean[j] = (mean[j] as number) / rows;
  const co = new Float64Array(p * p);
  const d = new Float64Array(p);
  for (let i = 0, at = 0; i < rows; i++, at += p) {
    for (let j = 0; j < p; j++) d[j] = (values[at + j] as number) - (mean[j] as number);
    for (let j = 0; j < p; j++) {
      const dj = d[j] as number;
      for (let k = j; k < p; k++) co[j * p + k] = (co[j * p + k] as number) + dj * (d[k] as number);
    }
  }
  return co;
}

function plainSum(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i] as number;
  return s;
}

/** R² of every subset by a fresh Cholesky factorisation each time (what the incremental walk avoids). */
function freshCholeskySubsets(input: DriverInput): Float64Array {
  const p = input.rxy.length;
  const r = Float64Array.from(input.rxx.flat());
  const rxy = Float64Array.from(input.rxy);
  const out = new Float64Array(1 << p);
  const l = new Float64Array(p * p);
  const z = new Float64Array(p);
  const cols = new Int32Array(p);
  for (let mask = 1; mask < 1 << p; mask++) {
    let k = 0;
    for (let j = 0; j < p; j++) if (mask & (1 << j)) cols[k++] = j;
    let r2 = 0;
    for (let a = 0; a < k; a++) {
      const ca = cols[a] as number;
      for (let b = 0; b <= a; b++) {
        let s = r[ca * p + (cols[b] as number)] as number;
        for (let m = 0; m < b; m++) s -= (l[a * p + m] as number) * (l[b * p + m] as number);
        l[a * p + b] = a === b ? Math.sqrt(s) : s / (l[b * p + b] as number);
      }
      let s = rxy[ca] as number;
      for (let m = 0; m < a; m++) s -= (l[a * p + m] as number) * (z[m] as number);
      const za = s / (l[a * p + a] as number);
      z[a] = za;
      r2 += za * za;
    }
    out[mask] = r2;
  }
  return out;
}

const fmt = (v: number, digits = 1): string => v.toFixed(digits);

// 1. Streaming correlation.
const values = generate(ROWS, WIDTH, 1);
const cells = ROWS * WIDTH;
let sink = 0;
const sumMs = best(3, () => (sink += plainSum(values)));
const twoPassMs = best(3, () => (sink += naiveTwoPass(values, ROWS, WIDTH)[1] as number));
const listwiseMs = best(3, () => new CorrelationAccumulator(WIDTH, 'listwise').addBlock(values));
const pairwiseMs = best(3, () => new CorrelationAccumulator(WIDTH, 'pairwise').addBlock(values));
const holed = values.slice();
for (let i = 0; i < ROWS; i += 100) holed[i * WIDTH + (i % WIDTH)] = NaN;
const holedMs = best(3, () => new CorrelationAccumulator(WIDTH, 'pairwise').addBlock(holed));
const rate = (ms: number): string => `${fmt(cells / ms / 1000, 1)} M row-cells/s`;
console.log(`correlation, ${ROWS} rows x ${WIDTH} columns (${PREDICTORS} predictors + outcome), best of 3:`);
console.log(`  plain loop summing the cells   ${fmt(sumMs)} ms  ${rate(sumMs)}`);
console.log(`  naive two-pass covariance      ${fmt(twoPassMs)} ms  ${rate(twoPassMs)}`);
console.log(
  `  accumulator, listwise          ${fmt(listwiseMs)} ms  ${rate(listwiseMs)}  (${fmt(listwiseMs / twoPassMs, 2)}x two-pass time)`,
);
console.log(`  accumulator, pairwise          ${fmt(pairwiseMs)} ms  ${rate(pairwiseMs)}`);
console.log(`  pairwise, 1% rows with a hole  ${fmt(holedMs)} ms  ${rate(holedMs)}`);

// 2. Shapley / dominance with 15 predictors from the matrix.
const acc = new CorrelationAccumulator(WIDTH, 'listwise');
acc.addBlock(values.subarray(0, 20_000 * WIDTH));
const input = selectDriverInput(acc.result().correlation, PREDICTORS);
const shapleyMs = best(3, () => dominanceFromCorrelation(input));
const subsetsMs = best(3, () => allSubsetRSquared(input));
const freshMs = best(3, () => freshCholeskySubsets(input));
console.log(`Shapley (dominance) with ${PREDICTORS} predictors (${1 << PREDICTORS} subsets), best of 3:`);
console.log(`  full dominance analysis        ${fmt(shapleyMs)} ms`);
console.log(`  subset R², incremental walk    ${fmt(subsetsMs)} ms`);
console.log(`  subset R², fresh Cholesky each ${fmt(freshMs)} ms  (${fmt(freshMs / subsetsMs, 1)}x slower)`);

// 3. Relative weights with 100 predictors.
const wide = generate(2_000, 101, 2);
const wideAcc = new CorrelationAccumulator(101, 'listwise');
wideAcc.addBlock(wide);
const wideInput = selectDriverInput(wideAcc.result().correlation, 100);
const rwMs = best(5, () => relativeWeightsFromCorrelation(wideInput));
const evdMs = best(
  5,
  () => new EigenvalueDecomposition(new Matrix(wideInput.rxx.map((r) => [...r])), { assumeSymmetric: true }),
);
console.log('relative weights with 100 predictors, best of 5:');
console.log(`  relative weights               ${fmt(rwMs)} ms`);
console.log(
  `  eigendecomposition alone       ${fmt(evdMs)} ms  (${fmt((100 * evdMs) / rwMs, 0)}% of the total)`,
);

// 4. Logistic dominance: 2^p IRLS fits from rows (the stated limit).
const logit = generate(2_000, 11, 3);
const x: number[][] = [];
const y: number[] = [];
const uniform = mulberry32(4);
for (let i = 0; i < 2_000; i++) {
  const row = Array.from(logit.subarray(i * 11, i * 11 + 10), (v) => (v - 50) / 10);
  x.push(row);
  const [a = 0, b = 0, c = 0] = row;
  y.push(uniform() < 1 / (1 + Math.exp(-(0.8 * a - 0.5 * b + 0.3 * c))) ? 1 : 0);
}
const logisticMs = best(1, () => logisticDominance(x, y));
console.log(`logistic dominance, 10 predictors (1024 IRLS fits), 2000 rows: ${fmt(logisticMs)} ms`);
if (sink === 42) console.log('');
