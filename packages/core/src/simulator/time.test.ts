import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatInstant } from './time.ts';

test('formatInstant writes the local time for the offset, to the second', () => {
  const ms = Date.parse('2026-03-01T17:05:09.750Z');
  assert.equal(formatInstant(ms, 'Z'), '2026-03-01T17:05:09Z');
  assert.equal(formatInstant(ms, '+08:00'), '2026-03-02T01:05:09+08:00');
  assert.equal(formatInstant(ms, '-05:30'), '2026-03-01T11:35:09-05:30');
  for (let i = 0; i < 1000; i++) {
    const t = Date.UTC(2020, 0, 1) + i * 7_777_777_777;
    assert.equal(
      formatInstant(t, '+08:00'),
      new Date(Math.floor(t / 1000) * 1000 + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00',
    );
    assert.equal(Date.parse(formatInstant(t, '+08:00')), Math.floor(t / 1000) * 1000);
  }
});
