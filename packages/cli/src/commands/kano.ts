import { writeFile } from 'node:fs/promises';
import { Option } from 'commander';
import type { Command } from 'commander';
import { REPORT_LOCALES, type TReportLocale } from '../analyze/messages.ts';
import { addFormatOption } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';
import { renderKanoChart } from '../studies/kano-chart.ts';
import { describeKanoRun, printKanoReport } from '../studies/print-kano.ts';
import { runKano } from '../studies/run-kano.ts';
import { writeKanoQuestionnaire } from '../studies/write-kano-questionnaire.ts';

type TKanoFlags = { mapping?: string; format: TOutputFormat; chart?: string; lang: TReportLocale };

/**
 * Registers `mot kano <file.csv> --mapping <json>` (the analysis of a KANO survey export) and
 * `mot kano questionnaire <features.json>` (the questionnaire as SurveyJS JSON). See docs/studies.md.
 */
export function registerKanoCommand(
  program: Command,
  out: TTextSink = process.stdout,
  err: TTextSink = process.stderr,
): void {
  const kano = addFormatOption(
    program
      .command('kano')
      .description(
        "KANO study of a survey export: classes, Better / Worse, strengths and Fong's test (docs/studies.md)",
      )
      .argument('<file>', 'CSV survey export: a header line, one row per respondent (UTF-8)')
      .option(
        '--mapping <file>',
        "JSON mapping: each feature's functional and dysfunctional column, the answer labels, the table and the rule",
      )
      .option('--chart <file>', 'also write the Better / Worse chart as an SVG file')
      .addOption(
        new Option('--lang <locale>', 'language of the chart').choices(REPORT_LOCALES).default('en'),
      ),
  ).action(async (file: string, flags: TKanoFlags) => {
    if (flags.mapping === undefined) {
      throw new Error('--mapping <file> is required: the JSON naming each feature’s two columns');
    }
    const report = await runKano(file, flags.mapping);
    printKanoReport(report, flags.format, out);
    if (flags.chart !== undefined) await writeFile(flags.chart, renderKanoChart(report.features, flags.lang));
    err.write(describeKanoRun(report));
  });
  kano
    .command('questionnaire')
    .description('write a KANO questionnaire (English and Chinese) as SurveyJS JSON from a feature list')
    .argument(
      '<features>',
      'JSON: {"features": [{"key", "name", "names": {"zh-CN": ...}}, ...]} or the array',
    )
    .addOption(
      new Option('--layout <layout>', 'one matrix per feature, or two single-choice questions').choices([
        'matrix',
        'radiogroup',
      ]),
    )
    .option('--out <file>', 'where to write the survey JSON (default: standard output)')
    .action(async (features: string, flags: { layout?: 'matrix' | 'radiogroup'; out?: string }) => {
      await writeKanoQuestionnaire(features, flags, out);
    });
}
