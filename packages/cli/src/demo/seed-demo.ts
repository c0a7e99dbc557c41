import {
  countMoments,
  ensureWorkspace,
  findJourneys,
  ingestMoments,
  ingestOutcomes,
  installPackAlertRules,
  outcomeInputOfSimulated,
  putJourney,
} from '@mot/server';
import type { TDatabase, TEpisodeOutcomeInput } from '@mot/server';
import { getPack, journeysOf, LIMITS, momentBatches, simulate } from '@mot/core';
import type { TSimEpisodeOutcome, TSimRecord } from '@mot/core';
import { seedDemoChurn } from './demo-churn.ts';
import { demoSimulatedInitiative, recordDemoInitiative } from './demo-initiative.ts';
import { seedDemoKano, seedDemoRules, seedDemoSurveys } from './demo-surveys.ts';
import { workDemoCases } from './work-demo-cases.ts';

/** The demo workspace. */
export const DEMO_WORKSPACE = { key: 'demo', name: '演示 Demo' } as const;
/** The pack and journey the demo simulates: telecom broadband repair. */
export const DEMO_PACK = 'telecom';
export const DEMO_JOURNEY = 'broadband_repair';

/** Options of `seedDemo`. */
export type TSeedDemoOptions = {
  /** Moments to simulate, at least (whole customers are simulated; default 5,000). */
  moments?: number;
  /** Seed of the simulator (default 1): the same seed and `now` give the same data. */
  seed?: number;
  /** End of the 90 days the episodes start in (default: now); nothing after it is observed. */
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
  /** Episode outcomes (survey answers, churn) stored. */
  outcomes: number;
  /** Customer status events (contracts started, churn with its reason) stored. */
  statusEvents: number;
  /** True when the demo data was already there and nothing was written. */
  wasSeeded: boolean;
  /** The service-recovery cases the breaches opened. */
  cases: number;
  /** How many of them the demo worked (acknowledged at least; see `planDemoCaseWork`). */
  casesWorked: number;
  /** Answers to the demo's post-repair survey (see `seedDemoSurveys`). */
  surveyAnswers: number;
  /** Answers to the demo's KANO study (see `seedDemoKano`). */
  studyAnswers: number;
};

const BATCH_SIZE = 2_000;
const DAY_MS = 86_400_000;

/**
 * Creates the demo workspace (`demo`, "演示 Demo") with the telecom pack's broadband-repair journey and
 * simulated customers (core's `simulate`, planted key moments included): their moments through
 * `ingestMoments` in `momentBatches`, and their episode outcomes through `ingestOutcomes`, so the
 * key-moment analysis has something real to find. Idempotent: when the workspace already has moments
 * nothing is written, and an existing demo journey is left as it is (it may have been edited). Event ids
 * are deterministic, so an interrupted seeding, run again, completes without duplicates.
 */
export async function seedDemo(db: TDatabase, options: TSeedDemoOptions = {}): Promise<TSeedDemoResult> {
  const total = options.moments ?? 5_000;
  const workspace = await ensureWorkspace(db, DEMO_WORKSPACE);
  const stored = await countMoments(db, workspace.id);
  const journeys = (await findJourneys(db.orm, workspace.id)).length;
  if (stored > 0) {
    const result = {
      moments: stored,
      created: 0,
      breaches: 0,
      outcomes: 0,
      statusEvents: 0,
      cases: 0,
      casesWorked: 0,
      surveyAnswers: 0,
      studyAnswers: 0,
      wasSeeded: true,
    };
    return { workspace: workspace.key, journeys, ...result };
  }
  const pack = getPack(DEMO_PACK);
  const journey = pack && journeysOf(pack).find((j) => j.key === DEMO_JOURNEY);
  if (!pack || !journey) throw new Error(`the ${DEMO_PACK} pack has no ${DEMO_JOURNEY} journey`);
  const hasJourney = (await findJourneys(db.orm, workspace.id, DEMO_JOURNEY)).length > 0;
  if (!hasJourney) await putJourney(db, workspace.id, journey);
  // The pack's default alert rules, so the demo's breaches open service-recovery cases as they arrive.
  await installPackAlertRules(db, workspace.id, DEMO_PACK);
  const result: TSeedDemoResult = {
    workspace: workspace.key,
    journeys: journeys + (hasJourney ? 0 : 1),
    moments: 0,
    created: 0,
    breaches: 0,
    outcomes: 0,
    statusEvents: 0,
    cases: 0,
    casesWorked: 0,
    surveyAnswers: 0,
    studyAnswers: 0,
    wasSeeded: false,
  };
  const now = (options.now ?? new Date()).getTime();
  const records = simulate(pack, {
    seed: options.seed ?? 1,
    customers: total,
    maxMoments: total,
    start: now - 90 * DAY_MS,
    end: now,
    observedUntil: now,
    journeys: [DEMO_JOURNEY],
    // One improvement planted in the data, recorded below as the demo's initiative.
    initiative: demoSimulatedInitiative(new Date(now)),
  });
  // Outcomes are collected as the records stream past the batcher and sent after each moment batch.
  const outcomes: TEpisodeOutcomeInput[] = [];
  const simulatedOutcomes: TSimEpisodeOutcome[] = [];
  const tap = function* (source: Iterable<TSimRecord>): Generator<TSimRecord> {
    for (const r of source) {
      if (r.kind === 'episode_outcome') {
        outcomes.push(outcomeInputOfSimulated(r));
        simulatedOutcomes.push(r);
      }
      yield r;
    }
  };
  const sendOutcomes = async () => {
    while (outcomes.length > 0) {
      const batch = outcomes.splice(0, LIMITS.maxBatchSize);
      const report = await ingestOutcomes(db, workspace.id, batch);
      if (!report.ok) throw new Error(`demo outcomes were refused: ${JSON.stringify(report.items[0])}`);
      result.outcomes += report.created + report.updated;
    }
  };
  for (const batch of momentBatches(tap(records), BATCH_SIZE)) {
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
    await sendOutcomes();
    await recordDemoInitiative(db, workspace.id, new Date(now));
    options.onProgress?.(result.moments, total);
  }
  await sendOutcomes();
  // Churn as status events, with reasons, from the simulated churn (the churn page reads them).
  result.statusEvents = await seedDemoChurn(db, workspace.id);
  // The post-repair survey answered over the last weeks (before the cases are worked: detractors open some).
  result.surveyAnswers = (await seedDemoSurveys(db, workspace.id, simulatedOutcomes, new Date(now))).answers;
  const customers = [...new Set(simulatedOutcomes.map((o) => o.customer))].reverse();
  result.studyAnswers = await seedDemoKano(db, workspace.id, customers, new Date(now));
  await seedDemoRules(db, workspace.id);
  // The loop at work: part of the cases the breaches opened acknowledged, resolved and called back.
  const worked = await workDemoCases(db, workspace.id);
  result.cases = worked.cases;
  // Every step but the overdue one acts on its cases.
  result.casesWorked =
    worked.closed + worked.reopened + worked.unconfirmed + worked.awaitingCallback + worked.working;
  return result;
}
