import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { Option } from 'commander';
import type { Command } from 'commander';
import { analyzeText, scoreSentiment, type TTextAnalysis } from '@mot/core/text';
import { openCsvSource } from '../import/read-csv.ts';
import { toCsvLine } from '../output/csv-cell.ts';
import { addFormatOption, printRecords } from '../output/printer.ts';
import type { TOutputFormat, TTextSink } from '../output/printer.ts';
import { startProgress } from '../output/progress.ts';

/** What `mot text` can add to each row. */
export const TEXT_OUTPUTS = ['sentiment', 'aspects', 'themes'] as const;
type TTextOutput = (typeof TEXT_OUTPUTS)[number];

/** Options of `runText`, as the command line gives them. */
export type TTextOptions = {
  column: string;
  out: string;
  lang: 'zh' | 'en' | 'auto';
  what: string;
  format: TOutputFormat;
};

/** Summary of a `mot text` run. */
export type TTextSummary = { input: string; output: string; rows: number; scored: number; seconds: number };

function parseWhat(what: string): TTextOutput[] {
  const parts = what
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
  const bad = parts.filter((p) => !(TEXT_OUTPUTS as readonly string[]).includes(p));
  if (bad.length > 0 || parts.length === 0) {
    throw new Error(`--what: unknown "${bad.join(',') || what}"; choose from ${TEXT_OUTPUTS.join(', ')}`);
  }
  return [...new Set(parts)] as TTextOutput[];
}

const fixed = (x: number): string => x.toFixed(4);

function columnsFor(what: readonly TTextOutput[]): string[] {
  const columns: string[] = [];
  if (what.includes('sentiment')) columns.push('sentiment', 'sentiment_confidence', 'language');
  if (what.includes('aspects')) columns.push('aspects');
  if (what.includes('themes')) columns.push('themes');
  return columns;
}

function cellsFor(text: string, what: readonly TTextOutput[], lang: TTextOptions['lang']): string[] {
  if (text.trim() === '') return columnsFor(what).map(() => '');
  const needsAnalysis = what.includes('aspects') || what.includes('themes');
  const analysis: TTextAnalysis | undefined = needsAnalysis
    ? analyzeText(text, { language: lang })
    : undefined;
  const sentiment = analysis?.sentiment ?? scoreSentiment(text, { language: lang });
  const cells: string[] = [];
  if (what.includes('sentiment'))
    cells.push(fixed(sentiment.score), fixed(sentiment.confidence), sentiment.language);
  if (analysis && what.includes('aspects')) {
    const aspects = analysis.aspects.map((a) => ({
      clause: a.text,
      theme: a.theme,
      score: Number(fixed(a.sentiment.score)),
    }));
    cells.push(JSON.stringify(aspects));
  }
  if (analysis && what.includes('themes'))
    cells.push(analysis.themes.map((t) => `${t.theme}=${fixed(t.score)}`).join(';'));
  return cells;
}

/**
 * Scores one column of a CSV file and writes the file again with the result columns added: sentiment
 * (score -1..1, confidence, language), aspects (each clause's theme and score, as JSON) and themes
 * (theme=score;...). Streams both files; shows a progress bar on a terminal.
 */
export async function runText(
  input: string,
  options: TTextOptions,
  out: TTextSink = process.stdout,
): Promise<TTextSummary> {
  const what = parseWhat(options.what);
  const started = Date.now();
  const source = await openCsvSource(input);
  const header = source.header ?? [];
  const index = header.indexOf(options.column);
  if (index < 0) {
    source.close();
    throw new Error(
      `--column: ${input} has no column "${options.column}"; its columns are: ${header.join(', ')}`,
    );
  }
  const file = createWriteStream(options.out);
  const write = async (line: string): Promise<void> => {
    if (!file.write(`${line}\n`)) await once(file, 'drain');
  };
  const progress = startProgress({ total: statSync(input).size, unit: 'bytes' });
  let rows = 0;
  let scored = 0;
  try {
    await write(toCsvLine([...header, ...columnsFor(what)]));
    for await (const row of source.rows) {
      if ('problem' in row) throw new Error(`${input} line ${row.line}: ${row.problem}`);
      const values = row.values as readonly string[];
      const text = values[index] ?? '';
      if (text.trim() !== '') scored++;
      await write(toCsvLine([...values, ...cellsFor(text, what, options.lang)]));
      rows++;
      if (rows % 256 === 0) progress.update(source.bytesRead(), rows);
    }
  } finally {
    progress.stop();
    source.close();
    file.end();
    await once(file, 'close');
  }
  const summary = { input, output: options.out, rows, scored, seconds: (Date.now() - started) / 1000 };
  printRecords(summary, options.format, out);
  return summary;
}

/** `mot text <input.csv>`: sentiment, aspects and themes of a CSV column, written to a new CSV. */
export function registerTextCommand(program: Command, out: TTextSink = process.stdout): void {
  addFormatOption(
    program
      .command('text')
      .description('score the comments in a CSV column: sentiment, aspects and themes (Chinese and English)')
      .argument('<input>', 'CSV file with a header line (UTF-8)')
      .requiredOption('--column <name>', 'the column holding the comment text')
      .requiredOption('--out <file>', 'CSV file to write: the input columns plus the results')
      .addOption(
        new Option('--lang <lang>', 'language of the comments').choices(['zh', 'en', 'auto']).default('auto'),
      )
      .option(
        '--what <list>',
        `what to add, comma-separated: ${TEXT_OUTPUTS.join(',')}`,
        TEXT_OUTPUTS.join(','),
      ),
  ).action(async (input: string, options: TTextOptions) => {
    await runText(input, options, out);
  });
}
