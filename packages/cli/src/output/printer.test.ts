import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { displayWidth, printRecords } from './printer.ts';
import { formatBytes } from './progress.ts';

function capture(run: (out: { write(text: string): void }) => void): string {
  let text = '';
  run({ write: (chunk) => (text += chunk) });
  return text;
}

describe('printRecords', () => {
  const rows = [
    { key: 'a', count: 1 },
    { key: 'b,c', count: 2.5 },
  ];

  test('json prints an object for a single record and an array for a list', () => {
    assert.deepEqual(JSON.parse(capture((out) => printRecords({ rows: 3 }, 'json', out))), { rows: 3 });
    assert.deepEqual(JSON.parse(capture((out) => printRecords(rows, 'json', out))), rows);
  });

  test('csv quotes cells that need it', () => {
    assert.equal(
      capture((out) => printRecords(rows, 'csv', out)),
      'key,count\na,1\n"b,c",2.5\n',
    );
  });

  test('table aligns columns, counting Chinese characters as two columns wide', () => {
    const text = capture((out) =>
      printRecords(
        [
          { name: '演示', n: 1 },
          { name: 'demo', n: 22 },
        ],
        'table',
        out,
      ),
    );
    assert.equal(text, 'name  n\n----  --\n演示  1\ndemo  22\n');
    assert.equal(displayWidth('演示 Demo'), 9);
  });

  test('a single record prints as key/value lines', () => {
    assert.equal(
      capture((out) => printRecords({ rows: 3, rate: 1.234 }, 'table', out)),
      'rows  3\nrate  1.23\n',
    );
  });
});

test('formatBytes', () => {
  assert.equal(formatBytes(512), '512 B');
  assert.equal(formatBytes(3 * 1024 * 1024), '3.0 MB');
});
