import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { TServqualReport } from './run-servqual.ts';
import { runStudyCommand } from './studies-test-kit.ts';

const dir = mkdtempSync(join(tmpdir(), 'mot-servqual-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/*
 * The hand-computed fixture of core's servqual.test.ts (three respondents, dimensions a = items 1-2 and
 * b = items 3-4, 60/40 points), plus a respondent whose only answer is off the 1..7 scale and one who
 * answered "n/a" (the missing code) throughout: neither may change a figure.
 */
const csv = [
  'respondent,E1,E2,E3,E4,P1,P2,P3,P4',
  'r1,5,6,4,7,4,6,5,5',
  'r2,6,6,5,7,5,4,5,6',
  'r3,7,6,6,4,6,5,6,5',
  'r4,,,,,8,,,',
  'r5,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a',
].join('\n');
const file = join(dir, 'servqual.csv');
writeFileSync(file, `${csv}\n`);

const mapping = (extra: Record<string, unknown> = {}) => {
  const path = join(dir, `mapping-${Math.random().toString(36).slice(2)}.json`);
  const item = (k: number, dimension: string) => ({
    key: `i${k}`,
    dimension,
    expectation: `E${k}`,
    perception: `P${k}`,
  });
  writeFileSync(
    path,
    JSON.stringify({
      items: [item(1, 'a'), item(2, 'a'), item(3, 'b'), item(4, 'b')],
      importance: { a: 60, b: 40 },
      missing: ['n/a'],
      ...extra,
    }),
  );
  return path;
};
const fixed = (x: number | null | undefined) => (x === null || x === undefined ? x : x.toFixed(6));

describe('mot servqual', () => {
  test('gaps per item, dimension and overall with paired t intervals, weighted by the points', async () => {
    const { out, err } = await runStudyCommand([
      'servqual',
      file,
      '--mapping',
      mapping(),
      '--format',
      'json',
    ]);
    const r = JSON.parse(out) as TServqualReport;
    assert.deepEqual(
      r.items.map((i) => fixed(i.gap.mean)),
      ['-1.000000', '-1.000000', '0.333333', '-0.666667'],
    );
    assert.deepEqual([fixed(r.items[1]?.gap.lower), fixed(r.items[1]?.gap.upper)], ['-3.484138', '1.484138']);
    assert.deepEqual(
      r.dimensions.map((d) => [d.dimension, fixed(d.gap.mean), d.weight, fixed(d.weightedGap)]),
      [
        ['a', '-1.000000', 0.6, '-0.600000'],
        ['b', '-0.166667', 0.4, '-0.066667'],
      ],
    );
    assert.deepEqual([r.unweighted.mean, r.unweighted.lower, r.unweighted.upper].map(fixed), [
      '-0.583333',
      '-1.531979',
      '0.365312',
    ]);
    assert.deepEqual([r.weighted?.mean, r.weighted?.lower, r.weighted?.upper].map(fixed), [
      '-0.666667',
      '-1.607146',
      '0.273813',
    ]);
    assert.deepEqual([r.rows, r.rejected, r.unreadableCells], [5, 0, 1]);
    assert.match(err, /line 5: column "P1": "8" is not a number from 1 to 7/);
  });

  test('table and csv: items, then dimensions, then the overall scores', async () => {
    const { out } = await runStudyCommand(['servqual', file, '--mapping', mapping(), '--format', 'csv']);
    const rows = parse(out, { columns: true }) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => `${r.level}:${r.name}`),
      [
        'item:i1',
        'item:i2',
        'item:i3',
        'item:i4',
        'dimension:a',
        'dimension:b',
        'overall:unweighted',
        'overall:weighted',
      ],
    );
    assert.equal(rows[4]?.weighted_gap, '-0.6');
    const table = (await runStudyCommand(['servqual', file, '--mapping', mapping()])).out;
    assert.match(
      table,
      /^level\s+name\s+dimension\s+n\s+expectation\s+perception\s+gap\s+gap_low\s+gap_high/,
    );
    assert.match(table, /\noverall\s+weighted\s+3\s+-0\.67\s+-1\.61\s+0\.27\n/);
  });

  test("respondents' own point allocations, read from their columns", async () => {
    // Core's fixture: points 50/50, 80/20, 30/60 give own weighted scores -0.5, -1.3 and 0.
    const pointsFile = join(dir, 'servqual-points.csv');
    const lines = csv.split('\n');
    const points = ['W_a,W_b', '50,50', '80,20', '30,60', 'x,', ','];
    writeFileSync(pointsFile, `${lines.map((line, i) => `${line},${points[i] ?? ''}`).join('\n')}\n`);
    const run = async (importance: Record<string, string>) =>
      runStudyCommand(['servqual', pointsFile, '--mapping', mapping({ importance }), '--format', 'json']);
    const { out, err } = await run({ a: 'W_a', b: 'W_b' });
    const r = JSON.parse(out) as TServqualReport;
    assert.deepEqual(
      [r.weighted?.n, r.weighted?.mean, r.weighted?.lower, r.weighted?.upper].map((x) =>
        x === 3 ? x : fixed(x),
      ),
      [3, '-0.600000', '-2.228958', '1.028958'],
    );
    assert.equal(r.weights?.a?.toFixed(6), '0.544444');
    assert.match(err, /line 5: column "W_a": "x" is not a number 0 or more/);
    await assert.rejects(run({ a: 'W_a' }), /importance\.b: needs a column/);
    await assert.rejects(run({ a: 'W_a', b: 'W_x' }), /importance\.b: column "W_x" is not in the header/);
  });

  test('mapping errors name the field', async () => {
    const fails = (extra: Record<string, unknown>, pattern: RegExp) =>
      assert.rejects(runStudyCommand(['servqual', file, '--mapping', mapping(extra)]), pattern);
    await fails({ importance: { a: 60, b: 30 } }, /importance: points sum to 90, expected 100/);
    await fails({ importance: { a: 60, c: 40 } }, /importance\.c: not a dimension/);
    await fails(
      { items: [{ key: 'x', expectation: 'E9', perception: 'P1' }], importance: undefined },
      /items\.0\.expectation: column "E9" is not in the header \(available columns: respondent, E1/,
    );
    await fails(
      { items: [{ key: 'x', expectation: 'E*', perception: 'P1' }], importance: undefined },
      /items\.0\.expectation: "E\*" matches 4 columns/,
    );
    await fails({ scale: { min: 7, max: 1 } }, /scale: min must be below max/);
  });
});
