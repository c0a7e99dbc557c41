import { truthOf } from '../simulator/index.ts';
import { KeyMomentAccumulator } from './accumulator.ts';
import { findKeyMoments } from './analyze.ts';
import { journeyEpisodes, propertyPack, spearman } from './test-helpers.test.ts';
const pack = propertyPack();
const truth = truthOf(pack, { seed: 7 });
const quiet = structuredClone(pack);
for (const j of Object.values(quiet.simulation?.journeys ?? {}))
  for (const tp of Object.values(j.touchpoints)) tp.driver = 0;
const pooledS: number[] = [],
  pooledD: number[] = [];
for (const journey of ['repair', 'move_in']) {
  const { episodes, options } = journeyEpisodes(pack, journey, { seed: 7, customers: 8000, surveyShare: 1 });
  const t0 = Date.now();
  const acc = new KeyMomentAccumulator({ ...options, replicates: 200 }).addEpisodes(episodes);
  const t1 = Date.now();
  const r = findKeyMoments(acc, { floors: { minGroupSize: 50 } });
  const t2 = Date.now();
  const d = r.touchpoints.map((t) => truth.journeys[journey]!.touchpoints[t.key]!.driver);
  const w = r.touchpoints.map((t) => t.importance!.weight.estimate);
  const s = r.touchpoints.map((t) => t.importance!.slope.estimate);
  pooledS.push(...s);
  pooledD.push(...d);
  console.log(
    journey,
    'episodes',
    episodes.length,
    'moments',
    episodes.reduce((a, e) => a + e.moments.length, 0),
    'acc ms (200 replicates)',
    t1 - t0,
    'analyze ms',
    t2 - t1,
    'R2',
    r.model.r2.toFixed(3),
  );
  for (const t of r.touchpoints)
    console.log(
      ' ',
      t.key,
      'driver',
      truth.journeys[journey]!.touchpoints[t.key]!.driver,
      'w',
      t.importance!.weight.estimate.toFixed(4),
      `[${t.importance!.weight.lower.toFixed(4)}, ${t.importance!.weight.upper.toFixed(4)}]`,
      'slope',
      t.importance!.slope.estimate.toFixed(2),
      `[${t.importance!.slope.lower.toFixed(2)}, ${t.importance!.slope.upper.toFixed(2)}]`,
      'lift',
      t.lift!.estimate.toFixed(3),
      'rank',
      t.rank,
      t.quadrant,
      'end',
      t.end.share.toFixed(2),
      'peak',
      t.peak.share.toFixed(2),
      'trough',
      t.trough.share.toFixed(2),
    );
  console.log(
    '  spearman w',
    spearman(w, d).toFixed(2),
    'slope',
    spearman(s, d).toFixed(2),
    'ranking',
    r.ranking.join(','),
  );
  console.log(
    '  floors',
    r.floors
      .map(
        (f) =>
          `${f.measure} ${f.threshold} (planted ${f.currentFloor}) drop ${f.drop.toFixed(2)} [${f.lower.toFixed(2)}, ${f.upper.toFixed(2)}]`,
      )
      .join('; '),
  );
  console.log('  peakEnd refit (core peak rule, drivers on)', JSON.stringify(r.peakEnd?.weights));
  const q = journeyEpisodes(quiet, journey, { seed: 7, customers: 8000, surveyShare: 1 });
  const qa = new KeyMomentAccumulator({ ...q.options, replicates: 0 }).addEpisodes(q.episodes);
  console.log(
    '  peakEnd refit (core peak rule, drivers 0)',
    JSON.stringify(findKeyMoments(qa).peakEnd?.weights),
  );
  console.log(
    '  hist',
    r.episodeScores.histogram.map((h) => h.count).join(','),
    'mean',
    r.episodeScores.mean.toFixed(2),
  );
}
console.log('pooled slope spearman', spearman(pooledS, pooledD).toFixed(3));
