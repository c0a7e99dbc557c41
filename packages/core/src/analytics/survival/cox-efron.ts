/** Subjects ready for the Cox partial likelihood: centred covariates and times sorted descending. */
export interface CoxDesign {
  readonly n: number;
  readonly p: number;
  readonly times: readonly number[];
  readonly events: readonly boolean[];
  /** Covariates, row-major n×p, centred on their column means (β and the likelihood are unchanged). */
  readonly x: Float64Array;
  /** Subject indices by time, descending, so risk sets grow as the scan goes on. */
  readonly order: readonly number[];
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
  const { n, p, x, order, times, events } = design;
  const eta = linearPredictor(design, beta);
  // A loop, not Math.max(...eta): spreading a large array overflows the call stack.
  let shift = -Infinity;
  for (let i = 0; i < n; i++) shift = Math.max(shift, eta[i] ?? 0);
  // Flat typed arrays reused across times; only the upper triangle of the p×p sums is accumulated.
  const risk = new Sums(p);
  const tied = new Sums(p);
  const mean = new Float64Array(p);
  const score = new Float64Array(p);
  const info = new Float64Array(p * p);
  let logLik = 0;
  for (let k = 0; k < n;) {
    const time = times[order[k] ?? 0];
    tied.clear();
    let deaths = 0;
    for (; k < n && times[order[k] ?? 0] === time; k++) {
      const i = order[k] ?? 0;
      const w = Math.exp((eta[i] ?? 0) - shift);
      risk.add(x, i, w);
      if (events[i] !== true) continue;
      tied.add(x, i, w);
      deaths++;
      logLik += eta[i] ?? 0;
      for (let a = 0; a < p; a++) score[a] = (score[a] ?? 0) + (x[i * p + a] ?? 0);
    }
    for (let l = 0; l < deaths; l++) {
      const f = l / deaths;
      const phi0 = risk.s0 - f * tied.s0;
      logLik -= Math.log(phi0) + shift;
      for (let a = 0; a < p; a++) mean[a] = ((risk.s1[a] ?? 0) - f * (tied.s1[a] ?? 0)) / phi0;
      for (let a = 0; a < p; a++) {
        const ma = mean[a] ?? 0;
        score[a] = (score[a] ?? 0) - ma;
        for (let b = a; b < p; b++) {
          const ab = a * p + b;
          const phi2 = ((risk.s2[ab] ?? 0) - f * (tied.s2[ab] ?? 0)) / phi0;
          info[ab] = (info[ab] ?? 0) + phi2 - ma * (mean[b] ?? 0);
        }
      }
    }
  }
  const information = Array.from({ length: p }, (_, a) =>
    Array.from({ length: p }, (_, b) => info[Math.min(a, b) * p + Math.max(a, b)] ?? 0),
  );
  return { logLik, score: Array.from(score), information };
}

/** xβ for every subject. */
export function linearPredictor(design: CoxDesign, beta: readonly number[]): Float64Array {
  const { n, p, x } = design;
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let a = 0; a < p; a++) s += (x[i * p + a] ?? 0) * (beta[a] ?? 0);
    eta[i] = s;
  }
  return eta;
}

/** Weighted sums Σw, Σw·x and (upper triangle of) Σw·x·xᵀ over a set of subjects. */
class Sums {
  s0 = 0;
  readonly s1: Float64Array;
  readonly s2: Float64Array;

  constructor(private readonly p: number) {
    this.s1 = new Float64Array(p);
    this.s2 = new Float64Array(p * p);
  }

  clear(): void {
    this.s0 = 0;
    this.s1.fill(0);
    this.s2.fill(0);
  }

  add(x: Float64Array, i: number, w: number): void {
    const p = this.p;
    this.s0 += w;
    for (let a = 0; a < p; a++) {
      const wa = w * (x[i * p + a] ?? 0);
      this.s1[a] = (this.s1[a] ?? 0) + wa;
      for (let b = a; b < p; b++) this.s2[a * p + b] = (this.s2[a * p + b] ?? 0) + wa * (x[i * p + b] ?? 0);
    }
  }
}
