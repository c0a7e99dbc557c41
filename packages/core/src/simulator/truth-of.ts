import { plantedEffects } from './effects.ts';
import { plantedInitiativeEffect } from './initiative.ts';
import { planSimulation } from './plan.ts';
import { resolveSource } from './source.ts';
import type { TSimulationSource } from './source.ts';
import { truthOfResolved } from './truth.ts';
import type { TTruth, TTruthOptions } from './truth.ts';

/**
 * The planted truth of a simulation of a pack or a journey: what `simulate` draws from (outcome model,
 * drivers, floors, employee effects) plus each touchpoint's planted total effect (`strength`, `lift`,
 * see `plantedEffects`), each journey's planted key moments and a planted initiative's expected effect
 * (`plantedInitiativeEffect`), for recovery tests to compare against.
 */
export function truthOf(source: TSimulationSource, options: TTruthOptions): TTruth {
  const resolved = resolveSource(source, options.journeys);
  const truth = truthOfResolved(resolved, options);
  const plan = planSimulation(resolved, truth);
  const effects = plantedEffects(plan);
  if (truth.initiative) truth.initiative.expected = plantedInitiativeEffect(plan);
  for (const [key, journey] of Object.entries(truth.journeys)) {
    for (const [tp, t] of Object.entries(journey.touchpoints)) {
      const effect = effects[key]?.[tp];
      t.strength = effect?.strength ?? NaN;
      t.lift = effect?.lift ?? NaN;
    }
    journey.keyMoments = Object.keys(journey.touchpoints).sort(
      (a, b) => (journey.touchpoints[b]?.lift ?? 0) - (journey.touchpoints[a]?.lift ?? 0),
    );
  }
  return truth;
}
