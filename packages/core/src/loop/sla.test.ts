import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addBusinessMinutes, weekdayCalendar } from './calendar.ts';
import {
  DEFAULT_SLA_TARGETS,
  ZSlaTargets,
  ZSlaTargetsBySeverity,
  meetsTarget,
  slaDueAt,
  slaStatusAt,
  slaVerdict,
  targetMinutes,
} from './sla.ts';

const at = (iso: string) => new Date(iso);
const shanghai = weekdayCalendar('Asia/Shanghai');

describe('slaDueAt, worked by hand on Monday to Friday 9:00-18:00 in Shanghai', () => {
  // Monday 2026-03-09 10:00 +08:00 = 02:00Z.
  const start = at('2026-03-09T02:00:00Z');

  test('without pauses, it is the working-time sum: 4 h from Monday 10:00 is 14:00', () => {
    assert.equal(slaDueAt(start, 240, shanghai)?.toISOString(), '2026-03-09T06:00:00.000Z');
  });

  test('24 working hours from Monday 10:00 is Wednesday 16:00 (8 + 9 + 7 hours)', () => {
    assert.equal(slaDueAt(start, 24 * 60, shanghai)?.toISOString(), '2026-03-11T08:00:00.000Z');
  });

  test('a pause of 1 working hour moves the deadline by 1 working hour', () => {
    // Paused Monday 11:00-12:00 +08:00: 4 h from 10:00 ends at 15:00 instead of 14:00.
    const pauses = [{ from: at('2026-03-09T03:00:00Z'), to: at('2026-03-09T04:00:00Z') }];
    assert.equal(slaDueAt(start, 240, shanghai, pauses)?.toISOString(), '2026-03-09T07:00:00.000Z');
  });

  test('a pause overnight only adds back its working part', () => {
    // Paused Monday 17:00 to Tuesday 10:00 (1 h Monday and 1 h Tuesday of working time). 10 h from Monday
    // 10:00: 7 h to the pause, then 3 h from Tuesday 10:00 -> Tuesday 13:00.
    const pauses = [{ from: at('2026-03-09T09:00:00Z'), to: at('2026-03-10T02:00:00Z') }];
    assert.equal(slaDueAt(start, 600, shanghai, pauses)?.toISOString(), '2026-03-10T05:00:00.000Z');
    // Without the pause: 8 h Monday, 2 h Tuesday -> Tuesday 11:00.
    assert.equal(slaDueAt(start, 600, shanghai)?.toISOString(), '2026-03-10T03:00:00.000Z');
  });

  test('a pause after the deadline changes nothing; an open pause before it leaves no deadline', () => {
    const later = [{ from: at('2026-03-09T08:00:00Z'), to: null }];
    assert.equal(slaDueAt(start, 240, shanghai, later)?.toISOString(), '2026-03-09T06:00:00.000Z');
    const open = [{ from: at('2026-03-09T03:00:00Z'), to: null }];
    assert.equal(slaDueAt(start, 240, shanghai, open), null);
  });

  test('pauses before the start and out of order are handled', () => {
    const pauses = [
      { from: at('2026-03-09T05:00:00Z'), to: at('2026-03-09T05:30:00Z') },
      { from: at('2026-03-08T00:00:00Z'), to: at('2026-03-09T03:00:00Z') },
    ];
    // The clock runs from 11:00 (end of the first pause), 4 h with a 30-minute pause: 15:30.
    assert.equal(slaDueAt(start, 240, shanghai, pauses)?.toISOString(), '2026-03-09T07:30:00.000Z');
  });

  test('equals adding the paused working time to the target when the pauses are all before the deadline', () => {
    const pauses = [{ from: at('2026-03-09T03:00:00Z'), to: at('2026-03-10T03:00:00Z') }];
    // The pause holds 7 + 2 = 9 working hours.
    const due = slaDueAt(start, 24 * 60, shanghai, pauses);
    assert.equal(due?.toISOString(), addBusinessMinutes(start, 24 * 60 + 9 * 60, shanghai).toISOString());
  });
});

describe('verdicts', () => {
  const due = at('2026-03-09T06:00:00Z');

  test('met on the deadline is a hit, a millisecond later a miss', () => {
    assert.equal(slaVerdict(due, due), 'hit');
    assert.equal(slaVerdict(due, new Date(due.getTime() + 1)), 'missed');
  });

  test('status: met, paused, overdue, running', () => {
    const now = at('2026-03-09T07:00:00Z');
    assert.equal(slaStatusAt({ due, metAt: at('2026-03-09T05:00:00Z'), paused: false, now }), 'hit');
    assert.equal(slaStatusAt({ due, metAt: null, paused: true, now }), 'paused');
    assert.equal(slaStatusAt({ due, metAt: null, paused: false, now }), 'missed');
    assert.equal(slaStatusAt({ due, metAt: null, paused: false, now: at('2026-03-09T05:00:00Z') }), 'active');
  });

  test('which transitions meet which target', () => {
    assert.equal(meetsTarget('first_response', 'new', 'acknowledged'), true);
    assert.equal(meetsTarget('first_response', 'new', 'awaiting_callback'), true);
    assert.equal(meetsTarget('first_response', 'acknowledged', 'in_progress'), false);
    assert.equal(meetsTarget('resolution', 'in_progress', 'awaiting_callback'), true);
    assert.equal(meetsTarget('resolution', 'reopened', 'awaiting_callback'), true);
    assert.equal(meetsTarget('resolution', 'awaiting_callback', 'closed'), false);
    assert.equal(meetsTarget('resolution', 'acknowledged', 'in_progress'), false);
  });
});

describe('targets', () => {
  test('the defaults are valid, and a resolution shorter than the first response is refused at its path', () => {
    assert.equal(ZSlaTargetsBySeverity.safeParse(DEFAULT_SLA_TARGETS).success, true);
    assert.equal(targetMinutes(DEFAULT_SLA_TARGETS, 'high', 'resolution'), 1440);
    const bad = ZSlaTargets.safeParse({ firstResponseMinutes: 60, resolutionMinutes: 30 });
    assert.equal(bad.success, false);
    assert.deepEqual(
      bad.error?.issues.map((i) => i.path),
      [['resolutionMinutes']],
    );
  });
});
