/**
 * Real data: an airline passenger satisfaction survey export (14 services rated 1..5, where 0 means "not
 * applicable", and a satisfied / not label). Read without codes, every row with a 0 in a service is
 * rejected; with `"missing": { "*": [0] }` none is, and each 0 is counted under its column. The export is
 * looked for as a CSV one folder deep under ../shared/data whose header has "Inflight wifi service"; the
 * test is skipped when there is none.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runAnalyze } from './run-analyze.ts';
import type { TReportJson } from './report-json.ts';

/** The shared data folder beside the repository (`MOT_SHARED_DATA` points elsewhere). */
const DATA = process.env.MOT_SHARED_DATA ?? resolve(import.meta.dirname, '../../../../../shared/data');

/** The service columns of the published airline satisfaction exports (both variants), rated 0..5. */
const SERVICES = [
  'Inflight wifi service',
  'Departure/Arrival time convenient',
  'Ease of Online booking',
  'Gate location',
  'Food and drink',
  'Online boarding',
  'Seat comfort',
  'Inflight entertainment',
  'On-board service',
  'Leg room service',
  'Baggage handling',
  'Checkin service',
  'Inflight service',
  'Cleanliness',
  'Online support',
];

/** The first CSV one folder deep under ../shared/data whose header names the wifi service. */
function findExport(): string | undefined {
  if (!existsSync(DATA)) return undefined;
  for (const folder of readdirSync(DATA, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const dir = join(DATA, folder.name);
    for (const name of readdirSync(dir)) {
      if (!name.toLowerCase().endsWith('.csv')) continue;
      const head = readFileSync(join(dir, name), 'utf8').slice(0, 4096).split('\n')[0] ?? '';
      if (head.includes('Inflight wifi service')) return join(dir, name);
    }
  }
  return undefined;
}

const FILE = findExport();
const SKIP = FILE
  ? false
  : `no airline survey export under ${DATA} (a CSV whose header has "Inflight wifi service")`;

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'mot-analyze-airline-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test(
  'an airline survey export: with 0 mapped as "not applicable", no row is rejected',
  { skip: SKIP },
  async () => {
    const path = FILE ?? '';
    const rows = parse(readFileSync(path), { columns: true, bom: true }) as Record<string, string>[];
    const header = Object.keys(rows[0] ?? {});
    const services = SERVICES.filter((s) => header.includes(s));
    assert.ok(services.length >= 10, `service columns found: ${services.join(', ')}`);
    const satisfaction = header.find((h) => h.toLowerCase() === 'satisfaction') ?? 'satisfaction';
    const zeros = new Map(services.map((s) => [s, rows.filter((r) => Number(r[s]) === 0).length]));
    const rowsWithZero = rows.filter((r) => services.some((s) => Number(r[s]) === 0)).length;
    const mapping = {
      touchpoints: services.map((column, i) => ({ key: `service_${i + 1}`, column })),
      outcome: {
        kind: 'label',
        column: satisfaction,
        one: ['satisfied'],
        zero: ['neutral or dissatisfied', 'dissatisfied'],
      },
    };
    writeFileSync(join(dir, 'plain.json'), JSON.stringify(mapping));
    writeFileSync(join(dir, 'coded.json'), JSON.stringify({ ...mapping, missing: { '*': [0] } }));
    const run = (name: string) =>
      runAnalyze({
        survey: path,
        mapping: join(dir, `${name}.json`),
        out: join(dir, `${name}.out.json`),
        format: 'json',
        lang: 'en',
        seed: 1,
        replicates: 10,
      });

    const plain = await run('plain');
    // Without the codes, exactly the rows with a 0 in a service are rejected (the share the issue reports).
    assert.ok(rowsWithZero > 0, 'the export has "not applicable" answers');
    assert.equal(plain.rejected, rowsWithZero);
    process.stdout.write(
      `# ${path}: ${rows.length} rows; without codes ${plain.rejected} rejected (${((100 * plain.rejected) / rows.length).toFixed(1)}%)\n`,
    );

    const coded = await run('coded');
    assert.equal(coded.rejected, 0);
    assert.equal(coded.episodes, rows.length);
    const doc = JSON.parse(readFileSync(join(dir, 'coded.out.json'), 'utf8')) as TReportJson;
    const counted = new Map(doc.dataQuality.missingByCode.map((m) => [m.column, m.cells]));
    for (const [column, count] of zeros) assert.equal(counted.get(column) ?? 0, count, column);
    for (const [i, column] of services.entries()) {
      const tp = doc.touchpoints.find((t) => t.key === `service_${i + 1}`);
      assert.equal(tp?.volume, rows.length - (zeros.get(column) ?? 0), column);
    }
    process.stdout.write(
      `# with "*": [0]: 0 rejected; cells read as missing: ${[...counted].map(([c, n]) => `${c} ${n}`).join(', ')}\n`,
    );
  },
);
