import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { registerTextCommand } from './text.ts';

const dir = mkdtempSync(join(tmpdir(), 'mot-text-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const sink = (): { text: string; write(s: string): void } => ({
  text: '',
  write(s: string) {
    this.text += s;
  },
});

async function run(args: string[]): Promise<string> {
  const out = sink();
  const program = new Command('mot')
    .exitOverride()
    .configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  registerTextCommand(program, out);
  await program.parseAsync(['node', 'mot', 'text', ...args]);
  return out.text;
}

describe('mot text', () => {
  const input = join(dir, 'comments.csv');
  writeFileSync(
    input,
    [
      'id,comment,rating',
      '1,"维修人员两个小时才到，态度很差，但问题最终解决了",2',
      '2,"The engineer was on time and very professional, thank you!",5',
      '3,,3',
      '4,"送餐很快，味道不错",5',
    ].join('\n'),
  );

  test('adds sentiment, aspects and themes to every row and keeps the input columns', async () => {
    const output = join(dir, 'out.csv');
    const printed = await run([input, '--column', 'comment', '--out', output, '--format', 'json']);
    assert.deepEqual(JSON.parse(printed).rows, 4);
    const rows: Record<string, string>[] = parse(readFileSync(output, 'utf8'), { columns: true });
    assert.deepEqual(Object.keys(rows[0] ?? {}), [
      'id',
      'comment',
      'rating',
      'sentiment',
      'sentiment_confidence',
      'language',
      'aspects',
      'themes',
    ]);
    // Late and rude, "但问题最终解决了": the part after the contrast weighs more (docs/text-analytics.md).
    assert.ok(Number(rows[0]?.sentiment) > 0);
    assert.equal(rows[0]?.language, 'zh');
    const aspects = JSON.parse(rows[0]?.aspects ?? '[]') as { theme: string; score: number }[];
    assert.deepEqual(
      aspects.map((a) => [a.theme, Math.sign(a.score)]),
      [
        ['waiting', -1],
        ['attitude', -1],
        ['resolution', 1],
      ],
    );
    assert.ok(Number(rows[1]?.sentiment) > 0 && rows[1]?.language === 'en');
    assert.equal(rows[2]?.sentiment, '');
    assert.match(rows[3]?.themes ?? '', /waiting=0\.\d+/);
  });

  test('--what limits the columns', async () => {
    const output = join(dir, 'sentiment.csv');
    await run([input, '--column', 'comment', '--out', output, '--what', 'sentiment', '--lang', 'auto']);
    assert.equal(
      readFileSync(output, 'utf8').split('\n')[0],
      'id,comment,rating,sentiment,sentiment_confidence,language',
    );
  });

  test('a missing column names the available ones; a bad --what names the flag', async () => {
    await assert.rejects(
      run([input, '--column', 'text', '--out', join(dir, 'x.csv')]),
      /no column "text"; its columns are: id, comment, rating/,
    );
    await assert.rejects(
      run([input, '--column', 'comment', '--out', join(dir, 'x.csv'), '--what', 'mood']),
      /--what: unknown "mood"/,
    );
  });

  test('a malformed row names its line', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,comment\n1,好\n2,很好,extra\n');
    await assert.rejects(
      run([bad, '--column', 'comment', '--out', join(dir, 'y.csv')]),
      /bad\.csv line 3: the row has 3 fields/,
    );
  });
});
