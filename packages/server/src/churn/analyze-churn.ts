import {
  AnalyticsInputError,
  analysedTouchpointsOf,
  churnAvoided,
  fitAtRiskModel,
  fitChurnCox,
  scoreAtRisk,
  scoreAtRiskBatch,
  survivalByExposure,
} from '@mot/core';
import type {
  TAtRiskModel,
  TChurnAvoided,
  TChurnCoxFit,
  TRiskContribution,
  TSurvivalComparison,
} from '@mot/core';
import { sql } from 'drizzle-orm';
import { MotError, notFound } from '../errors.ts';
import { queryRows } from '../storage/database.ts';
import type { TDatabase } from '../storage/database.ts';
import { findJourneys } from '../storage/find-journeys.ts';
import { withReadSnapshot } from '../storage/read-snapshot.ts';
import type { TAnalysisHooks } from '../analysis/stored-key-moments.ts';
import { COVARIATE, readChurnSubjects } from './read-churn-subjects.ts';
import type { TChurnSubjects, TCountedTouchpoint, TStoredChurnSubject } from './read-churn-subjects.ts';

type THooks = Required<Omit<TAnalysisHooks, 'pageEpisodes'>>;

/** How many of the customers most at risk a stored at-risk result keeps (the list pages through them). */
export const AT_RISK_KEPT = 1_000;
/** Share of customers held out to judge the at-risk model, and its seed. */
export const AT_RISK_HOLDOUT = { holdoutShare: 0.3, seed: 1 } as const;

/** A journey as the analyses read it: its stored id and its analysed touchpoints with their ids. */
type TCountedJourney = { id: number; touchpoints: TCountedTouchpoint[] };

/** The journey's analysed touchpoints with their stored ids, or 404. */
async function countedJourneyOf(
  db: TDatabase,
  workspaceId: string,
  journey: string,
): Promise<TCountedJourney> {
  const [stored] = await findJourneys(db.orm, workspaceId, journey);
  if (!stored) throw notFound(`journey "${journey}"`, ['query', 'journey']);
  const touchpoints = analysedTouchpointsOf(stored.journey.touchpoints).flatMap((tp) => {
    const id = stored.touchpointIds.get(tp.key);
    return id === undefined ? [] : [{ key: tp.key, id }];
  });
  return { id: stored.id, touchpoints };
}

/** Reads the subjects in one read snapshot (claimed first by the background computation's hook). */
async function readSubjects(
  db: TDatabase,
  workspaceId: string,
  journey: TCountedJourney,
  hooks: THooks,
): Promise<TChurnSubjects> {
  hooks.onProgress({ pagesDone: 0, pagesTotal: 2 });
  const read = await withReadSnapshot(db, async (snapshot) => {
    await hooks.inSnapshot(snapshot);
    return readChurnSubjects(snapshot, workspaceId, journey.id, journey.touchpoints);
  });
  hooks.onProgress({ pagesDone: 1, pagesTotal: 2 });
  // The fit below holds this thread: let a waiting request answer with the progress first.
  await new Promise<void>((resolve) => setImmediate(resolve));
  return read;
}

/** A core refusal for thin data as the API's 422, naming what was missing. */
function asNotEnoughData(error: unknown): never {
  if (error instanceof AnalyticsInputError && ['too_few_events', 'too_few_predictors'].includes(error.code)) {
    const message =
      error.code === 'too_few_events'
        ? 'too few churned or staying customers to fit a model (status events or churn outcomes are needed)'
        : 'no covariate varies between customers (no breaches, no experience values)';
    throw new MotError('not_enough_data', message, ['query', 'journey']);
  }
  throw error;
}

const countsOf = (subjects: readonly TStoredChurnSubject[]) => ({
  customers: subjects.length,
  churned: subjects.filter((s) => s.churned).length,
});

/** Survival by exposure at one touchpoint: customers who hit a floor there against those who did not. */
export type TChurnSurvival = {
  journey: string;
  touchpoint: string;
  observedUntil: string | null;
  customers: number;
  churned: number;
  comparison: TSurvivalComparison;
};

/**
 * Kaplan-Meier curves (with intervals) of the customers who hit a floor at the touchpoint before churning
 * and of those who did not, and the log-rank test between them (core's `survivalByExposure`). Durations are
 * whole days.
 */
export async function analyzeChurnSurvival(
  db: TDatabase,
  workspaceId: string,
  query: { journey: string; touchpoint: string },
  hooks: THooks,
): Promise<TChurnSurvival> {
  const journey = await countedJourneyOf(db, workspaceId, query.journey);
  if (!journey.touchpoints.some((t) => t.key === query.touchpoint))
    throw notFound(`touchpoint "${query.touchpoint}" of journey "${query.journey}"`, ['query', 'touchpoint']);
  const { subjects, observedUntil } = await readSubjects(db, workspaceId, journey, hooks);
  const key = COVARIATE.breaches(query.touchpoint);
  const comparison = survivalByExposure(subjects.map(inWholeDays), (s) => (s.covariates[key] ?? 0) > 0);
  return { ...query, observedUntil, ...countsOf(subjects), comparison };
}

/** Durations in whole days: the curves step once a day, however many customers there are. */
const inWholeDays = (s: TStoredChurnSubject): TStoredChurnSubject => ({
  ...s,
  durationDays: Math.round(s.durationDays),
});

/** The Cox model of churn and the churn each touchpoint would avoid by meeting its standard. */
export type TChurnDriversResult = {
  journey: string;
  horizonDays: number;
  observedUntil: string | null;
  customers: number;
  churned: number;
  cox: TChurnCoxFit;
  avoided: Array<TChurnAvoided & { touchpoint: string }>;
};

/**
 * A Cox model of churn (core's `fitChurnCox`, Efron ties) on the breaches per touchpoint, the mean
 * experience and the number of episodes (tenure is the model's time axis), and per touchpoint whose
 * breaches raise the hazard, the churn avoided over the horizon had it met its standard (core's
 * `churnAvoided`: standardisation with the breaches set to none).
 */
export async function analyzeChurnDrivers(
  db: TDatabase,
  workspaceId: string,
  query: { journey: string; horizonDays: number },
  hooks: THooks,
): Promise<TChurnDriversResult> {
  const journey = await countedJourneyOf(db, workspaceId, query.journey);
  const { touchpoints } = journey;
  const { subjects, observedUntil } = await readSubjects(db, workspaceId, journey, hooks);
  const keys = [
    ...touchpoints.map((t) => COVARIATE.breaches(t.key)),
    COVARIATE.meanExperience,
    COVARIATE.episodes,
  ];
  let cox: TChurnCoxFit;
  try {
    cox = fitChurnCox(subjects, keys);
  } catch (error) {
    asNotEnoughData(error);
  }
  const avoided: TChurnDriversResult['avoided'] = [];
  for (const tp of touchpoints) {
    const covariate = COVARIATE.breaches(tp.key);
    const hr = cox.covariates.find((c) => c.key === covariate);
    // Only where breaches raise the hazard: a touchpoint meeting its standard avoids churn there.
    if (!hr || hr.possiblyInfinite || hr.hazardRatio <= 1) continue;
    avoided.push({
      touchpoint: tp.key,
      ...churnAvoided(cox, subjects, { covariate, horizonDays: query.horizonDays, draws: 200, seed: 1 }),
    });
  }
  hooks.onProgress({ pagesDone: 2, pagesTotal: 2 });
  return { ...query, observedUntil, ...countsOf(subjects), cox, avoided };
}

/** One customer of the at-risk list: risk and what raises it most. */
export type TAtRiskCustomer = {
  customer: string;
  risk: number;
  tenureDays: number;
  contributions: TRiskContribution[];
};

/** The at-risk model, its validation and the customers most at risk. */
export type TAtRiskResult = {
  journey: string;
  observedUntil: string | null;
  customers: number;
  churned: number;
  /** Customers not churned, all scored. */
  scored: number;
  model: TAtRiskModel;
  /** The `AT_RISK_KEPT` customers most at risk, highest first (ties by customer id). */
  top: TAtRiskCustomer[];
};

/**
 * Fits the at-risk model on the workspace's history (core's `fitAtRiskModel`: logistic regression of churn
 * on breaches per touchpoint, mean experience and episodes, fitted on 70% of the customers and judged on
 * the 30% held out; tenure is left out: a customer who churned is observed for a shorter time by
 * construction, so tenure would predict churn from the churn itself), scores every customer who has not churned (`scoreAtRiskBatch`) and keeps the
 * most at risk with the covariates that raise their risk (`scoreAtRisk`).
 */
export async function analyzeAtRisk(
  db: TDatabase,
  workspaceId: string,
  query: { journey: string },
  hooks: THooks,
): Promise<TAtRiskResult> {
  const journey = await countedJourneyOf(db, workspaceId, query.journey);
  const { touchpoints } = journey;
  const { subjects, observedUntil } = await readSubjects(db, workspaceId, journey, hooks);
  const keys = [
    ...touchpoints.map((t) => COVARIATE.breaches(t.key)),
    COVARIATE.meanExperience,
    COVARIATE.episodes,
  ];
  let model: TAtRiskModel;
  try {
    model = fitAtRiskModel(subjects, keys, AT_RISK_HOLDOUT);
  } catch (error) {
    asNotEnoughData(error);
  }
  const ranked = scoreActive(model, subjects);
  const names = await externalIdsOf(
    db,
    workspaceId,
    ranked.map((r) => r.customerId),
  );
  // A customer erased since the read is left out.
  const top = ranked.flatMap(({ customerId, ...rest }) => {
    const customer = names.get(customerId);
    return customer === undefined ? [] : [{ ...rest, customer }];
  });
  hooks.onProgress({ pagesDone: 2, pagesTotal: 2 });
  const active = subjects.filter((s) => !s.churned).length;
  return { ...query, observedUntil, ...countsOf(subjects), scored: active, model, top };
}

/** The external ids of customers by internal id (the customers listed, at most `AT_RISK_KEPT`). */
async function externalIdsOf(
  db: TDatabase,
  workspaceId: string,
  ids: readonly number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: number | string; external_id: string }>(
    db.orm,
    sql`select id, external_id from customers where workspace_id = ${workspaceId}
        and id in (select value::int8 from jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`,
  );
  return new Map(rows.map((r) => [Number(r.id), r.external_id]));
}

/** Scores the customers who have not churned in one batch; the most at risk with their contributions. */
function scoreActive(
  model: TAtRiskModel,
  subjects: readonly TStoredChurnSubject[],
): Array<Omit<TAtRiskCustomer, 'customer'> & { customerId: number }> {
  const active = subjects.filter((s) => !s.churned);
  const p = model.keys.length;
  const values = new Float64Array(active.length * p);
  active.forEach((s, r) => {
    model.keys.forEach((key, j) => {
      // A missing value (no experience recorded) scores as the training mean, as `scoreAtRisk` does.
      values[r * p + j] = s.covariates[key] ?? model.means[j] ?? 0;
    });
  });
  const risks = scoreAtRiskBatch(model, values);
  const order = Array.from(active.keys())
    .sort(
      (a, b) =>
        (risks[b] ?? 0) - (risks[a] ?? 0) || (active[a]?.customerId ?? 0) - (active[b]?.customerId ?? 0),
    )
    .slice(0, AT_RISK_KEPT);
  return order.map((r) => {
    const s = active[r] as TStoredChurnSubject;
    const score = scoreAtRisk(model, s.covariates);
    return {
      customerId: s.customerId,
      risk: risks[r] ?? score.risk,
      tenureDays: Math.round(s.durationDays),
      // What raises the risk: factors above an average customer's; a touchpoint counts only where the
      // customer hit its floor (fewer breaches than average at a touchpoint whose breaches seem to lower
      // churn is no reason to call).
      contributions: score.contributions
        .filter((c) => c.contribution > 0 && !(c.key.startsWith('breaches:') && c.value <= 0))
        .slice(0, 3),
    };
  });
}
