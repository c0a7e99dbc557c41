import type { TOutputFormat, TRecord, TTextSink } from '../output/printer.ts';
import { printRecords } from '../output/printer.ts';
import type { TKanoReport } from './run-kano.ts';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const fixed3 = (x: number | null) => (x === null ? null : x.toFixed(3));

/**
 * Prints a KANO report: `json` the whole report; `csv` one row per feature with full-precision numbers
 * (shares and strengths as fractions); `table` the same rows rounded for reading (Better / Worse to 3
 * decimals, strengths in %, Fong's test as "difference ≥ critical").
 */
export function printKanoReport(report: TKanoReport, format: TOutputFormat, out: TTextSink): void {
  if (format === 'json') {
    out.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const rows = report.features.map((f): TRecord => {
    const common: TRecord = {
      feature: f.name,
      n: f.n,
      missing: f.missing,
      M: f.counts.M,
      O: f.counts.O,
      A: f.counts.A,
      I: f.counts.I,
      R: f.counts.R,
      Q: f.counts.Q,
      class: f.category,
      most_frequent: f.mostFrequent,
    };
    if (format === 'csv') {
      return {
        key: f.key,
        ...common,
        better: f.better,
        worse: f.worse,
        total_strength: f.totalStrength,
        category_strength: f.categoryStrength,
        fong_difference: f.fong.statistic,
        fong_critical: f.fong.critical,
        fong_significant: f.fong.significant,
      };
    }
    return {
      ...common,
      better: fixed3(f.better),
      worse: fixed3(f.worse),
      total: percent(f.totalStrength),
      strength: percent(f.categoryStrength),
      fong: `${f.fong.statistic} ${f.fong.significant ? '≥' : '<'} ${f.fong.critical.toFixed(1)}`,
    };
  });
  printRecords(rows, format, out);
}

/** The one-line account of what was read, for stderr. */
export function describeKanoRun(report: TKanoReport): string {
  const lines = [
    `${report.file}: ${report.rows} rows read; ${report.rejected} rejected; ${report.unreadableCells} answers not understood; ${report.excluded} respondents left out for questionable answers (table ${report.table}, rule ${report.rule})`,
    ...report.problems.map((p) => `  ${p.file} line ${p.line}: ${p.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
