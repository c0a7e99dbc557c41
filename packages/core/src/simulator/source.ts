import type { TJourney } from '../domain/journey.ts';
import type { TPack } from '../packs/schema.ts';
import { ZJourneySimulation } from '../packs/simulation-schema.ts';
import type { TJourneySimulation, TPackSimulation } from '../packs/simulation-schema.ts';

/** What can be simulated: a whole pack, or a single journey document (simulation defaults derived). */
export type TSimulationSource = TPack | TJourney;

/** A source seen as journeys plus whatever simulation settings it carries. */
export type TResolvedSource = {
  journeys: TJourney[];
  /** Simulation settings per journey key; absent for journeys that have none. */
  simulations: Map<string, TJourneySimulation>;
  outcome: TPackSimulation['outcome'];
  /** Owner department keys in a stable order. */
  departments: string[];
};

/** Whether a source is a pack (it has an industry and journeys) rather than a journey. */
export function isPack(source: TSimulationSource): source is TPack {
  return 'industry' in source && 'journeys' in source;
}

/** Normalises a pack or a journey, keeping only the journeys asked for (all when `only` is empty). */
export function resolveSource(source: TSimulationSource, only?: readonly string[]): TResolvedSource {
  const all = isPack(source) ? source.journeys : [source];
  const journeys = only && only.length > 0 ? all.filter((j) => only.includes(j.key)) : all;
  const simulations = new Map<string, TJourneySimulation>();
  const sims = isPack(source) ? source.simulation?.journeys : undefined;
  for (const journey of journeys) {
    const sim = sims?.[journey.key];
    // Parsing fills the schema's defaults, so a hand-built pack object behaves like a loaded file.
    if (sim) simulations.set(journey.key, ZJourneySimulation.parse(sim));
  }
  const departments = [...new Set(journeys.flatMap((j) => j.touchpoints.map((tp) => tp.owner)))].sort();
  const outcome = isPack(source) ? source.simulation?.outcome : undefined;
  return { journeys, simulations, outcome, departments };
}
