/**
 * The product path: stream the Olist files into the order journey's moments, turn each order into an
 * episode by the domain rules, feed the key-moment accumulator, and run `findKeyMoments` (importance,
 * ranking, floor suggestions). The late vs on-time review gap is read from the same episodes: the outcome
 * grouped by whether the delivery moment met its standard, compared with the product's Welch test.
 */
import { join } from 'node:path';
import { summarizeSample, welchTest } from '@mot/core';
import type { TMeanTest, TSampleSummary } from '@mot/core';
import { findKeyMoments, KeyMomentAccumulator, keyMomentOptionsOf } from '@mot/core';
import type { TKeyMomentResult } from '@mot/core';
import { analysedTouchpoints, episodeOf, keptPromise } from './episodes.ts';
import { ORDER_JOURNEY, TOUCHPOINT } from './journey.ts';
import { orderMoments, orderRowOf, reviewRowOf, RowError } from './olist.ts';
import { streamCsv } from './read.ts';
import { ReviewBook } from './reviews.ts';

/** Fixed seed of the bootstrap and the floor search, so every run prints the same figures. */
export const SEED = 1;

/** What the product path found, with the counts behind it. */
export type TProductRun = {
  orders: number;
  customers: number;
  /** Orders whose customer_id is not in the customers file (their moments use the customer_id). */
  unknownCustomers: number;
  statuses: Record<string, number>;
  reviewRows: number;
  reviewedOrders: number;
  multiReviewOrders: number;
  /** Reviewed order ids that are not in the orders file. */
  orphanReviews: number;
  /** Orders with a delivered date (and so a days_late measure) / without one, by status. */
  delivered: number;
  undelivered: Record<string, number>;
  missingApproval: number;
  missingCarrier: number;
  /** (days late, review) of every delivered order with a review, for the bands and the floor's stability. */
  lateness: { values: number[]; outcomes: number[] };
  late: TSampleSummary;
  onTime: TSampleSummary;
  /** Late minus on-time mean review (Welch 1947, via the product's `welchTest`). */
  gap: TMeanTest;
  result: TKeyMomentResult;
};

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

/** Runs the product path over the Olist folder. */
export async function runProductPath(dir: string): Promise<TProductRun> {
  const reviews = new ReviewBook();
  for await (const { record, where } of streamCsv(join(dir, 'olist_order_reviews_dataset.csv')))
    reviews.add(reviewRowOf(record, where));
  const uniqueOf = new Map<string, string>();
  for await (const { record } of streamCsv(join(dir, 'olist_customers_dataset.csv')))
    if (record['customer_id'] && record['customer_unique_id'])
      uniqueOf.set(record['customer_id'], record['customer_unique_id']);

  const options = keyMomentOptionsOf(
    { touchpoints: analysedTouchpoints(ORDER_JOURNEY) },
    { outcome: { kind: 'continuous' }, seed: SEED },
  );
  const acc = new KeyMomentAccumulator(options);
  const seenOrders = new Set<string>();
  const customers = new Set<string>();
  const statuses: Record<string, number> = {};
  const undelivered: Record<string, number> = {};
  const late: number[] = [];
  const onTime: number[] = [];
  const lateness = { values: [] as number[], outcomes: [] as number[] };
  let unknownCustomers = 0;
  let [delivered, missingApproval, missingCarrier] = [0, 0, 0];
  for await (const { record, where } of streamCsv(join(dir, 'olist_orders_dataset.csv'))) {
    const order = orderRowOf(record, where);
    // A repeated order would be a second episode with the same reviews; the file must not have one.
    if (seenOrders.has(order.orderId)) throw new RowError(`${where}: order_id ${order.orderId} is repeated`);
    seenOrders.add(order.orderId);
    bump(statuses, order.status);
    const customer = uniqueOf.get(order.customerId);
    if (customer === undefined) unknownCustomers++;
    customers.add(customer ?? order.customerId);
    if (order.approvedAt === null) missingApproval++;
    if (order.carrierAt === null) missingCarrier++;
    const episode = episodeOf(
      order.orderId,
      orderMoments(order, reviews.of(order.orderId), customer ?? order.customerId),
      ORDER_JOURNEY,
    );
    acc.addEpisode(episode);
    const kept = keptPromise(episode);
    if (kept === null) bump(undelivered, order.status);
    else delivered++;
    if (kept === null || episode.outcome == null) continue;
    (kept ? onTime : late).push(episode.outcome);
    const value = episode.moments.find((m) => m.touchpoint === TOUCHPOINT.delivered)?.measures?.['days_late'];
    if (value !== undefined) {
      lateness.values.push(value);
      lateness.outcomes.push(episode.outcome);
    }
  }
  let orphanReviews = 0;
  for (const id of reviews.orderIds()) if (!seenOrders.has(id)) orphanReviews++;
  return {
    orders: seenOrders.size,
    customers: customers.size,
    unknownCustomers,
    statuses,
    reviewRows: reviews.rows,
    reviewedOrders: reviews.orders,
    multiReviewOrders: reviews.multiReviewOrders,
    orphanReviews,
    delivered,
    undelivered,
    missingApproval,
    missingCarrier,
    lateness,
    late: summarizeSample(late),
    onTime: summarizeSample(onTime),
    gap: welchTest(late, onTime),
    result: findKeyMoments(acc, { floors: { seed: SEED } }),
  };
}
