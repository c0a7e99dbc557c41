import type { TTouchpoint } from '../domain/journey.ts';
import { MINUTES_PER_UNIT } from '../packs/rules.ts';
import { DEFAULT_EMPLOYEES } from '../packs/simulation-schema.ts';
import type { TMeasureDistribution, TCommentTheme } from '../packs/simulation-schema.ts';
import { defaultDistribution } from './draw.ts';
import type { TResolvedSource } from './source.ts';
import { employeeId } from './truth.ts';
import type { TTruth } from './truth.ts';

/** A measure ready to draw. */
export type TPlannedMeasure = {
  key: string;
  dist: TMeasureDistribution;
  theme: TCommentTheme;
  /** 1 for a lower-is-better duration, -1 for a higher-is-better one, 0 otherwise: load ** this scales draws. */
  loadExponent: number;
};

/** A touchpoint with everything the episode loop needs, looked up once instead of per moment. */
export type TPlannedTouchpoint = {
  touchpoint: TTouchpoint;
  driver: number;
  share: number;
  themes: readonly TCommentTheme[];
  employees: readonly string[];
  employeeEffects: readonly number[];
  /** Time since the previous moment: a measure's value times `gapMinutesPerUnit`, else lognormal minutes. */
  gapMeasure: string | undefined;
  gapMinutesPerUnit: number;
  gapMedianMinutes: number;
  gapSigma: number;
  measures: readonly TPlannedMeasure[];
  /** The planted initiative at this touchpoint, when there is one. */
  initiative: TPlannedInitiative | undefined;
};

/** What the episode loop needs of a planted initiative (see ZPlantedInitiative). */
export type TPlannedInitiative = { fromMs: number; durationFactor: number; perceivedShift: number };

/** A journey ready to simulate; `cumulativeShare` picks journeys by their relative frequency. */
export type TPlannedJourney = {
  key: string;
  cumulativeShare: number;
  touchpoints: readonly TPlannedTouchpoint[];
};

/** A compiled simulation: the journeys to draw from and the planted truth. */
export type TPlan = { journeys: readonly TPlannedJourney[]; totalShare: number; truth: TTruth };

const DEFAULT_GAP_MINUTES = 60;

function initiativeAt(truth: TTruth, journey: string, touchpoint: string): TPlannedInitiative | undefined {
  const i = truth.initiative;
  if (!i || i.journey !== journey || i.touchpoint !== touchpoint) return undefined;
  return { fromMs: i.fromMs, durationFactor: i.durationFactor, perceivedShift: i.perceivedShift };
}

/** Compiles a resolved source and its truth into the structures the episode loop reads. */
export function planSimulation(resolved: TResolvedSource, truth: TTruth): TPlan {
  let total = 0;
  const journeys = resolved.journeys.map((journey): TPlannedJourney => {
    const sim = resolved.simulations.get(journey.key);
    const journeyTruth = truth.journeys[journey.key];
    total += journeyTruth?.share ?? 1;
    const touchpoints = journey.touchpoints.map((tp): TPlannedTouchpoint => {
      const tpSim = sim?.touchpoints[tp.key];
      const themes = tpSim?.themes ?? ['attitude'];
      const size = tpSim?.employees ?? DEFAULT_EMPLOYEES;
      const employees = Array.from({ length: size }, (_, i) => employeeId(tp.owner, i + 1));
      const measures: TPlannedMeasure[] = [];
      for (const m of tp.measures) {
        const dist = tpSim?.measures[m.key] ?? defaultDistribution(m);
        if (!dist) continue;
        const isTime = MINUTES_PER_UNIT[m.unit] !== undefined;
        measures.push({
          key: m.key,
          dist,
          theme: dist.theme ?? (isTime ? 'waiting' : (themes[0] ?? 'attitude')),
          loadExponent: isTime ? (m.direction === 'lower_is_better' ? 1 : -1) : 0,
        });
      }
      const gap = tpSim?.gap;
      const gapMeasure = gap && 'measure' in gap ? gap.measure : undefined;
      const gapUnit = tp.measures.find((m) => m.key === gapMeasure)?.unit ?? '';
      return {
        touchpoint: tp,
        driver: journeyTruth?.touchpoints[tp.key]?.driver ?? 0,
        share: tpSim?.share ?? 1,
        themes,
        employees,
        employeeEffects: employees.map((id) => truth.employees[id] ?? 0),
        gapMeasure,
        gapMinutesPerUnit: MINUTES_PER_UNIT[gapUnit] ?? 1,
        gapMedianMinutes: gap && 'medianMinutes' in gap ? gap.medianMinutes : DEFAULT_GAP_MINUTES,
        gapSigma: gap && 'medianMinutes' in gap ? (gap.sigma ?? 0.8) : 0.8,
        measures,
        initiative: initiativeAt(truth, journey.key, tp.key),
      };
    });
    return { key: journey.key, cumulativeShare: total, touchpoints };
  });
  return { journeys, totalShare: total, truth };
}
