import { ensureWorkspace, findJourneys, ingestMoments, putJourney } from '@mot/server';
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

/** What `seedDemo` did. `moments` counts the generated demo moments now in the workspace. */
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
 * generated moments, so the product is never empty. Idempotent: an existing demo journey is left as it is
 * (it may have been edited), and when the generator's first moment is already stored nothing is written.
 * Every moment carries a deterministic event id, so even an interrupted seeding completes without duplicates.
 */
export async function seedDemo(db: TDatabase, options: TSeedDemoOptions = {}): Promise<TSeedDemoResult> {
  const total = options.moments ?? 5_000;
  const workspace = await ensureWorkspace(db, DEMO_WORKSPACE);
  const existing = await findJourneys(db.orm, workspace.id, BROADBAND_REPAIR.key);
  if (existing.length === 0) await putJourney(db, workspace.id, BROADBAND_REPAIR);
  const result = {
    workspace: workspace.key,
    journeys: 1,
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
    return report;
  };
  for (const moment of moments) {
    batch.push(moment);
    // The first moment alone tells whether this seed's data is already stored (ids are deterministic).
    if (result.moments === 0 && batch.length === 1 && (await send()).duplicates === 1) {
      return { ...result, moments: total, wasSeeded: true };
    }
    if (batch.length >= BATCH_SIZE) await send();
  }
  if (batch.length > 0) await send();
  return result;
}
