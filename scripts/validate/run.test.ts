import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { floorTolerance, validate } from './run.ts';

test('without the data folder the check is skipped with one line and exit 0', async (t) => {
  const log = t.mock.method(console, 'log', () => undefined);
  assert.equal(await validate('/repo', '/nowhere/shared/data'), 0);
  assert.equal(log.mock.callCount(), 1);
  assert.match(
    String(log.mock.calls[0]!.arguments[0]),
    /^validate: skipped, no real data at \/nowhere\/shared\/data/,
  );
});

test('a data folder without the Olist sample is an error', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mot-validate-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const error = t.mock.method(console, 'error', () => undefined);
  assert.equal(await validate('/repo', dir), 1);
  assert.match(String(error.mock.calls[0]!.arguments[0]), /has no olist_sample_4000 folder/);
});

test('"near 0" for the days_late floor is the journey\'s own floor', () => {
  assert.equal(floorTolerance(), 3);
});

test('a row that cannot be read stops the check with its file and line', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mot-validate-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const olist = join(dir, 'olist_sample_4000');
  mkdirSync(olist);
  const files: Record<string, string> = {
    olist_order_reviews_dataset:
      'review_id,order_id,review_score,review_creation_date\nr1,o1,5,2018-05-01 00:00:00\n',
    olist_customers_dataset: 'customer_id,customer_unique_id\nc1,u1\n',
    olist_orders_dataset:
      'order_id,customer_id,order_status,order_purchase_timestamp,order_approved_at,order_delivered_carrier_date,order_delivered_customer_date,order_estimated_delivery_date\n' +
      'o1,c1,delivered,2018-04-01 10:00:00,2018-04-01 11:00:00,2018-04-02 10:00:00,2018-04-31 10:00:00,2018-04-30 00:00:00\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(olist, `${name}.csv`), text);
  t.mock.method(console, 'log', () => undefined);
  const error = t.mock.method(console, 'error', () => undefined);
  assert.equal(await validate(dir, dir), 1);
  assert.match(
    String(error.mock.calls[0]!.arguments[0]),
    /olist_orders_dataset\.csv:2 order_delivered_customer_date: "2018-04-31 10:00:00" is not a timestamp/,
  );
});
