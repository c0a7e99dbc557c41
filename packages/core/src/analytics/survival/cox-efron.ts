/** Subjects ready for the Cox partial likelihood: centred covariate rows and times sorted descending. */
export interface CoxDesign {
  readonly times: readonly number[];
  readonly events: readonly boolean[];
  /** Covariate rows, centred on their column means (this leaves β and the likelihood unchanged). */
  readonly x: readonly (readonly number[])[];
  /** Subject indices by time, descending, so risk sets grow as the scan goes on. */
  readonly order: readonly number[];
  readonly p: number;
}

/** Log partial likelihood with its gradient (score) and negative Hessian (information) at β. */
export interface EfronTerms {
  readonly logLik: number;
  readonly score: number[];
  /** Row-major p×p observed information. */
  readonly information: number[][];
}

/**
 * Efron's (1977, JASA 72:557) approximation for tied event times, as in R survival::coxph (default)
 * and lifelines. At an event time with d events (set D) and risk set R, with w = exp(xβ) and
 * f = l/d (l = 0..d−1): φ0 = Σ_R w − f Σ_D w, φ1 = Σ_R w x − f Σ_D w x, φ2 likewise with x xᵀ;
 * ℓ += Σ_D xβ − Σ_l log φ0, U += Σ_D x − Σ_l φ1/φ0, I += Σ_l (φ2/φ0 − (φ1/φ0)(φ1/φ0)ᵀ).
 * Risk-set sums are built by one backward cumulative pass over the sorted times: O(n·p²), not O(n²).
 * w is scaled by exp(−max xβ) so large linear predictors cannot overflow.
 */
export function computeEfronTerms(design: CoxDesign, beta: readonly number[]): EfronTerms {
  const { p, x, order, times, events } = design;
  const eta = x.map((row) => dot(row, beta));
  // A loop, not Math.max(...eta): spreading a large array overflows the call stack.
  const shift = eta.reduce((m, e) => (e > m ? e : m), -Infinity);
  const s0 = { v: 0 };
  const s1 = new Array<number>(p).fill(0);
  const s2 = new Array<number>(p * p).fill(0);
  let logLik = 0;
  const score = new Array<number>(p).fill(0);
  const info = new Array<number>(p * p).fill(0);
  for (let k = 0; k < order.length;) {
    const time = times[order[k] ?? 0];
    const d0 = { v: 0 };
    const d1 = new Array<number>(p).fill(0);
    const d2 = new Array<number>(p * p).fill(0);
    let deaths = 0;
    for (; k < order.length && times[order[k] ?? 0] === time; k++) {
      const i = order[k] ?? 0;
      const row = x[i] ?? [];
      const w = Math.exp((eta[i] ?? 0) - shift);
      accumulate(s0, s1, s2, row, w, p);
      if (events[i] !== true) continue;
      accumulate(d0, d1, d2, row, w, p);
      deaths++;
      logLik += eta[i] ?? 0;
      for (let a = 0; a < p; a++) score[a] = (score[a] ?? 0) + (row[a] ?? 0);
    }
    for (let l = 0; l < deaths; l++) {
      const f = l / deaths;
      const phi0 = s0.v - f * d0.v;
      logLik -= Math.log(phi0) + shift;
      const mean = s1.map((v, a) => (v - f * (d1[a] ?? 0)) / phi0);
      for (let a = 0; a < p; a++) {
        score[a] = (score[a] ?? 0) - (mean[a] ?? 0);
        for (let b = 0; b < p; b++) {
          const ab = a * p + b;
          const phi2 = ((s2[ab] ?? 0) - f * (d2[ab] ?? 0)) / phi0;
          info[ab] = (info[ab] ?? 0) + phi2 - (mean[a] ?? 0) * (mean[b] ?? 0);
        }
      }
    }
  }
  // Mirror the upper triangle: rounding can make the two halves differ in the last bit.
  const information = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => info[Math.min(a, b) * p + Math.max(a, b)] ?? 0),
  );
  return { logLik, score, information };
}

function accumulate(
  s0: { v: number },
  s1: number[],
  s2: number[],
  row: readonly number[],
  w: number,
  p: number,
): void {
  s0.v += w;
  for (let a = 0; a < p; a++) {
    const wa = w * (row[a] ?? 0);
    s1[a] = (s1[a] ?? 0) + wa;
    for (let b = 0; b < p; b++) s2[a * p + b] = (s2[a * p + b] ?? 0) + wa * (row[b] ?? 0);
  }
}

function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}
