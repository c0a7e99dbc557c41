import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  approvalHours,
  carrierDays,
  daysLate,
  orderMoments,
  orderRowOf,
  parseOlistTime,
  reviewRowOf,
  RowError,
} from './olist.ts';

const ORDER = {
  order_id: 'o1',
  customer_id: 'c1',
  order_status: 'delivered',
  order_purchase_timestamp: '2018-04-11 12:00:00',
  order_approved_at: '2018-04-11 14:30:00',
  order_delivered_carrier_date: '2018-04-13 14:30:00',
  order_delivered_customer_date: '2018-04-28 12:00:00',
  order_estimated_delivery_date: '2018-04-27 00:00:00',
};

const review = (id: string, score: string, date = '2018-04-29 00:00:00') =>
  reviewRowOf({ review_id: id, order_id: 'o1', review_score: score, review_creation_date: date }, 'r.csv:2');

describe('parseOlistTime', () => {
  test('reads a timestamp as UTC and an empty field as null', () => {
    assert.equal(parseOlistTime('2018-07-29 13:54:51', 'x'), Date.UTC(2018, 6, 29, 13, 54, 51));
    assert.equal(parseOlistTime('', 'x'), null);
    assert.equal(parseOlistTime(undefined, 'x'), null);
  });
  test('rejects other shapes and impossible dates, naming where', () => {
    assert.throws(() => parseOlistTime('2018-07-29', 'orders.csv:7'), /orders\.csv:7.*not a timestamp/);
    assert.throws(() => parseOlistTime('2018-02-30 00:00:00', 'x'), RowError);
  });
});

describe('rows', () => {
  test('an order row and its measures', () => {
    const row = orderRowOf(ORDER, 'orders.csv:2');
    assert.equal(approvalHours(row), 2.5);
    assert.equal(carrierDays(row), 2);
    assert.equal(daysLate(row), 1.5);
    assert.equal(daysLate({ ...row, deliveredAt: null }), null);
    assert.equal(carrierDays({ ...row, approvedAt: null }), null);
  });
  test('early delivery is negative lateness', () => {
    const row = orderRowOf({ ...ORDER, order_delivered_customer_date: '2018-04-25 00:00:00' }, 'x');
    assert.equal(daysLate(row), -2);
  });
  test('a missing column or order id is an error with file and line', () => {
    const { order_status: _, ...noStatus } = ORDER;
    assert.throws(() => orderRowOf(noStatus, 'orders.csv:9'), /orders\.csv:9: no column "order_status"/);
    assert.throws(() => orderRowOf({ ...ORDER, order_id: ' ' }, 'orders.csv:3'), /"order_id" is empty/);
  });
  test('a review score must be a whole number 1..5', () => {
    assert.equal(review('r1', '4').score, 4);
    assert.throws(() => review('r1', '6'), /r\.csv:2: review_score "6"/);
    assert.throws(() => review('r1', '4.5'), RowError);
  });
});

describe('orderMoments', () => {
  test('a delivered order with two reviews: four journey moments and two rated review moments', () => {
    const moments = orderMoments(orderRowOf(ORDER, 'x'), [review('r1', '2'), review('r2', '4')], 'u1');
    assert.deepEqual(
      moments.map((m) => [m.touchpoint, m.measures, m.rating]),
      [
        ['order_placed', {}, undefined],
        ['payment_approved', { approval_hours: 2.5 }, undefined],
        ['handed_to_carrier', { carrier_days: 2 }, undefined],
        ['delivered_vs_promise', { days_late: 1.5 }, undefined],
        ['review', {}, 2],
        ['review', {}, 4],
      ],
    );
    assert.ok(moments.every((m) => m.customer === 'u1' && m.episode === 'o1' && m.journey === 'olist_order'));
    assert.equal(moments[3]!.occurredAt, '2018-04-28T12:00:00.000Z');
    assert.equal(new Set(moments.map((m) => m.eventId)).size, 6);
  });
  test('a cancelled order keeps only the moments whose timestamps exist', () => {
    const row = orderRowOf(
      {
        ...ORDER,
        order_status: 'canceled',
        order_delivered_carrier_date: '',
        order_delivered_customer_date: '',
      },
      'x',
    );
    assert.deepEqual(
      orderMoments(row, [], 'u1').map((m) => m.touchpoint),
      ['order_placed', 'payment_approved'],
    );
  });
});
