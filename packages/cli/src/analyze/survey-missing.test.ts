import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAnalyze } from './run-analyze.ts';
import type { TAnalyzeOptions } from './run-analyze.ts';
import type { TReportJson } from './report-json.ts';

const SERVICES = ['Inflight wifi service', 'Online boarding', 'Seat comfort', 'Baggage handling'];

/**
 * An airline-shaped export: four services rated 1..5, where 0 means "not applicable" (no wifi on board, no
 * bag checked); a departure delay in minutes, where 0 is a real value; a satisfied / not label. Online
 * boarding drives satisfaction.
 */
function airlineCsv(rows: number): { csv: string; zeros: Record<string, number> } {
  let state = 7;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const zeros: Record<string, number> = Object.fromEntries(SERVICES.map((s) => [s, 0]));
  const lines = [
    ['id', ...SERVICES, 'Departure Delay in Minutes', 'satisfaction'].map((c) => `"${c}"`).join(','),
  ];
  for (let i = 0; i < rows; i++) {
    const ratings = SERVICES.map((service) => {
      const notApplicable = random() < (service === 'Inflight wifi service' ? 0.1 : 0.03);
      if (notApplicable) zeros[service] = (zeros[service] ?? 0) + 1;
      return notApplicable ? 0 : 1 + Math.floor(random() * 5);
    });
    const delay = random() < 0.5 ? 0 : Math.round(random() * 90);
    const boarding = ratings[1] || 3;
    const satisfied = boarding + random() * 2 - (delay > 45 ? 1 : 0) >= 4.5;
    lines.push([i + 1, ...ratings, delay, satisfied ? 'satisfied' : 'neutral or dissatisfied'].join(','));
  }
  return { csv: `${lines.join('\n')}\n`, zeros };
}

const MAPPING = {
  id: 'id',
  touchpoints: SERVICES.map((column) => ({ key: column.toLowerCase().replaceAll(' ', '_'), column })),
  outcome: { kind: 'label', column: 'satisfaction', one: ['satisfied'], zero: ['neutral or dissatisfied'] },
  measures: [{ key: 'delay_minutes', column: 'Departure Delay in Minutes', direction: 'lower_is_better' }],
};

describe('mot analyze --survey with missing-value codes', () => {
  let dir: string;
  let zeros: Record<string, number>;
  const base = (mapping: string): TAnalyzeOptions => ({
    survey: join(dir, 'airline.csv'),
    mapping: join(dir, mapping),
    lang: 'en',
    seed: 1,
    replicates: 10,
  });

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mot-analyze-codes-'));
    const data = airlineCsv(600);
    zeros = data.zeros;
    writeFileSync(join(dir, 'airline.csv'), data.csv);
    writeFileSync(join(dir, 'plain.json'), JSON.stringify(MAPPING));
    writeFileSync(join(dir, 'coded.json'), JSON.stringify({ ...MAPPING, missing: { '*': [0] } }));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('without codes, every row with a 0 is rejected as out of scale', async () => {
    const summary = await runAnalyze({ ...base('plain.json'), out: join(dir, 'plain.html') });
    const withZero = readFileSync(join(dir, 'airline.csv'), 'utf8')
      .trimEnd()
      .split('\n')
      .slice(1)
      .filter((line) => line.split(',').slice(1, 5).includes('0')).length;
    assert.ok(withZero > 60, `the fixture has rows with a 0 (${withZero})`);
    assert.equal(summary.rejected, withZero);
    assert.match(readFileSync(summary.out, 'utf8'), /outside 1\.\.5/);
  });

  test('with "*": [0], no row is rejected, each 0 is counted under its column, and a delay of 0 stays 0', async () => {
    const out = join(dir, 'coded.json.out');
    const summary = await runAnalyze({ ...base('coded.json'), format: 'json', out });
    assert.equal(summary.rejected, 0);
    assert.equal(summary.episodes, 600);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as TReportJson;
    const expected = SERVICES.filter((s) => (zeros[s] ?? 0) > 0).map((s) => ({ column: s, cells: zeros[s] }));
    assert.deepEqual(
      [...doc.dataQuality.missingByCode].sort((a, b) => a.column.localeCompare(b.column)),
      expected.sort((a, b) => a.column.localeCompare(b.column)),
    );
    assert.equal(
      summary.missingByCode,
      Object.values(zeros).reduce((a, b) => a + b, 0),
    );
    const wifi = doc.touchpoints.find((t) => t.key === 'inflight_wifi_service');
    assert.equal(wifi?.volume, 600 - (zeros['Inflight wifi service'] ?? 0));
    assert.equal(doc.recommendations.bringToStandard[0]?.touchpoint, 'online_boarding');
    // The delay's zeros are real values: the floor search sees every row.
    assert.equal(
      doc.dataQuality.missingByCode.some((m) => m.column === 'Departure Delay in Minutes'),
      false,
    );
  });

  test('the HTML report says how many cells per column were read as missing, in both languages', async () => {
    const en = readFileSync(
      (await runAnalyze({ ...base('coded.json'), out: join(dir, 'coded.html') })).out,
      'utf8',
    );
    assert.match(en, /missing-value codes were read as not answered, not as bad rows/);
    assert.match(en, new RegExp(`Inflight wifi service: ${zeros['Inflight wifi service']} cells`));
    const zh = readFileSync(
      (await runAnalyze({ ...base('coded.json'), lang: 'zh-CN', out: join(dir, 'coded-zh.html') })).out,
      'utf8',
    );
    assert.match(zh, new RegExp(`Inflight wifi service：${zeros['Inflight wifi service']} 个单元格`));
  });

  test('codes for a column the mapping does not read stop the run before any row', async () => {
    writeFileSync(join(dir, 'typo.json'), JSON.stringify({ ...MAPPING, missing: { 'Inflight wi-fi': [0] } }));
    await assert.rejects(
      runAnalyze({ ...base('typo.json'), out: join(dir, 'typo.html') }),
      /mapping\.missing\.Inflight wi-fi: not a column of the mapping/,
    );
  });
});
