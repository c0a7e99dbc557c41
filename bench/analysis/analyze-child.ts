// One timed key-moment analysis in its own process, so its CPU time and peak RSS are the analysis's alone
// (PGlite runs inside this process; PostgreSQL's own CPU is in its server processes and not counted).
// Started by run.ts with the dataset place and the outcome as JSON in argv[2]; answers with one message.
import { analyzeStoredKeyMoments, findWorkspace } from '@mot/server';
import type { TOutcomeKind } from '@mot/server';
import { DATASET, openPlace } from './dataset.ts';
import type { TDatasetPlace } from './dataset.ts';

/** What a run reports: timings, and per touchpoint the figures DuckDB is checked against. */
export type TChildResult = {
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
  episodes: number;
  touchpoints: TProductTouchpoint[];
};

export type TProductTouchpoint = {
  key: string;
  moments: number;
  episodes: number;
  experienceN: number;
  experience: number;
  ratingN: number;
  rating: number | null;
  breachMoments: number;
  correlation: number | null;
};

const { place, outcome } = JSON.parse(process.argv[2] ?? '{}') as {
  place: TDatasetPlace;
  outcome: TOutcomeKind;
};
const db = await openPlace(place);
try {
  const workspace = await findWorkspace(db, DATASET.workspace);
  if (!workspace) throw new Error(`no workspace "${DATASET.workspace}" in the dataset`);
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const result = await analyzeStoredKeyMoments(db, workspace.id, { journey: DATASET.journey, outcome });
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  const answer: TChildResult = {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    // resourceUsage().maxRSS is in kilobytes.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    episodes: result.episodes.total,
    touchpoints: result.touchpoints.map((t) => ({
      key: t.key,
      moments: t.volume.moments,
      episodes: t.volume.episodes,
      experienceN: t.performance.experience.n,
      experience: t.performance.experience.estimate,
      ratingN: t.performance.rating?.n ?? 0,
      rating: t.performance.rating?.estimate ?? null,
      breachMoments: t.breachRate === null ? 0 : Math.round(t.breachRate.estimate * t.breachRate.n),
      correlation: t.importance?.correlation ?? null,
    })),
  };
  process.send?.({ type: 'result', result: answer });
} catch (error) {
  process.send?.({
    type: 'error',
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
} finally {
  await db.close();
}
