import {
  AnalyticsInputError,
  churnAvoided,
  churnDrivers,
  fitAtRiskModel,
  fitChurnCox,
  fitKaplanMeier,
  survivalAt,
  survivalByExposure,
  survivalByGroup,
  wilsonInterval,
} from '@mot/core';
import type { KaplanMeierFit, TChurnSubject, TSurvivalComparison } from '@mot/core';
import { niceStep } from '../analyze/charts/svg.ts';
import { TENURE_UNIT_DAYS } from './churn-mapping.ts';
import type { TTenureUnit } from './churn-mapping.ts';
import type { TCustomerRow } from './read-customers.ts';
import type { TBreachCounts } from './read-breaches.ts';
import type { TChurnReason, TChurnReport, TCovariateSource, TRetentionAt } from './churn-report-model.ts';

/** Levels of an attribute kept as their own dummy; rarer ones are pooled into one "other" level. */
const MAX_LEVELS = 8;
/** Share of the customers held out to judge how well the factors predict churn. */
const HOLDOUT_SHARE = 0.3;

/** The pooled level's name (a value no real level is likely to have). */
export const OTHER_LEVEL = '(other)';

/** What `analyzeChurn` needs besides the rows. */
export type TAnalyzeChurnOptions = {
  tenureUnit: TTenureUnit;
  attributes: readonly string[];
  counts: readonly string[];
  /** Attribute whose levels get their own survival curve; null = by breach (with moments) or none. */
  by: string | null;
  breaches: TBreachCounts | null;
  /** Display name of a touchpoint key. */
  nameOf: (touchpoint: string) => string;
  horizonDays: number;
  seed: number;
  replicates: number;
};

/**
 * The whole churn analysis of a customer table: Kaplan–Meier curves by an attribute (or by breach) with the
 * log-rank test, the Cox model of churn on the numeric columns, the attributes' levels (dummy coded against
 * the most frequent level) and the breaches per touchpoint, logistic driver importance with bootstrap
 * intervals, the churn reasons, and with moments the churn each touchpoint meeting its standard would avoid.
 */
export function analyzeChurn(
  rows: readonly TCustomerRow[],
  o: TAnalyzeChurnOptions,
): Omit<TChurnReport, 'generatedAt' | 'input' | 'moments'> {
  const factor = TENURE_UNIT_DAYS[o.tenureUnit];
  const { covariates, subjects } = buildSubjects(rows, o);
  const inUnits = subjects.map((s) => ({ ...s, durationDays: s.durationDays / factor }));
  const overall = fitKaplanMeier(
    inUnits.map((s) => s.durationDays),
    inUnits.map((s) => s.churned),
  );
  const retentionTimes = retentionTimesOf(inUnits, o.tenureUnit);
  const churned = rows.filter((r) => r.churned).length;
  const keys = covariates.map((c) => c.key);
  const cox = attempt(() => fitChurnCox(subjects, keys));
  const drivers = attempt(() => churnDrivers(subjects, keys, { replicates: o.replicates, seed: o.seed }));
  const validation = attempt(
    () => fitAtRiskModel(subjects, keys, { holdoutShare: HOLDOUT_SHARE, seed: o.seed }).holdout,
  );
  const avoided =
    cox.value === null
      ? []
      : covariates.flatMap((c) =>
          c.kind === 'breaches' && cox.value?.covariates.some((h) => h.key === c.key)
            ? [
                {
                  touchpoint: c.touchpoint,
                  name: c.name,
                  ...churnAvoided(cox.value, subjects, {
                    covariate: c.key,
                    horizonDays: o.horizonDays,
                    seed: o.seed,
                    draws: 500,
                  }),
                },
              ]
            : [],
        );
  return {
    tenureUnit: o.tenureUnit,
    summary: {
      customers: rows.length,
      churned,
      churnShare: rows.length === 0 ? NaN : churned / rows.length,
      medianTenure: overall.median.estimate,
      retention: retentionTimes.map((t) => retentionAt(overall, t)),
    },
    covariates,
    survival: survivalOf(inUnits, rows, o, retentionTimes),
    retentionTimes,
    cox: cox.value,
    coxProblem: cox.problem,
    drivers: drivers.value,
    driversProblem: drivers.problem,
    validation: validation.value,
    reasons: reasonsOf(rows),
    avoided: avoided.sort((a, b) => b.avoided.estimate - a.avoided.estimate),
    horizonDays: o.horizonDays,
  };
}

/** Subjects for the models (tenure in days) and where each covariate came from. */
function buildSubjects(
  rows: readonly TCustomerRow[],
  o: TAnalyzeChurnOptions,
): { covariates: TCovariateSource[]; subjects: TChurnSubject[] } {
  const covariates: TCovariateSource[] = o.counts.map((column) => ({ key: column, kind: 'count', column }));
  const levelsOf = new Map<string, { kept: Set<string>; reference: string }>();
  for (const column of o.attributes) {
    const frequency = new Map<string, number>();
    for (const r of rows) {
      const v = r.attributes[column];
      if (v !== undefined) frequency.set(v, (frequency.get(v) ?? 0) + 1);
    }
    const ranked = [...frequency.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const kept = new Set(ranked.slice(0, MAX_LEVELS).map(([level]) => level));
    const reference = ranked[0]?.[0] ?? '';
    levelsOf.set(column, { kept, reference });
    const levels = [...kept].filter((l) => l !== reference).sort();
    if (ranked.length > MAX_LEVELS) levels.push(OTHER_LEVEL);
    for (const level of levels) {
      covariates.push({ key: `${column}=${level}`, kind: 'level', column, level, reference });
    }
  }
  for (const touchpoint of o.breaches?.touchpoints ?? []) {
    covariates.push({
      key: `breaches:${touchpoint}`,
      kind: 'breaches',
      touchpoint,
      name: o.nameOf(touchpoint),
    });
  }
  const subjects = rows.map((r): TChurnSubject => {
    const values: Record<string, number> = { ...r.counts };
    for (const c of covariates) {
      if (c.kind === 'level') {
        const v = r.attributes[c.column];
        if (v === undefined) continue;
        const kept = levelsOf.get(c.column)?.kept;
        const level = kept?.has(v) ? v : OTHER_LEVEL;
        values[c.key] = level === c.level ? 1 : 0;
      } else if (c.kind === 'breaches') {
        values[c.key] = o.breaches?.byCustomer.get(r.id)?.get(c.touchpoint) ?? 0;
      }
    }
    return { id: r.id, durationDays: r.durationDays, churned: r.churned, covariates: values };
  });
  return { covariates, subjects };
}

function survivalOf(
  inUnits: readonly TChurnSubject[],
  rows: readonly TCustomerRow[],
  o: TAnalyzeChurnOptions,
  times: readonly number[],
): TChurnReport['survival'] {
  let comparison: TSurvivalComparison;
  let by: string;
  let byBreach = false;
  if (o.by !== null) {
    const column = o.by;
    by = column;
    const labelOf = new Map(inUnits.map((s, i) => [s, rows[i]?.attributes[column] ?? null]));
    comparison = survivalByGroup(inUnits, (s) => labelOf.get(s) ?? null);
  } else if (o.breaches !== null) {
    by = 'breach';
    byBreach = true;
    comparison = survivalByExposure(inUnits, (s) =>
      Object.entries(s.covariates).some(([k, v]) => k.startsWith('breaches:') && v > 0),
    );
  } else return null;
  return {
    by,
    byBreach,
    comparison,
    retention: comparison.curves.map((curve) => ({
      group: curve.group,
      values: times.map((t) => {
        const fit = {
          n: curve.n,
          events: curve.events,
          confidenceLevel: 0.95,
          steps: curve.steps,
          median: curve.median,
        };
        return retentionAt(fit, t);
      }),
    })),
  };
}

/** Three round times inside the observed tenure (e.g. 12, 24, 36 months) to read retention at. */
function retentionTimesOf(subjects: readonly TChurnSubject[], unit: TTenureUnit): number[] {
  const longest = subjects.reduce((m, s) => Math.max(m, s.durationDays), 0);
  if (!(longest > 0)) return [];
  // Whole years read best in months (12, 24, 36) and weeks (52, 104), quarters in days (90, 180, 270).
  const period = unit === 'months' ? 12 : unit === 'weeks' ? 52 : unit === 'days' ? 90 : 0;
  const step =
    period > 0 && longest >= 2 * period
      ? period * Math.max(1, Math.round(longest / 3.5 / period))
      : niceStep(longest / 3.5);
  return [1, 2, 3].map((k) => k * step).filter((t) => t <= longest);
}

function retentionAt(fit: KaplanMeierFit, time: number): TRetentionAt {
  const at = survivalAt(fit, time);
  return { time, survival: at.survival, lower: at.lower, upper: at.upper };
}

function reasonsOf(rows: readonly TCustomerRow[]): TChurnReason[] {
  const churned = rows.filter((r) => r.churned);
  const withReason = churned.filter((r) => r.reason !== null);
  const counts = new Map<string, number>();
  for (const r of withReason) counts.set(r.reason ?? '', (counts.get(r.reason ?? '') ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => {
      const interval = wilsonInterval(n, withReason.length);
      return { reason, n, share: n / withReason.length, lower: interval.lower, upper: interval.upper };
    });
}

/** A model, or the code of the input problem that prevented it (too few churners, nothing to model). */
function attempt<T>(fit: () => T): { value: T | null; problem: string | null } {
  try {
    return { value: fit(), problem: null };
  } catch (error) {
    if (error instanceof AnalyticsInputError) return { value: null, problem: error.code };
    throw error;
  }
}
