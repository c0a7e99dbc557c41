import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analysedTouchpoints, episodeOf, keptPromise } from './episodes.ts';
import { ORDER_JOURNEY } from './journey.ts';
import { orderMoments, orderRowOf } from './olist.ts';

const ORDER = {
  order_id: 'o1',
  customer_id: 'c1',
  order_status: 'delivered',
  order_purchase_timestamp: '2018-04-11 12:00:00',
  order_approved_at: '2018-04-11 12:30:00',
  // The carrier date before the approval happens in the data; the moments are put in time order.
  order_delivered_carrier_date: '2018-04-11 12:10:00',
  order_delivered_customer_date: '2018-04-28 12:00:00',
  order_estimated_delivery_date: '2018-04-27 00:00:00',
};
const reviews = [
  { reviewId: 'r1', orderId: 'o1', score: 1, createdAt: Date.UTC(2018, 3, 29) },
  { reviewId: 'r2', orderId: 'o1', score: 2, createdAt: Date.UTC(2018, 3, 30) },
];

test('the review is the outcome, not an analysed touchpoint', () => {
  assert.deepEqual(
    analysedTouchpoints(ORDER_JOURNEY).map((t) => t.key),
    ['order_placed', 'payment_approved', 'handed_to_carrier', 'delivered_vs_promise'],
  );
});

test('an order becomes one episode by the domain rules', () => {
  const episode = episodeOf('o1', orderMoments(orderRowOf(ORDER, 'x'), reviews, 'u1'), ORDER_JOURNEY);
  assert.equal(episode.outcome, 1.5);
  assert.deepEqual(
    episode.moments.map((m) => m.touchpoint),
    ['order_placed', 'handed_to_carrier', 'payment_approved', 'delivered_vs_promise'],
  );
  const [placed, carrier, approved, delivered] = episode.moments;
  assert.equal(placed!.experience, null);
  assert.equal(carrier!.experience, 0.5, 'a negative carrier time meets its target');
  assert.equal(approved!.experience, 0.5, 'half an hour meets the 1 h target');
  // 1.5 days late, halfway from target 0 to floor 3: +0.5 -> -0.5 linearly gives 0.
  assert.equal(delivered!.experience, 0);
  assert.equal(delivered!.meetsStandard, false);
  assert.equal(delivered!.breaches, 0);
  assert.equal(keptPromise(episode), false);
});

test('beyond the floor is a breach; on the promised day keeps the promise; undelivered is unknown', () => {
  const at = (date: string) =>
    episodeOf(
      'o1',
      orderMoments(orderRowOf({ ...ORDER, order_delivered_customer_date: date }, 'x'), [], 'u'),
      ORDER_JOURNEY,
    );
  const late = at('2018-05-01 00:00:01');
  assert.equal(late.moments[3]!.breaches, 1);
  assert.equal(late.moments[3]!.experience, -1);
  assert.equal(late.outcome, null);
  assert.equal(keptPromise(at('2018-04-27 00:00:00')), true);
  assert.equal(keptPromise(at('')), null);
});
