/**
 * Real-data check: imports the Olist sample (../shared/data beside the repository) as the order journey,
 * runs the product's key-moment analysis, and asserts three findings (docs/validation.md). Skips with one
 * line, exit 0, when ../shared/data is absent; exits 1 when a finding fails or the data cannot be read.
 * Run: node --import tsx scripts/validate/index.ts
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeFindings } from './findings.ts';
import { rawLateGapFromFiles } from './independent.ts';
import { ORDER_JOURNEY, TOUCHPOINT } from './journey.ts';
import { RowError } from './olist.ts';
import { runProductPath } from './product.ts';
import { reportLines } from './report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(ROOT, '../shared/data');
const OLIST = resolve(DATA, 'olist_sample_4000');

/** "Near 0" for the days_late floor: no further from the promise than the journey's own tolerance floor. */
function floorTolerance(): number {
  const tp = ORDER_JOURNEY.touchpoints.find((t) => t.key === TOUCHPOINT.delivered);
  const floor = tp?.measures.find((m) => m.key === 'days_late')?.standard?.floor;
  if (floor === undefined) throw new Error('the journey has no days_late floor');
  return floor;
}

async function main(): Promise<number> {
  if (!existsSync(DATA)) {
    console.log(`validate: skipped, no real data at ${DATA} (the folder beside the repository is absent)`);
    return 0;
  }
  if (!existsSync(OLIST)) {
    console.error(`validate: ${DATA} exists but has no olist_sample_4000 folder`);
    return 1;
  }
  const started = Date.now();
  console.log(`validate: Olist sample at ${relative(ROOT, OLIST)}`);
  const run = await runProductPath(OLIST);
  const raw = rawLateGapFromFiles(OLIST);
  const findings = judgeFindings({
    ranking: run.result.ranking,
    expectedTop: TOUCHPOINT.delivered,
    floors: run.result.floors,
    floorMeasure: 'days_late',
    floorTolerance: floorTolerance(),
    productGap: run.gap.estimate,
    rawGap: raw.gap,
  });
  for (const line of reportLines(run, raw, findings)) console.log(line);
  const failed = findings.filter((f) => !f.ok);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failed.length > 0) {
    console.error(`validate: FAILED ${failed.map((f) => f.id).join(', ')} (${seconds} s)`);
    return 1;
  }
  console.log(`validate: all ${findings.length} findings hold (${seconds} s)`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A bad row names its file and line; anything else is a bug and keeps its stack.
  if (error instanceof RowError) console.error(`validate: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
}
