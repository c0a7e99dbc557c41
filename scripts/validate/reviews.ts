/** Review rows grouped by order, and an order's outcome from them (pure). */
import type { TReviewRow } from './olist.ts';

/**
 * Reviews by order. The reviews file is read whole before the orders are streamed: it is one small row per
 * order, and an order's outcome needs all of its review rows.
 */
export class ReviewBook {
  private readonly byOrder = new Map<string, TReviewRow[]>();
  /** Review rows added. */
  rows = 0;

  /** Adds one review row. */
  add(row: TReviewRow): void {
    const list = this.byOrder.get(row.orderId);
    if (list) list.push(row);
    else this.byOrder.set(row.orderId, [row]);
    this.rows++;
  }

  /** The review rows of an order, in file order (empty when it has none). */
  of(orderId: string): readonly TReviewRow[] {
    return this.byOrder.get(orderId) ?? [];
  }

  /** Orders with at least one review row. */
  get orders(): number {
    return this.byOrder.size;
  }

  /** Orders with more than one review row. */
  get multiReviewOrders(): number {
    let n = 0;
    for (const list of this.byOrder.values()) if (list.length > 1) n++;
    return n;
  }

  /** Order ids with reviews, for a check that every reviewed order exists. */
  orderIds(): IterableIterator<string> {
    return this.byOrder.keys();
  }
}

/**
 * An order's outcome: the mean of its review scores, so an order with two reviews counts once, with the
 * average of what it was given; null when it has none.
 */
export function reviewOutcome(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  let sum = 0;
  for (const s of scores) sum += s;
  return sum / scores.length;
}
