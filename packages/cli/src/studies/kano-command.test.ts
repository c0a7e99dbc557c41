import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { TKanoReport } from './run-kano.ts';
import { runStudyCommand } from './studies-test-kit.ts';

const dir = mkdtempSync(join(tmpdir(), 'mot-kano-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/*
 * Hand-classified (Berger's table): voice O, A, I, -, -, O (line 5 has an answer that is not a label,
 * line 7 the missing code, line 6 too few fields); refund M, M, A, M, I, R. With Pouliot's table the two
 * same-answer pairs (line 4 must-be twice, line 7 live-with twice) become Q.
 */
const csv = [
  'id,Q1 有语音引导时,Q1 没有语音引导时,Q2 可以自助退款时,Q2 不能自助退款时',
  '1,我喜欢,我不喜欢,理所当然,我不喜欢',
  '2,我喜欢,无所谓,无所谓,我不喜欢',
  '3,理所当然,理所当然,我喜欢,能忍受',
  '4,不知道,我不喜欢,理所当然,我不喜欢',
  '5,我喜欢,我不喜欢',
  '6,跳过,跳过,能忍受,能忍受',
  '7,我喜欢,我不喜欢,我不喜欢,我喜欢',
].join('\n');
const file = join(dir, 'kano.csv');
writeFileSync(file, `${csv}\n`);

const ZH = ['我喜欢', '理所当然', '无所谓', '能忍受', '我不喜欢'];
const mapping = (extra: Record<string, unknown> = {}) => {
  const path = join(dir, `mapping-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      features: [
        { key: 'voice', name: '语音引导', functional: 'Q1 有*', dysfunctional: 'Q1 没有语音引导时' },
        { key: 'refund', functional: 'Q2 可以自助退款时', dysfunctional: 'Q2 不能*' },
      ],
      answers: ZH,
      missing: ['跳过'],
      ...extra,
    }),
  );
  return path;
};

const json = async (extra: Record<string, unknown> = {}) =>
  JSON.parse(
    (await runStudyCommand(['kano', file, '--mapping', mapping(extra), '--format', 'json'])).out,
  ) as TKanoReport;

describe('mot kano', () => {
  test('counts, class, Better / Worse and the account of what was not read', async () => {
    const report = await json();
    const [voice, refund] = report.features;
    assert.deepEqual(voice?.counts, { M: 0, O: 2, A: 1, I: 1, R: 0, Q: 0 });
    assert.deepEqual(
      [voice?.n, voice?.missing, voice?.category, voice?.better, voice?.worse],
      [4, 2, 'O', 0.75, -0.5],
    );
    assert.deepEqual(refund?.counts, { M: 3, O: 0, A: 1, I: 1, R: 1, Q: 0 });
    assert.deepEqual(
      [refund?.name, refund?.category, refund?.better, refund?.worse],
      ['refund', 'M', 0.2, -0.6],
    );
    assert.deepEqual([report.rows, report.rejected, report.unreadableCells], [7, 1, 1]);
    assert.deepEqual(
      report.problems.map((p) => [p.line, p.reason]),
      [
        [
          5,
          'column "Q1 有语音引导时": "不知道" is not one of the answers (我喜欢 / 理所当然 / 无所谓 / 能忍受 / 我不喜欢)',
        ],
        [6, 'the row has 3 fields, the header has 5'],
      ],
    );
  });

  test("Pouliot's table and the A+O+M against I+R+Q rule", async () => {
    const pouliot = await json({ table: 'pouliot' });
    assert.deepEqual(
      pouliot.features.map((f) => [f.counts.I, f.counts.Q]),
      [
        [0, 1],
        [0, 1],
      ],
    );
    assert.equal(pouliot.table, 'pouliot');
    // refund: A+O+M = 4 > I+R+Q = 2, so the most frequent of M, O, A: M.
    const groups = await json({ rule: 'aom-vs-irq' });
    assert.deepEqual(
      groups.features.map((f) => f.category),
      ['O', 'M'],
    );
  });

  test('table and csv formats; the chart in Chinese', async () => {
    const chart = join(dir, 'chart.svg');
    const { out, err } = await runStudyCommand([
      'kano',
      file,
      '--mapping',
      mapping(),
      '--chart',
      chart,
      '--lang',
      'zh-CN',
    ]);
    const lines = out.trim().split('\n');
    assert.match(lines[0] ?? '', /^feature\s+n\s+missing\s+M\s+O\s+A\s+I\s+R\s+Q\s+class/);
    assert.match(
      lines[2] ?? '',
      /^语音引导\s+4\s+2\s+0\s+2\s+1\s+1\s+0\s+0\s+O\s+O\s+0\.750\s+-0\.500\s+75%/,
    );
    assert.match(err, /7 rows read; 1 rejected; 1 answers not understood/);
    assert.match(err, /line 5: column "Q1 有语音引导时"/);
    const svg = readFileSync(chart, 'utf8');
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(svg.includes('魅力属性') && svg.includes('语音引导') && svg.includes('必备属性'));
    const rows = parse(
      (await runStudyCommand(['kano', file, '--mapping', mapping(), '--format', 'csv'])).out,
      {
        columns: true,
      },
    ) as Record<string, string>[];
    assert.deepEqual(
      rows.map((r) => [r.key, r.class, r.better, r.fong_significant]),
      [
        ['voice', 'O', '0.75', 'false'],
        ['refund', 'M', '0.2', 'false'],
      ],
    );
  });

  test('mapping errors name the field, the column and what is there', async () => {
    const fails = (extra: Record<string, unknown>, pattern: RegExp) =>
      assert.rejects(runStudyCommand(['kano', file, '--mapping', mapping(extra)]), pattern);
    await fails(
      { features: [{ key: 'x', functional: 'Q3', dysfunctional: 'Q1 没有语音引导时' }] },
      /features\.0\.functional: column "Q3" is not in the header \(available columns: id, Q1 有语音引导时/,
    );
    await fails(
      { features: [{ key: 'x', functional: 'Q2 *', dysfunctional: 'Q2 不能*' }] },
      /features\.0\.functional: "Q2 \*" matches 2 columns: "Q2 可以自助退款时", "Q2 不能自助退款时"/,
    );
    await fails(
      { answers: ['like', 'must-be', 'neutral', 'live-with', 'dislike'] },
      /answers: no cell of .* is one of the labels; .* line 2: column "Q1 有语音引导时": "我喜欢" is not one of the answers/,
    );
    await fails({ answers: ZH.slice(0, 4) }, /answers: needs the 5 answer labels/);
    await fails({ answers: [...ZH.slice(0, 4), '我喜欢'] }, /answers: label "我喜欢" is used twice/);
    await fails({ missing: ['无所谓'] }, /missing: "无所谓" is also one of the answers/);
    await fails({ table: 'kano' }, /table: /);
    await assert.rejects(runStudyCommand(['kano', file]), /--mapping <file> is required/);
  });
});

describe('mot kano questionnaire', () => {
  test('writes the SurveyJS JSON of a feature list; bad lists name the field', async () => {
    const features = join(dir, 'features.json');
    writeFileSync(
      features,
      JSON.stringify([
        { key: 'voice', name: 'voice guidance', names: { 'zh-CN': '语音引导' } },
        { key: 'refund', name: 'self-service refunds', names: { 'zh-CN': '自助退款' } },
      ]),
    );
    const { out } = await runStudyCommand(['kano', 'questionnaire', features]);
    const survey = JSON.parse(out) as { pages: { elements: { type: string; name: string }[] }[] };
    assert.deepEqual(
      survey.pages[0]?.elements.map((q) => [q.type, q.name]),
      [
        ['matrix', 'voice'],
        ['matrix', 'refund'],
      ],
    );
    const target = join(dir, 'survey.json');
    await runStudyCommand(['kano', 'questionnaire', features, '--layout', 'radiogroup', '--out', target]);
    assert.match(readFileSync(target, 'utf8'), /"name": "refund_dysfunctional"/);
    writeFileSync(features, JSON.stringify({ features: [{ key: 'a b', name: 'x' }] }));
    await assert.rejects(
      runStudyCommand(['kano', 'questionnaire', features]),
      /features\.json: features\.0\.key: /,
    );
  });
});
