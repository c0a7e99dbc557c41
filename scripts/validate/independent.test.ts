import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rawLateGap } from './independent.ts';

const order = (id: string, delivered: string, promised = '2018-04-27 00:00:00') => ({
  order_id: id,
  order_delivered_customer_date: delivered,
  order_estimated_delivery_date: promised,
});

test('the raw gap: late by timestamp text, orders averaged over their reviews, the rest left out', () => {
  const orders = [
    order('late', '2018-04-27 00:00:01'),
    order('ontime', '2018-04-27 00:00:00'),
    order('early', '2018-04-20 10:00:00'),
    order('undelivered', ''),
    order('unreviewed', '2018-05-02 00:00:00'),
  ];
  const reviews = [
    { order_id: 'late', review_score: '1' },
    { order_id: 'late', review_score: '2' },
    { order_id: 'ontime', review_score: '4' },
    { order_id: 'early', review_score: '5' },
    { order_id: 'undelivered', review_score: '1' },
  ];
  const gap = rawLateGap(orders, reviews);
  assert.deepEqual(gap.late, { n: 1, mean: 1.5 });
  assert.deepEqual(gap.onTime, { n: 2, mean: 4.5 });
  assert.equal(gap.gap, -3);
});
