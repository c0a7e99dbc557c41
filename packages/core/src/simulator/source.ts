import { ZJourney } from '../domain/journey.ts';
import { RECOVERY_CALLBACK_TOUCHPOINT } from '../loop/callback.ts';
import type { TJourney } from '../domain/journey.ts';
import { ZPack } from '../packs/schema.ts';
import type { TPack } from '../packs/schema.ts';
import { SimulateOptionsError } from './options.ts';
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

/**
 * Validates a pack or a journey and keeps only the journeys asked for (all when `only` is empty).
 * A source that does not validate, or an unknown journey key, throws SimulateOptionsError with the path.
 */
export function resolveSource(input: TSimulationSource, only?: readonly string[]): TResolvedSource {
  const source = checkSource(input);
  const all = isPack(source) ? source.journeys : [source];
  only?.forEach((key, i) => {
    if (!all.some((j) => j.key === key)) {
      throw new SimulateOptionsError([{ path: `journeys.${i}`, message: `unknown journey "${key}"` }]);
    }
  });
  const sims = isPack(source) ? source.simulation?.journeys : undefined;
  const journeys = (only && only.length > 0 ? all.filter((j) => only.includes(j.key)) : all).map((j) =>
    withoutUnmodelledCallback(j, sims?.[j.key]),
  );
  const simulations = new Map<string, TJourneySimulation>();
  for (const journey of journeys) {
    const sim = sims?.[journey.key];
    // Parsing fills the schema's defaults, so a hand-built pack object behaves like a loaded file.
    if (sim) simulations.set(journey.key, ZJourneySimulation.parse(sim));
  }
  const departments = [...new Set(journeys.flatMap((j) => j.touchpoints.map((tp) => tp.owner)))].sort();
  const outcome = isPack(source) ? source.simulation?.outcome : undefined;
  return { journeys, simulations, outcome, departments };
}

/**
 * A journey without its recovery-callback touchpoint unless the simulation section models it: callbacks
 * follow service-recovery cases, which the simulator does not draw, so an unmodelled callback touchpoint
 * would be a step every simulated customer passes for no reason (and would shift every draw after it).
 */
function withoutUnmodelledCallback(journey: TJourney, sim: { touchpoints?: object } | undefined): TJourney {
  const modelled = sim?.touchpoints !== undefined && RECOVERY_CALLBACK_TOUCHPOINT in sim.touchpoints;
  if (modelled || !journey.touchpoints.some((tp) => tp.key === RECOVERY_CALLBACK_TOUCHPOINT)) return journey;
  return {
    ...journey,
    touchpoints: journey.touchpoints.filter((tp) => tp.key !== RECOVERY_CALLBACK_TOUCHPOINT),
  };
}

/** The source parsed by its schema (defaults filled), so hand-built objects behave like loaded files. */
function checkSource(source: TSimulationSource): TSimulationSource {
  const result = isPack(source) ? ZPack.safeParse(source) : ZJourney.safeParse(source);
  if (result.success) return result.data;
  throw new SimulateOptionsError(
    result.error.issues.map((issue) => ({
      path: ['source', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
  );
}
