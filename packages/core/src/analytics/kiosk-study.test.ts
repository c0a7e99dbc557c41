// Real-data check on the public Korean kiosk survey (../shared/data/kiosk_servqual_kano_ipa, 211
// respondents, MIT): the KANO and SERVQUAL analyses must run on real answers, blanks included.
// The data stay outside the repository; without them the tests skip.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeKano, type KanoRespondent } from './kano.ts';
import { kanoCodingFromLabels } from './kano-table.ts';
import { analyzeServqual } from './servqual.ts';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const file = `${repoRoot}../shared/data/kiosk_servqual_kano_ipa/kiosk_utf8.csv`;
const skip = existsSync(file) ? false : `real data absent: ${file} (see /work/shared/data/README.md)`;

/** RFC 4180 fields: quotes, doubled quotes and line breaks inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

// The survey's Korean answer labels, in the order like / must-be / neutral / live-with / dislike.
const koreanCoding = kanoCodingFromLabels([
  '마음에 든다.',
  '당연하다.',
  '아무런 느낌이 없다.',
  '하는 수 없다.',
  '마음에 안 든다.',
]);

describe('kiosk survey (real data)', { skip }, () => {
  const [header = [], ...rows] = skip === false ? parseCsv(readFileSync(file, 'utf8')) : [];
  const data = rows.filter((r) => r.length === header.length);

  test('KANO: every pair of the 29 features is classified or counted missing', () => {
    // Columns "n-1. 만약 …" (functional) and "n-2. 만약 …" (dysfunctional), found by header text.
    const column = (n: number, side: 1 | 2) => header.findIndex((h) => h.startsWith(`${n}-${side}. 만약`));
    const features = Array.from({ length: 29 }, (_, k) => String(k + 1));
    const respondents: KanoRespondent[] = data.map((r) =>
      Object.fromEntries(
        features.map((f) => [f, { functional: r[column(+f, 1)], dysfunctional: r[column(+f, 2)] }]),
      ),
    );
    const results = analyzeKano(respondents, features, { coding: koreanCoding });
    // Cross-check, not a published vector: the same counts from an independent Python csv reading.
    assert.deepEqual(results[0]?.counts, { M: 90, O: 52, A: 43, I: 21, R: 0, Q: 1 });
    assert.deepEqual(results[1]?.counts, { M: 117, O: 62, A: 13, I: 9, R: 2, Q: 4 });
    // Three respondents gave 3 or more contradictory (Q) pairs (counted the same way in Python).
    const filtered = analyzeKano(respondents, features, { coding: koreanCoding, maxQuestionable: 2 });
    assert.equal(filtered[0]?.excluded, 3);
    for (const r of results) {
      assert.equal(r.n + r.missing, 211, `feature ${r.feature}`);
      assert.ok(r.better !== null && r.better >= 0 && r.better <= 1);
    }
  });

  test('KANO variants: Pouliot table and the A+O+M against I+R+Q rule', () => {
    const column = (n: number, side: 1 | 2) => header.findIndex((h) => h.startsWith(`${n}-${side}. 만약`));
    const features = Array.from({ length: 29 }, (_, k) => String(k + 1));
    const respondents: KanoRespondent[] = data.map((r) =>
      Object.fromEntries(
        features.map((f) => [f, { functional: r[column(+f, 1)], dysfunctional: r[column(+f, 2)] }]),
      ),
    );
    const classes = (options: Parameters<typeof analyzeKano>[2]) =>
      analyzeKano(respondents, features, { coding: koreanCoding, ...options })
        .map((r) => r.category)
        .join('');
    // Cross-checked with an independent Python reading of the file and the two tables.
    assert.equal(classes({}), 'MMMIIOMOOAAMAAMOOAAAMMMIOIAAA');
    // Enjoyable payment (5) and pleasant voice guidance (26) are I by frequency, A once A+O+M > I+R+Q.
    assert.equal(classes({ rule: 'aom-vs-irq' }), 'MMMIAOMOOAAMAAMOOAAAMMMIOAAAA');
    // Pouliot's table moves must-be/must-be and live-with/live-with pairs from I to Q: 160 Q pairs
    // instead of 43, and 11 respondents instead of 3 with three or more.
    const pouliot = analyzeKano(respondents, features, { coding: koreanCoding, table: 'pouliot' });
    assert.deepEqual(pouliot[0]?.counts, { M: 90, O: 52, A: 43, I: 17, R: 0, Q: 5 });
    assert.equal(
      pouliot.reduce((q, r) => q + r.counts.Q, 0),
      160,
    );
    assert.equal(classes({ table: 'pouliot' }), 'MMMIAOMOOAAMAAMOOAAAMMMIOIAAA');
    const filtered = analyzeKano(respondents, features, {
      coding: koreanCoding,
      table: 'pouliot',
      maxQuestionable: 2,
    });
    assert.equal(filtered[0]?.excluded, 11);
  });

  test('SERVQUAL: 24 expectation/perception pairs on a 7-point scale', () => {
    const e = (n: number) => header.findIndex((h) => h.startsWith(`${n}-1.`) && h.includes('(기대 설문)'));
    const p = (n: number) => header.findIndex((h) => h.startsWith(`${n}-2.`) && h.includes('(인지 설문)'));
    const items = Array.from({ length: 24 }, (_, k) => k + 1);
    const num = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : Number(v));
    const responses = data.map((r) => ({
      expectations: items.map((n) => num(r[e(n)])),
      perceptions: items.map((n) => num(r[p(n)])),
    }));
    const result = analyzeServqual(responses, { dimensions: { all: items } });
    assert.equal(result.items.length, 24);
    for (const item of result.items) assert.ok(Number.isFinite(item.gap.mean) && item.gap.n > 150);
    assert.ok(result.unweightedScore < 0, 'perceptions fall short of expectations on average');
  });
});
