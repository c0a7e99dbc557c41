import { countMoments, ensureWorkspace, findJourneys, ingestMoments, putJourney } from '@mot/server';
import type { TDatabase } from '@mot/server';
import type { TMomentInput } from '@mot/core';
import { BROADBAND_REPAIR, DEMO_WORKSPACE } from './broadband-repair.ts';
import { generateDemoMoments } from './generate-moments.ts';

/** Options of `seedDemo`. */
export type TSeedDemoOptions = {
  /** Number of moments to generate (default 5,000). */
  moments?: number;
  /** Seed of the generator (default 1): the same seed gives the same moments. */
  seed?: number;
  /** End of the 90 days the moments fall in (default: now). */
  now?: Date;
  /** Called after each batch with the moments sent so far. */
  onProgress?: (done: number, total: number) => void;
};

/** What `seedDemo` did: `journeys` and `moments` count what the demo workspace now holds. */
export type TSeedDemoResult = {
  workspace: string;
  journeys: number;
  moments: number;
  created: number;
  breaches: number;
  /** True when the demo data was already there and nothing was written. */
  wasSeeded: boolean;
};

const BATCH_SIZE = 2_000;

/**
 * Creates the demo workspace (`demo`, "演示 Demo") with the broadband-repair journey and a few thousand
 * generated moments, so the product is never empty. Idempotent: when the workspace already has moments
 * nothing is written, and an existing demo journey is left as it is (it may have been edited). Every moment
 * carries a deterministic event id, so an interrupted seeding, run again, completes without duplicates.
 */
export async function seedDemo(db: TDatabase, options: TSeedDemoOptions = {}): Promise<TSeedDemoResult> {
  const total = options.moments ?? 5_000;
  const workspace = await ensureWorkspace(db, DEMO_WORKSPACE);
  const stored = await countMoments(db, workspace.id);
  const journeys = (await findJourneys(db.orm, workspace.id)).length;
  if (stored > 0) {
    return { workspace: workspace.key, journeys, moments: stored, created: 0, breaches: 0, wasSeeded: true };
  }
  const hasJourney = (await findJourneys(db.orm, workspace.id, BROADBAND_REPAIR.key)).length > 0;
  if (!hasJourney) await putJourney(db, workspace.id, BROADBAND_REPAIR);
  const result = {
    workspace: workspace.key,
    journeys: journeys + (hasJourney ? 0 : 1),
    moments: 0,
    created: 0,
    breaches: 0,
    wasSeeded: false,
  };
  const moments = generateDemoMoments({
    moments: total,
    seed: options.seed ?? 1,
    now: options.now ?? new Date(),
  });
  let batch: TMomentInput[] = [];
  const send = async () => {
    const report = await ingestMoments(db, workspace.id, batch);
    if (!report.ok) {
      const item = report.items.find((i) => i.status === 'rejected');
      const error = item?.errors?.[0];
      throw new Error(
        `demo moment ${item?.eventId ?? '?'} was refused: ${error?.path.join('.')}: ${error?.message}`,
      );
    }
    result.moments += batch.length;
    result.created += report.created;
    result.breaches += report.breaches;
    options.onProgress?.(result.moments, total);
    batch = [];
  };
  for (const moment of moments) {
    batch.push(moment);
    if (batch.length >= BATCH_SIZE) await send();
  }
  if (batch.length > 0) await send();
  return result;
}
