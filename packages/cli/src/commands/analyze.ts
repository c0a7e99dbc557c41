import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { startProgress } from '../output/progress.ts';
import { REPORT_LOCALES } from '../analyze/messages.ts';
import type { TReportLocale } from '../analyze/messages.ts';
import { OUTCOME_KINDS } from '../analyze/outcome-column.ts';
import { ANALYZE_FORMATS, runAnalyze } from '../analyze/run-analyze.ts';
import type { TAnalyzeFormat } from '../analyze/run-analyze.ts';
import type { TOutcomeKind } from '../analyze/report-model.ts';

type TAnalyzeFlags = {
  moments?: string;
  outcomes?: string;
  survey?: string;
  mapping: string;
  pack?: string;
  journey?: string;
  journeyFile?: string;
  out?: string;
  format: TAnalyzeFormat;
  lang: TReportLocale;
  outcome?: TOutcomeKind;
  seed: number;
  sentiment?: boolean;
};

function parseSeed(value: string): number {
  const seed = Number(value);
  if (!Number.isInteger(seed)) throw new InvalidArgumentError('must be a whole number');
  return seed;
}

/**
 * Registers `mot analyze`: an offline, self-contained HTML report of the key moments from CSV files (moments
 * with a journey, or a survey export), with no server and nothing written but the report; or, with
 * `--format json`, every figure of the report as JSON, to `--out` or stdout.
 */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description(
      'write a self-contained HTML key-moment report from CSV files (no server; see docs/analyze.md)',
    )
    .option('--moments <file>', 'CSV of moments (operational events with measures, optionally rated)')
    .option('--outcomes <file>', 'CSV with one outcome row per episode (overall, nps, churned)')
    .option('--survey <file>', 'CSV survey export: one row per respondent, a rating column per touchpoint')
    .requiredOption(
      '--mapping <file>',
      'JSON column mapping (moments: import mapping + outcomes; or survey mapping)',
    )
    .option('--pack <key>', 'journey pack the moments follow (e.g. property-management)')
    .option('--journey <key>', 'journey of the pack (needed when the pack has several)')
    .option('--journey-file <file>', 'journey JSON document instead of a pack')
    .option('--out <file>', 'where to write the report (.html, or .json; JSON goes to stdout without it)')
    .addOption(
      new Option('--format <format>', 'html: the report; json: its figures for scripts')
        .choices(ANALYZE_FORMATS)
        .default('html'),
    )
    .addOption(new Option('--lang <locale>', 'report language').choices(REPORT_LOCALES).default('en'))
    .addOption(
      new Option('--outcome <kind>', 'outcome to explain (default: the first mapped)').choices(OUTCOME_KINDS),
    )
    .option('--sentiment', "score unrated moments' comments for their experience (slower)")
    .option('--seed <n>', 'seed of the bootstrap, the samples and the floor search', parseSeed, 1)
    .action(async (flags: TAnalyzeFlags) => {
      const progress = startProgress({ unit: 'bytes' });
      let summary;
      try {
        summary = await runAnalyze({
          ...flags,
          onProgress: (bytes, rows, total) => progress.update(bytes, rows, total),
        });
      } finally {
        progress.stop();
      }
      const top = summary.topTouchpoint === null ? '' : `; top key moment: ${summary.topTouchpoint}`;
      const coded =
        summary.missingByCode > 0 ? `, ${summary.missingByCode} cells read as missing by code` : '';
      const target = summary.out === '-' ? 'the report to stdout' : summary.out;
      process.stderr.write(
        `wrote ${target}: ${summary.episodes} episodes, ${summary.moments} moments, ${summary.withOutcome} with an outcome, ${summary.rejected} rows rejected${coded}${top}\n`,
      );
    });
}
