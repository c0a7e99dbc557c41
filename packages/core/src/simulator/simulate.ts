import { simulateCustomer } from './customer.ts';
import { parseSimulateOptions } from './options.ts';
import type { TResolvedOptions, TSimulateOptions } from './options.ts';
import { planSimulation } from './plan.ts';
import type { TPlan } from './plan.ts';
import type { TSimRecord } from './records.ts';
import { resolveSource } from './source.ts';
import type { TSimulationSource } from './source.ts';
import { truthOfResolved } from './truth.ts';

/**
 * Simulates customers of a pack (or of one journey) with planted truth, as a stream of records: for each
 * customer a `customer` record, then per episode its `moment` records and an `episode_outcome`.
 * Deterministic (same seed and options, same records) and streaming: each customer is drawn from its own
 * seeded generator, so memory stays constant however many moments are drawn. The planted truth is
 * `truthOf(source, options)`. Bad options or an invalid source throw SimulateOptionsError at the call.
 */
export function simulate(
  source: TSimulationSource,
  options: TSimulateOptions,
): Generator<TSimRecord, void, undefined> {
  // Validated here, before the first record is asked for, so a caller sees bad options at the call.
  const o = parseSimulateOptions(options);
  const resolved = resolveSource(source, o.journeys);
  return streamRecords(planSimulation(resolved, truthOfResolved(resolved, o)), o);
}

function* streamRecords(plan: TPlan, o: TResolvedOptions): Generator<TSimRecord, void, undefined> {
  if (plan.journeys.length === 0) return;
  let moments = 0;
  for (let c = o.firstCustomer; c < o.firstCustomer + o.customers; c++) {
    for (const record of simulateCustomer(plan, o, c)) {
      if (record.kind === 'moment') moments++;
      yield record;
    }
    if (o.maxMoments !== undefined && moments >= o.maxMoments) return;
  }
}
