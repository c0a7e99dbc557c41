/**
 * Real data: the Olist e-commerce sample (../shared/data, see its README). Orders become moments of a
 * delivery journey (approval, hand-over to the carrier, delivery against the promised date) and the raw
 * reviews file is the outcomes file. Late delivery is known to sink Olist review scores, so the report must
 * rank the delivery first and find a floor on lateness near the promised date.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runAnalyze } from './run-analyze.ts';

const DATA = resolve(import.meta.dirname, '../../../../../shared/data/olist_sample_4000');
const SKIP = existsSync(DATA) ? false : `no real data at ${DATA} (../shared/data beside the repository)`;
const HOUR = 3_600_000;

const JOURNEY = {
  key: 'online_order',
  name: 'Online order',
  stages: [
    { key: 'order', name: 'Order', kind: 'pre_contact' },
    { key: 'fulfilment', name: 'Fulfilment', kind: 'delivery' },
  ],
  touchpoints: [
    {
      key: 'approval',
      name: 'Payment approved',
      stage: 'order',
      channel: 'web',
      owner: 'payments',
      measures: [
        {
          key: 'approval_hours',
          unit: 'hours',
          direction: 'lower_is_better',
          standard: { target: 12, floor: 48 },
        },
      ],
    },
    {
      key: 'handover',
      name: 'Handed to the carrier',
      stage: 'fulfilment',
      channel: 'other',
      owner: 'sellers',
      measures: [
        {
          key: 'handover_days',
          unit: 'days',
          direction: 'lower_is_better',
          standard: { target: 3, floor: 7 },
        },
      ],
    },
    {
      key: 'delivery',
      name: 'Delivered',
      stage: 'fulfilment',
      channel: 'other',
      owner: 'logistics',
      measures: [
        { key: 'days_late', unit: 'days', direction: 'lower_is_better', standard: { target: 0, floor: 3 } },
      ],
    },
  ],
};

let dir: string;
before(() => {
  if (SKIP) return;
  dir = mkdtempSync(join(tmpdir(), 'mot-analyze-olist-'));
  const orders = parse(readFileSync(join(DATA, 'olist_orders_dataset.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  const rows = ['order_id,touchpoint,occurred_at,approval_hours,handover_days,days_late'];
  const at = (text: string | undefined) => (text ? Date.parse(`${text.replace(' ', 'T')}-03:00`) : NaN);
  for (const o of orders) {
    const [bought, approved, carrier, delivered, promised] = [
      at(o.order_purchase_timestamp),
      at(o.order_approved_at),
      at(o.order_delivered_carrier_date),
      at(o.order_delivered_customer_date),
      at(o.order_estimated_delivery_date),
    ];
    const stamp = (ms: number) => new Date(ms).toISOString();
    if (Number.isFinite(approved))
      rows.push(`${o.order_id},approval,${stamp(approved)},${((approved - bought) / HOUR).toFixed(1)},,`);
    if (Number.isFinite(carrier))
      rows.push(
        `${o.order_id},handover,${stamp(carrier)},,${((carrier - approved) / HOUR / 24).toFixed(1)},`,
      );
    if (Number.isFinite(delivered))
      rows.push(
        `${o.order_id},delivery,${stamp(delivered)},,,${((delivered - promised) / HOUR / 24).toFixed(1)}`,
      );
  }
  writeFileSync(join(dir, 'moments.csv'), `${rows.join('\n')}\n`);
  writeFileSync(join(dir, 'journey.json'), JSON.stringify(JOURNEY));
  const mapping = {
    moments: {
      episode: 'order_id',
      measures: { approval_hours: 'approval_hours', handover_days: 'handover_days', days_late: 'days_late' },
    },
    outcomes: { episode: 'order_id', overall: 'review_score' },
  };
  writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
});
after(() => dir && !process.env['KEEP'] && rmSync(dir, { recursive: true, force: true }));

test(
  'Olist: the delivery is the key moment and lateness has a floor near the promised date',
  { skip: SKIP },
  async () => {
    const summary = await runAnalyze({
      moments: join(dir, 'moments.csv'),
      outcomes: join(DATA, 'olist_order_reviews_dataset.csv'),
      mapping: join(dir, 'mapping.json'),
      journeyFile: join(dir, 'journey.json'),
      out: join(dir, 'olist.html'),
      lang: 'en',
      seed: 1,
      replicates: 50,
    });
    assert.equal(summary.topTouchpoint, 'Delivered');
    assert.ok(summary.withOutcome > 3_500, `${summary.withOutcome} orders with a review`);
    const html = readFileSync(summary.out, 'utf8');
    const floor =
      /<td>Delivered<\/td><td>days_late<\/td><td class="num">3 d<\/td><td class="num"><strong>(-?[\d.]+) d<\/strong>/.exec(
        html,
      );
    assert.ok(floor, 'a floor is suggested for days_late');
    const suggested = Number(floor[1]);
    assert.ok(suggested > -5 && suggested < 5, `suggested floor ${suggested} days late`);
  },
);
