import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weekdayCalendar } from '@mot/core';
import { forEachDatabase } from '../../testing/databases.ts';
import { assertError, setUpWorkspace } from '../../testing/http.ts';

type TCal = {
  id: string;
  name: string;
  isDefault: boolean;
  policies: number;
  calendar: { timeZone: string };
};

forEachDatabase('business calendar routes', (getDb) => {
  test('a workspace starts with a Monday-to-Friday default; calendars are created, replaced and deleted, each audited', async () => {
    const { call } = await setUpWorkspace(getDb());
    await call('PATCH', '/api/settings', { timeZone: 'Europe/Berlin' });
    const start = (await call('GET', '/api/business-calendars')).body as { calendars: TCal[] };
    assert.deepEqual(
      start.calendars.map((c) => [c.name, c.isDefault, c.calendar.timeZone, c.policies]),
      [['Working days', true, 'Europe/Berlin', 1]],
    );
    const china = {
      name: 'China 2026',
      calendar: {
        ...weekdayCalendar('Asia/Shanghai'),
        holidays: ['2026-10-01', '2026-10-02'],
        workdays: [{ date: '2026-10-10', as: 5 }],
      },
    };
    const created = await call('POST', '/api/business-calendars', china);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = (created.body as TCal).id;
    assert.equal((created.body as TCal).isDefault, false);
    assertError(await call('POST', '/api/business-calendars', china), 409, 'already_exists', ['name']);
    const made = await call('PUT', `/api/business-calendars/${id}`, { ...china, isDefault: true });
    assert.equal(made.status, 200, JSON.stringify(made.body));
    const after = (await call('GET', '/api/business-calendars')).body as { calendars: TCal[] };
    assert.deepEqual(
      after.calendars.map((c) => [c.name, c.isDefault]),
      [
        ['Working days', false],
        ['China 2026', true],
      ],
    );
    assertError(await call('DELETE', `/api/business-calendars/${id}`), 409, 'in_use');
    const old = after.calendars[0]?.id ?? '';
    // The default policy still uses the first calendar.
    assertError(await call('DELETE', `/api/business-calendars/${old}`), 409, 'in_use');
    const spare = await call('POST', '/api/business-calendars', { ...china, name: 'Spare' });
    const spareId = (spare.body as TCal).id;
    assert.equal((await call('DELETE', `/api/business-calendars/${spareId}`)).status, 204);
    assertError(await call('GET', `/api/business-calendars/${spareId}`), 404, 'not_found');
    const audit = (await call('GET', '/api/audit?limit=50')).body as { entries: Array<{ action: string }> };
    const actions = audit.entries.map((e) => e.action).filter((a) => a.startsWith('business_calendar.'));
    assert.deepEqual(actions, [
      'business_calendar.delete',
      'business_calendar.create',
      'business_calendar.update',
      'business_calendar.create',
    ]);
  });

  test('a bad calendar is refused with the path of the field at fault', async () => {
    const { call } = await setUpWorkspace(getDb());
    const body = (calendar: Record<string, unknown>) => ({
      name: 'Bad',
      calendar: { ...weekdayCalendar('Asia/Shanghai'), ...calendar },
    });
    const post = (calendar: Record<string, unknown>) =>
      call('POST', '/api/business-calendars', body(calendar));
    assertError(await post({ timeZone: 'Asia/Peking' }), 400, 'invalid_input', ['calendar', 'timeZone']);
    assertError(await post({ hours: [{ day: 1, start: '18:00', end: '09:00' }] }), 400, 'invalid_input', [
      'calendar',
      'hours',
      0,
      'end',
    ]);
    assertError(
      await post({
        hours: [
          { day: 1, start: '09:00', end: '13:00' },
          { day: 1, start: '12:00', end: '18:00' },
        ],
      }),
      400,
      'invalid_input',
      ['calendar', 'hours', 1],
    );
    assertError(await post({ holidays: ['2026-13-01'] }), 400, 'invalid_input', ['calendar', 'holidays', 0]);
    assertError(await post({ workdays: [{ date: '2026-10-10', as: 0 }] }), 400, 'invalid_input', [
      'calendar',
      'workdays',
      0,
      'as',
    ]);
    assertError(await call('PUT', '/api/business-calendars/nope', body({})), 404, 'not_found');
  });

  test('a viewer reads calendars but may not change them', async () => {
    const { call } = await setUpWorkspace(getDb(), 'viewer');
    assert.equal((await call('GET', '/api/business-calendars')).status, 200);
    const res = await call('POST', '/api/business-calendars', {
      name: 'x',
      calendar: weekdayCalendar('Asia/Shanghai'),
    });
    assertError(res, 403, 'forbidden');
  });
});
