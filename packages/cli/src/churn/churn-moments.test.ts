import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPack, simulate } from '@mot/core';
import { writeSimulatedCsv } from '../analyze/simulated-csv.ts';
import { runChurn } from './run-churn.ts';

const DAY_MS = 86_400_000;
const START = '2025-01-01T00:00:00+08:00';

/**
 * The customer table of the simulation `writeSimulatedCsv` draws (same pack, seed and options): tenure from
 * the first episode to churn or to the end of the simulated year, and the customer's region.
 */
function customerTable(customers: number): string {
  const pack = getPack('property-management');
  assert.ok(pack);
  const end = Date.parse(START) + 365 * DAY_MS;
  const first = new Map<string, number>();
  const churnedAt = new Map<string, number>();
  const region = new Map<string, string>();
  for (const r of simulate(pack, {
    seed: 7,
    customers,
    start: START,
    journeys: ['repair'],
    surveyShare: 0.6,
  })) {
    if (r.kind === 'customer') region.set(r.customer.externalId, String(r.customer.attributes['region']));
    if (r.kind !== 'episode_outcome') continue;
    if (!first.has(r.customer)) first.set(r.customer, Date.parse(r.startedAt));
    if (r.churnedAt !== null) churnedAt.set(r.customer, Date.parse(r.churnedAt));
  }
  const lines = ['customer,tenure_days,churned,region'];
  for (const [customer, start] of first) {
    const gone = churnedAt.get(customer);
    const tenure = ((gone ?? end) - start) / DAY_MS;
    lines.push(
      `${customer},${Math.max(0, tenure).toFixed(2)},${gone === undefined ? 0 : 1},${region.get(customer)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

describe('mot churn with --moments: breaches per touchpoint as factors', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-churn-moments-'));
    writeSimulatedCsv(dir, { pack: 'property-management', journey: 'repair', customers: 500 });
    writeFileSync(join(dir, 'customers.csv'), customerTable(500));
    const mapping = {
      customers: { customer: 'customer', tenure: 'tenure_days', churned: 'churned', attributes: ['region'] },
      moments: { eventId: 'event_id', episode: 'case_id' },
    };
    writeFileSync(join(dir, 'churn-mapping.json'), JSON.stringify(mapping));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('curves by breach, hazard ratios per touchpoint, churn avoided with intervals, in the HTML too', async () => {
    const out = join(dir, 'report.html');
    const { report } = await runChurn({
      customers: join(dir, 'customers.csv'),
      mapping: join(dir, 'churn-mapping.json'),
      moments: join(dir, 'moments.csv'),
      pack: 'property-management',
      journey: 'repair',
      format: 'html',
      out,
      lang: 'en',
      horizonDays: 180,
      seed: 2,
      replicates: 10,
    });
    assert.equal(report.input.rowsRejected, 0);
    const moments = readFileSync(join(dir, 'moments.csv'), 'utf8').trim().split('\n').length - 1;
    assert.equal(report.moments?.rows, moments);
    assert.equal(report.moments?.customersWithMoments, report.summary.customers);
    assert.equal(report.survival?.byBreach, true);
    assert.deepEqual(
      report.survival?.comparison.curves.map((c) => c.group),
      ['unexposed', 'exposed'],
    );
    const breachKeys = report.covariates.filter((c) => c.kind === 'breaches').map((c) => c.key);
    assert.ok(breachKeys.length >= 3, breachKeys.join());
    assert.ok(
      breachKeys.every(
        (k) =>
          report.cox?.covariates.some((c) => c.key === k) || report.cox?.dropped.some((d) => d.key === k),
      ),
    );
    assert.ok(report.avoided.length > 0);
    for (const a of report.avoided) {
      assert.ok(a.avoided.lower <= a.avoided.estimate && a.avoided.estimate <= a.avoided.upper);
      assert.ok(a.expectedChurn <= a.exposed && a.horizonDays === 180);
    }
    const html = readFileSync(out, 'utf8');
    assert.ok(html.includes('id="avoided"') && html.includes('Hit a tolerance floor'));
  });
});
