/** The check itself, given where the repository and the data are; `index.ts` resolves them and runs it. */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { judgeFindings } from './findings.ts';
import { rawLateGapFromFiles } from './independent.ts';
import { ORDER_JOURNEY, TOUCHPOINT } from './journey.ts';
import { floorStability } from './lateness.ts';
import { RowError } from './olist.ts';
import { runProductPath, SEED } from './product.ts';
import { reportLines } from './report.ts';

/** Bootstrap resamples for the stability of the days_late floor (about a second in all). */
const RESAMPLES = 200;

/**
 * "Near 0" for the days_late floor: no further from the promise than the journey's own tolerance floor
 * (3 days), a bound set in the journey before the floor was searched. See docs/validation.md.
 */
export function floorTolerance(): number {
  const tp = ORDER_JOURNEY.touchpoints.find((t) => t.key === TOUCHPOINT.delivered);
  const floor = tp?.measures.find((m) => m.key === 'days_late')?.standard?.floor;
  if (floor === undefined) throw new Error('the journey has no days_late floor');
  return floor;
}

/**
 * Runs the check and returns the exit code: 0 when every finding holds or when `data` is absent (one line
 * says it was skipped and why), 1 when a finding fails or the data cannot be read.
 */
export async function validate(root: string, data: string): Promise<number> {
  if (!existsSync(data)) {
    console.log(`validate: skipped, no real data at ${data} (the folder beside the repository is absent)`);
    return 0;
  }
  const olist = resolve(data, 'olist_sample_4000');
  if (!existsSync(olist)) {
    console.error(`validate: ${data} exists but has no olist_sample_4000 folder`);
    return 1;
  }
  const started = Date.now();
  console.log(`validate: Olist sample at ${relative(root, olist)}`);
  try {
    const run = await runProductPath(olist);
    const raw = rawLateGapFromFiles(olist);
    const findings = judgeFindings({
      ranking: run.result.ranking,
      importance: Object.fromEntries(
        run.result.touchpoints.flatMap((t) => (t.importance ? [[t.key, t.importance.weight.estimate]] : [])),
      ),
      expectedTop: TOUCHPOINT.delivered,
      floors: run.result.floors,
      floorMeasure: 'days_late',
      floorTolerance: floorTolerance(),
      productGap: run.gap.estimate,
      rawGap: raw.gap,
    });
    const stability = floorStability(run.lateness.values, run.lateness.outcomes, RESAMPLES, SEED);
    for (const line of reportLines(run, raw, stability, findings)) console.log(line);
    const failed = findings.filter((f) => !f.ok);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (failed.length > 0) {
      console.error(`validate: FAILED ${failed.map((f) => f.id).join(', ')} (${seconds} s)`);
      return 1;
    }
    console.log(`validate: all ${findings.length} findings hold (${seconds} s)`);
    return 0;
  } catch (error) {
    // A bad row names its file and line; anything else is a bug and is rethrown with its stack.
    if (!(error instanceof RowError)) throw error;
    console.error(`validate: ${error.message}`);
    return 1;
  }
}
