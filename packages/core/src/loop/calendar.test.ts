import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  addBusinessMinutes,
  alwaysOpenCalendar,
  businessMinutesBetween,
  findCalendarProblems,
  isBusinessTime,
  weekdayCalendar,
} from './calendar.ts';
import type { TBusinessCalendar } from './types.ts';

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

/** Shanghai, Monday to Friday, 9:00-12:00 and 13:00-18:00 (a lunch break). */
const shanghaiLunch: TBusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  hours: [1, 2, 3, 4, 5].flatMap((day) => [
    { day, start: '09:00', end: '12:00' },
    { day, start: '13:00', end: '18:00' },
  ]),
  holidays: [],
  workdays: [],
};

describe('addBusinessMinutes, worked by hand', () => {
  test('Friday 17:00 in Shanghai plus 2 h is Monday 10:00 (the weekend skipped)', () => {
    // 2026-03-06 is a Friday; 17:00 +08:00 is 09:00Z. 17-18 gives 60, Monday 9-10 the other 60.
    assert.equal(
      iso(addBusinessMinutes(at('2026-03-06T09:00:00Z'), 120, shanghaiLunch)),
      '2026-03-09T02:00:00.000Z',
    );
  });

  test('11:30 plus 1 h is 13:30: the lunch break does not count', () => {
    assert.equal(
      iso(addBusinessMinutes(at('2026-03-10T03:30:00Z'), 60, shanghaiLunch)),
      '2026-03-10T05:30:00.000Z',
    );
  });

  test('a target that runs out at closing time is due at closing time', () => {
    // Wednesday 2026-03-11 17:00 +08:00 plus 60 minutes: 18:00, not Thursday 9:00.
    assert.equal(
      iso(addBusinessMinutes(at('2026-03-11T09:00:00Z'), 60, shanghaiLunch)),
      '2026-03-11T10:00:00.000Z',
    );
  });

  test('a start outside working hours counts from the next opening', () => {
    // Saturday 2026-03-07 10:00 +08:00 plus 30 minutes: Monday 9:30.
    assert.equal(
      iso(addBusinessMinutes(at('2026-03-07T02:00:00Z'), 30, shanghaiLunch)),
      '2026-03-09T01:30:00.000Z',
    );
  });

  test('adding 0 gives the start', () => {
    assert.equal(
      iso(addBusinessMinutes(at('2026-03-07T02:00:00Z'), 0, shanghaiLunch)),
      '2026-03-07T02:00:00.000Z',
    );
  });

  test('Berlin, clocks going back on Sunday 2026-10-25: Friday 17:00 CEST plus 2 h is Monday 10:00 CET', () => {
    const berlin = weekdayCalendar('Europe/Berlin');
    // Friday 17:00 CEST = 15:00Z; Monday 10:00 CET = 09:00Z.
    assert.equal(
      iso(addBusinessMinutes(at('2026-10-23T15:00:00Z'), 120, berlin)),
      '2026-10-26T09:00:00.000Z',
    );
  });

  test('New York, clocks going forward on Sunday 2026-03-08: Friday 17:00 EST plus 2 h is Monday 10:00 EDT', () => {
    const ny = weekdayCalendar('America/New_York');
    // Friday 17:00 EST = 22:00Z; Monday 10:00 EDT = 14:00Z.
    assert.equal(iso(addBusinessMinutes(at('2026-03-06T22:00:00Z'), 120, ny)), '2026-03-09T14:00:00.000Z');
    assert.equal(businessMinutesBetween(at('2026-03-06T22:00:00Z'), at('2026-03-09T14:00:00Z'), ny), 120);
  });

  test('24x7: a day with a clock change has 23 or 25 real hours, and they are what counts', () => {
    const berlin = alwaysOpenCalendar('Europe/Berlin');
    // Saturday 2026-03-28 12:00 CET (11:00Z) to Sunday 12:00 CEST (10:00Z) is 23 hours.
    assert.equal(
      businessMinutesBetween(at('2026-03-28T11:00:00Z'), at('2026-03-29T10:00:00Z'), berlin),
      23 * 60,
    );
    // 24 working hours after Saturday noon is Sunday 13:00 CEST.
    assert.equal(
      iso(addBusinessMinutes(at('2026-03-28T11:00:00Z'), 24 * 60, berlin)),
      '2026-03-29T11:00:00.000Z',
    );
    // Saturday 2026-10-24 12:00 CEST (10:00Z) to Sunday 12:00 CET (11:00Z) is 25 hours.
    assert.equal(
      businessMinutesBetween(at('2026-10-24T10:00:00Z'), at('2026-10-25T11:00:00Z'), berlin),
      25 * 60,
    );
    const ny = alwaysOpenCalendar('America/New_York');
    assert.equal(businessMinutesBetween(at('2026-03-07T17:00:00Z'), at('2026-03-08T16:00:00Z'), ny), 23 * 60);
  });
});

describe('holidays and make-up working days (调休)', () => {
  // In the manner of China's Spring Festival 2026: the week of 16-20 February off, Saturday 14 February
  // worked as a Monday and Saturday 28 February as a Friday.
  const spring: TBusinessCalendar = {
    ...weekdayCalendar('Asia/Shanghai'),
    holidays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    workdays: [
      { date: '2026-02-14', as: 1 },
      { date: '2026-02-28', as: 5 },
    ],
  };

  test('Friday 17:00 plus 2 h is the make-up Saturday, 10:00', () => {
    assert.equal(
      iso(addBusinessMinutes(at('2026-02-13T09:00:00Z'), 120, spring)),
      '2026-02-14T02:00:00.000Z',
    );
  });

  test('the make-up Saturday 17:00 plus 2 h skips the holiday week: Monday 23 February 10:00', () => {
    assert.equal(
      iso(addBusinessMinutes(at('2026-02-14T09:00:00Z'), 120, spring)),
      '2026-02-23T02:00:00.000Z',
    );
  });

  test('the working time of the whole fortnight: 6 weekdays and 2 make-up days of 9 hours', () => {
    // 2026-02-14 00:00 to 2026-03-01 00:00 +08:00: 14 Sat (make-up), 23-27 (5 days), 28 Sat (make-up).
    const minutes = businessMinutesBetween(at('2026-02-13T16:00:00Z'), at('2026-02-28T16:00:00Z'), spring);
    assert.equal(minutes, 7 * 9 * 60);
    assert.equal(isBusinessTime(at('2026-02-28T02:00:00Z'), spring), true);
    assert.equal(isBusinessTime(at('2026-02-17T02:00:00Z'), spring), false);
  });
});

describe('businessMinutesBetween', () => {
  test('is 0 when the end is not after the start', () => {
    assert.equal(
      businessMinutesBetween(at('2026-03-10T05:00:00Z'), at('2026-03-10T03:00:00Z'), shanghaiLunch),
      0,
    );
  });

  test('counts seconds as fractions of a minute', () => {
    assert.equal(
      businessMinutesBetween(at('2026-03-10T02:00:00Z'), at('2026-03-10T02:00:30Z'), shanghaiLunch),
      0.5,
    );
  });

  test('is the inverse of addBusinessMinutes (Berlin, lunch break, clock changes, a holiday)', () => {
    const calendar: TBusinessCalendar = {
      timeZone: 'Europe/Berlin',
      hours: [1, 2, 3, 4, 5, 6].flatMap((day) => [
        { day, start: '08:00', end: '12:30' },
        { day, start: '13:15', end: '19:00' },
      ]),
      holidays: ['2026-10-26'],
      workdays: [{ date: '2026-10-25', as: 6 }],
    };
    const start = Date.UTC(2026, 2, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 * 86_400 }),
        fc.integer({ min: 0, max: 20_000 }),
        (s, minutes) => {
          const from = new Date(start + s * 1000);
          const due = addBusinessMinutes(from, minutes, calendar);
          assert.equal(Math.round(businessMinutesBetween(from, due, calendar) * 1000) / 1000, minutes);
          if (minutes > 0) assert.equal(isBusinessTime(new Date(due.getTime() - 1), calendar), true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('findCalendarProblems', () => {
  test('a 24x7 calendar and a weekday calendar are valid', () => {
    assert.deepEqual(findCalendarProblems(alwaysOpenCalendar('Asia/Shanghai')), []);
    assert.deepEqual(findCalendarProblems(weekdayCalendar('America/New_York')), []);
    assert.deepEqual(findCalendarProblems(shanghaiLunch), []);
  });

  test('each problem is reported at its field path', () => {
    const paths = (calendar: unknown) => findCalendarProblems(calendar).map((p) => p.path.join('.'));
    const base = weekdayCalendar('Asia/Shanghai');
    assert.deepEqual(paths({ ...base, timeZone: 'Mars/Olympus' }), ['timeZone']);
    assert.deepEqual(paths({ ...base, hours: [{ day: 1, start: '18:00', end: '09:00' }] }), ['hours.0.end']);
    assert.deepEqual(paths({ ...base, hours: [{ day: 1, start: '9:00', end: '18:00' }] }), ['hours.0.start']);
    assert.deepEqual(paths({ ...base, hours: [{ day: 7, start: '09:00', end: '18:00' }] }), ['hours.0.day']);
    assert.deepEqual(
      paths({
        ...base,
        hours: [
          { day: 1, start: '09:00', end: '12:00' },
          { day: 1, start: '11:00', end: '18:00' },
          { day: 2, start: '11:00', end: '18:00' },
        ],
      }),
      ['hours.1'],
    );
    assert.deepEqual(paths({ ...base, hours: [] }), ['hours']);
    assert.deepEqual(paths({ ...base, holidays: ['2026-02-30', '2026-10-01', '2026-10-01'] }), [
      'holidays.0',
      'holidays.2',
    ]);
    assert.deepEqual(
      paths({
        ...base,
        holidays: ['2026-10-01'],
        workdays: [
          { date: '2026-10-01', as: 1 },
          { date: '2026-10-10', as: 0 },
        ],
      }),
      ['workdays.0.date', 'workdays.1.as'],
    );
  });

  test('ranges that touch (a lunch break of zero) do not overlap', () => {
    const calendar = {
      ...weekdayCalendar('Asia/Shanghai'),
      hours: [
        { day: 1, start: '09:00', end: '12:00' },
        { day: 1, start: '12:00', end: '24:00' },
      ],
    };
    assert.deepEqual(findCalendarProblems(calendar), []);
  });
});
