import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { analyzeToModel, runAnalyze } from './run-analyze.ts';
import type { TAnalyzeOptions } from './run-analyze.ts';
import { REPORT_JSON_VERSION, toReportJson, ZReportJson } from './report-json.ts';
import type { TReportJson } from './report-json.ts';
import type { TReportModel } from './report-model.ts';
import { writeSimulatedCsv } from './simulated-csv.ts';
import type { TSimulatedFiles } from './simulated-csv.ts';

const DOCS = fileURLToPath(new URL('../../../../docs/analyze.md', import.meta.url));

describe('mot analyze --format json', () => {
  let dir: string;
  let files: TSimulatedFiles;
  let model: TReportModel;
  let doc: TReportJson;
  const base = (): TAnalyzeOptions => ({
    moments: files.moments,
    outcomes: files.outcomes,
    mapping: files.mapping,
    pack: 'property-management',
    journey: 'repair',
    lang: 'en',
    seed: 1,
    replicates: 10,
    now: new Date('2026-01-05T00:00:00Z'),
  });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mot-analyze-json-'));
    files = writeSimulatedCsv(dir, { pack: 'property-management', journey: 'repair', customers: 300 });
    model = (await analyzeToModel(base())).model;
    const summary = await runAnalyze({ ...base(), format: 'json', out: join(dir, 'report.json') });
    doc = JSON.parse(readFileSync(summary.out, 'utf8')) as TReportJson;
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('fits its schema, with numbers as numbers and no HTML', () => {
    assert.deepEqual(ZReportJson.parse(doc), doc, 'nothing outside the schema');
    assert.equal(doc.format, 'mot-analyze-report');
    assert.equal(doc.version, REPORT_JSON_VERSION);
    const text = JSON.stringify(doc);
    assert.doesNotMatch(text, /<\/?[a-z][^>]*>|&(amp|lt|gt|quot);/i, 'no markup');
    assert.equal(typeof doc.touchpoints[0]?.volume, 'number');
  });

  test('every touchpoint figure equals the report model’s, by touchpoint key', () => {
    assert.deepEqual(
      doc.touchpoints.map((t) => t.key),
      model.touchpoints.map((t) => t.key),
    );
    for (const tp of model.touchpoints) {
      const json = doc.touchpoints.find((t) => t.key === tp.key);
      assert.ok(json, tp.key);
      assert.equal(json.name, tp.name);
      assert.equal(json.stage, tp.stage);
      assert.equal(json.volume, tp.volume);
      assert.equal(json.performance, tp.performance);
      assert.equal(json.experience, tp.experience);
      assert.equal(json.breachRate, tp.breachRate);
      assert.equal(json.expectedLift, tp.expectedLift);
      assert.deepEqual(
        json.importance,
        tp.importance && { value: tp.importance.value, lower: tp.importance.low, upper: tp.importance.high },
      );
      assert.equal(json.rank, tp.rank);
      assert.equal(json.quadrant, tp.quadrant);
      assert.equal(json.isKeyMoment, tp.isKeyMoment);
      assert.deepEqual(json.floor, tp.floor);
    }
    // The pack plants the largest drivers on the repair itself and on the technician's arrival.
    assert.ok(['repair_completion', 'technician_arrival'].includes(doc.headlines.topKeyMoment ?? ''));
    assert.equal(doc.headlines.topKeyMoment, model.touchpoints.find((t) => t.rank === 1)?.key);
  });

  test('floors, scores, curves, counts and data quality equal the model’s', () => {
    assert.equal(doc.floors.length, model.floors.length);
    assert.ok(doc.floors.length > 0, 'the simulated journey has floors to find');
    model.floors.forEach((f, i) => {
      const json = doc.floors[i];
      assert.equal(json?.touchpointName, f.touchpoint);
      assert.equal(json?.measureName, f.measure);
      assert.equal(json?.suggested, f.suggested);
      assert.deepEqual(json?.drop, { estimate: f.drop, lower: f.low, upper: f.high });
      assert.equal(json?.p, f.p);
      assert.equal(json?.current, f.current);
    });
    const keys = new Set(model.touchpoints.map((t) => t.key));
    for (const f of doc.floors)
      assert.ok(f.touchpoint !== null && keys.has(f.touchpoint), f.touchpoint ?? '');
    assert.deepEqual(doc.counts, model.counts);
    assert.deepEqual(doc.period, model.period);
    assert.deepEqual(doc.ipa, model.ipa);
    assert.deepEqual(doc.episodeScores.histogram, model.histogram);
    assert.equal(doc.episodeScores.median, model.medianScore);
    assert.equal(doc.episodeScores.lowScoreShare, model.lowScoreShare);
    assert.deepEqual(
      doc.episodeScores.peaks.map((p) => [p.touchpoint, p.count, p.share]),
      model.peakEnd.peaks.map((p) => [p.key, p.count, p.share]),
    );
    assert.deepEqual(
      doc.curves.good?.points.map((p) => p.value),
      model.curves.good?.points.map((p) => p.value),
    );
    for (const p of doc.curves.good?.points ?? []) assert.ok(keys.has(p.touchpoint), p.touchpoint);
    assert.deepEqual(doc.dataQuality, model.dataQuality);
    assert.deepEqual(doc.stages, model.stages);
    assert.deepEqual(doc, toReportJson(model), 'the same seed gives the same document');
  });

  test('without --out the JSON goes to stdout; the HTML report still needs --out', async () => {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    const summary = await runAnalyze({ ...base(), format: 'json', stdout });
    assert.equal(summary.out, '-');
    const printed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as TReportJson;
    assert.deepEqual(printed, doc);
    await assert.rejects(runAnalyze({ ...base() }), /--out <file> is needed for the HTML report/);
  });

  test('the example in docs/analyze.md fits the schema', () => {
    const text = readFileSync(DOCS, 'utf8');
    const match = /<!-- report-json-example -->\s*```json\n([\s\S]*?)\n```/.exec(text);
    assert.ok(match?.[1], 'docs/analyze.md holds the example after <!-- report-json-example -->');
    const parsed = ZReportJson.safeParse(JSON.parse(match[1]));
    assert.ok(parsed.success, parsed.error?.message);
  });
});
