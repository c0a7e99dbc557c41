import type { z } from 'zod';
import type { TJourney, TJourneyProblem } from '../domain/journey.ts';
import type { ZPackSimulation } from './simulation-schema.ts';

/** Units whose values can serve as the time between two moments, in minutes per unit. */
export const MINUTES_PER_UNIT: Readonly<Record<string, number>> = {
  seconds: 1 / 60,
  minutes: 1,
  hours: 60,
  days: 1_440,
};

type TNamed = { name: string; names?: Partial<Record<'zh-CN' | 'en', string>> | undefined };
type TPackLike = {
  departments: Record<string, unknown>;
  journeys: TJourney[];
  simulation?: z.infer<typeof ZPackSimulation> | undefined;
};

/** Cross-field checks of a pack that its field schemas cannot express, each with the path at fault. */
export function findPackProblems(pack: TPackLike): TJourneyProblem[] {
  const problems: TJourneyProblem[] = [];
  const journeyKeys = new Set<string>();
  pack.journeys.forEach((journey, j) => {
    const at = ['journeys', j];
    if (journeyKeys.has(journey.key)) {
      problems.push({ path: [...at, 'key'], message: `duplicate journey key "${journey.key}"` });
    }
    journeyKeys.add(journey.key);
    problems.push(...findNameProblems(journey, at));
    journey.stages.forEach((stage, s) => problems.push(...findNameProblems(stage, [...at, 'stages', s])));
    journey.touchpoints.forEach((tp, t) => {
      const tpAt = [...at, 'touchpoints', t];
      problems.push(...findNameProblems(tp, tpAt));
      if (!(tp.owner in pack.departments)) {
        problems.push({ path: [...tpAt, 'owner'], message: `unknown department "${tp.owner}"` });
      }
      tp.measures.forEach((m, i) => {
        const named = { name: m.name ?? '', names: m.names };
        problems.push(...findNameProblems(named, [...tpAt, 'measures', i]));
      });
    });
  });
  if (pack.simulation) problems.push(...findSimulationProblems(pack.journeys, pack.simulation));
  return problems;
}

/** A pack's names: `names` in both languages and `name` equal to the English one. */
function findNameProblems(item: TNamed, at: (string | number)[]): TJourneyProblem[] {
  const problems: TJourneyProblem[] = [];
  for (const locale of ['zh-CN', 'en'] as const) {
    if (!item.names?.[locale])
      problems.push({ path: [...at, 'names', locale], message: `missing ${locale} name` });
  }
  if (item.names?.en && item.name !== item.names.en) {
    problems.push({ path: [...at, 'name'], message: 'name must equal names.en' });
  }
  return problems;
}

/** The simulation section must only refer to journeys, touchpoints and measures that exist. */
function findSimulationProblems(
  journeys: TJourney[],
  simulation: z.infer<typeof ZPackSimulation>,
): TJourneyProblem[] {
  const problems: TJourneyProblem[] = [];
  for (const [journeyKey, sim] of Object.entries(simulation.journeys)) {
    const at = ['simulation', 'journeys', journeyKey];
    const journey = journeys.find((j) => j.key === journeyKey);
    if (!journey) {
      problems.push({ path: at, message: `unknown journey "${journeyKey}"` });
      continue;
    }
    for (const [tpKey, tpSim] of Object.entries(sim.touchpoints)) {
      const tpAt = [...at, 'touchpoints', tpKey];
      const tp = journey.touchpoints.find((t) => t.key === tpKey);
      if (!tp) {
        problems.push({ path: tpAt, message: `unknown touchpoint "${tpKey}"` });
        continue;
      }
      for (const measureKey of Object.keys(tpSim.measures)) {
        if (!tp.measures.some((m) => m.key === measureKey)) {
          problems.push({
            path: [...tpAt, 'measures', measureKey],
            message: `unknown measure "${measureKey}"`,
          });
        }
      }
      const gap = tpSim.gap;
      if (gap && 'measure' in gap) {
        const measure = tp.measures.find((m) => m.key === gap.measure);
        if (!measure || MINUTES_PER_UNIT[measure.unit] === undefined) {
          problems.push({
            path: [...tpAt, 'gap', 'measure'],
            message: `gap measure must be a measure of this touchpoint in ${Object.keys(MINUTES_PER_UNIT).join('/')}`,
          });
        }
      }
    }
  }
  return problems;
}
