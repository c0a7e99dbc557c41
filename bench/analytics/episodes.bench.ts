// Episode scoring throughput: 1,000,000 episodes of 10 moments (10,000,000 moments) held in typed arrays,
// scored by the batch scorer and by the streaming accumulator, against a baseline measured in the same run
// (a plain loop computing only each episode's mean over the same arrays).
// Run: node --import tsx bench/analytics/episodes.bench.ts [episodes] [moments-per-episode]
import { createRandom } from '@mot/core';
import { EpisodeAccumulator, scoreEpisodes } from '@mot/core';

const episodes = Number(process.argv[2] ?? 1_000_000);
const perEpisode = Number(process.argv[3] ?? 10);
const moments = episodes * perEpisode;
const rounds = 3;

const random = createRandom(20_26);
const values = new Float64Array(moments);
const breaches = new Uint8Array(moments);
for (let i = 0; i < moments; i++) {
  values[i] = 2 * random.uniform() - 1;
  breaches[i] = (values[i] as number) < -0.95 ? 1 : 0;
}
const offsets = new Uint32Array(episodes + 1);
for (let e = 0; e <= episodes; e++) offsets[e] = e * perEpisode;
const out = new Float64Array(episodes);

function baseline(): number {
  for (let e = 0; e < episodes; e++) {
    let sum = 0;
    const stop = offsets[e + 1] as number;
    for (let i = offsets[e] as number; i < stop; i++) sum += values[i] as number;
    out[e] = sum / perEpisode;
  }
  return out[episodes - 1] as number;
}

function batch(): number {
  scoreEpisodes(values, breaches, offsets, {}, out);
  return out[episodes - 1] as number;
}

const accumulator = new EpisodeAccumulator();
function streaming(): number {
  let i = 0;
  for (let e = 0; e < episodes; e++) {
    for (let k = 0; k < perEpisode; k++, i++) accumulator.add(values[i] as number, breaches[i] as number);
    out[e] = accumulator.score();
    accumulator.reset();
  }
  return out[episodes - 1] as number;
}

/** Best of `rounds` timings in seconds (the first round also warms the JIT). */
function time(run: () => number): number {
  let best = Infinity;
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    sink += run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (Number.isNaN(sink)) console.log('unreachable');
  return best;
}

const base = time(baseline);
const rows = [
  ['baseline (mean only)', base],
  ['scoreEpisodes (batch)', time(batch)],
  ['EpisodeAccumulator (streaming)', time(streaming)],
] as const;
console.log(`episodes ${episodes}, moments ${moments}, best of ${rounds}, node ${process.version}`);
for (const [name, seconds] of rows) {
  const rate = moments / seconds;
  console.log(
    `${name.padEnd(32)} ${(seconds * 1000).toFixed(1).padStart(8)} ms ${(rate / 1e6).toFixed(1).padStart(8)} M moments/s  x${(base / seconds).toFixed(2)} of baseline speed`,
  );
}
