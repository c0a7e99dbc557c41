// Per-pack summary of a simulation, for pack authors checking that their planted defaults look plausible:
// overall satisfaction, churn, and per touchpoint the share of moments meeting the standard and breaching.
// node --import tsx bench/simulator/pack-stats.ts [customers] [pack...]
import { getPack, listPackKeys } from '@mot/core';
import { simulate } from '@mot/core';

const customers = Number(process.argv[2] ?? 5_000);
const keys = process.argv.length > 3 ? process.argv.slice(3) : listPackKeys();

for (const key of keys) {
  const pack = getPack(key);
  if (!pack) throw new Error(`unknown pack "${key}"`);
  const tps = new Map<string, { n: number; meets: number; breach: number }>();
  const overall: number[] = [];
  let episodes = 0;
  let churned = 0;
  for (const r of simulate(pack, { seed: 1, customers, start: '2026-01-01T00:00:00Z', surveyShare: 1 })) {
    if (r.kind === 'moment') {
      const s = tps.get(r.moment.touchpoint) ?? { n: 0, meets: 0, breach: 0 };
      s.n++;
      if (r.experience >= 0.5) s.meets++;
      if (r.breaches > 0) s.breach++;
      tps.set(r.moment.touchpoint, s);
    } else if (r.kind === 'episode_outcome') {
      episodes++;
      if (r.churned) churned++;
      if (r.overall !== null) overall.push(r.overall);
    }
  }
  const mean = overall.reduce((a, b) => a + b, 0) / overall.length;
  const top = overall.filter((o) => o >= 9).length / overall.length;
  const low = overall.filter((o) => o <= 6).length / overall.length;
  console.log(
    `${key}: episodes ${episodes}, mean overall ${mean.toFixed(2)}, 9-10 ${(top * 100).toFixed(0)}%, ` +
      `1-6 ${(low * 100).toFixed(0)}%, churned ${((churned / episodes) * 100).toFixed(1)}%`,
  );
  for (const [tp, s] of tps) {
    console.log(
      `  ${tp.padEnd(24)} n ${String(s.n).padStart(6)}  meets ${((s.meets / s.n) * 100).toFixed(0).padStart(3)}%` +
        `  breach ${((s.breach / s.n) * 100).toFixed(1).padStart(5)}%`,
    );
  }
}
