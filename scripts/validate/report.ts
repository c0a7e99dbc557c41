/** The validation report as lines of text (pure). */
import type { TTouchpointKeyMoment } from '@mot/core';
import { fixed } from './findings.ts';
import type { TFinding } from './findings.ts';
import type { TRawGap } from './independent.ts';
import { lateBands } from './lateness.ts';
import type { TBand, TFloorStability } from './lateness.ts';
import type { TProductRun } from './product.ts';

const count = (n: number): string => n.toLocaleString('en-US');
const percent = (share: number): string => `${fixed(100 * share, 1)}%`;
const interval = (lo: number, hi: number, digits: number) => `[${fixed(lo, digits)}, ${fixed(hi, digits)}]`;
const listing = (counts: Record<string, number>): string =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${count(v)}`)
    .join(', ');

/** Pads cells into aligned columns: the first `left` columns to the left, the rest to the right. */
export function table(rows: readonly (readonly string[])[], left = 1): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

function touchpointRow(t: TTouchpointKeyMoment): string[] {
  const imp = t.importance;
  return [
    t.rank === null ? '-' : String(t.rank),
    t.key,
    imp ? `${fixed(imp.weight.estimate, 3)} ${interval(imp.weight.lower, imp.weight.upper, 3)}` : t.code,
    imp ? fixed(imp.slope.estimate, 2) : '-',
    t.performance.experience.n > 0 ? fixed(t.performance.experience.estimate, 2) : '-',
    t.performance.meetsStandard ? percent(t.performance.meetsStandard.estimate) : '-',
    t.breachRate ? percent(t.breachRate.estimate) : '-',
    t.lift ? `${fixed(t.lift.estimate, 3)} ${interval(t.lift.lower, t.lift.upper, 3)}` : '-',
    t.quadrant ?? '-',
  ];
}

const bandName = (b: TBand): string =>
  b.from === -Infinity ? `<= ${b.to}` : b.to === Infinity ? `> ${b.from}` : `${b.from} < x <= ${b.to}`;

/** Mean review by band of days late, as indented table lines. */
export function bandLines(values: readonly number[], outcomes: readonly number[]): string[] {
  const rows = lateBands(values, outcomes).map((b) => [bandName(b), count(b.n), fixed(b.mean, 2)]);
  return table([['days late', 'orders', 'mean review'], ...rows]).map((l) => `  ${l}`);
}

/** The whole report: counts, the late vs on-time gap from both paths, the ranking, floors, findings. */
export function reportLines(
  run: TProductRun,
  raw: TRawGap,
  stability: TFloorStability,
  findings: readonly TFinding[],
): string[] {
  const r = run.result;
  const withReview = run.late.n + run.onTime.n;
  const ranked = [...r.touchpoints].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const g = run.gap;
  return [
    `Orders ${count(run.orders)} (${listing(run.statuses)}); customers ${count(run.customers)}`,
    `Reviews ${count(run.reviewRows)} rows on ${count(run.reviewedOrders)} orders; ${count(run.multiReviewOrders)} orders have more than one (outcome = their mean score)`,
    `Delivered ${count(run.delivered)}; not delivered, left out of days_late: ${count(run.orders - run.delivered)} (${listing(run.undelivered)})`,
    `Review rows of orders not in the orders file ${count(run.orphanReviews)}; orders of unknown customers ${count(run.unknownCustomers)}`,
    `No approval time ${count(run.missingApproval)}, no carrier hand-over ${count(run.missingCarrier)} (those measures left out)`,
    `Delivered with a review ${count(withReview)}: late ${count(run.late.n)} (${percent(run.late.n / withReview)}), on time ${count(run.onTime.n)}`,
    '',
    'Mean review score, late vs on time (late = delivered after the promised date)',
    ...table([
      ['path', 'late', 'on time', 'gap'],
      ['product', fixed(run.late.mean, 4), fixed(run.onTime.mean, 4), fixed(g.estimate, 4)],
      ['raw files', fixed(raw.late.mean, 4), fixed(raw.onTime.mean, 4), fixed(raw.gap, 4)],
    ]).map((l) => `  ${l}`),
    `  gap 95% CI ${interval(g.lower, g.upper, 3)}, Welch t ${fixed(g.t, 1)}, df ${fixed(g.df, 0)}, p ${g.p.toExponential(1)}`,
    '',
    'Mean review by days late (delivered minus promised, in days)',
    ...bandLines(run.lateness.values, run.lateness.outcomes),
    '',
    `Key moments for the review score (${r.model.method ?? 'no model'}, R² ${fixed(r.model.r2, 3)}, ${r.model.replicates} bootstrap replicates, ${count(r.outcome.n)} orders with a review)`,
    ...table(
      [
        [
          'rank',
          'touchpoint',
          'importance [95% CI]',
          'slope',
          'experience',
          'meets',
          'breach',
          'lift [95% CI]',
          'quadrant',
        ],
        ...ranked.map(touchpointRow),
      ],
      2,
    ).map((l) => `  ${l}`),
    '',
    'Floor suggestions (value past which the review drops most; max-statistic permutation test)',
    ...r.floors.map(
      (f) =>
        `  ${f.measure}: ${fixed(f.threshold, 2)} (current floor ${f.currentFloor ?? '-'}); review ${fixed(f.within.mean, 2)} (n ${count(f.within.n)}) -> ${fixed(f.beyond.mean, 2)} (n ${count(f.beyond.n)}), drop ${fixed(f.drop, 2)} ${interval(f.lower, f.upper, 2)}, p ${fixed(f.p, 3)}`,
    ),
    `  days_late floor over ${stability.resamples} bootstrap resamples: median ${fixed(stability.median, 2)}, 95% interval ${interval(stability.lower, stability.upper, 2)}`,
    '',
    'Findings',
    ...findings.map((f) => `  ${f.ok ? 'PASS' : 'FAIL'} ${f.id}: ${f.detail}`),
  ];
}
