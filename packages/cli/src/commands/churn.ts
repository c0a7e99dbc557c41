import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { REPORT_LOCALES } from '../analyze/messages.ts';
import type { TReportLocale } from '../analyze/messages.ts';
import { runChurn } from '../churn/run-churn.ts';
import { startProgress } from '../output/progress.ts';

type TChurnFlags = {
  mapping: string;
  moments?: string;
  pack?: string;
  journey?: string;
  journeyFile?: string;
  format: 'html' | 'json';
  out?: string;
  by?: string;
  lang: TReportLocale;
  horizon: number;
  seed: number;
};

function parseWhole(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`must be a whole number >= ${min}`);
    return n;
  };
}

/**
 * Registers `mot churn`: survival and churn drivers from a customer table (one row per customer), written as
 * a self-contained HTML report or JSON, offline like `mot analyze`.
 */
export function registerChurnCommand(program: Command): void {
  program
    .command('churn')
    .description('survival curves, hazard ratios and churn drivers from a customer table (see docs/churn.md)')
    .argument('<customers>', 'CSV with one row per customer: tenure, churned yes/no, attributes, counts')
    .requiredOption('--mapping <file>', 'JSON column mapping ({ "customers": {...}, "moments": {...} })')
    .option('--moments <file>', 'CSV of moments: breaches per customer and touchpoint become factors')
    .option('--pack <key>', 'journey pack the moments follow')
    .option('--journey <key>', 'journey of the pack (needed when the pack has several)')
    .option('--journey-file <file>', 'journey JSON document instead of a pack')
    .addOption(
      new Option('--format <format>', 'html report or json').choices(['html', 'json']).default('html'),
    )
    .option('--out <file>', 'where to write the report (default: standard output)')
    .option('--by <attribute>', 'attribute whose values get their own retention curve')
    .addOption(new Option('--lang <locale>', 'report language').choices(REPORT_LOCALES).default('en'))
    .option('--horizon <days>', 'horizon of the churn avoided by each touchpoint (days)', parseWhole(1), 365)
    .option('--seed <n>', 'seed of the bootstrap and the draws (same seed, same figures)', parseWhole(0), 1)
    .action(async (customers: string, flags: TChurnFlags) => {
      const progress = startProgress({ unit: 'bytes' });
      let run;
      try {
        run = await runChurn({
          ...flags,
          customers,
          horizonDays: flags.horizon,
          onProgress: (bytes, rows, total) => progress.update(bytes, rows, total),
        });
      } finally {
        progress.stop();
      }
      const { report, output } = run;
      if (flags.out === undefined) process.stdout.write(output);
      const s = report.summary;
      process.stderr.write(
        `${flags.out === undefined ? 'churn' : `wrote ${flags.out}`}: ${s.customers} customers, ${s.churned} churned, ${report.input.rowsRejected} rows rejected\n`,
      );
    });
}
