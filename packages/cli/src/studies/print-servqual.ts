import type { ServqualGapSummary, ServqualMeanInterval } from '@mot/core';
import type { TOutputFormat, TRecord, TTextSink } from '../output/printer.ts';
import { printRecords } from '../output/printer.ts';
import type { TServqualReport } from './run-servqual.ts';

const mean = (m: ServqualMeanInterval): number | null => (m.n === 0 ? null : m.mean);

function gapColumns(s: ServqualGapSummary): TRecord {
  return {
    n: s.gap.n,
    expectation: mean(s.expectation),
    perception: mean(s.perception),
    gap: mean(s.gap),
    gap_low: s.gap.lower,
    gap_high: s.gap.upper,
  };
}

/**
 * Prints a SERVQUAL report: `json` the whole report; `table` and `csv` one row per item, then one per
 * dimension (with its weight and weighted gap when there is an allocation), then the overall unweighted
 * and weighted scores, each gap with its interval.
 */
export function printServqualReport(report: TServqualReport, format: TOutputFormat, out: TTextSink): void {
  if (format === 'json') {
    out.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const rows: TRecord[] = [
    ...report.items.map((i) => ({
      level: 'item',
      name: i.name,
      dimension: i.dimension,
      ...gapColumns(i),
      weight: null,
      weighted_gap: null,
    })),
    ...report.dimensions.map((d) => ({
      level: 'dimension',
      name: d.dimension,
      dimension: d.dimension,
      ...gapColumns(d),
      weight: d.weight,
      weighted_gap: d.weightedGap,
    })),
    ...(
      [
        ['unweighted', report.unweighted],
        ['weighted', report.weighted],
      ] as const
    ).flatMap(([name, score]) =>
      score === null
        ? []
        : [
            {
              level: 'overall',
              name,
              dimension: null,
              n: score.n,
              expectation: null,
              perception: null,
              gap: score.mean,
              gap_low: score.lower,
              gap_high: score.upper,
              weight: null,
              weighted_gap: null,
            },
          ],
    ),
  ];
  printRecords(rows, format, out);
}

/** The account of what was read, for stderr. */
export function describeServqualRun(report: TServqualReport): string {
  const level = `${Math.round(report.confidence * 100)}%`;
  const lines = [
    `${report.file}: ${report.rows} rows read; ${report.rejected} rejected; ${report.unreadableCells} answers not understood; gaps are perception − expectation with ${level} paired t intervals`,
    ...report.problems.map((p) => `  ${p.file} line ${p.line}: ${p.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
