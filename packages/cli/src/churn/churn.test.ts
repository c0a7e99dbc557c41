import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rossiNames, rossiRows } from '../../../core/src/analytics/fixtures/rossi.ts';
import { CUSTOMER_MAPPING, PLANTED_CUSTOMERS, customerTableCsv } from './customer-fixture.ts';
import { runChurn } from './run-churn.ts';
import type { TChurnOptions } from './run-churn.ts';

describe('mot churn on a customer table with planted churn', () => {
  let dir: string;
  const base = (): TChurnOptions => ({
    customers: join(dir, 'customers.csv'),
    mapping: join(dir, 'mapping.json'),
    format: 'json',
    lang: 'en',
    horizonDays: 365,
    seed: 1,
    replicates: 20,
    now: new Date('2026-12-01T00:00:00Z'),
  });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-churn-'));
    writeFileSync(join(dir, 'customers.csv'), customerTableCsv(1200, 3));
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify(CUSTOMER_MAPPING));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('JSON: retention by contract, the planted hazard ratios inside their intervals, drivers, reasons', async () => {
    const progress: [number, number][] = [];
    const { report, output } = await runChurn({
      ...base(),
      onProgress: (bytes, _rows, total) => progress.push([bytes, total]),
    });
    assert.deepEqual(JSON.parse(output), JSON.parse(JSON.stringify(report)));
    const [bytes, total] = progress[progress.length - 1] ?? [0, -1];
    assert.ok(total > 0 && bytes === total, 'the reading reports its end');
    const lines = readFileSync(join(dir, 'customers.csv'), 'utf8').trim().split('\n').slice(1);
    assert.equal(report.summary.customers, 1200);
    assert.equal(report.summary.churned, lines.filter((l) => l.split(',')[2] === 'Yes').length);
    assert.equal(report.survival?.by, 'Contract');
    assert.deepEqual(
      report.survival?.comparison.curves.map((c) => c.group),
      ['Month-to-month', 'One year', 'Two year'],
    );
    assert.ok((report.survival?.comparison.logRank?.p ?? 1) < 1e-6);
    assert.deepEqual(report.retentionTimes, [24, 48, 72]);
    const hr = (key: string) => report.cox?.covariates.find((c) => c.key === key);
    const calls = hr('SupportCalls');
    assert.ok(
      calls &&
        calls.lower < PLANTED_CUSTOMERS.perSupportCall &&
        PLANTED_CUSTOMERS.perSupportCall < calls.upper,
    );
    const twoYear = hr('Contract=Two year');
    const planted =
      PLANTED_CUSTOMERS.monthlyHazard['Two year'] / PLANTED_CUSTOMERS.monthlyHazard['Month-to-month'];
    assert.ok(twoYear && twoYear.lower < planted && planted < twoYear.upper, JSON.stringify(twoYear));
    assert.equal(report.covariates.find((c) => c.key === 'Contract=One year')?.kind, 'level');
    assert.equal(report.drivers?.drivers[0]?.key, 'Contract=Two year');
    const auc = report.validation?.auc;
    assert.ok(
      auc && auc.lower > 0.6 && auc.lower < auc.estimate && auc.estimate < auc.upper,
      JSON.stringify(auc),
    );
    assert.ok(Math.abs((report.validation?.n ?? 0) / 1200 - 0.3) < 0.05);
    const reasons = report.reasons.reduce((s, r) => s + r.n, 0);
    assert.ok(reasons > 0.7 * report.summary.churned && reasons <= report.summary.churned);
    assert.equal(report.avoided.length, 0);
    assert.equal(report.moments, null);
  });

  test('HTML: self-contained, in Chinese when asked, user strings escaped, curves by --by', async () => {
    const csv = readFileSync(join(dir, 'customers.csv'), 'utf8').replace(',Moved away', ',<b>Moved</b> away');
    writeFileSync(join(dir, 'tricky.csv'), csv);
    const out = join(dir, 'report.html');
    await runChurn({
      ...base(),
      customers: join(dir, 'tricky.csv'),
      format: 'html',
      out,
      lang: 'zh-CN',
      by: 'internetservice',
    });
    const html = readFileSync(out, 'utf8');
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<html lang="zh-CN">/);
    assert.ok(html.includes('客户流失分析报告') && html.includes('按InternetService的客户留存曲线'));
    assert.ok(html.includes('&lt;b&gt;Moved&lt;/b&gt; away') && !html.includes('<b>Moved'));
    assert.ok(!/<script|<link|src=|https?:\/\//i.test(html), 'no script, no external reference');
    for (const id of ['headlines', 'survival', 'hazards', 'drivers', 'reasons', 'data-quality', 'method']) {
      assert.ok(html.includes(`id="${id}"`), id);
    }
  });

  test('bad rows are rejected with their line, column and reason; the rest is analysed', async () => {
    const csv = [
      'customerID,tenure,Churn,Contract,InternetService,MonthlyCharges,SupportCalls,ChurnReason',
      'A1,12,Yes,One year,DSL,50,1,Price',
      'A2,,No,One year,DSL,50,1,',
      'A3,ten,No,One year,DSL,50,1,',
      'A4,5,maybe,One year,DSL,50,1,',
      'A5,5,No,One year,DSL,lots,1,',
      'A1,7,No,One year,DSL,50,1,',
      ...customerTableCsv(300, 9).trim().split('\n').slice(1),
    ].join('\n');
    writeFileSync(join(dir, 'bad.csv'), `${csv}\n`);
    const { report } = await runChurn({ ...base(), customers: join(dir, 'bad.csv') });
    assert.equal(report.input.rowsRejected, 5);
    assert.equal(report.summary.customers, 301);
    assert.deepEqual(
      report.input.problems.map((p) => [p.line, p.reason]),
      [
        [3, 'customers.tenure (column "tenure"): missing'],
        [4, 'customers.tenure (column "tenure"): "ten" is not a number'],
        [5, 'customers.churned (column "Churn"): "maybe" is not yes/no (1/0, true/false, yes/no, 是/否)'],
        [6, 'customers.counts.1 (column "MonthlyCharges"): "lots" is not a number'],
        [7, 'customers.customer (column "customerID"): customer "A1" appears twice (one row per customer)'],
      ],
    );
  });

  test('mapping and flag errors name the field, the column and what there is', async () => {
    writeFileSync(
      join(dir, 'm1.json'),
      JSON.stringify({ customers: { ...CUSTOMER_MAPPING.customers, tenure: 'months' } }),
    );
    await assert.rejects(
      runChurn({ ...base(), mapping: join(dir, 'm1.json') }),
      /mapping field "customers.tenure": column "months" is not in .*customers.csv \(available columns: customerID, tenure, Churn/,
    );
    writeFileSync(join(dir, 'm2.json'), JSON.stringify({ customers: { tenure: 'tenure' } }));
    await assert.rejects(
      runChurn({ ...base(), mapping: join(dir, 'm2.json') }),
      /--mapping .*m2.json: customers.churned: /,
    );
    writeFileSync(join(dir, 'm3.json'), '{ "customers": ');
    await assert.rejects(
      runChurn({ ...base(), mapping: join(dir, 'm3.json') }),
      /--mapping .*m3.json: not valid JSON/,
    );
    await assert.rejects(
      runChurn({ ...base(), by: 'Region' }),
      /--by Region: not one of the mapped attributes \(Contract, InternetService\)/,
    );
    await assert.rejects(
      runChurn({ ...base(), moments: join(dir, 'customers.csv') }),
      /--moments needs a "moments" part in the mapping/,
    );
  });

  test('too few churners: the report says why there are no models instead of failing', async () => {
    const csv = ['id,t,gone,plan', 'a,3,yes,x', 'b,4,no,y', 'c,5,no,x', 'd,6,no,y'].join('\n');
    writeFileSync(join(dir, 'tiny.csv'), `${csv}\n`);
    writeFileSync(
      join(dir, 'tiny.json'),
      JSON.stringify({ tenure: 't', churned: 'gone', attributes: ['plan'] }),
    );
    const { report, output } = await runChurn({
      ...base(),
      customers: join(dir, 'tiny.csv'),
      mapping: join(dir, 'tiny.json'),
      format: 'html',
    });
    assert.equal(report.cox, null);
    assert.equal(report.coxProblem, 'too_few_events');
    assert.ok(output.includes('too few customers have churned'));
  });
});

describe('mot churn on real data: the Rossi recidivism study as a customer table', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-churn-rossi-'));
    const lines = [rossiNames.join(','), ...rossiRows.map((r) => r.join(','))];
    writeFileSync(join(dir, 'rossi.csv'), `${lines.join('\n')}\n`);
    const counts = rossiNames.slice(2);
    writeFileSync(
      join(dir, 'mapping.json'),
      JSON.stringify({ tenure: 'week', tenureUnit: 'weeks', churned: 'arrest', counts, attributes: ['fin'] }),
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the hazard ratios are R coxph’s (TEST_VECTORS.md); the weeks stay weeks on the curves', async () => {
    const { report } = await runChurn({
      customers: join(dir, 'rossi.csv'),
      mapping: join(dir, 'mapping.json'),
      format: 'json',
      lang: 'en',
      horizonDays: 365,
      seed: 1,
      replicates: 10,
    });
    assert.equal(report.summary.customers, 432);
    assert.equal(report.summary.churned, 114);
    const expected = [-0.3794222, -0.0574377, 0.3138998, -0.1497957, -0.4337039, -0.0848711, 0.0914971];
    const cox = report.cox;
    assert.ok(cox);
    assert.deepEqual(
      rossiNames.slice(2).map((name) => cox.covariates.find((c) => c.key === name)?.coefficient.toFixed(6)),
      expected.map((b) => b.toFixed(6)),
    );
    // fin is both a count and an attribute: its dummy is collinear with it and is dropped.
    assert.deepEqual(cox.dropped, [{ key: 'fin=1', reason: 'collinear' }]);
    assert.equal(cox.concordance.toFixed(2), '0.64');
    const weeks = report.survival?.comparison.curves.flatMap((c) => c.steps.map((s) => s.time)) ?? [];
    assert.equal(Math.max(...weeks), 52);
  });
});
