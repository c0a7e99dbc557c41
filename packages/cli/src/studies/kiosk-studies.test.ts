// `mot kano` and `mot servqual` on the public Korean kiosk survey (../shared/data/kiosk_servqual_kano_ipa,
// 211 respondents, MIT), with the mappings in ./fixtures, which find the columns by their header text.
// The data stay outside the repository; without them the tests skip.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { TKanoReport } from './run-kano.ts';
import type { TServqualReport } from './run-servqual.ts';
import { runStudyCommand } from './studies-test-kit.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const file = `${repoRoot}../shared/data/kiosk_servqual_kano_ipa/kiosk_utf8.csv`;
const skip = existsSync(file) ? false : `real data absent: ${file} (see /work/shared/data/README.md)`;
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const fixed = (x: number | null | undefined, digits = 4) =>
  x === null || x === undefined ? x : x.toFixed(digits);

describe('studies on the kiosk survey (real data)', { skip }, () => {
  test('mot kano: 29 features classified; the four blank rows count as missing', async () => {
    const args = ['kano', file, '--mapping', fixture('kiosk-kano.mapping.json'), '--format', 'json'];
    const report = JSON.parse((await runStudyCommand(args)).out) as TKanoReport;
    assert.deepEqual([report.rows, report.rejected, report.unreadableCells], [211, 0, 0]);
    // Cross-checked with an independent Python reading of the file (kiosk-study.test.ts in core).
    assert.equal(report.features.map((f) => f.category).join(''), 'MMMIIOMOOAAMAAMOOAAAMMMIOIAAA');
    assert.deepEqual(report.features[0]?.counts, { M: 90, O: 52, A: 43, I: 21, R: 0, Q: 1 });
    const gloves = report.features.find((f) => f.name === 'Works with gloves');
    assert.deepEqual(
      [fixed(gloves?.better, 3), fixed(gloves?.worse, 3), gloves?.fong.significant],
      ['0.869', '-0.141', true],
    );
    for (const f of report.features) assert.equal(f.n + f.missing, 211, f.name);
  });

  test('mot servqual: 24 items in 8 dimensions, weighted by points from the importance ratings', async () => {
    const args = ['servqual', file, '--mapping', fixture('kiosk-servqual.mapping.json'), '--format', 'json'];
    const r = JSON.parse((await runStudyCommand(args)).out) as TServqualReport;
    assert.equal(r.items.length, 24);
    assert.equal(r.dimensions.length, 8);
    // Cross-checked in Python (scipy's t quantile): item 1 gap and the overall scores of the 207
    // respondents who answered.
    assert.deepEqual(
      [
        r.items[0]?.gap.n,
        fixed(r.items[0]?.gap.mean),
        fixed(r.items[0]?.gap.lower),
        fixed(r.items[0]?.gap.upper),
      ],
      [207, '-0.5459', '-0.6948', '-0.3970'],
    );
    assert.deepEqual(
      [r.unweighted.mean, r.unweighted.lower, r.unweighted.upper].map((x) => fixed(x)),
      ['-1.1021', '-1.2167', '-0.9874'],
    );
    assert.deepEqual(
      [r.weighted?.mean, r.weighted?.lower, r.weighted?.upper].map((x) => fixed(x)),
      ['-1.1622', '-1.2794', '-1.0450'],
    );
  });
});
