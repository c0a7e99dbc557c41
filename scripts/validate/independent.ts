/**
 * The late vs on-time review gap straight from the raw files, sharing no code with the product path: the
 * whole files parsed at once by csv-parse's sync API, the join done on plain objects, "late" decided by
 * comparing the timestamp texts (the files' "YYYY-MM-DD HH:MM:SS" sorts as time does), and each order's
 * score averaged over its review rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

/** Mean review of late and on-time delivered orders, and the gap (late minus on-time). */
export type TRawGap = {
  late: { n: number; mean: number };
  onTime: { n: number; mean: number };
  gap: number;
};

type TRow = Readonly<Record<string, string | undefined>>;

/** The gap from parsed rows of the orders and reviews files (pure). */
export function rawLateGap(orders: readonly TRow[], reviews: readonly TRow[]): TRawGap {
  const scores: Record<string, number[]> = {};
  for (const r of reviews) {
    const id = r['order_id'] ?? '';
    (scores[id] ??= []).push(Number(r['review_score']));
  }
  const sums = { late: 0, lateN: 0, onTime: 0, onTimeN: 0 };
  for (const o of orders) {
    const delivered = o['order_delivered_customer_date'] ?? '';
    const promised = o['order_estimated_delivery_date'] ?? '';
    const list = scores[o['order_id'] ?? ''];
    if (delivered === '' || promised === '' || list === undefined) continue;
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    if (delivered > promised) {
      sums.late += mean;
      sums.lateN += 1;
    } else {
      sums.onTime += mean;
      sums.onTimeN += 1;
    }
  }
  const late = { n: sums.lateN, mean: sums.late / sums.lateN };
  const onTime = { n: sums.onTimeN, mean: sums.onTime / sums.onTimeN };
  return { late, onTime, gap: late.mean - onTime.mean };
}

/** Reads the two files of the Olist folder whole and computes the gap. */
export function rawLateGapFromFiles(dir: string): TRawGap {
  const read = (name: string): TRow[] =>
    parse(readFileSync(join(dir, name), 'utf8'), { columns: true, bom: true, skip_empty_lines: true });
  return rawLateGap(read('olist_orders_dataset.csv'), read('olist_order_reviews_dataset.csv'));
}
