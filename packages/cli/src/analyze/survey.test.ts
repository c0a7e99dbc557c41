import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnalyze } from './run-analyze.ts';
import type { TAnalyzeOptions } from './run-analyze.ts';

/** A seeded survey where the fix rating drives overall satisfaction most and a delay past 60 minutes hurts. */
function surveyCsv(rows: number): string {
  let state = 42;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const rating = () => 1 + Math.floor(random() * 5);
  const lines = ['respondent,Q1 hotline,Q2 visit,Q3 fix,overall,delay_minutes'];
  for (let i = 0; i < rows; i++) {
    const [hotline, visit, fix] = [rating(), rating(), rating()];
    const delay = Math.round(random() * 120);
    const overall = 1 + 0.2 * hotline + 0.5 * visit + 1.2 * fix - (delay > 60 ? 1.5 : 0) + random();
    lines.push(`r${i},${hotline},${i % 10 === 0 ? '' : visit},${fix},${overall.toFixed(1)},${delay}`);
  }
  lines.push('bad,7,3,3,5,10');
  return `${lines.join('\n')}\n`;
}

const MAPPING = {
  id: 'respondent',
  touchpoints: [
    { key: 'hotline', column: 'Q1 hotline' },
    { key: 'visit', column: 'Q2 visit' },
    { key: 'fix', column: 'Q3 fix' },
  ],
  outcome: { kind: 'rating', column: 'overall' },
  measures: [
    { key: 'delay_minutes', column: 'delay_minutes', direction: 'lower_is_better', touchpoint: 'visit' },
  ],
};

describe('mot analyze on a survey export', () => {
  let dir: string;
  const base = (): TAnalyzeOptions => ({
    survey: join(dir, 'survey.csv'),
    mapping: join(dir, 'survey-mapping.json'),
    out: join(dir, 'survey.html'),
    lang: 'en',
    seed: 1,
    replicates: 20,
  });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-analyze-survey-'));
    writeFileSync(join(dir, 'survey.csv'), surveyCsv(400));
    writeFileSync(join(dir, 'survey-mapping.json'), JSON.stringify(MAPPING));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('ranks the touchpoint that drives the outcome first and finds the delay floor', async () => {
    const summary = await runAnalyze(base());
    assert.equal(summary.topTouchpoint, 'Q3 fix');
    assert.equal(summary.episodes, 400);
    assert.equal(summary.rejected, 1);
    const html = readFileSync(summary.out, 'utf8');
    assert.match(html, /Survey export/);
    assert.match(html, /survey\.csv, line 402: column &quot;Q1 hotline&quot;: outside 1\.\.5/);
    assert.match(html, /<section class="card" id="floors"><h2>Tolerance floors<\/h2><table/);
    assert.doesNotMatch(html, /https?:\/\//);
  });

  test('a row the CSV reader cannot take is counted with its line and why, and the rest is read', async () => {
    const lines = readFileSync(join(dir, 'survey.csv'), 'utf8').trimEnd().split('\n').slice(0, 101);
    writeFileSync(join(dir, 'short.csv'), `${[...lines, 'short,1,2', 'r-last,2,3,4,5.0,30'].join('\n')}\n`);
    const summary = await runAnalyze({
      ...base(),
      survey: join(dir, 'short.csv'),
      out: join(dir, 'short.html'),
    });
    assert.equal(summary.episodes, 101);
    assert.equal(summary.rejected, 1);
    const html = readFileSync(summary.out, 'utf8');
    assert.match(html, /short\.csv, line 102: the row has 3 fields, the header has 6/);
  });

  test('with a journey, refuses surveyed touchpoints that are not in it', async () => {
    const options = { ...base(), pack: 'property-management', journey: 'repair' };
    await assert.rejects(
      runAnalyze(options),
      /touchpoints "hotline", "visit", "fix" are not in journey "repair" \(its touchpoints: repair_request, /,
    );
  });

  test('names a mapped column that is not in the header, listing the columns', async () => {
    writeFileSync(
      join(dir, 'wrong.json'),
      JSON.stringify({ ...MAPPING, outcome: { kind: 'rating', column: 'Overall' } }),
    );
    await assert.rejects(runAnalyze({ ...base(), mapping: join(dir, 'wrong.json') }), (error: Error) => {
      assert.match(error.message, /outcome\.column: column "Overall" is not in the header/);
      assert.match(
        error.message,
        /available columns: respondent, Q1 hotline, Q2 visit, Q3 fix, overall, delay_minutes/,
      );
      return true;
    });
  });
});
