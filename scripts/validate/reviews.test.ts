import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReviewBook, reviewOutcome } from './reviews.ts';

const row = (reviewId: string, orderId: string, score: number) => ({
  reviewId,
  orderId,
  score,
  createdAt: 0,
});

test('reviews are grouped by order and an order with several reviews gets their mean', () => {
  const book = new ReviewBook();
  book.add(row('r1', 'a', 5));
  book.add(row('r2', 'b', 1));
  book.add(row('r3', 'b', 4));
  assert.equal(book.rows, 3);
  assert.equal(book.orders, 2);
  assert.equal(book.multiReviewOrders, 1);
  assert.deepEqual(
    book.of('b').map((r) => r.score),
    [1, 4],
  );
  assert.deepEqual(book.of('none'), []);
  assert.equal(reviewOutcome(book.of('b').map((r) => r.score)), 2.5);
  assert.equal(reviewOutcome([]), null);
  assert.deepEqual([...book.orderIds()], ['a', 'b']);
});
