// Simulator throughput and memory: draws N moments (default 1,000,000) of a pack and prints moments/s.
// Run deliberately, not from tests: node --import tsx bench/simulator/simulate.bench.ts [moments] [pack]
import { getPack, listPackKeys } from '@mot/core';
import { simulate } from '@mot/core';

const target = Number(process.argv[2] ?? 1_000_000);
const packKey = process.argv[3] ?? 'telecom';
const pack = getPack(packKey);
if (!pack) {
  console.error(`unknown pack "${packKey}"; known: ${listPackKeys().join(', ')}`);
  process.exit(1);
}

const counts = { customer: 0, moment: 0, episode_outcome: 0 };
let peakHeap = 0;
const started = performance.now();
for (const record of simulate(pack, {
  seed: 1,
  customers: 1_000_000_000,
  maxMoments: target,
  start: '2026-01-01T00:00:00+08:00',
})) {
  counts[record.kind]++;
  if (counts.moment % 100_000 === 0 && record.kind === 'moment') {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
}
const seconds = (performance.now() - started) / 1000;
console.log(
  JSON.stringify({
    pack: packKey,
    moments: counts.moment,
    episodes: counts.episode_outcome,
    customers: counts.customer,
    seconds: Number(seconds.toFixed(2)),
    momentsPerSecond: Math.round(counts.moment / seconds),
    peakHeapMb: Number((peakHeap / 1e6).toFixed(1)),
  }),
);
