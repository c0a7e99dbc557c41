import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getPack } from '@mot/core';
import { runAnalyze } from './run-analyze.ts';
import type { TAnalyzeOptions } from './run-analyze.ts';
import { writeSimulatedCsv } from './simulated-csv.ts';
import type { TSimulatedFiles } from './simulated-csv.ts';

const SECTIONS = [
  'headlines',
  'recommendations',
  'journey-map',
  'drivers',
  'ipa',
  'curves',
  'histogram',
  'floors',
  'data-quality',
];

describe('mot analyze on simulated moments', () => {
  let dir: string;
  let files: TSimulatedFiles;
  const base = (): TAnalyzeOptions => ({
    moments: files.moments,
    outcomes: files.outcomes,
    mapping: files.mapping,
    pack: 'property-management',
    journey: 'repair',
    out: join(dir, 'report.html'),
    lang: 'en',
    seed: 1,
    replicates: 10,
    now: new Date('2026-01-05T00:00:00Z'),
  });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-analyze-'));
    files = writeSimulatedCsv(dir, { pack: 'property-management', journey: 'repair', customers: 300 });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('writes one self-contained report with every section and the planted top touchpoint', async () => {
    const progress: [number, number][] = [];
    const summary = await runAnalyze({
      ...base(),
      onProgress: (bytes, _rows, total) => progress.push([bytes, total]),
    });
    assert.deepEqual(
      progress.at(-1),
      [statSync(files.moments).size, statSync(files.moments).size],
      'progress ends at the file size',
    );
    const html = readFileSync(summary.out, 'utf8');
    for (const id of SECTIONS) assert.match(html, new RegExp(`<section class="card" id="${id}">`), id);
    assert.doesNotMatch(html, /https?:\/\//, 'no network reference');
    assert.doesNotMatch(html, /<script|<link|<img|@import|url\(/i, 'nothing loaded from elsewhere');
    assert.ok(summary.episodes > 300 && summary.moments > summary.episodes);
    // The pack plants the largest drivers on the repair itself and on the technician's arrival.
    assert.ok(
      ['Repair completed', 'Technician arrives on site'].includes(summary.topTouchpoint ?? ''),
      summary.topTouchpoint ?? '',
    );
    assert.match(html, /Key moment #1/);
    assert.match(html, /<svg class="chart"/);
    assert.equal(summary.rejected, 0);
  });

  test('writes the report in Chinese with the Chinese touchpoint names', async () => {
    const summary = await runAnalyze({ ...base(), lang: 'zh-CN', out: join(dir, 'zh.html') });
    const html = readFileSync(summary.out, 'utf8');
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /关键时刻分析报告/);
    assert.match(html, /维修完成|维修人员上门/);
    assert.doesNotMatch(html, /Headline findings/);
  });

  test('escapes user-supplied names', async () => {
    const journey = structuredClone(getPack('property-management')?.journeys.find((j) => j.key === 'repair'));
    assert.ok(journey);
    const first = journey.touchpoints.find((t) => t.key === 'technician_arrival');
    assert.ok(first);
    first.name = '<script>alert("x")</script> & co';
    first.names = {};
    const journeyFile = join(dir, 'journey.json');
    writeFileSync(journeyFile, JSON.stringify(journey));
    const options = {
      ...base(),
      pack: undefined,
      journey: undefined,
      journeyFile,
      out: join(dir, 'escaped.html'),
    };
    const html = readFileSync((await runAnalyze(options)).out, 'utf8');
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; co/);
  });

  test('takes the outcome from a column of the moments file, and reports bad rows by line', async () => {
    const lines = readFileSync(files.moments, 'utf8').trimEnd().split('\n');
    const outcomes = new Map(
      readFileSync(files.outcomes, 'utf8')
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => {
          const [episode = '', overall = ''] = l.split(',');
          return [episode, overall];
        }),
    );
    const merged = lines.map((line, i) => {
      if (i === 0) return `${line},overall`;
      const episode = line.split(',')[1] ?? '';
      return `${line},${outcomes.get(episode) ?? ''}`;
    });
    const width = (lines[0] ?? '').split(',').length + 1;
    const bad = ['x', 'ep-bad', 'c', 'technician_arrival', 'not-a-date'];
    merged.splice(3, 0, [...bad, ...Array.from({ length: width - bad.length }, () => '')].join(','));
    const moments = join(dir, 'inline.csv');
    writeFileSync(moments, `${merged.join('\n')}\n`);
    const summary = await runAnalyze({
      ...base(),
      moments,
      outcomes: undefined,
      out: join(dir, 'inline.html'),
    });
    assert.equal(summary.rejected, 1);
    const html = readFileSync(summary.out, 'utf8');
    assert.match(html, /inline\.csv, line 4: occurredAt \(column &quot;occurred_at&quot;\)/);
    assert.match(html, /<section class="card" id="drivers"><h2>[^<]*<\/h2><svg/);
    assert.ok(summary.withOutcome > 100);
  });

  test('--sentiment scores the comments of unrated moments', async () => {
    const plain = await runAnalyze({ ...base(), out: join(dir, 'plain.html') });
    const scored = await runAnalyze({ ...base(), sentiment: true, out: join(dir, 'sentiment.html') });
    assert.equal(scored.moments, plain.moments);
    assert.notEqual(readFileSync(scored.out, 'utf8'), readFileSync(plain.out, 'utf8'));
  });

  test('leaves nothing on disk but the report', async () => {
    const before = new Set(readdirSync(dir));
    const tmpBefore = new Set(readdirSync(tmpdir()));
    await runAnalyze({ ...base(), out: join(dir, 'only.html') });
    const added = readdirSync(dir).filter((f) => !before.has(f));
    assert.deepEqual(added, ['only.html']);
    const tmpAdded = readdirSync(tmpdir()).filter((f) => !tmpBefore.has(f) && !f.startsWith('mot-analyze-'));
    assert.deepEqual(tmpAdded, []);
  });
});
