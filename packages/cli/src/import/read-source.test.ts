import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCsvSource } from './read-csv.ts';
import { openJsonlSource } from './read-jsonl.ts';
import type { TSource, TSourceRow } from './source.ts';

let dir = '';
before(() => (dir = mkdtempSync(join(tmpdir(), 'mot-read-'))));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Reads every row; returns them and the error that stopped the reading, if any. */
async function drain(source: TSource): Promise<{ rows: TSourceRow[]; error?: Error }> {
  const rows: TSourceRow[] = [];
  try {
    for await (const row of source.rows) rows.push(row);
  } catch (error) {
    return { rows, error: error as Error };
  }
  return { rows };
}

describe('openCsvSource', () => {
  test('drops a BOM, keeps quoted newlines, skips blank lines and numbers rows by their first line', async () => {
    const path = write('a.csv', '\uFEFFid,comment\r\n1,"two\r\nlines"\r\n\r\n2,plain\r\n');
    const source = await openCsvSource(path);
    assert.deepEqual(source.header, ['id', 'comment']);
    const { rows, error } = await drain(source);
    assert.equal(error, undefined);
    assert.deepEqual(rows, [
      { line: 2, raw: '1,"two\nlines"', values: ['1', 'two\nlines'] },
      { line: 5, raw: '2,plain', values: ['2', 'plain'] },
    ]);
  });

  test('ragged rows become problems with their line, not a crash', async () => {
    const { rows } = await drain(await openCsvSource(write('b.csv', 'a,b\n1,2\n3\n4,5,6\n7,8\n')));
    assert.deepEqual(
      rows.map((r) => [r.line, 'problem' in r ? r.problem : 'ok']),
      [
        [2, 'ok'],
        [3, 'the row has 1 fields, the header has 2'],
        [4, 'the row has 3 fields, the header has 2'],
        [5, 'ok'],
      ],
    );
  });

  test('non-UTF-8 bytes stop the reading with the line, after the rows before it', async () => {
    const gbk = Buffer.from([0xb9, 0xe3, 0xd6, 0xdd]); // 广州 in GBK
    const path = write(
      'c.csv',
      Buffer.concat([Buffer.from('a,b\n1,好\n2,x\n3,'), gbk, Buffer.from('\n4,y\n')]),
    );
    const { rows, error } = await drain(await openCsvSource(path));
    assert.deepEqual(
      rows.map((r) => r.line),
      [2, 3],
    );
    assert.match(error?.message ?? '', /^line 4 \(byte 16\): not valid UTF-8/);
  });

  test('a multi-byte character split across read chunks is decoded whole', async () => {
    const filler = 'x'.repeat(256 * 1024 - 5); // puts 好 (3 bytes) across the first chunk boundary
    const { rows, error } = await drain(await openCsvSource(write('d.csv', `a\n${filler}\n好\n`)));
    assert.equal(error, undefined);
    assert.deepEqual(rows[1], { line: 3, raw: '好', values: ['好'] });
  });

  test('a record over 1 MiB (a quote left open) stops the reading with its line, after the rows before it', async () => {
    const path = write('long.csv', `a,b\n1,2\n3,"${'x'.repeat(1_100_000)}\n4,5\n`);
    const { rows, error } = await drain(await openCsvSource(path));
    assert.deepEqual(
      rows.map((r) => r.line),
      [2],
    );
    assert.match(error?.message ?? '', /^line 3: a record longer than 1 MiB; is a quote left open\?/);
  });

  test('another delimiter can be given (tab-separated files)', async () => {
    const source = await openCsvSource(write('t.tsv', 'a\tb\n1,5\t好\n'), { delimiter: '\t' });
    assert.deepEqual(source.header, ['a', 'b']);
    assert.deepEqual((await drain(source)).rows, [{ line: 2, raw: '1,5\t好', values: ['1,5', '好'] }]);
  });

  test('an empty file is an error asking for a header', async () => {
    await assert.rejects(openCsvSource(write('e.csv', '')), /is empty: expected a header line/);
  });
});

describe('openJsonlSource', () => {
  test('a malformed line becomes a problem with its line number; blank lines are skipped', async () => {
    const path = write('a.jsonl', '{"a":1}\n\n{"a":\n[1]\n{"a":"好"}');
    const { rows, error } = await drain(await openJsonlSource(path));
    assert.equal(error, undefined);
    assert.deepEqual(
      rows.map((r) => [r.line, 'problem' in r ? r.problem.slice(0, 14) : r.values]),
      [
        [1, { a: 1 }],
        [3, 'not valid JSON'],
        [4, 'not a JSON obj'],
        [5, { a: '好' }],
      ],
    );
  });

  test('a line over 1 MiB stops the reading with a clear error', async () => {
    const path = write('b.jsonl', `{"a":1}\n[${'1,'.repeat(600_000)}1]\n`);
    const { rows, error } = await drain(await openJsonlSource(path));
    assert.equal(rows.length, 1);
    assert.match(error?.message ?? '', /^line 2: longer than 1 MiB/);
  });
});
