import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  callbackPolicyFrom,
  decideCallbackAttempt,
  DEFAULT_CALLBACK_POLICY,
  DEFAULT_CALLBACK_SETTINGS,
  ZCallbackSettings,
  firstCallbackAt,
  nextCallbackAt,
} from './callback.ts';
import type { TCallbackPolicy } from './callback.ts';
import { callingHoursOn, isCallingTime, nextCallingTime } from './calling-hours.ts';
import { weekdayCalendar } from './calendar.ts';

const shanghai = DEFAULT_CALLBACK_POLICY;
const iso = (d: Date | undefined | null) => d?.toISOString();

describe('calling hours', () => {
  test('an instant inside the hours stays; one before moves to the start; one after to the next day', () => {
    const hours = shanghai.callingHours;
    // 10:00 Beijing = 02:00Z.
    assert.equal(iso(nextCallingTime(new Date('2026-03-02T02:00:00Z'), hours)), '2026-03-02T02:00:00.000Z');
    // 07:30 Beijing -> 09:00 Beijing.
    assert.equal(iso(nextCallingTime(new Date('2026-03-01T23:30:00Z'), hours)), '2026-03-02T01:00:00.000Z');
    // 20:00 Beijing (the end is exclusive) -> 09:00 the next day.
    assert.equal(iso(nextCallingTime(new Date('2026-03-02T12:00:00Z'), hours)), '2026-03-03T01:00:00.000Z');
    assert.equal(isCallingTime(new Date('2026-03-02T11:59:00Z'), hours), true);
  });

  test('holidays and non-calling weekdays are skipped', () => {
    const hours = { ...shanghai.callingHours, holidays: ['2026-10-01', '2026-10-02'], days: [1, 2, 3, 4, 5] };
    // Wednesday 30 September 2026, 21:00 Beijing -> Thu 1 and Fri 2 are holidays, Sat/Sun not calling days.
    assert.equal(iso(nextCallingTime(new Date('2026-09-30T13:00:00Z'), hours)), '2026-10-05T01:00:00.000Z');
  });

  test('on a workspace calendar: its zone and holidays, every day 9:00-20:00 (weekends too)', () => {
    const hours = callingHoursOn({ ...weekdayCalendar('Asia/Shanghai'), holidays: ['2026-10-01'] });
    // Thursday 1 October is a holiday -> Friday 9:00; Saturday 3 October 10:00 is a calling time.
    assert.equal(iso(nextCallingTime(new Date('2026-10-01T02:00:00Z'), hours)), '2026-10-02T01:00:00.000Z');
    assert.equal(isCallingTime(new Date('2026-10-03T02:00:00Z'), hours), true);
  });

  test('a zone with daylight saving: 9:00 in New York is 13:00Z in summer and 14:00Z in winter', () => {
    const hours = { timeZone: 'America/New_York', start: '09:00', end: '20:00' };
    assert.equal(iso(nextCallingTime(new Date('2026-07-01T05:00:00Z'), hours)), '2026-07-01T13:00:00.000Z');
    assert.equal(iso(nextCallingTime(new Date('2026-01-15T05:00:00Z'), hours)), '2026-01-15T14:00:00.000Z');
    // 8 March 2026, the spring-forward day: 9:00 EDT = 13:00Z.
    assert.equal(iso(nextCallingTime(new Date('2026-03-08T05:00:00Z'), hours)), '2026-03-08T13:00:00.000Z');
  });

  test('bad bounds and a closed calendar throw', () => {
    assert.throws(
      () => nextCallingTime(new Date(), { timeZone: 'UTC', start: '20:00', end: '09:00' }),
      RangeError,
    );
    assert.throws(
      () => nextCallingTime(new Date(), { timeZone: 'UTC', start: '09:00', end: '20:00', days: [] }),
      RangeError,
    );
  });
});

describe('callback schedule', () => {
  test('first attempt at the first calling time after the resolution', () => {
    // Resolved 23:10 Beijing -> called at 9:00 the next morning.
    assert.equal(iso(firstCallbackAt(new Date('2026-03-02T15:10:00Z'))), '2026-03-03T01:00:00.000Z');
  });

  test('retries: +2 h, then the next day, inside calling hours; none after the third attempt', () => {
    const first = new Date('2026-03-02T02:00:00Z'); // 10:00 Beijing
    assert.equal(iso(nextCallbackAt(1, first)), '2026-03-02T04:00:00.000Z'); // 12:00
    const second = new Date('2026-03-02T11:30:00Z'); // 19:30 Beijing: +2 h is after 20:00
    assert.equal(iso(nextCallbackAt(1, second)), '2026-03-03T01:00:00.000Z');
    assert.equal(iso(nextCallbackAt(2, first)), '2026-03-03T02:00:00.000Z'); // next day 10:00
    assert.equal(nextCallbackAt(3, first), undefined);
  });

  test('the last delay repeats when more attempts are allowed', () => {
    const policy: TCallbackPolicy = { ...shanghai, maxAttempts: 5 };
    assert.equal(
      iso(nextCallbackAt(4, new Date('2026-03-02T02:00:00Z'), policy)),
      '2026-03-03T02:00:00.000Z',
    );
  });
});

describe('callback settings', () => {
  test('the default settings give the default policy', () => {
    assert.deepEqual(callbackPolicyFrom(DEFAULT_CALLBACK_SETTINGS, { timeZone: 'Asia/Shanghai' }), {
      ...DEFAULT_CALLBACK_POLICY,
      callingHours: { ...DEFAULT_CALLBACK_POLICY.callingHours, days: [0, 1, 2, 3, 4, 5, 6], holidays: [] },
    });
  });

  test("a workspace's window, weekdays, attempts and delays drive the schedule", () => {
    const policy = callbackPolicyFrom(
      {
        callingStart: '10:00',
        callingEnd: '18:30',
        callingDays: [1, 2, 3, 4, 5],
        maxAttempts: 2,
        retryDelaysMinutes: [30],
        firstDelayMinutes: 60,
      },
      { timeZone: 'Asia/Shanghai', holidays: ['2026-03-09'] },
    );
    // Resolved Friday 17:45 Beijing: an hour later is past 18:30, Saturday and Sunday are not calling
    // days and Monday is a holiday, so the first attempt is Tuesday 10:00.
    assert.equal(iso(firstCallbackAt(new Date('2026-03-06T09:45:00Z'), policy)), '2026-03-10T02:00:00.000Z');
    assert.equal(
      iso(nextCallbackAt(1, new Date('2026-03-10T02:00:00Z'), policy)),
      '2026-03-10T02:30:00.000Z',
    );
    assert.equal(nextCallbackAt(2, new Date('2026-03-10T02:30:00Z'), policy), undefined);
  });

  test('bad settings name their field', () => {
    const bad = (change: Record<string, unknown>) =>
      ZCallbackSettings.safeParse({ ...DEFAULT_CALLBACK_SETTINGS, ...change }).error?.issues[0]?.path.join(
        '.',
      );
    assert.equal(bad({ callingStart: '9:00' }), 'callingStart');
    assert.equal(bad({ callingStart: '20:00', callingEnd: '09:00' }), 'callingEnd');
    assert.equal(bad({ maxAttempts: 0 }), 'maxAttempts');
    assert.equal(bad({ callingDays: [] }), 'callingDays');
    assert.equal(bad({ retryDelaysMinutes: [1] }), 'retryDelaysMinutes.0');
    assert.equal(bad({}), undefined);
  });
});

describe('outcome rules', () => {
  const at = new Date('2026-03-02T02:00:00Z');
  test('solved closes the case, not solved reopens it', () => {
    assert.deepEqual(decideCallbackAttempt(1, { reached: true, solved: true, satisfaction: 5 }, at), {
      state: 'done',
      nextAttemptAt: null,
      caseTo: 'closed',
    });
    assert.equal(decideCallbackAttempt(2, { reached: true, solved: false }, at).caseTo, 'reopened');
  });

  test('a survey by phone answered is done and moves no case', () => {
    assert.deepEqual(decideCallbackAttempt(2, { reached: true, surveyed: true }, at), {
      state: 'done',
      nextAttemptAt: null,
      caseTo: null,
    });
  });

  test('not reached retries, and after the last attempt fails with the case resolved', () => {
    const retry = decideCallbackAttempt(1, { reached: false }, at);
    assert.equal(retry.state, 'planned');
    assert.equal(retry.caseTo, null);
    assert.equal(iso(retry.nextAttemptAt), '2026-03-02T04:00:00.000Z');
    assert.deepEqual(decideCallbackAttempt(3, { reached: false }, at), {
      state: 'failed',
      nextAttemptAt: null,
      caseTo: 'resolved',
    });
  });
});
