import type { Command } from 'commander';
import { addFormatOption } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';
import { describeServqualRun, printServqualReport } from '../studies/print-servqual.ts';
import { runServqual } from '../studies/run-servqual.ts';

/** Registers `mot servqual <file.csv> --mapping <json>`: SERVQUAL gaps of a survey export. See docs/studies.md. */
export function registerServqualCommand(
  program: Command,
  out: TTextSink = process.stdout,
  err: TTextSink = process.stderr,
): void {
  addFormatOption(
    program
      .command('servqual')
      .description(
        'SERVQUAL study of a survey export: expectation, perception and gap per item and dimension, weighted by importance (docs/studies.md)',
      )
      .argument('<file>', 'CSV survey export: a header line, one row per respondent (UTF-8)')
      .requiredOption(
        '--mapping <file>',
        "JSON mapping: each item's expectation and perception column and dimension, the importance points",
      ),
  ).action(async (file: string, flags: { mapping: string; format: TOutputFormat }) => {
    const report = await runServqual(file, flags.mapping);
    printServqualReport(report, flags.format, out);
    err.write(describeServqualRun(report));
  });
}
