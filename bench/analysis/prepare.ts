// Finds the cached dataset of a size or builds it, printing progress while it builds.
import { appendFileSync } from 'node:fs';
import { buildDataset, placeOf, readMarker } from './dataset.ts';
import type { TDatasetInfo, TDatasetPlace, TDbKind } from './dataset.ts';

const PROGRESS_EVERY_MS = 15_000;

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

/** Where the dataset of `moments` is, built first when missing, different, or when `rebuild` is set. */
export async function prepareDataset(
  kind: TDbKind,
  moments: number,
  rebuild: boolean,
): Promise<{ place: TDatasetPlace; info: TDatasetInfo; built: boolean }> {
  const place = placeOf(kind, moments);
  const where = place.kind === 'pg' ? `database ${place.database}` : `folder ${place.dataDir}`;
  const cached = rebuild ? null : await readMarker(place, moments);
  if (cached) {
    console.log(`${kind}: reusing the dataset in ${where}`);
    return { place, info: cached, built: false };
  }
  console.log(
    `${kind}: building ${fmt(moments)} moments in ${where} (through ingestMoments / ingestOutcomes)`,
  );
  let last = 0;
  const info = await buildDataset(place, moments, (p) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY_MS && p.moments < p.target) return;
    last = now;
    const rate = p.moments / p.seconds;
    const eta = (p.target - p.moments) / rate;
    console.log(
      `  ${kind}: ${fmt(p.moments)} / ${fmt(p.target)} moments, ${fmt(rate)}/s, ` +
        `${fmt(p.seconds)} s elapsed, about ${fmt(Math.max(0, eta))} s to go`,
    );
  });
  console.log(
    `${kind}: built ${fmt(info.moments)} moments, ${fmt(info.episodes)} episodes, ${fmt(info.outcomes)} ` +
      `outcomes, ${fmt(info.breaches)} breaches in ${info.buildSeconds.toFixed(0)} s ` +
      `(${fmt(info.moments / info.buildSeconds)} moments/s), ${(info.sizeBytes / 2 ** 30).toFixed(2)} GiB`,
  );
  const status = process.env['MOT_BENCH_STATUS_FILE'];
  if (status && place.kind === 'pg')
    appendFileSync(status, `pg dataset ready: ${place.database} ${info.moments} ${info.episodes}\n`);
  return { place, info, built: true };
}
