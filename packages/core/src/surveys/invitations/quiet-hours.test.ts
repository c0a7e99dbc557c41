import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { afterQuietHours, isInQuietHours } from './quiet-hours.ts';

const NIGHT = { start: '21:00', end: '08:00' };
const at = (iso: string) => new Date(iso);
const shift = (iso: string, zone: string, quiet = NIGHT) =>
  afterQuietHours(at(iso), quiet, zone).toISOString();

test('quiet hours: a send at night waits for the local morning (Asia/Shanghai, no daylight saving)', () => {
  // 22:00 in Beijing (UTC+8) -> 08:00 the next day.
  assert.equal(shift('2026-06-01T14:00:00Z', 'Asia/Shanghai'), '2026-06-02T00:00:00.000Z');
  // 03:00 in Beijing -> 08:00 the same day.
  assert.equal(shift('2026-06-01T19:00:00Z', 'Asia/Shanghai'), '2026-06-02T00:00:00.000Z');
  // 12:00 in Beijing is not quiet.
  assert.equal(shift('2026-06-01T04:00:00Z', 'Asia/Shanghai'), '2026-06-01T04:00:00.000Z');
});

test('quiet hours across Europe/London daylight-saving changes (29 March and 25 October 2026)', () => {
  // 22:00 GMT on 28 March -> 08:00 BST on 29 March = 07:00 UTC.
  assert.equal(shift('2026-03-28T22:00:00Z', 'Europe/London'), '2026-03-29T07:00:00.000Z');
  // 22:30 BST on 24 October -> 08:00 GMT on 25 October = 08:00 UTC.
  assert.equal(shift('2026-10-24T21:30:00Z', 'Europe/London'), '2026-10-25T08:00:00.000Z');
  // 07:30 UTC on 28 October is 07:30 GMT after the change: quiet for another 30 minutes.
  assert.equal(shift('2026-10-28T07:30:00Z', 'Europe/London'), '2026-10-28T08:00:00.000Z');
});

test('quiet hours across America/New_York daylight-saving changes (8 March and 1 November 2026)', () => {
  // 23:00 EST on 7 March -> 08:00 EDT on 8 March = 12:00 UTC.
  assert.equal(shift('2026-03-08T04:00:00Z', 'America/New_York'), '2026-03-08T12:00:00.000Z');
  // 22:00 EDT on 31 October -> 08:00 EST on 1 November = 13:00 UTC.
  assert.equal(shift('2026-11-01T02:00:00Z', 'America/New_York'), '2026-11-01T13:00:00.000Z');
  // 01:30 EST on 1 November happens twice; either way the send waits for 08:00 EST.
  assert.equal(shift('2026-11-01T05:30:00Z', 'America/New_York'), '2026-11-01T13:00:00.000Z');
  assert.equal(shift('2026-11-01T06:30:00Z', 'America/New_York'), '2026-11-01T13:00:00.000Z');
});

test('quiet hours ending inside the spring gap land just after it, and a daytime window stays the same day', () => {
  // New York, 8 March 2026: 02:00-03:00 does not exist. Quiet 01:00-02:30 from 01:30 EST (06:30 UTC):
  // 02:30 read with the offset before the change is 07:30 UTC (03:30 EDT).
  const out = afterQuietHours(
    at('2026-03-08T06:30:00Z'),
    { start: '01:00', end: '02:30' },
    'America/New_York',
  );
  assert.equal(out.toISOString(), '2026-03-08T07:30:00.000Z');
  assert.equal(isInQuietHours(out, { start: '01:00', end: '02:30' }, 'America/New_York'), false);
  // A lunch-time quiet window 12:00-13:00 in London (BST): 12:15 -> 13:00.
  assert.equal(
    shift('2026-07-01T11:15:00Z', 'Europe/London', { start: '12:00', end: '13:00' }),
    '2026-07-01T12:00:00.000Z',
  );
});

test('a time outside the quiet hours that falls wholly in the spring-forward gap moves to the next day', () => {
  // New York, 2026-03-08: 02:00 becomes 03:00, so 02:00-02:15 does not happen that day.
  const quiet = { start: '02:15', end: '02:00' };
  const out = afterQuietHours(new Date('2026-03-07T07:15:00Z'), quiet, 'America/New_York');
  assert.equal(out.toISOString(), '2026-03-09T06:00:00.000Z');
  assert.equal(isInQuietHours(out, quiet, 'America/New_York'), false);
});

test('property: the shifted time is never earlier, never quiet, and at most a day later (three zones, 2026)', () => {
  const zones = ['Asia/Shanghai', 'Europe/London', 'America/New_York'];
  const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45));
  const hhmm = ([h, m]: [number, number]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) }),
      fc.constantFrom(...zones),
      clock,
      clock,
      (ms, zone, s, e) => {
        const quiet = { start: hhmm(s), end: hhmm(e) };
        fc.pre(quiet.start !== quiet.end);
        const out = afterQuietHours(new Date(ms), quiet, zone).getTime();
        assert.ok(out >= ms);
        // At most a day later, or two when the time outside the quiet hours is no longer than the hour a
        // clock change skips (it may fall wholly in the gap that day).
        const open = (s[0] * 60 + s[1] - (e[0] * 60 + e[1]) + 1440) % 1440;
        assert.ok(out - ms <= (open <= 60 ? 49 : 25) * 3_600_000, `${out - ms} ms later`);
        assert.equal(isInQuietHours(new Date(out), quiet, zone), false);
      },
    ),
    { numRuns: 2000 },
  );
});
