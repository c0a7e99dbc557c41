import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { CorrelationAccumulator, correlateRows } from './correlation.ts';
import { mtcars } from './fixtures/mtcars.ts';
import { mulberry32 } from '../random.ts';

const rows = mtcars.rows.map((r) => [...r]);
const width = mtcars.names.length;

/** Textbook two-pass moments over the rows where both cells are present. */
function twoPass(data: (number | null)[][], j: number, k: number): { n: number; cov: number; r: number } {
  const present = (v: number | null | undefined): boolean => v != null && !Number.isNaN(v);
  const both = data.filter((r) => present(r[j]) && present(r[k])) as number[][];
  const n = both.length;
  const mx = both.reduce((s, r) => s + (r[j] as number), 0) / n;
  const my = both.reduce((s, r) => s + (r[k] as number), 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const r of both) {
    sxx += ((r[j] as number) - mx) ** 2;
    syy += ((r[k] as number) - my) ** 2;
    sxy += ((r[j] as number) - mx) * ((r[k] as number) - my);
  }
  return { n, cov: sxy / (n - 1), r: sxy / Math.sqrt(sxx * syy) };
}

function close(a: number, b: number, tol = 1e-12): void {
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);
}

describe('CorrelationAccumulator', () => {
  test('matches a two-pass computation on mtcars (R: cor(mtcars$mpg, mtcars$wt) = -0.8676594)', () => {
    const res = correlateRows(rows, width);
    for (let j = 0; j < width; j++) {
      for (let k = 0; k < width; k++) {
        const ref = twoPass(rows, j, k);
        close(res.correlation[j]?.[k] ?? NaN, ref.r);
        close(res.covariance[j]?.[k] ?? NaN, ref.cov);
      }
    }
    assert.ok(Math.abs((res.correlation[0]?.[5] ?? NaN) - -0.8676594) < 5e-8);
    close(res.means[0] ?? NaN, 20.090625);
    assert.ok(Math.abs((res.sds[0] ?? NaN) - 6.026948) < 5e-7);
  });

  test('the packed fast path (four rows per sweep) equals row-by-row adds', () => {
    const packed = new CorrelationAccumulator(width, 'listwise');
    // 30 rows: seven sweeps of four plus two single rows; then two more rows through a second call.
    packed.addBlock(new Float64Array(rows.slice(0, 30).flat()));
    packed.addBlock(new Float64Array(rows.slice(30).flat()));
    const one = correlateRows(rows, width, 'listwise');
    const res = packed.result();
    for (let j = 0; j < width; j++) {
      for (let k = 0; k < width; k++) close(res.covariance[j]?.[k] ?? NaN, one.covariance[j]?.[k] ?? NaN);
      close(res.means[j] ?? NaN, one.means[j] ?? NaN);
    }
  });

  test('a summary computed elsewhere (e.g. SQL covar_samp) merges like an accumulator', () => {
    const head = correlateRows(rows.slice(0, 12), width, 'listwise');
    const fromSql = CorrelationAccumulator.fromSummary(12, head.means, head.covariance, 'listwise');
    const tail = new CorrelationAccumulator(width, 'listwise');
    rows.slice(12).forEach((r) => tail.add(r));
    const merged = fromSql.merge(tail).result();
    const whole = correlateRows(rows, width, 'listwise');
    for (let j = 0; j < width; j++) {
      for (let k = 0; k < width; k++)
        close(merged.correlation[j]?.[k] ?? NaN, whole.correlation[j]?.[k] ?? NaN);
    }
    assert.throws(
      () =>
        CorrelationAccumulator.fromSummary(
          3,
          [1, NaN],
          [
            [1, 0],
            [0, 1],
          ],
        ),
      /means\[1\]/,
    );
  });

  test('merging chunks equals one pass, in any split', () => {
    const whole = correlateRows(rows, width);
    const a = new CorrelationAccumulator(width);
    const b = new CorrelationAccumulator(width);
    const c = new CorrelationAccumulator(width);
    rows.forEach((r, i) => (i < 5 ? a : i < 20 ? b : c).add(r));
    const merged = a.merge(c).merge(b).result();
    for (let j = 0; j < width; j++) {
      for (let k = 0; k < width; k++)
        close(merged.covariance[j]?.[k] ?? NaN, whole.covariance[j]?.[k] ?? NaN);
    }
    assert.equal(merged.rowsSeen, 32);
  });

  test('pairwise keeps per-pair counts and moments; listwise drops incomplete rows', () => {
    const random = mulberry32(7);
    const holed: (number | null)[][] = rows.map((r) => r.map((v) => (random() < 0.15 ? null : v)));
    holed[3] = holed[3]?.map(() => NaN) ?? [];
    const pairwise = new CorrelationAccumulator(width, 'pairwise');
    const listwise = new CorrelationAccumulator(width, 'listwise');
    const packed = new Float64Array(holed.flatMap((r) => r.map((v) => v ?? NaN)));
    holed.slice(0, 10).forEach((r) => pairwise.add(r));
    pairwise.addBlock(packed.subarray(10 * width));
    listwise.addBlock(packed);
    const pr = pairwise.result();
    for (let j = 0; j < width; j++) {
      for (let k = 0; k < width; k++) {
        const ref = twoPass(holed, j, k);
        assert.equal(pr.n[j]?.[k], ref.n);
        close(pr.covariance[j]?.[k] ?? NaN, ref.cov);
        close(pr.correlation[j]?.[k] ?? NaN, j === k ? 1 : ref.r);
      }
    }
    const complete = holed.filter((r) => r.every((v) => v != null && !Number.isNaN(v)));
    const lr = listwise.result();
    assert.equal(lr.rowsDropped, 32 - complete.length);
    close(lr.correlation[0]?.[1] ?? NaN, twoPass(complete, 0, 1).r);
    assert.equal(lr.n[2]?.[7], complete.length);
  });

  test('a frequency weight equals repeating the row; bad widths name the row', () => {
    const weighted = new CorrelationAccumulator(width);
    const repeated = new CorrelationAccumulator(width);
    rows.forEach((r, i) => {
      weighted.add(r, (i % 3) + 1);
      for (let t = 0; t <= i % 3; t++) repeated.add(r);
    });
    close(weighted.result().covariance[1]?.[4] ?? NaN, repeated.result().covariance[1]?.[4] ?? NaN);
    assert.throws(() => weighted.add([1, 2]), /width_mismatch at rows\[32\]/);
    assert.throws(
      () => weighted.add(rows[0]?.map((v, j) => (j === 2 ? Infinity : v)) ?? []),
      /not_finite at rows\[32\]\[2\]/,
    );
    assert.throws(
      () => weighted.addBlock(new Float64Array(width).fill(-Infinity)),
      /not_finite at values\[0\]/,
    );
  });

  test('stays accurate with a large offset (1e9 + small noise)', () => {
    const acc = new CorrelationAccumulator(2, 'listwise');
    const data = [4, 7, 13, 16].map((v, i) => [1e9 + v, 1e9 + [1, 3, 2, 5][i]!]);
    data.forEach((r) => acc.add(r));
    // Variance of 4, 7, 13, 16 is 30 exactly; a naive sum-of-squares loses it entirely at this offset.
    close(acc.result().covariance[0]?.[0] ?? NaN, 30, 1e-9);
  });
});
