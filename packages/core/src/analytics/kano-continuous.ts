import { AnalyticsInputError } from './errors.ts';
import { DEFAULT_KANO_CODING, decodeKanoPair, type KanoAnswer, type KanoCoding } from './kano-table.ts';
import type { KanoRespondent } from './kano.ts';
import { summarizeSample } from './means.ts';

/** Scores for the five answers of each question, and the line splitting the quadrants. */
export interface KanoContinuousScale {
  readonly functional: Readonly<Record<KanoAnswer, number>>;
  readonly dysfunctional: Readonly<Record<KanoAnswer, number>>;
  /** Quadrant boundary on both axes (the midpoint of the positive range). */
  readonly boundary: number;
}

/**
 * DuMouchel's asymmetric scale from the "continuous and graphical analysis" of Berger et al. (1993,
 * Center for Quality Management Journal 2(4), §IVb): functional like 4, must-be 2, neutral 0,
 * live-with −1, dislike −2; dysfunctional mirrored (like −2 … dislike 4). Negative answers weigh less
 * because they are the weaker statements. stp25kano's "scors" are this scale divided by 4.
 */
export const BERGER_CONTINUOUS_SCALE: KanoContinuousScale = {
  functional: { like: 4, 'must-be': 2, neutral: 0, 'live-with': -1, dislike: -2 },
  dysfunctional: { like: -2, 'must-be': -1, neutral: 0, 'live-with': 2, dislike: 4 },
  boundary: 2,
};

/** Mean and standard deviation of one axis for one feature. */
export interface KanoAxis {
  readonly mean: number;
  /** Sample standard deviation (n − 1); NaN when n < 2. */
  readonly sd: number;
}

/** The continuous view of one feature: its point on the (dysfunctional, functional) plane. */
export interface KanoContinuousResult {
  readonly feature: string;
  /** Respondents with both answers. */
  readonly n: number;
  /** Satisfaction when the feature is present (vertical axis). */
  readonly functional: KanoAxis;
  /** Dissatisfaction when it is absent (horizontal axis). */
  readonly dysfunctional: KanoAxis;
  /**
   * Quadrant of the mean point: O both ≥ boundary, A only functional, M only dysfunctional, I
   * neither; R when either mean is negative (respondents prefer the feature absent); null if n = 0.
   */
  readonly quadrant: 'A' | 'O' | 'M' | 'I' | 'R' | null;
}

/**
 * Continuous KANO analysis (Berger et al. 1993, §IV): each answer pair becomes a functional and a
 * dysfunctional score; a feature is the mean point, classified by quadrant. Respondents missing
 * either answer are skipped for that feature; bad answers throw naming respondent and field.
 */
export function analyzeKanoContinuous(
  respondents: readonly KanoRespondent[],
  features: readonly string[],
  options: { readonly coding?: KanoCoding; readonly scale?: KanoContinuousScale } = {},
): KanoContinuousResult[] {
  const coding = options.coding ?? DEFAULT_KANO_CODING;
  const scale = options.scale ?? BERGER_CONTINUOUS_SCALE;
  if (!Number.isFinite(scale.boundary)) throw new AnalyticsInputError('bad_option', 'scale.boundary');
  return features.map((feature) => {
    const fs: number[] = [];
    const ds: number[] = [];
    respondents.forEach((respondent, i) => {
      const pair = decodeKanoPair(respondent, feature, coding, i);
      if (pair === null) return;
      const [f, d] = pair;
      fs.push(scale.functional[f]);
      ds.push(scale.dysfunctional[d]);
    });
    const functional = axis(fs);
    const dysfunctional = axis(ds);
    return {
      feature,
      n: fs.length,
      functional,
      dysfunctional,
      quadrant: fs.length === 0 ? null : quadrant(functional.mean, dysfunctional.mean, scale.boundary),
    };
  });
}

function quadrant(f: number, d: number, boundary: number): 'A' | 'O' | 'M' | 'I' | 'R' {
  if (f < 0 || d < 0) return 'R';
  if (f >= boundary) return d >= boundary ? 'O' : 'A';
  return d >= boundary ? 'M' : 'I';
}

function axis(values: readonly number[]): KanoAxis {
  const { n, mean, sd } = summarizeSample(values);
  return { mean: n === 0 ? NaN : mean, sd: n < 2 ? NaN : sd };
}
